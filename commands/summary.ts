import { z } from 'zod';
import { BOT_LIMITS } from '../src/constants.ts';
import { summary } from '../src/answers/summary.ts';
import { slashCommand } from './define.ts';
import type { BotCommand } from './types.ts';

const RANGE = `a whole number from ${BOT_LIMITS.summaryMin} to ${BOT_LIMITS.summaryMax}`;

const schema = z.strictObject({
  // From the terminal the value arrives as text ("sentences:3"); from Discord as a number.
  sentences: z.coerce
    .number({ error: `sentences must be ${RANGE}` })
    .int({ error: `sentences must be ${RANGE}` })
    .min(BOT_LIMITS.summaryMin, { error: `sentences must be ${RANGE}` })
    .max(BOT_LIMITS.summaryMax, { error: `sentences must be ${RANGE}` })
    .optional(),
});

export const summaryCommand: BotCommand<z.infer<typeof schema>> = {
  data: slashCommand('summary', (builder) =>
    builder
      .setDescription("The article's key sentences, in article order, each cited by paragraph.")
      .addIntegerOption((option) =>
        option
          .setName('sentences')
          .setDescription(`How many sentences (${BOT_LIMITS.summaryMin}–${BOT_LIMITS.summaryMax}, default ${BOT_LIMITS.summaryDefault})`)
          .setRequired(false)
          .setMinValue(BOT_LIMITS.summaryMin)
          .setMaxValue(BOT_LIMITS.summaryMax),
      ),
  ),
  schema,
  // Measured by `npm run bench`: a few milliseconds at most (LexRank over ~50 sentences).
  defer: false,
  answer: (ctx, input) => summary(ctx, input.sentences ?? BOT_LIMITS.summaryDefault),
};
