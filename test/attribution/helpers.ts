/** Build small articles from hand-written paragraphs and run attribution pieces on them. */
import { buildArticle } from '../../src/article/build.ts';
import type { Article } from '../../src/article/types.ts';
import { attribute } from '../../src/attribution/index.ts';
import { buildDoc, type DocModel } from '../../src/attribution/doc.ts';
import { buildRegistry, type EntityRegistry } from '../../src/attribution/entities.ts';
import { quoteContext, type QuoteContext } from '../../src/attribution/quotes/context.ts';
import type { Attribution, Quote } from '../../src/attribution/types.ts';

export function article(...paragraphs: string[]): Article {
  return buildArticle({ id: 'test', title: 'Test', paragraphs });
}

export function run(...paragraphs: string[]): Attribution {
  return attribute(article(...paragraphs));
}

/** The quotes as compact tuples: [speaker, kind, paragraphs, quote]. */
export function summary(result: Attribution): [string, Quote['kind'], number[], string][] {
  return result.quotes.map((q) => [q.speaker, q.kind, q.paragraphs, q.quote]);
}

export interface Setup {
  doc: DocModel;
  registry: EntityRegistry;
  contexts: QuoteContext[];
}

export function setup(...paragraphs: string[]): Setup {
  const doc = buildDoc(article(...paragraphs));
  const registry = buildRegistry(doc);
  const contexts = doc.quotes.map((span) => quoteContext(doc, span)!);
  return { doc, registry, contexts };
}
