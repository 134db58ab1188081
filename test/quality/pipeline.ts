/**
 * Runs the project's real pipeline over the fixtures: article reading (src/article), attribution
 * and index (src/answers/context.ts), and the answer functions (src/answers), each loaded with a
 * dynamic import so the harness still runs while other parts are being written.
 */
import { basename } from 'node:path';
import type { Article } from '../../src/article/types.ts';
import { buildArticle } from '../../src/article/build.ts';
import { prepareArticle, type ArticleContext } from '../../src/answers/context.ts';
import type { AskQuestion, Fixture, WhoSaidQuestion } from './gold.ts';
import {
  overallOf,
  scoreAsk,
  scoreAttribution,
  scoreCleaning,
  scoreWhoSaid,
  type AskLike,
  type FixtureReport,
  type Measurement,
  type WhoSaidLike,
} from './score.ts';

type ArticleReader = (text: string, id: string) => Article;
type WhoSaidFn = (ctx: ArticleContext, query: string) => WhoSaidLike | Promise<WhoSaidLike>;
type AskFn = (ctx: ArticleContext, question: string) => AskLike | Promise<AskLike>;

/** Import a project module by path, or undefined when it does not exist yet. */
async function optionalImport(relativePath: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(new URL(relativePath, import.meta.url).href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'ENOENT') return undefined;
    throw error;
  }
}

function pickFunction(module: Record<string, unknown> | undefined, names: readonly string[]) {
  for (const name of names) {
    const candidate = module?.[name];
    if (typeof candidate === 'function') return candidate as (...args: unknown[]) => unknown;
  }
  return undefined;
}

// FALLBACK — used only until src/article/load.ts exports the real reader. It splits on blank lines
// and takes the first block as the title; it does no cleaning, so cleaning scores are meaningless
// while it is in use (eval prints which reader ran).
function fallbackReader(text: string, id: string): Article {
  const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return buildArticle({ id, title: blocks[0] ?? id, paragraphs: blocks.slice(1) });
}

async function resolveReader(): Promise<{ read: ArticleReader; kind: 'real' | 'fallback' }> {
  const load = await optionalImport('../../src/article/load.ts');
  const fromText = pickFunction(load, ['loadArticleText', 'parseArticle', 'parseArticleText', 'readArticleText']);
  if (fromText) {
    return { kind: 'real', read: (text, id) => fromText(text, id) as Article };
  }
  return { kind: 'fallback', read: fallbackReader };
}

async function resolveAnswers(): Promise<{ whoSaid?: WhoSaidFn; ask?: AskFn }> {
  const modules = await Promise.all(
    ['../../src/answers/index.ts', '../../src/answers/who-said.ts', '../../src/answers/whoSaid.ts', '../../src/answers/ask.ts']
      .map(optionalImport),
  );
  const find = (names: readonly string[]) => modules.map((m) => pickFunction(m, names)).find(Boolean);
  return {
    whoSaid: find(['whoSaid']) as WhoSaidFn | undefined,
    ask: find(['ask']) as AskFn | undefined,
  };
}

async function answerAll<R>(questions: readonly string[], answer: ((q: string) => R | Promise<R>) | undefined) {
  if (!answer) return null;
  const results: (R | null)[] = [];
  for (const q of questions) {
    try {
      results.push(await answer(q));
    } catch {
      results.push(null);
    }
  }
  return results;
}

async function runFixture(
  fixture: Fixture,
  read: ArticleReader,
  answers: { whoSaid?: WhoSaidFn; ask?: AskFn },
): Promise<FixtureReport> {
  const { gold } = fixture;
  const base = { name: fixture.name, style: gold.style };
  let ctx: ArticleContext;
  try {
    ctx = prepareArticle(read(fixture.text, basename(fixture.name)));
  } catch (error) {
    return {
      ...base,
      cleaning: scoreCleaning([], gold),
      attribution: null,
      whoSaid: null,
      ask: null,
      error: (error as Error).message,
    };
  }
  const whoSaidQuestions = gold.questions.filter((q): q is WhoSaidQuestion => q.command === 'who-said');
  const askQuestions = gold.questions.filter((q): q is AskQuestion => q.command === 'ask');
  const whoSaidFn = answers.whoSaid;
  const askFn = answers.ask;
  const whoSaidResults = await answerAll(whoSaidQuestions.map((q) => q.query), whoSaidFn && ((q) => whoSaidFn(ctx, q)));
  const askResults = await answerAll(askQuestions.map((q) => q.question), askFn && ((q) => askFn(ctx, q)));
  return {
    ...base,
    cleaning: scoreCleaning(ctx.article, gold),
    attribution: scoreAttribution(ctx.attribution.quotes, gold.quotes),
    whoSaid: whoSaidResults && scoreWhoSaid(whoSaidResults, whoSaidQuestions, gold.quotes),
    ask: askResults && scoreAsk(askResults, askQuestions),
  };
}

export async function runPipeline(fixtures: readonly Fixture[]): Promise<Measurement> {
  const reader = await resolveReader();
  const answers = await resolveAnswers();
  const reports: FixtureReport[] = [];
  for (const fixture of fixtures) reports.push(await runFixture(fixture, reader.read, answers));
  return {
    pipeline: { loader: reader.kind, whoSaid: Boolean(answers.whoSaid), ask: Boolean(answers.ask) },
    fixtures: reports,
    overall: overallOf(reports),
  };
}
