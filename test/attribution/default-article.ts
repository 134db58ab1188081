/** The default article through the project's real reader (cleaning included), for tests only. */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/load.ts';
import type { Article } from '../../src/article/types.ts';

export function defaultArticle(): Article {
  const raw = readFileSync(new URL('../../data/scmp-china-russia-2021.txt', import.meta.url), 'utf8');
  return parseArticle(raw, 'scmp-china-russia-2021');
}
