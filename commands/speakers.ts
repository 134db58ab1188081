import { z } from 'zod';
import { answerSpeakers } from '../src/answers/speakers.ts';
import { slashCommand } from './define.ts';
import type { BotCommand } from './types.ts';

const schema = z.strictObject({});

export const speakersCommand: BotCommand<z.infer<typeof schema>> = {
  data: slashCommand('speakers', (builder) =>
    builder.setDescription('List everyone quoted in the article, with who they are and how often they speak.'),
  ),
  schema,
  defer: false,
  answer: (ctx) => answerSpeakers(ctx.attribution),
};
