import { z } from 'zod';
import { answerVoices } from '../src/answers/voices.ts';
import { slashCommand } from './define.ts';
import type { BotCommand } from './types.ts';

const schema = z.strictObject({});

export const voicesCommand: BotCommand<z.infer<typeof schema>> = {
  data: slashCommand('voices', (builder) =>
    builder.setDescription('Who is heard: a chart of each speaker’s statements and share of the quoted words.'),
  ),
  schema,
  // Drawing the chart takes tens of milliseconds (more on the first call, which loads the font).
  defer: true,
  answer: (ctx) => answerVoices(ctx.attribution),
};
