import { z } from 'zod';
import { answerQuotes } from '../src/answers/quotes.ts';
import { speakerChoices } from '../src/answers/match.ts';
import { slashCommand } from './define.ts';
import type { BotCommand } from './types.ts';

const SPEAKER_MAX_LENGTH = 100;

const schema = z.strictObject({
  speaker: z
    .string({ error: 'speaker must be text' })
    .trim()
    .min(1, { error: 'speaker cannot be empty' })
    .max(SPEAKER_MAX_LENGTH, { error: `speaker must be at most ${SPEAKER_MAX_LENGTH} characters` })
    .optional(),
});

export const quotesCommand: BotCommand<z.infer<typeof schema>> = {
  data: slashCommand('quotes', (builder) =>
    builder
      .setDescription("List the article's quotes, all of them or one speaker's, with paragraph citations.")
      .addStringOption((option) =>
        option
          .setName('speaker')
          .setDescription('Whose quotes (any name the article uses: full name, surname…)')
          .setRequired(false)
          .setMaxLength(SPEAKER_MAX_LENGTH)
          .setAutocomplete(true),
      ),
  ),
  schema,
  defer: false,
  answer: (ctx, input) => answerQuotes(ctx.attribution, input.speaker ?? null),
  autocomplete: (ctx, option, typed) => (option === 'speaker' ? speakerChoices(ctx.attribution, typed) : []),
};
