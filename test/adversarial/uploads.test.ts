/**
 * Issue 10's hostile uploads, generated here (nothing big committed): each is read on the upload
 * worker and either answered in bounded time or refused with a plain "too complex" message; the
 * reading of long articles and /summary stay bounded on the main thread too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ArticleError } from '../../src/article/load.ts';
import { parseArticle } from '../../src/article/load.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { summary } from '../../src/answers/summary.ts';
import { RETIRE_AFTER_BYTES, UPLOAD_MESSAGES, UploadPreparer } from '../../src/library/upload-preparer.ts';
import { HOSTILE_INPUTS, manyParagraphs, nestedDivs } from './hostile-inputs.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const refusals = Object.values(UPLOAD_MESSAGES).map((m) => (typeof m === 'string' ? m : m(1)).slice(0, 30));

const preparer = new UploadPreparer();
/** A short deadline, so the suite stays quick: an input that needs longer is refused, which is what we check. */
const hostilePreparer = new UploadPreparer({ timeoutMs: 5_000 });
afterAll(() => Promise.all([preparer.close(), hostilePreparer.close()]));

describe('uploads are read on a worker thread, with limits', () => {
  it('reads an ordinary article and counts its quotes', async () => {
    const text = readFileSync(new URL('../fixtures/articles/uk-local-bin-strike.txt', import.meta.url), 'utf8');
    const upload = await preparer.prepare(encode(text), 'text');
    expect(upload.paragraphs).toBeGreaterThan(5);
    expect(upload.quotes).toBeGreaterThan(5);
  }, 120_000);

  it('a reading past its deadline is ended and refused as too complex; the next upload is read', async () => {
    const strict = new UploadPreparer({ timeoutMs: 1 });
    try {
      const hostile = HOSTILE_INPUTS[0]!.make(2_000_000);
      await expect(strict.prepare(encode(hostile), 'text')).rejects.toThrow(/too complex to read/);
    } finally {
      await strict.close();
    }
    const upload = await preparer.prepare(encode('A headline\n\n“We will stay,” said Ann Lee, a nurse.'), 'text');
    expect(upload.quotes).toBe(1);
  }, 120_000);

  it.each(HOSTILE_INPUTS.filter((_, i) => i % 6 === 0).map((input) => [input.name, input] as const))(
    '%s at 300 KB is read or refused, never hangs',
    async (_name, input) => {
      const outcome = await hostilePreparer.prepare(encode(input.make(300_000)), input.format).then(
        (upload) => ({ ok: true as const, upload }),
        (error: Error) => ({ ok: false as const, error }),
      );
      if (!outcome.ok) {
        expect(outcome.error, outcome.error.message).toBeInstanceOf(ArticleError);
        if (refusals.some((r) => outcome.error.message.startsWith(r))) expect(outcome.error.message).toMatch(/too complex|try again/);
      } else {
        expect(outcome.upload.paragraphs).toBeGreaterThanOrEqual(0);
      }
    },
    120_000,
  );

  it('a large upload’s worker is ended once it answers, so its grown heap is given back; small ones share one', async () => {
    const own = new UploadPreparer();
    try {
      const small = encode('A headline\n\n“We will stay,” said Ann Lee, a nurse.');
      await own.prepare(small, 'text');
      await own.prepare(small, 'text');
      expect(own.workersStarted).toBe(1);
      const large = encode(['A headline', ...Array.from({ length: 5_000 }, (_, i) => `“Item ${i} is late again,” said Ann Lee, a nurse.`)].join('\n\n'));
      expect(large.length).toBeGreaterThanOrEqual(RETIRE_AFTER_BYTES);
      expect((await own.prepare(large, 'text')).quotes).toBeGreaterThan(1_000);
      expect((await own.prepare(small, 'text')).quotes).toBe(1);
      expect(own.workersStarted).toBe(2);
    } finally {
      await own.close();
    }
  }, 120_000);

  it('100,000 nested tags are read or refused, never overflow the bot', async () => {
    const outcome = await hostilePreparer.prepare(encode(nestedDivs(100_000)), 'html').then(() => 'read', (error: Error) => error.message);
    expect(outcome).toMatch(/^read$|too complex/);
  }, 120_000);
});

describe('long articles stay bounded on the main thread', () => {
  it('40,000 short paragraphs are refused in plain words; 9,000 are read and /summary answers', () => {
    expect(() => parseArticle(manyParagraphs(40_000), 'many')).toThrow(/too long to read/);
    const article = parseArticle(manyParagraphs(9_000), 'many');
    expect(article.paragraphs.length).toBe(9_000);
    const ctx = prepareArticle(article);
    const result = summary(ctx, 5);
    expect(result.sentences.length).toBe(5);
  }, 120_000);
});
