/**
 * The scenario of issue 10's end-to-end check, shared by live-uploads.e2e.test.ts (a stall
 * detector) and `npm run bench -- --hostile` (the latencies themselves): the real bot process
 * against the fake Discord; one member uploads a hostile file while another keeps sending
 * /speakers, each timed to its first answer.
 */
import type { APIEmbed } from 'discord.js';
import { longReport } from '../../scripts/generate-articles.ts';
import { attachmentOption, fakeUser, MANAGER_PERMISSIONS, resolvedAttachment, sendChatInput, stringOption, subcommand } from '../fake-discord/interactions.ts';
import { snowflake, type FakeDiscord } from '../fake-discord/server.ts';
import { HOSTILE_INPUTS, manyParagraphs, manyQuotes, nestedDivs } from './hostile-inputs.ts';

export interface Message {
  content?: string;
  embeds?: APIEmbed[];
}

export interface HostileCase {
  name: string;
  filename: string;
  type: string;
  body: () => string;
  /** Must end stored (otherwise stored or refused). */
  stored?: boolean;
}

const byName = (name: string) => HOSTILE_INPUTS.find((h) => h.name === name)!;
const TWO_MB = 2_000_000;

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: '2 MB on a single line', filename: 'line.txt', type: 'text/plain', body: () => byName('single line of prose').make(TWO_MB) },
  { name: '2 MB of one punctuation mark', filename: 'dots.txt', type: 'text/plain', body: () => byName('run of "." (text)').make(TWO_MB) },
  { name: '100,000 nested tags', filename: 'nest.html', type: 'text/html', body: () => nestedDivs(100_000) },
  { name: '40,000 paragraphs', filename: 'many.txt', type: 'text/plain', body: () => manyParagraphs(40_000) },
  { name: '5,000 quotes', filename: 'quotes.txt', type: 'text/plain', body: () => manyQuotes(5_000) },
  // The largest article that is read and stored whole: its rows are the biggest the bot writes.
  { name: '2 MB of news paragraphs', filename: 'report.txt', type: 'text/plain', body: () => longReport(TWO_MB), stored: true },
];

export function messageText(message: Message): string {
  return [message.content ?? '', ...(message.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => `${f.name} ${f.value}`)])].join('\n');
}

export interface UploadRun {
  /** Each /speakers from just before the upload to just after its answer, in ms to the first answer. */
  latencies: number[];
  /** What the uploader was told. */
  said: string;
  /** The stored article's number, when it was stored. */
  addedId: string | null;
  uploadMs: number;
}

export class LiveUploads {
  private users = 0;

  constructor(private readonly fake: FakeDiscord) {}

  private nextUser() {
    return fakeUser(`member-${++this.users}`);
  }

  async finalMessage(sent: { id: string; token: string }, timeoutMs: number): Promise<Message> {
    const callback = await this.fake.waitForCallback(sent.id, timeoutMs);
    if (callback.type === 5) return (await this.fake.waitForOriginalEdit(sent.token, timeoutMs)).body as Message;
    return (callback.data ?? {}) as Message;
  }

  private upload(filename: string, body: string, contentType: string) {
    const url = this.fake.serveFile(filename, body, contentType);
    const id = snowflake();
    return sendChatInput(this.fake, this.nextUser(), 'article', [subcommand('add', [attachmentOption('file', id)])], {
      permissions: MANAGER_PERMISSIONS,
      resolved: resolvedAttachment({ id, filename, size: Buffer.byteLength(body), url, contentType }),
    });
  }

  /** Send /speakers and time it to its first answer (a deferral counts: Discord's deadline is met). */
  async timedSpeakers(): Promise<number> {
    const started = performance.now();
    const sent = sendChatInput(this.fake, this.nextUser(), 'speakers', []);
    await this.fake.waitForCallback(sent.id, 10_000);
    return performance.now() - started;
  }

  /** Upload one hostile file; /speakers every 150 ms (or as soon as the last answered) until the uploader is told. */
  async run(hostile: HostileCase): Promise<UploadRun> {
    await this.timedSpeakers(); // warm: the first /speakers of a process loads the article
    const started = performance.now();
    const sent = this.upload(hostile.filename, hostile.body(), hostile.type);
    let outcome: Message | undefined;
    const done = this.finalMessage(sent, 120_000).then((m) => (outcome = m));
    const latencies: number[] = [];
    while (outcome === undefined) {
      latencies.push(await this.timedSpeakers());
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 150))]);
    }
    const uploadMs = performance.now() - started;
    latencies.push(await this.timedSpeakers());
    const said = messageText(outcome);
    return { latencies, said, addedId: /Added \*\*#(\d+)\*\*/.exec(said)?.[1] ?? null, uploadMs };
  }

  /** /quotes of a stored article, its reply's text. */
  async quotesOf(articleId: string): Promise<string> {
    const asked = sendChatInput(this.fake, this.nextUser(), 'quotes', [stringOption('article', `#${articleId}`)]);
    return messageText(await this.finalMessage(asked, 30_000));
  }
}
