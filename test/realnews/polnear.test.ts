import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealNews, parseAnnotations, SplitRefused } from '../../scripts/realnews/polnear.ts';

// A made-up article in PolNeAR's brat standoff layout: no PolNeAR text is ever stored here.
const TEXT = 'The mayor said the bridge would reopen. "It is safe," Ann Lee told reporters, "and ready."';
const at = (part: string) => [TEXT.indexOf(part), TEXT.indexOf(part) + part.length].join(' ');
const ANN = [
  `T1\tSource ${at('The mayor')}\tThe mayor`,
  `T2\tCue ${at('said')}\tsaid`,
  `T3\tContent ${at('the bridge would reopen')}\tthe bridge would reopen`,
  `T4\tAttribution ${at('said')}\tsaid`,
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  `T5\tSource ${at('Ann Lee')}\tAnn Lee`,
  `T6\tCue ${at('told reporters')}\ttold reporters`,
  `T7\tContent ${at('"It is safe,"')};${at('"and ready."')}\t…`,
  `T8\tAttribution ${at('told reporters')}\ttold reporters`,
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  '#1\tAnnotatorNotes T5\ta note',
].join('\n');

describe('PolNeAR reader', () => {
  it('joins each event\'s source, cue and (discontinuous) content from the article text', () => {
    const attributions = parseAnnotations(ANN, TEXT);
    expect(attributions).toHaveLength(2);
    expect(attributions[0]).toMatchObject({ source: { text: 'The mayor' }, cue: { text: 'said' }, content: { text: 'the bridge would reopen' } });
    expect(attributions[1]!.content.text).toBe('"It is safe," "and ready."');
    expect(attributions[1]!.content.spans).toHaveLength(2);
    expect(attributions[1]!.source!.text).toBe('Ann Lee');
  });

  it('reads a checkout of the train split, one annotator per article, and refuses the blind splits', () => {
    const root = mkdtempSync(join(tmpdir(), 'polnear-'));
    mkdirSync(join(root, 'data', 'train', 'attributions'), { recursive: true });
    mkdirSync(join(root, 'data', 'train', 'text'), { recursive: true });
    writeFileSync(join(root, 'data', 'train', 'text', 'pub_2016-01-01_story.txt'), TEXT);
    writeFileSync(join(root, 'data', 'train', 'attributions', 'pub_2016-01-01_story_4b22.ann'), ANN);
    writeFileSync(join(root, 'data', 'train', 'attributions', 'pub_2016-01-01_story_6b86.ann'), '');
    const articles = loadRealNews(root, 'train');
    expect(articles.map((a) => [a.name, a.attributions.length])).toEqual([['pub_2016-01-01_story', 2]]);
    expect(() => loadRealNews(root, 'dev')).toThrow(SplitRefused);
    expect(() => loadRealNews(root, 'test')).toThrow(SplitRefused);
  });
});
