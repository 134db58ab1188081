/**
 * Issue 10, finding 6: a damaged derived row (an article's stored analysis, or the library-wide
 * index) must not stop start-up with a bare SyntaxError or make one article fail for ever: it is
 * rebuilt from the stored text and logged with the article's id — on SQLite and PostgreSQL alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/whoSaid.ts';
import { Library } from '../../src/library/library.ts';
import { engines } from '../library/engines.ts';
import { fixtureText } from '../library/helpers.ts';

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

describe.each(engines('damaged-rows.test'))('damaged derived rows ($name)', (engine) => {
  it.skipIf(engine.skip !== null)('are rebuilt from the text at start-up and on use, each logged with its article', async () => {
    const location = await engine.location('damaged');
    cleanups.push(location.cleanup);
    const first = await Library.open(location);
    const added = await first.add({ guildId: 'g1', addedBy: 'u1', source: 'upload:water.txt', text: fixtureText('uk-water-fine') });
    const question = `who said ${(await first.context(added.id)).attribution.quotes[0]!.quote}`;
    const expected = whoSaid(await first.context(added.id), question).answers[0]!.speaker;
    await first.close();

    // Both the article's stored analysis and the library-wide index damaged behind the library's back.
    await engine.exec(location, `UPDATE article_derived SET attribution_json = '{"quotes": [tru', article_json = 'null' WHERE article_id = ${added.id}`);
    await engine.exec(location, `UPDATE library_indexes SET search_json = '{not json'`);

    const warnings: string[] = [];
    const reopened = await Library.open({ ...location, warn: (m) => warnings.push(m) });
    cleanups.push(() => reopened.close());
    expect(reopened.openReport.libraryIndex).toBe('rebuilt');
    expect(warnings.some((w) => w.includes(`#${added.id}`) && /rebuilt from its text/.test(w))).toBe(true);
    // The article answers as before, through the library-wide index and on its own.
    expect(whoSaid(await reopened.context(added.id), question).answers[0]!.speaker).toBe(expected);
    const wide = await reopened.whoSaid('g1', question);
    expect(wide.answers[0]).toMatchObject({ speaker: expected, article: { id: added.id } });
    // And the row is repaired in the database: a later start reads it without a warning.
    await reopened.close();
    cleanups.pop();
    const again: string[] = [];
    const third = await Library.open({ ...location, warn: (m) => again.push(m) });
    cleanups.push(() => third.close());
    expect((await third.context(added.id)).attribution.quotes.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
  }, 60_000);

  it.skipIf(engine.skip !== null)('an article whose stored index alone is damaged answers after one rebuild', async () => {
    const location = await engine.location('damaged-search');
    cleanups.push(location.cleanup);
    const lib = await Library.open(location);
    const added = await lib.add({ guildId: 'g1', addedBy: 'u1', source: 'upload:bins.txt', text: fixtureText('uk-local-bin-strike') });
    await lib.context(added.id);
    await lib.close();
    await engine.exec(location, `UPDATE article_derived SET search_json = '[1,2' WHERE article_id = ${added.id}`);
    const warnings: string[] = [];
    const reopened = await Library.open({ ...location, warn: (m) => warnings.push(m) });
    cleanups.push(() => reopened.close());
    const ctx = await reopened.context(added.id);
    expect(whoSaid(ctx, `who said ${ctx.attribution.quotes[0]!.quote}`).answers.length).toBeGreaterThan(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`#${added.id}`);
  }, 60_000);
});
