/**
 * Turn an upload (a file or a fetched page) into the plain story text the article reader takes:
 * plain text as is, Markdown stripped to paragraphs, HTML reduced to the story by Mozilla's
 * Readability (on a linkedom DOM). The result then goes through the ordinary cleaner and reader
 * (parseArticle), so a library article is read exactly like a file on disk.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { z } from 'zod';
import { ArticleError, parseArticle } from '../article/load.ts';
import type { Article } from '../article/types.ts';
import { BOT_LIMITS } from '../constants.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html';

type ParseHtml = typeof import('linkedom').parseHTML;
let parseHtmlLoaded: ParseHtml | undefined;

/**
 * linkedom's parseHTML, loaded on first use: it is ~27 MB of resident memory in each thread that
 * loads it, and most uploads are plain text (the bot's thread only needs formatOf from here).
 */
function parseHTML(html: string): ReturnType<ParseHtml> {
  parseHtmlLoaded ??= (createRequire(import.meta.url)('linkedom') as typeof import('linkedom')).parseHTML;
  return parseHtmlLoaded(html);
}

const EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const MEDIA_TYPES: Readonly<Record<string, ArticleFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html'] as const;

/** The format of an upload from its file name, else its media type; null when it is neither. */
export function formatOf(fileName: string | null | undefined, mediaType?: string | null): ArticleFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension) return EXTENSIONS[extension] ?? null;
  const type = (mediaType ?? '').split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPES[type] ?? null;
}

const uploadSchema = z.object({
  format: z.enum(['text', 'markdown', 'html']),
  bytes: z
    .instanceof(Uint8Array, { error: 'The upload must be file contents.' })
    .refine((b) => b.length > 0, { error: 'The file is empty.' })
    .refine((b) => b.length <= BOT_LIMITS.articleMaxBytes, {
      error: `The file is larger than the ${BOT_LIMITS.articleMaxBytes / (1024 * 1024)} MB limit for an article.`,
    }),
  id: z.string().min(1),
});

