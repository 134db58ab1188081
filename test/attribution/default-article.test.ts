import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.ts';
import type { Quote } from '../../src/attribution/types.ts';
import { defaultArticle } from './default-article.ts';

const article = defaultArticle();
const result = attribute(article);
const by = (speaker: string) => result.quotes.filter((q) => q.speaker === speaker);
const brief = (q: Quote) => ({ kind: q.kind, paragraphs: q.paragraphs, via: q.via, start: q.quote.slice(0, 25) });

describe('the default article (SCMP, China–Russia, 2021)', () => {
  it('is read as 22 story paragraphs', () => {
    expect(article.paragraphs).toHaveLength(22);
  });

  it('gives Artyom Lukin exactly four statements, the two-paragraph quote whole and his', () => {
    expect(by('Artyom Lukin').map(brief)).toEqual([
      { kind: 'indirect', paragraphs: [17], via: null, start: 'both China and Russia nee' },
      { kind: 'direct', paragraphs: [18], via: null, start: 'Moreover, the position of' },
      { kind: 'indirect', paragraphs: [19], via: null, start: 'the Geneva summit was lik' },
      { kind: 'direct', paragraphs: [20, 21], via: null, start: 'I don’t think Washington ' },
    ]);
    expect(by('Artyom Lukin')[3]!.quote).toContain('quite robust');
  });

  it('gives Zhu Feng "But Zhu said: “…”" and the ¶22 "he said"', () => {
    const zhu = by('Zhu Feng');
    expect(zhu.map((q) => [q.kind, q.paragraphs[0]])).toEqual([
      ['indirect', 10], ['direct', 11], ['direct', 15], ['indirect', 22], ['direct', 22],
    ]);
    expect(zhu.find((q) => q.paragraphs[0] === 15)!.quote).toMatch(/^Both Beijing and Moscow/);
  });

  it('gives Portyakov a partial and a direct quote, the nested ‘priority of priorities’ inside it', () => {
    const portyakov = by('Vladimir Portyakov');
    expect(portyakov.map((q) => [q.kind, q.paragraphs])).toEqual([['partial', [13]], ['direct', [14]]]);
    expect(portyakov[1]!.quote).toContain('‘priority of priorities’');
    expect(result.quotes.some((q) => q.quote === 'priority of priorities' || q.quote === 'equidistant')).toBe(false);
  });

  it('relays Yang Jiechi (¶7) and Putin (¶3) through Xinhua', () => {
    expect(by('Yang Jiechi').find((q) => q.paragraphs[0] === 7)).toMatchObject({ kind: 'direct', via: 'Xinhua' });
    expect(by('Vladimir Putin').find((q) => q.kind === 'partial')).toMatchObject({
      quote: 'relations between the two countries were “the best in history”', paragraphs: [3], via: 'Xinhua',
    });
  });

  it('attributes the ¶16 partial quote to the Global Times', () => {
    expect(by('Global Times').map((q) => [q.kind, q.paragraphs[0]])).toEqual([['partial', 16]]);
  });

  it('describes speakers from their appositives', () => {
    const description = (name: string) => result.speakers.find((s) => s.name === name)?.description;
    expect(description('Zhu Feng')).toBe('a professor of international relations at Nanjing University');
    expect(description('Artyom Lukin')).toBe('an associate professor at Russia’s Far Eastern Federal University');
    expect(description('Global Times')).toBe('the tabloid controlled by the Communist Party mouthpiece People’s Daily');
    expect(description('Yang Jiechi')).toBe('President Xi Jinping’s top diplomatic aide');
    expect(description('Vladimir Portyakov')).toBe(
      'deputy director of the Institute of Far Eastern Affairs at the Russian Academy of Sciences',
    );
  });

  it('lists people mentioned but never quoted', () => {
    expect(result.mentioned.map((m) => m.name)).toEqual(['Joe Biden', 'Nikolai Patrushev', 'Donald Trump']);
  });

  it('orders speakers by first quote and every quote has ascending paragraphs', () => {
    const firsts = result.speakers.map((s) => result.quotes.findIndex((q) => q.speaker === s.name));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const q of result.quotes) expect(q.paragraphs).toEqual([...q.paragraphs].sort((a, b) => a - b));
  });
});
