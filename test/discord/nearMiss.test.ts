/** The honest near miss as shown: its own embed section in Discord, its own lines in the terminal. */
import { describe, expect, it } from 'vitest';
import type { WhoSaidResult } from '../../src/answers/types.ts';
import { renderResult } from '../../src/cli/render.ts';
import { DISCORD_LIMITS } from '../../src/constants.ts';
import { renderWhoSaid } from '../../src/discord/render.ts';

const article = { title: 'Council closes library', publisher: 'The Gazette' };
const empty: WhoSaidResult = {
  command: 'who-said',
  query: 'who said the town will build a new library',
  answers: [],
  note: 'No one in the article says that.',
  related: [
    { speaker: 'Ada *Okafor*', quote: 'We cannot keep the doors open while the grant is cut every year,', paragraph: 2, score: 0.31 },
    { speaker: 'Tom Baker', quote: 'x'.repeat(2000), paragraph: 4, score: 0.22 },
  ],
};

describe('near-miss rendering', () => {
  it('puts the closest statements in a separate embed, labelled as not a match, with speaker and ¶', () => {
    const [page] = renderWhoSaid(empty, article);
    expect(page!.embeds).toHaveLength(2);
    const [answer, nearMiss] = page!.embeds;
    expect(answer!.description).toBe('No one in the article says that.');
    expect(answer!.fields).toBeUndefined();
    expect(nearMiss!.title).toMatch(/not a match/i);
    expect(nearMiss!.fields!.map((f) => f.name)).toEqual(['Ada \\*Okafor\\* · ¶2', 'Tom Baker · ¶4']);
    expect(nearMiss!.fields![0]!.value).toContain('We cannot keep the doors open');
    for (const field of nearMiss!.fields!) {
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
    }
    expect(nearMiss!.footer!.text).toContain(article.title);
  });

  it('shows a single embed when there is no near miss, and never beside answers', () => {
    const [page] = renderWhoSaid({ ...empty, related: [] }, article);
    expect(page!.embeds).toHaveLength(1);
    const { related: _unused, ...withoutRelated } = empty;
    expect(renderWhoSaid(withoutRelated, article)[0]!.embeds).toHaveLength(1);
  });

  it('lists them under the reason in the terminal', () => {
    const text = renderResult(empty);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'No one in the article says that.',
      'Closest statements (not a match):',
      '  · Ada *Okafor* (¶2): “We cannot keep the doors open while the grant is cut every year,”',
    ]);
  });
});
