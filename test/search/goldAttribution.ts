/**
 * Test helper: an Attribution built by hand from a fixture's gold annotations, so retrieval and
 * the answer commands can be developed and measured independently of the attribution sieves.
 * Gold quotes hold only a short opening snippet; the full quote is recovered from the paragraph
 * (to the closing quotation mark for direct/partial quotes, to the sentence end for indirect).
 */
import type { Article } from '../../src/article/types.ts';
import type { Attribution, Quote, Speaker } from '../../src/attribution/types.ts';
import { foldPunctuation } from '../../src/search/text.ts';
import type { Gold, GoldQuote } from '../quality/gold.ts';

function idOf(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

function fold(text: string): string {
  return foldPunctuation(text).toLowerCase();
}

// A paragraph with double quotes uses single ones only for nesting (and apostrophes).
let OPEN_MARK = /"/g;
let CLOSE_MARK = /"/g;
function useMarksOf(text: string): void {
  const double = text.indexOf('"');
  const singleAt = text.search(/(?<![\p{L}\p{N}])'(?=\S)/u);
  const single = singleAt >= 0 && (double < 0 || singleAt < double);
  OPEN_MARK = single ? /(?<![\p{L}\p{N}])'(?=\S)/gu : /"/g;
  CLOSE_MARK = single ? /(?<=\S)'(?![\p{L}\p{N}])/gu : /"/g;
}

function lastOpenBefore(text: string, at: number): number {
  let found = -1;
  for (const m of text.matchAll(OPEN_MARK)) {
    if (m.index! > at) break;
    found = m.index!;
  }
  return found;
}

function nextClose(text: string, from: number): number {
  CLOSE_MARK.lastIndex = from;
  const m = CLOSE_MARK.exec(text);
  return m ? m.index : -1;
}

/** The quoted words in one paragraph around `from`, without the marks (double or single). */
function quotedSpan(text: string, from: number): string {
  const open = lastOpenBefore(text, from);
  const start = open >= 0 ? open + 1 : from;
  const close = nextClose(text, Math.max(start, from));
  return text.slice(start, close >= 0 ? close : text.length).trim();
}

/** A direct quote split around its attribution ("…," he said. "…") continues in later spans. */
function quotedSpansFrom(text: string, from: number): string {
  const spans = [quotedSpan(text, from)];
  let close = nextClose(text, from);
  while (close >= 0) {
    OPEN_MARK.lastIndex = close + 1;
    const open = OPEN_MARK.exec(text);
    if (!open) break;
    const next = nextClose(text, open.index + 1);
    spans.push(text.slice(open.index + 1, next >= 0 ? next : text.length).trim());
    close = next;
  }
  return spans.join(' ');
}

function expandQuote(article: Article, q: GoldQuote): string {
  const parts: string[] = [];
  q.paragraphs.forEach((n, i) => {
    const text = foldPunctuation(article.paragraphs[n - 1]?.text ?? '');
    useMarksOf(text);
    if (i === 0) {
      const at = fold(text).indexOf(fold(q.text));
      const from = at >= 0 ? at : 0;
      if (q.kind === 'indirect') {
        const end = text.slice(from).search(/[.!?](\s|$)|"/);
        parts.push(text.slice(from, end >= 0 ? from + end : text.length).trim());
      } else if (q.kind === 'direct') {
        parts.push(quotedSpansFrom(text, from));
      } else {
        parts.push(quotedSpan(text, from));
      }
    } else {
      OPEN_MARK.lastIndex = 0;
      const open = OPEN_MARK.exec(text);
      parts.push(quotedSpan(text, open ? open.index + 1 : 0));
    }
  });
  return parts.join(' ');
}

function speakerOf(gold: Gold['speakers'][number], firstParagraph: number): Speaker {
  return {
    id: idOf(gold.name),
    name: gold.name,
    kind: /^[A-Z]\S* [A-Z]/.test(gold.name) ? 'person' : 'organisation',
    description: gold.description,
    aliases: [gold.name, ...gold.aliases],
    firstParagraph,
  };
}

export function attributionFromGold(article: Article, gold: Gold): Attribution {
  const quotes: Quote[] = gold.quotes.map((q) => ({
    speaker: q.speaker,
    quote: expandQuote(article, q),
    kind: q.kind,
    paragraphs: q.paragraphs,
    via: q.via,
  }));
  const speakers = gold.speakers
    .filter((s) => quotes.some((q) => q.speaker === s.name))
    .map((s) => speakerOf(s, Math.min(...quotes.filter((q) => q.speaker === s.name).flatMap((q) => q.paragraphs))));
  const mentioned = gold.mentionedNotQuoted.map((name): Speaker => {
    const surname = name.split(' ').at(-1)!;
    return { id: idOf(name), name, kind: 'person', description: null, aliases: [name, surname], firstParagraph: 1 };
  });
  return { quotes, speakers, mentioned };
}