export interface StoryText {
  /** Headline then paragraphs separated by blank lines: what parseArticle reads. */
  text: string;
  /** The site name from the page's metadata, when an HTML page gives one. */
  siteName: string | null;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const hasNul = bytes.includes(0);
  if (hasNul) throw new ArticleError('The file is not text: it looks like a binary file.');
  return new TextDecoder('utf-8').decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// Markdown

const FENCE = /^\s*(```|~~~)/;

/**
 * Inline Markdown → its text. Every pattern is linear in the line's length: a span's content may
 * not hold its own opening mark (so the scan from one opening stops at the next), which is what
 * keeps a line of ten thousand "[" or "**" from costing a hundred million steps.
 */
function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^[\]]*\]\([^()]*\)/g, '') // images: their alt text is a caption, not story
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1') // links keep their text
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1') // reference links
    .replace(/<[^<>]+>/g, '') // inline HTML tags
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*(?=\S)((?:(?!\*\*)[^])+?)(?<=\S)\*\*/g, '$1')
    .replace(/__(?=\S)((?:(?!__)[^])+?)(?<=\S)__/g, '$1')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~([^~]+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** A heading's text: after its opening #s, without the optional closing #s (cut by hand: linear). */
function headingText(line: string): string | null {
  const opening = /^\s{0,3}#{1,6}(?:\s+|$)/.exec(line);
  if (!opening) return null;
  let text = line.slice(opening[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0 || /\s/.test(text[end - 1]!)) text = text.slice(0, end);
  return text.trim();
}

/** Markdown → one paragraph per block, blank lines between; headings, quotes and lists keep their text. */
export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(rawLine)) continue; // reference definition
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(rawLine)) { // horizontal rule
      flush();
      continue;
    }
    if (/^\s*(=+|-+)\s*$/.test(rawLine) && current.length > 0) { // setext heading underline
      flush();
      continue;
    }
    const heading = headingText(rawLine);
    if (heading !== null) {
      flush();
      blocks.push(stripInlineMarkdown(heading));
      continue;
    }
    let line = rawLine.replace(/^\s*(>\s?)+/, '');
    const listItem = /^\s*(?:[-*+]|\d+[.)])\s+/.exec(line);
    if (listItem) {
      flush();
      line = line.slice(listItem[0].length);
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    current.push(stripInlineMarkdown(line.trim()));
  }
  flush();
  return blocks.filter((b) => b.trim().length > 0).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// HTML

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of each block element that holds no other block, in document order. */
function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const element of document.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR)) continue; // its inner blocks are taken instead
    if (element.tagName.toLowerCase() === 'figcaption') continue; // captions are not story
    const text = collapse(element.textContent ?? '');
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const whole = collapse(document.body?.textContent ?? '');
    if (whole) out.push(whole);
  }
  return out;
}

/** Deeper than this, a page is refused before parsing (real pages nest a few dozen levels). */
export const MAX_HTML_DEPTH = 400;
/** More elements than this, likewise (a long article page has a few thousand). */
export const MAX_HTML_ELEMENTS = 60_000;
/** Elements that never hold others, or that a parser closes by itself: they add no depth. */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'optgroup',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;

/**
 * Refuse, before any parsing, a page whose nesting or size would make the DOM parser and
 * Readability (both recursive, and worse than linear in depth) run for minutes or overflow the
 * stack. One pass over the tags, counting open and close tags: linear in the page's length.
 */
export function checkHtmlShape(html: string): void {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const match of html.matchAll(TAG)) {
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (!closing) elements++;
    if (NO_DEPTH.has(name) || match[0].endsWith('/>')) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  if (deepest > MAX_HTML_DEPTH) {
    throw new ArticleError(`That page is too complex to read: its HTML nests ${deepest} levels deep (at most ${MAX_HTML_DEPTH} are read).`);
  }
  if (elements > MAX_HTML_ELEMENTS) {
    throw new ArticleError(`That page is too complex to read: it has ${elements} HTML elements (at most ${MAX_HTML_ELEMENTS.toLocaleString('en')} are read).`);
  }
}

const MAX_BYLINE_WORDS = 12;

/** "Jane Doe" → "By Jane Doe"; nothing when the page has none, it is long, or the story already opens with it. */
function bylineLine(raw: string | null | undefined, body: readonly string[]): string {
  const byline = collapse(raw ?? '').replace(/[.;:]+$/, '');
  if (!byline || byline.split(' ').length > MAX_BYLINE_WORDS || body.slice(0, 3).some((b) => b.includes(byline))) return '';
  return /^by\s/i.test(byline) ? byline : `By ${byline}`;
}

/** HTML page → headline and story paragraphs, through Readability. */
export function htmlToStory(html: string): StoryText {
  checkHtmlShape(html);
  const { document } = parseHTML(html);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
      maxElemsToParse: MAX_HTML_ELEMENTS,
    }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) {
    throw new ArticleError('No article was found in that page: it has no readable story text.');
  }
  const paragraphs = blockTexts(parsed.content);
  const title = collapse(parsed.title ?? '');
  // The headline first, as the reader expects; skip it when Readability kept it as the first block.
  const body = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  // The page's byline as a "By …" line under the headline, where the cleaner reads the writer
  // (the "I" of a column) and keeps the line out of the story.
  const byline = bylineLine(parsed.byline, body);
  const text = [title, byline, ...body].filter(Boolean).join('\n\n');
  return { text, siteName: parsed.siteName ? collapse(parsed.siteName) : null };
}

/** Upload bytes in a known format → story text (not yet cleaned). Throws ArticleError. */
export function toStoryText(bytes: Uint8Array, format: ArticleFormat): StoryText {
  const decoded = decode(bytes);
  if (format === 'markdown') return { text: markdownToText(decoded), siteName: null };
  if (format === 'html') return htmlToStory(decoded);
  return { text: decoded, siteName: null };
}

export interface IngestedArticle {
  article: Article;
  /** The story text that was read; stored so the article can be read again the same way. */
  text: string;
}

/**
 * Check and read an upload into an Article. Every refusal is an ArticleError whose message is
 * meant for the person who uploaded it.
 */
export function ingest(bytes: Uint8Array, format: ArticleFormat, id: string): IngestedArticle {
  const checked = uploadSchema.safeParse({ bytes, format, id });
  if (!checked.success) throw new ArticleError(checked.error.issues[0]?.message ?? 'That upload cannot be read.');
  const story = toStoryText(bytes, format);
  const article = parseArticle(story.text, id);
  const withPublisher = article.publisher === null && story.siteName ? { ...article, publisher: story.siteName } : article;
  return { article: withPublisher, text: story.text };
}
