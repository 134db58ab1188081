/** Test helper: ArticleContexts over the fixtures (gold attribution) and over small hand-made articles. */
import { buildArticle } from '../../src/article/build.ts';
import { parseArticle } from '../../src/article/load.ts';
import type { ArticleContext } from '../../src/answers/context.ts';
import type { Attribution, Quote, Speaker } from '../../src/attribution/types.ts';
import { buildIndex } from '../../src/search/index.ts';
import { loadFixtures, type Fixture } from '../quality/gold.ts';
import { attributionFromGold } from './goldAttribution.ts';

export function fixture(name: string): Fixture {
  const found = loadFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** A fixture read by the real article reader, with the attribution taken from its gold file. */
export function goldContext(name: string): ArticleContext {
  const f = fixture(name);
  const article = parseArticle(f.text, f.name);
  const attribution = attributionFromGold(article, f.gold);
  return { article, attribution, index: buildIndex(article, attribution) };
}

export function speaker(name: string, aliases: string[] = [], description: string | null = null, firstParagraph = 1): Speaker {
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    kind: 'person',
    description,
    aliases: [name, ...aliases],
    firstParagraph,
  };
}

export function quote(speakerName: string, text: string, paragraphs: number[], kind: Quote['kind'] = 'direct'): Quote {
  return { speaker: speakerName, quote: text, kind, paragraphs, via: null };
}

/** A small article from paragraph texts and a hand-written attribution. */
export function handContext(paragraphs: string[], attribution: Attribution): ArticleContext {
  const article = buildArticle({ id: 'hand', title: 'Hand-made article', paragraphs });
  return { article, attribution, index: buildIndex(article, attribution) };
}
