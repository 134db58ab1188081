/**
 * Hostile uploads, generated (no big files committed): each is a function of its size in bytes,
 * shaped after what an attacker would send to make reading an article cost more than its size.
 */
import type { ArticleFormat } from '../../src/library/ingest.ts';

export interface HostileInput {
  name: string;
  format: ArticleFormat;
  make(bytes: number): string;
}

const SENTENCE = 'The minister said the plan would cut costs, but critics were not persuaded by the figures. ';
const PUNCTUATION = ['.', ',', '!', '?', ';', ':', '-', '—', '…', '(', ')', '[', ']', '*', '_', '~', '`', '#', '>', '|', '/', '\\', '&', '<'];
const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」'];
const EMPHASIS = ['*', '**', '_', '__', '~~', '`', '[', '](', '!['];

function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** One mark repeated, in one line and under a headline. */
const runOf = (mark: string, format: ArticleFormat): HostileInput => ({
  name: `run of ${JSON.stringify(mark)} (${format})`,
  format,
  make: (bytes) => `A headline about nothing\n\n${repeat(mark, bytes)}`,
});

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'single line of prose', format: 'text', make: (bytes) => repeat(SENTENCE, bytes).replace(/\. /g, ' and ') },
  { name: 'single long sentence without spaces', format: 'text', make: (bytes) => `Headline\n\n${repeat('word', bytes)}` },
  { name: 'one paragraph of sentences', format: 'text', make: (bytes) => `A headline\n\n${repeat(SENTENCE, bytes)}` },
  { name: 'many short paragraphs', format: 'text', make: (bytes) => `A headline\n\n${repeat('He said yes today.\n\n', bytes)}` },
  {
    name: 'thousands of quotes',
    format: 'text',
    make: (bytes) => `A headline\n\n${repeat('“We will not back down on this,” said Ann Lee, a union organiser. ', bytes)}`,
  },
  { name: 'titles that never end a sentence', format: 'text', make: (bytes) => `Headline\n\n${repeat('Mr. ', bytes)}` },
  ...PUNCTUATION.map((mark) => runOf(mark, 'text')),
  ...QUOTE_MARKS.map((mark) => runOf(mark, 'text')),
  ...QUOTE_MARKS.map((mark) => ({
    name: `quoted words with ${JSON.stringify(mark)}`,
    format: 'text' as const,
    make: (bytes: number) => `Headline\n\n${repeat(`${mark}a `, bytes)}`,
  })),
  ...EMPHASIS.map((mark) => runOf(mark, 'markdown')),
  ...EMPHASIS.map((mark) => ({
    name: `emphasis around words ${JSON.stringify(mark)} (markdown)`,
    format: 'markdown' as const,
    make: (bytes: number) => `# Headline\n\n${repeat(`${mark}word `, bytes)}`,
  })),
  { name: 'markdown line of links', format: 'markdown', make: (bytes) => `# Headline\n\n${repeat('[a](b', bytes)}` },
  { name: 'markdown list markers', format: 'markdown', make: (bytes) => `# Headline\n\n${repeat('- - - - x\n', bytes)}` },
  {
    name: 'nested divs',
    format: 'html',
    make: (bytes) => {
      const depth = Math.floor(bytes / 11);
      return `<html><body>${'<div>'.repeat(depth)}<p>${SENTENCE}</p>${'</div>'.repeat(depth)}</body></html>`;
    },
  },
  {
    name: 'sibling elements',
    format: 'html',
    make: (bytes) => `<html><head><title>A headline</title></head><body><article>${repeat(`<p>${SENTENCE}</p>`, bytes)}</article></body></html>`,
  },
  { name: 'unclosed tags', format: 'html', make: (bytes) => `<html><body>${repeat('<b><i>x', bytes)}</body></html>` },
  { name: 'html of one mark', format: 'html', make: (bytes) => `<html><body><p>${repeat('<', bytes)}</p></body></html>` },
];

/** A 100,000-deep nest of divs (1.1 MB), as in the report. */
export function nestedDivs(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>${SENTENCE}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** `count` paragraphs of one short line each (40,000 → about 1.9 MB with the report's shape). */
export function manyParagraphs(count: number): string {
  return ['A headline', ...Array.from({ length: count }, (_, i) => `Paragraph ${i} says something short here today.`)].join('\n\n');
}

/** An article of `count` distinct attributed quotes. */
export function manyQuotes(count: number): string {
  return [
    'Workers walk out over pay',
    ...Array.from({ length: count }, (_, i) => `“We have waited ${i} days for an answer on pay,” said Alex Morgan${i % 50}, a union organiser.`),
  ].join('\n\n');
}
