/**
 * The bundled article's file (ARTICLE_PATH, else the one shipped) as story text, read the way an
 * upload is: .html through Readability, .md as Markdown, other files as text; not UTF-8 → Windows-1252.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { asUtf8 } from '../article/encoding.ts';
import { formatOf, toStoryText } from './ingest.ts';

export function readStoryFile(path: string): string {
  const { bytes } = asUtf8(readFileSync(path), path);
  return toStoryText(bytes, formatOf(basename(path)) ?? 'text').text;
}
