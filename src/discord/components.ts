/**
 * The answer buttons besides page turns: "Show context" under each quote of a /who-said or /quotes
 * answer (anyone may press it; the context comes back only to whoever pressed), and "Share in
 * channel" under the private answer of the "Who said this?" message command.
 *
 * A context button's customId names the article (a library id, or `a` for the one article of a bot
 * without a library), the quote's index in that article's attribution and the cited paragraph.
 * Articles never change once added, so the id stays valid for as long as the article exists.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Quote } from '../attribution/types.ts';
import { findQuoteIndex } from '../answers/quoteContext.ts';
import type { CommandResult } from '../answers/types.ts';
import { fitText } from './fit.ts';

export const CONTEXT_PREFIX = 'ctx';
export const SHARE_PREFIX = 'share';
/** The article of a bot without a library (ARTICLE_PATH or the bundled one). */
export const SINGLE_ARTICLE = 'a';

const BUTTONS_PER_ROW = 5;
const LABEL_MAX = 80;

export interface ContextRef {
  /** A library article id, or SINGLE_ARTICLE. */
  article: number | typeof SINGLE_ARTICLE;
  quoteIndex: number;
  paragraph: number;
}

export function encodeContext(ref: ContextRef): string {
  return `${CONTEXT_PREFIX}:${ref.article}:${ref.quoteIndex}:${ref.paragraph}`;
}

export function decodeContext(customId: string): ContextRef | undefined {
  const match = /^ctx:(a|\d{1,12}):(\d{1,6}):(\d{1,6})$/.exec(customId);
  if (!match) return undefined;
  return { article: match[1] === SINGLE_ARTICLE ? SINGLE_ARTICLE : Number(match[1]), quoteIndex: Number(match[2]), paragraph: Number(match[3]) };
}

export interface ShareRef {
  key: string;
  ownerId: string;
}

export function encodeShare(ref: ShareRef): string {
  return `${SHARE_PREFIX}:${ref.key}:${ref.ownerId}`;
}

export function decodeShare(customId: string): ShareRef | undefined {
  const match = /^share:([a-z0-9]{1,32}):(\d{1,20})$/.exec(customId);
  return match ? { key: match[1]!, ownerId: match[2]! } : undefined;
}

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): APIButtonComponent {
  return { type: ComponentType.Button, style, custom_id: customId, label: fitText(label, LABEL_MAX) };
}

/** Context buttons, five to a row. */
export function contextRows(buttons: { ref: ContextRef; label: string }[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + BUTTONS_PER_ROW).map((b) => button(encodeContext(b.ref), b.label)),
    });
  }
  return rows;
}

export function shareRow(ref: ShareRef): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components: [button(encodeShare(ref), 'Share in channel', ButtonStyle.Primary)] };
}

/** A statement shown in an answer, as the context button needs it. */
export interface ShownQuote {
  speaker: string;
  quote: string;
  paragraph: number;
}

/** The statements each page of a rendered answer shows, in order (pages as render.ts cuts them). */
export function shownQuotesByPage(result: CommandResult, perPage: number): ShownQuote[][] {
  if (result.command === 'who-said') return [result.answers.map((a) => ({ speaker: a.speaker, quote: a.quote, paragraph: a.paragraph }))];
  if (result.command !== 'quotes') return [];
  const pages: ShownQuote[][] = [];
  for (let i = 0; i < result.quotes.length; i += perPage) {
    pages.push(result.quotes.slice(i, i + perPage).map((q) => ({ speaker: q.speaker, quote: q.quote, paragraph: q.paragraphs[0] ?? 0 })));
  }
  return pages;
}

/** "Context ¶21 · Lukin"-style buttons for the statements of one page that can be found again. */
export function contextButtonsFor(
  shown: readonly ShownQuote[],
  quotes: readonly Quote[],
  article: ContextRef['article'],
): { ref: ContextRef; label: string }[] {
  return shown.flatMap((s, i) => {
    const quoteIndex = findQuoteIndex(quotes, s);
    if (quoteIndex < 0) return [];
    const numbered = shown.length > 1 ? `${i + 1}. ` : '';
    return [{ ref: { article, quoteIndex, paragraph: s.paragraph }, label: `${numbered}Show context ¶${s.paragraph}` }];
  });
}
