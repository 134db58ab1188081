/**
 * Issue 10: every stage linear by construction. Each generated hostile input — a long run of every
 * punctuation mark, quote mark and emphasis mark, alone and around words, in text, Markdown and
 * HTML — is read the whole way (decode, Markdown or HTML, clean, sentences, attribution, index)
 * on this thread, or refused in plain words. The per-input timeout is a stall detector only (a
 * quadratic stage took tens of seconds on these inputs); speed itself is `npm run bench -- --scaling`.
 */
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/article/load.ts';
import { toStoryText } from '../../src/library/ingest.ts';
import { prepareStory } from '../../src/library/prepare.ts';
import { HOSTILE_INPUTS } from './hostile-inputs.ts';

const BYTES = 60_000;

describe('long runs of every mark are read or refused, never stall', () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const bytes = new TextEncoder().encode(input.make(BYTES));
    try {
      const story = toStoryText(bytes, input.format);
      const prepared = prepareStory(story.text, story.siteName);
      expect(prepared.articleJson.length).toBeGreaterThan(0);
    } catch (error) {
      expect(error, (error as Error).message).toBeInstanceOf(ArticleError);
    }
  }, 10_000);
});
