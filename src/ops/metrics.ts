/**
 * Prometheus metrics (prom-client) for one bot process: interactions by command and outcome,
 * their latency, the article-context cache, the library's size, and Node's own metrics (event-loop
 * lag among them). Each process has its own registry; Prometheus scrapes every machine.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the metrics read from the library when scraped. */
export interface LibraryGauges {
  articles(): Promise<number>;
  indexedQuotes(): number;
  cache(): { hits: number; misses: number };
}

export type Outcome = 'answered' | 'unanswered' | 'error';

export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions: Counter<'command' | 'outcome'>;
  private readonly latency: Histogram<'command'>;

  constructor(options: { library?: LibraryGauges; labels?: Record<string, string> } = {}) {
    if (options.labels) this.registry.setDefaultLabels(options.labels);
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    this.interactions = new Counter({
      name: 'whosaid_interactions_total',
      help: 'Interactions handled, by command and outcome (answered, unanswered, error)',
      labelNames: ['command', 'outcome'],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: 'whosaid_interaction_duration_seconds',
      help: 'Time from receiving an interaction to having answered it',
      labelNames: ['command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const library = options.library;
    if (!library) return;
    new Gauge({
      name: 'whosaid_library_articles',
      help: 'Articles in the library (every server)',
      registers: [this.registry],
      async collect() {
        this.set(await library.articles());
      },
    });
    new Gauge({
      name: 'whosaid_library_indexed_quotes',
      help: "Quotes in this process's library-wide index (its servers and the bundled articles)",
      registers: [this.registry],
      collect() {
        this.set(library.indexedQuotes());
      },
    });
    new Counter({
      name: 'whosaid_article_cache_hits_total',
      help: 'Article contexts served from memory',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(library.cache().hits);
      },
    });
    new Counter({
      name: 'whosaid_article_cache_misses_total',
      help: 'Article contexts loaded from the database',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(library.cache().misses);
      },
    });
  }

  record(command: string, outcome: Outcome, seconds: number): void {
    this.interactions.inc({ command, outcome });
    this.latency.observe({ command }, seconds);
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** What an interaction is, for the `command` label: the command name (autocomplete and buttons marked). */
export interface InteractionLike {
  isChatInputCommand?(): boolean;
  isAutocomplete?(): boolean;
  isButton?(): boolean;
  commandName?: string;
  replied?: boolean;
  deferred?: boolean;
  responded?: boolean;
}

export function commandLabel(interaction: InteractionLike): string {
  const name = interaction.commandName ?? 'unknown';
  if (interaction.isAutocomplete?.()) return `${name}:autocomplete`;
  if (interaction.isButton?.()) return 'button';
  return name.slice(0, 40);
}

/** Wrap an interaction handler so every interaction is counted and timed. */
export function instrument<I extends InteractionLike>(metrics: BotMetrics, handle: (interaction: I) => Promise<void>, now = () => performance.now()) {
  return async (interaction: I): Promise<void> => {
    const started = now();
    let outcome: Outcome = 'error';
    try {
      await handle(interaction);
      outcome = interaction.replied || interaction.deferred || interaction.responded ? 'answered' : 'unanswered';
    } finally {
      metrics.record(commandLabel(interaction), outcome, (now() - started) / 1000);
    }
  };
}
