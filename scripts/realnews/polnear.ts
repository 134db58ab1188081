/**
 * Reads a local PolNeAR checkout (networkdynamics/PolNeAR: brat standoff files marking each
 * attribution's Source, Cue and Content in US political news). The data carries no licence, so
 * nothing of it is copied into this repository: scripts read a checkout whose path they are given.
 *
 * Only the train split is readable here. Dev and test are the project's blind check: never
 * opened, read or scored while developing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEVELOPMENT_SPLIT = 'train';

/** A character range of the article text; a discontinuous annotation has several. */
export interface Span {
  start: number;
  end: number;
}

export interface AnnotatedSpan {
  spans: Span[];
  /** The annotated text, the pieces of a discontinuous span joined by one space. */
  text: string;
}

export interface GoldAttribution {
  source: AnnotatedSpan | null;
  cue: AnnotatedSpan;
  content: AnnotatedSpan;
}

export interface RealNewsArticle {
  /** The file name without extension (publisher_date_slug). */
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

export class SplitRefused extends Error {}

/** The split's folder, refusing every split but the development one. */
export function splitDir(checkout: string, split: string): string {
  if (split !== DEVELOPMENT_SPLIT) {
    throw new SplitRefused(`PolNeAR's "${split}" split is the project's blind check: only "${DEVELOPMENT_SPLIT}" is read while developing.`);
  }
  const dir = join(checkout, 'data', split);
  if (!existsSync(join(dir, 'attributions')) || !existsSync(join(dir, 'text'))) {
    throw new Error(`No PolNeAR ${split} split under ${checkout} (expected data/${split}/attributions and data/${split}/text).`);
  }
  return dir;
}

interface TextBound {
  label: string;
  spans: Span[];
}

function parseSpans(field: string): Span[] {
  return field.split(';').map((piece) => {
    const [start, end] = piece.trim().split(/\s+/).map(Number);
    return { start: start!, end: end! };
  });
}

function spanText(text: string, spans: Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' ');
}

/** One brat .ann file's attribution events over its article text. */
export function parseAnnotations(ann: string, text: string): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const firstSpace = cols[1].indexOf(' ');
      bounds.set(cols[0]!, { label: cols[1].slice(0, firstSpace), spans: parseSpans(cols[1].slice(firstSpace + 1)) });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
      const roles: Record<string, string> = {};
      for (const pair of cols[1].trim().split(/\s+/)) {
        const [role, id] = pair.split(':');
        if (role && id) roles[role.replace(/\d+$/, '')] = id;
      }
      events.push(roles);
    }
  }
  const annotated = (id: string | undefined): AnnotatedSpan | null => {
    const bound = id ? bounds.get(id) : undefined;
    return bound ? { spans: bound.spans, text: spanText(text, bound.spans) } : null;
  };
  const out: GoldAttribution[] = [];
  for (const roles of events) {
    const cue = annotated(roles['Cue']);
    const content = annotated(roles['Content']);
    if (!cue || !content) continue;
    out.push({ source: annotated(roles['Source']), cue, content });
  }
  return out.sort((a, b) => a.content.spans[0]!.start - b.content.spans[0]!.start);
}

/**
 * The split's articles, each with one annotator's attributions (the first annotation file in
 * name order, when several annotators marked the same article), in name order.
 */
export function loadRealNews(checkout: string, split: string, limit = Infinity): RealNewsArticle[] {
  const dir = splitDir(checkout, split);
  const byArticle = new Map<string, string>();
  for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
    if (!byArticle.has(name)) byArticle.set(name, file);
  }
  const articles: RealNewsArticle[] = [];
  for (const [name, file] of byArticle) {
    if (articles.length >= limit) break;
    const textPath = join(dir, 'text', `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    articles.push({ name, text, attributions: parseAnnotations(readFileSync(join(dir, 'attributions', file), 'utf8'), text) });
  }
  return articles;
}

/** `--dir PATH` from argv, else the REALNEWS_DIR environment variable, else null. */
export function checkoutFromArgs(argv: readonly string[]): string | null {
  const i = argv.indexOf('--dir');
  if (i >= 0 && argv[i + 1]) return argv[i + 1]!;
  return process.env['REALNEWS_DIR'] || null;
}
