import { readFileSync } from 'node:fs';
import { parseArticle } from './src/article/load.ts';
import { buildDoc } from './src/attribution/doc.ts';
import { buildRegistry } from './src/attribution/entities.ts';
import { quoteContext } from './src/attribution/quotes/context.ts';
import { QUOTE_SIEVES } from './src/attribution/sieves/quote-sieves.ts';
const article = parseArticle(readFileSync(process.argv[2]!, 'utf8'), 'x');
const doc = buildDoc(article);
const reg = buildRegistry(doc);
for (const span of doc.quotes) {
  const ctx = quoteContext(doc, span);
  if (!ctx) continue;
  let hit = null;
  for (const s of QUOTE_SIEVES) { const h = s(ctx, reg); if (h) { hit = h; break; } }
  console.log(JSON.stringify(span.text).slice(0, 80), '→', hit?.sieve, hit?.phrase?.text, JSON.stringify(hit?.verb));
}
