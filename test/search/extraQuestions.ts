/**
 * The extra labelled who-said questions for the development fixtures
 * (test/fixtures/questions-extra.json): more paraphrases and no-answer traps than the gold files
 * hold, so retrieval is tuned on more than the original questions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { WhoSaidQuestion } from '../quality/gold.ts';

export const EXTRA_QUESTIONS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'questions-extra.json');
/**
 * A second set for the development fixtures, written by someone who had not seen the code:
 * paraphrases (incl. the reporter's framing), speech-act questions and traps.
 */
export const DEV2_QUESTIONS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'questions-dev2.json');

/** Held-out questions for the held-out set 1 fixtures (test/fixtures/holdout), scored once, never tuned against. */
export const HOLDOUT1_QUESTIONS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'questions-holdout1.json');

const Question = z.strictObject({
  command: z.literal('who-said'),
  query: z.string().trim().min(1),
  speaker: z.string().trim().min(1).nullable(),
  paragraph: z.number().int().min(1).optional(),
  form: z.enum(['verbatim', 'paraphrase', 'speech-act']).optional(),
  mentionedNotQuoted: z.boolean().optional(),
});

const ExtraFile = z.strictObject({
  about: z.string(),
  fixtures: z.record(z.string(), z.array(Question)),
});

/** Fixture name → its extra questions. Malformed files fail loudly. */
export function loadExtraQuestions(path: string = EXTRA_QUESTIONS_PATH): Map<string, WhoSaidQuestion[]> {
  const parsed = ExtraFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  return new Map(Object.entries(parsed.fixtures));
}
