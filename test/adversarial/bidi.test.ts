/**
 * Issue 10, finding 8: bidirectional controls and zero-width characters must not reach a reply,
 * where they can make a name or quote read as something else ("Ann Lee" shown reversed, a spoofed
 * name that compares unequal to the real one).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerSpeakers } from '../../src/answers/speakers.ts';
import { prepareArticle } from '../../src/answers/context.ts';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { parseArticle } from '../../src/article/load.ts';
import { neutraliseInvisible } from '../../src/article/clean.ts';
import { runCli } from '../../src/cli/run.ts';
import { renderSpeakers, renderWhoSaid } from '../../src/discord/render.ts';

const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/;
const RLO = '\u202e';
const PDF = '\u202c';
const ZWSP = '\u200b';
const ISOLATE = '\u2067';

const ARTICLE = [
  'Ferry service to resume next week',
  '',
  `“The boats will sail again on Monday,” said Ma${ZWSP}rta Ruiz${RLO}zeuR${PDF}, the harbour master.`,
  '',
  `${ISOLATE}Ruiz\u2069 added that the timetable would be posted online.`,
  '',
  `“We lost a month of trade,” said Tom Ba\u200eker, who runs the quayside café.`,
].join('\n');

describe('bidi controls and zero-width characters', () => {
  it('neutraliseInvisible removes every one of them and nothing else', () => {
    expect(neutraliseInvisible(`a${RLO}b${ZWSP}c\u2066d\u2069e\u200ff\ufeffg\u061ch`)).toBe('abcdefgh');
    expect(neutraliseInvisible('Zoë Ng, עברית, 👍🏽')).toBe('Zoë Ng, עברית, 👍🏽');
  });

  it('never reach a speaker name, a quote or a Discord reply', () => {
    const ctx = prepareArticle(parseArticle(ARTICLE, 'bidi'));
    const listed = answerSpeakers(ctx.attribution);
    expect(listed.speakers.length).toBeGreaterThan(0);
    for (const s of listed.speakers) expect(s.name).not.toMatch(HIDDEN);
    for (const q of ctx.attribution.quotes) expect(q.quote).not.toMatch(HIDDEN);
    const meta = { title: `Ferry ${RLO}news`, publisher: `Harbour${ZWSP} Times` };
    const pages = [...renderSpeakers(listed, meta), ...renderWhoSaid(whoSaid(ctx, `who said ${RLO}the boats will sail again`), meta)];
    expect(JSON.stringify(pages)).not.toMatch(HIDDEN);
    expect(JSON.stringify(pages)).toContain('Marta Ruiz');
  });

  it('are removed from what the terminal prints, echoed questions included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bidi-'));
    try {
      const path = join(dir, 'ferry.txt');
      await writeFile(path, ARTICLE);
      for (const json of [false, true]) {
        let out = '';
        const output = new Writable({ write(chunk, _e, done) { out += String(chunk); done(); } });
        const errorOutput = new Writable({ write(_c, _e, done) { done(); } });
        const argv = [...(json ? ['--json'] : []), '--article', path, `/who-said query:${RLO}nobody said this${PDF} at all`];
        await runCli({ argv, input: Readable.from([]), output, errorOutput });
        expect(out.length).toBeGreaterThan(0);
        expect(out).not.toMatch(HIDDEN);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
