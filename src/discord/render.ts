/**
 * From plain answer data (src/answers/types.ts) to Discord messages: embeds with the quote, the
 * speaker and their description, ¶ citations, and the article's title and publisher in the footer.
 * Every piece of article or user text is Markdown-escaped, and every limit is enforced in fit.ts.
 */
import { escapeMarkdown, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import { LRUCache } from 'lru-cache';
import type { Article } from '../article/types.ts';
import type { QuoteContextResult } from '../answers/quoteContext.ts';
import type {
  AskResult,
  CommandResult,
  HelpResult,
  QuoteItem,
  QuotesResult,
  RelatedStatement,
  SpeakersResult,
  SummaryResult,
  VoicesResult,
  WhoSaidResult,
} from '../answers/types.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../constants.ts';
import { fitContent, fitEmbeds, fitText, truncate } from './fit.ts';
import { CHART_MAX_ROWS, voicesPng } from './voices-chart.ts';

/** One message's worth of reply: a page of a possibly longer answer. */
export interface RenderedPage {
  content?: string;
  embeds: APIEmbed[];
  /** Attachments sent with the page (the /voices chart), referenced from embeds as attachment://name. */
  files?: { name: string; attachment: Buffer }[];
  /** Buttons that belong to this page's content ("Show context"); page turns are added when sent. */
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** What the footer needs to know about the article. */
export type ArticleMeta = Pick<Article, 'title' | 'publisher'>;

const SPEAKERS_PER_PAGE = 10;
const COLOR = 0x3b82f6;
/** Grey: the near-miss list is not an answer. */
const NEAR_MISS_COLOR = 0x9ca3af;

/**
 * Markdown-escape text from the article or a user, including line-start quotes and headings.
 * The text is first cut to `max` (no slot shows more). escapeMarkdown's italic and underline rules
 * cost time growing with the square of the length even when the text has no `*` or `_`, so they run
 * only when their characters are present (they change nothing otherwise), and results for the
 * article's own texts, asked for again and again, are remembered.
 */
export function escapeText(text: string, max: number = DISCORD_LIMITS.embedFieldValue): string {
  const cut = truncate(text, max);
  const cached = escapeCache.get(cut);
  if (cached !== undefined) return cached;
  const escaped = escapeMarkdown(cut, {
    italic: cut.includes('*') || cut.includes('_'),
    underline: cut.includes('__'),
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  }).replace(/^(\s*)>/gm, '$1\\>');
  escapeCache.set(cut, escaped);
  return escaped;
}

/** Escaped texts by their source, bounded by bytes (UTF-16: both strings, two bytes a unit). */
const ESCAPE_CACHE_BYTES = 4 * 1024 * 1024;
const escapeCache = new LRUCache<string, string>({
  maxSize: ESCAPE_CACHE_BYTES,
  sizeCalculation: (escaped, source) => Math.max(1, (escaped.length + source.length) * 2),
});

/** "¶3", "¶3–4" for a run, "¶2, ¶7" otherwise. */
export function formatParagraphs(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const contiguous = last - first === sorted.length - 1;
  if (sorted.length > 1 && contiguous) return `¶${first}–${last}`;
  return sorted.map((n) => `¶${n}`).join(', ');
}

function footer(article: ArticleMeta, extra?: string): APIEmbed['footer'] {
  const parts = [article.title, article.publisher, extra].filter((part): part is string => Boolean(part));
  return { text: parts.join(' · ') || 'Article' };
}

function quoted(text: string): string {
  return `“${escapeText(text)}”`;
}

function citation(paragraphs: readonly number[], via: string | null): string {
  const cite = formatParagraphs(paragraphs);
  return via ? `${cite} · via ${escapeText(via)}` : cite;
}

function page(embeds: APIEmbed[], content?: string): RenderedPage {
  const fitted: RenderedPage = { embeds: fitEmbeds(embeds) };
  if (content !== undefined) fitted.content = fitContent(content);
  return fitted;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function pageLabel(index: number, total: number): string | undefined {
  return total > 1 ? `Page ${index + 1}/${total}` : undefined;
}

const KIND_LABEL: Record<QuoteItem['kind'], string> = {
  direct: '',
  partial: ' · partial quote',
  indirect: ' · reported speech',
};

/** Reported speech is the writer's words, not the speaker's: it gets no quotation marks. */
function statement(text: string, kind: QuoteItem['kind']): string {
  return kind === 'indirect' ? escapeText(text) : quoted(text);
}

function quoteField(item: QuoteItem): APIEmbedField {
  return {
    name: `${escapeText(item.speaker)}${KIND_LABEL[item.kind]}`,
    value: `${statement(item.quote, item.kind)}\n— ${citation(item.paragraphs, item.via)}`,
  };
}

export function renderQuotes(result: QuotesResult, article: ArticleMeta): RenderedPage[] {
  if (result.quotes.length === 0) {
    const name = result.speaker === null ? null : `**${escapeText(truncateQuery(result.speaker))}**`;
    if (name !== null && result.suggestions !== undefined) {
      const suggestions = result.suggestions.map((s) => `**${escapeText(s)}**`);
      const hint = suggestions.length > 0 ? ` — did you mean ${suggestions.join(', ')}?` : '.';
      return [page([], `No speaker named ${name}${hint}`)];
    }
    const description =
      result.note !== undefined
        ? escapeText(result.note)
        : name === null
          ? 'The article has no attributed quotes.'
          : `${name} is not quoted in the article.`;
    return [page([{ description, footer: footer(article), color: COLOR }])];
  }
  const whose = result.speaker === null ? 'Every quote in the article' : `Quotes from ${escapeText(result.speaker)}`;
  const title = `${whose} (${result.quotes.length})`;
  const corrected =
    result.correctedFrom !== undefined ? `No speaker is called **${escapeText(truncateQuery(result.correctedFrom))}**; showing the closest name.` : undefined;
  const chunks = chunk(result.quotes, BOT_LIMITS.quotesPerPage);
  return chunks.map((items, index) =>
    page([
      {
        title,
        ...(corrected !== undefined ? { description: corrected } : {}),
        color: COLOR,
        fields: items.map(quoteField),
        footer: footer(article, pageLabel(index, chunks.length)),
      },
    ]),
  );
}

export function renderSpeakers(result: SpeakersResult, article: ArticleMeta): RenderedPage[] {
  if (result.speakers.length === 0) {
    return [page([{ description: 'Nobody is quoted in this article.', footer: footer(article), color: COLOR }])];
  }
  const chunks = chunk(result.speakers, SPEAKERS_PER_PAGE);
  return chunks.map((speakers, index) =>
    page([
      {
        title: `Who is quoted (${result.speakers.length})`,
        color: COLOR,
        fields: speakers.map((speaker) => ({
          name: escapeText(speaker.name),
          value: `${speaker.description ? escapeText(speaker.description) : '*no description in the article*'}\n${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'}`,
        })),
        footer: footer(article, pageLabel(index, chunks.length)),
      },
    ]),
  );
}

export function renderWhoSaid(result: WhoSaidResult, article: ArticleMeta): RenderedPage[] {
  const query = escapeText(truncateQuery(result.query));
  if (result.answers.length === 0) {
    const reason = result.note ? escapeText(result.note) : 'Nothing in the article says that.';
    const related = result.related ?? [];
    if (related.length === 0) {
      return [page([{ title: `Who said “${query}”?`, description: reason, footer: footer(article), color: COLOR }])];
    }
    return [page([{ title: `Who said “${query}”?`, description: reason, color: COLOR }, nearMissEmbed(related, article)])];
  }
  const embeds = result.answers.map((answer, index): APIEmbed => {
    const who = answer.description ? `**${escapeText(answer.speaker)}**, ${escapeText(answer.description)}` : `**${escapeText(answer.speaker)}**`;
    return {
      ...(index === 0 ? { title: `Who said “${query}”?` } : {}),
      color: COLOR,
      description: `${statement(answer.quote, answer.kind)}\n— ${who}\n${citation([answer.paragraph], answer.via)}`,
      ...(index === result.answers.length - 1 ? { footer: footer(article) } : {}),
    };
  });
  return [page(embeds)];
}

/** Longest quote shown in a near-miss field: the list is a pointer into the article, not the answer. */
const NEAR_MISS_QUOTE_LENGTH = 300;
/** Room for the speaker in a field name (256 characters) beside the ¶ citation, escapes included. */
const NEAR_MISS_NAME_LENGTH = 100;

/** The closest statements beside "no one says that", in their own section, labelled as no match. */
function nearMissEmbed(related: readonly RelatedStatement[], article: ArticleMeta): APIEmbed {
  return {
    title: 'Closest statements — not a match',
    color: NEAR_MISS_COLOR,
    fields: related.map((r) => ({
      name: `${escapeText(r.speaker, NEAR_MISS_NAME_LENGTH)} · ${formatParagraphs([r.paragraph])}`,
      value: `“${escapeText(r.quote, NEAR_MISS_QUOTE_LENGTH)}”`,
    })),
    footer: footer(article),
  };
}

export function renderAsk(result: AskResult, article: ArticleMeta): RenderedPage[] {
  const question = escapeText(truncateQuery(result.question));
  if (result.passages.length === 0) {
    const reason = result.note ? escapeText(result.note) : 'The article does not answer that.';
    return [page([{ title: question, description: reason, footer: footer(article), color: COLOR }])];
  }
  const embed: APIEmbed = {
    title: `What the article says on “${question}”`,
    color: COLOR,
    fields: result.passages.map((passage) => ({
      name: formatParagraphs([passage.paragraph]),
      value: highlight(passage.text, passage.sentence),
    })),
    footer: footer(article),
  };
  return [page([embed])];
}

/** The passage with its answering sentence in bold (each part escaped on its own). */
export function highlight(text: string, sentence: string): string {
  const at = sentence ? text.indexOf(sentence) : -1;
  if (at < 0) return escapeText(text);
  const before = escapeText(text.slice(0, at), 400);
  const after = escapeText(text.slice(at + sentence.length), 400);
  return `${before}**${escapeText(sentence, 600)}**${after}`;
}

export function renderSummary(result: SummaryResult, article: ArticleMeta): RenderedPage[] {
  const lines = result.sentences.map(
    (s) => `${escapeText(s.text)}${s.speaker ? ` — ${escapeText(s.speaker)}` : ''} (${formatParagraphs([s.paragraph])})`,
  );
  return [
    page([
      {
        title: `Summary: ${escapeText(article.title)}`,
        color: COLOR,
        description: lines.length > 0 ? lines.join('\n\n') : 'The article is too short to summarise.',
        footer: footer(article),
      },
    ]),
  ];
}

const VOICES_FILE = 'voices.png';
const KIND_NAMES: Record<VoicesResult['speakers'][number]['kind'], string> = { person: 'person', organisation: 'organisation', unnamed: 'unnamed source' };

/** The share-of-voice chart as a PNG attachment, with the same figures as text beside it. */
export function renderVoices(result: VoicesResult, article: ArticleMeta): RenderedPage[] {
  if (result.speakers.length === 0) {
    return [page([{ title: 'Who is heard', description: 'Nobody is quoted in this article.', footer: footer(article), color: COLOR }])];
  }
  const lines = result.speakers.slice(0, CHART_MAX_ROWS).map((s) =>
    `**${escapeText(s.name, 80)}** (${KIND_NAMES[s.kind]}) — ${Math.round(s.share * 100)}% · ${s.statements} statement${s.statements === 1 ? '' : 's'} · ${s.words} words`);
  const more = result.speakers.length - lines.length;
  if (more > 0) lines.push(`…and ${more} more`);
  const people = result.speakers.filter((s) => s.kind === 'person').reduce((sum, s) => sum + s.share, 0);
  const fitted = page([
    {
      title: `Who is heard (${result.speakers.length})`,
      color: COLOR,
      description: `${lines.join('\n')}\n\nPeople hold ${Math.round(people * 100)}% of the attributed words.`,
      image: { url: `attachment://${VOICES_FILE}` },
      footer: footer(article),
    },
  ]);
  return [{ ...fitted, files: [{ name: VOICES_FILE, attachment: voicesPng(result, article.title) }] }];
}

export function renderHelp(result: HelpResult, article: ArticleMeta): RenderedPage[] {
  return [
    page([
      {
        title: 'Who said what — commands',
        color: COLOR,
        description: `Ask about **${escapeText(article.title)}**. Every answer cites its paragraphs (¶).`,
        fields: result.commands.map((command) => ({ name: command.usage, value: command.description })),
        footer: footer(article),
      },
    ]),
  ];
}

/** Echoed user text is shown short: a 6,000-character query need not fill the screen. */
function truncateQuery(text: string): string {
  return fitText(text.replace(/\s+/g, ' ').trim(), BOT_LIMITS.queryLength);
}

export function render(result: CommandResult, article: ArticleMeta): RenderedPage[] {
  switch (result.command) {
    case 'quotes':
      return renderQuotes(result, article);
    case 'speakers':
      return renderSpeakers(result, article);
    case 'who-said':
      return renderWhoSaid(result, article);
    case 'ask':
      return renderAsk(result, article);
    case 'summary':
      return renderSummary(result, article);
    case 'voices':
      return renderVoices(result, article);
    case 'help':
      return renderHelp(result, article);
  }
}

/** Room for one paragraph of context: two fit in an embed description with their labels. */
const CONTEXT_PARAGRAPH_MAX = 1900;

/** The quote's paragraph and the one before it, the quote's words in bold (each part escaped). */
export function renderQuoteContext(result: QuoteContextResult, article: ArticleMeta): RenderedPage {
  const blocks = result.paragraphs.map((p) => {
    const text = p.text.length > CONTEXT_PARAGRAPH_MAX ? p.text.slice(0, CONTEXT_PARAGRAPH_MAX) : p.text;
    const max = CONTEXT_PARAGRAPH_MAX;
    let out = '';
    let at = 0;
    for (const [start, end] of p.marks) {
      if (start < at || start >= text.length) continue;
      const stop = Math.min(end, text.length);
      // Bold must hug its words: spaces at the edges of the marked span go outside the **.
      const [, lead = '', words = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text.slice(start, stop)) ?? [];
      out += `${escapeText(text.slice(at, start), max)}${lead}${words ? `**${escapeText(words, max)}**` : ''}${trail}`;
      at = stop;
    }
    out += escapeText(text.slice(at), max);
    return `**¶${p.n}** ${out}${text.length < p.text.length ? '…' : ''}`;
  });
  return page([
    {
      title: `Context: ${escapeText(result.speaker)}`,
      color: COLOR,
      description: blocks.join('\n\n'),
      footer: footer(article),
    },
  ]);
}

/** A plain message (errors, refusals): short, escaped by the caller where it holds user text. */
export function renderNotice(text: string): RenderedPage {
  return page([], text);
}
