/**
 * What an operator scrapes from /metrics (Prometheus text format, prom-client): interactions by
 * command and outcome, answer latency, answer-cache hits, library size, gateway state, and
 * prom-client's process metrics (event-loop lag among them). One registry per bot, never the
 * global one, so tests and several bots in one process do not share counts.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type InteractionOutcome = 'answered' | 'refused' | 'failed';
export type InteractionKind = 'command' | 'autocomplete' | 'button' | 'context-menu' | 'other';

export interface MetricsSources {
  /** Articles in the library (read when scraped). */
  libraryArticles?: () => number | Promise<number>;
  /** 1 when the gateway session is ready, else 0 (read when scraped). */
  gatewayConnected?: () => boolean;
}

export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions: Counter<'kind' | 'command' | 'outcome'>;
  private readonly latency: Histogram<'kind' | 'command'>;
  private readonly cache: Counter<'result'>;

  constructor(sources: MetricsSources = {}, options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.interactions = new Counter({
      name: 'whosaid_interactions_total',
      help: 'Interactions handled, by kind, command and outcome (answered, refused with a notice, failed).',
      labelNames: ['kind', 'command', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'whosaid_interaction_duration_seconds',
      help: 'Time from receiving an interaction to having answered it.',
      labelNames: ['kind', 'command'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.cache = new Counter({
      name: 'whosaid_answer_cache_total',
      help: 'Rendered-answer cache look-ups, by result (hit, miss).',
      labelNames: ['result'],
      registers,
    });
    const { libraryArticles, gatewayConnected } = sources;
    new Gauge({
      name: 'whosaid_library_articles',
      help: 'Articles in the library (every server, plus the bundled one).',
      registers,
      async collect() {
        if (libraryArticles) this.set(await libraryArticles());
      },
    });
    new Gauge({
      name: 'whosaid_gateway_connected',
      help: '1 while the Discord gateway session is ready, else 0.',
      registers,
      collect() {
        if (gatewayConnected) this.set(gatewayConnected() ? 1 : 0);
      },
    });
    // Process metrics include nodejs_eventloop_lag_seconds (and its percentiles), heap and CPU.
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
  }

  interaction(kind: InteractionKind, command: string, outcome: InteractionOutcome, seconds: number): void {
    this.interactions.inc({ kind, command, outcome });
    this.latency.observe({ kind, command }, seconds);
  }

  cacheLookup(hit: boolean): void {
    this.cache.inc({ result: hit ? 'hit' : 'miss' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
