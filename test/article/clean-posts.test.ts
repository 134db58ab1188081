/** Embedded posts: the cleaner folds a post card or blockquote embed into one story paragraph, its lines as written. */
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../../src/article/clean.ts';

const story = 'The bridge will stay shut until further notice, the council said on Wednesday.';
const clean = (...blocks: string[]) => cleanScrapedText(['Bridge closed after crack found', story, ...blocks].join('\n\n')).paragraphs;

describe('embedded posts survive cleaning as one paragraph with their author', () => {
  it('a card: display name, handle, body and date lines in one block', () => {
    expect(clean('Dana Whitlock\n@MayorWhitlock\nNobody crosses that bridge. No exceptions.\n9:31 AM · Mar 12, 2025', 'Traffic is heavy.'))
      .toEqual([story, 'Dana Whitlock @MayorWhitlock Nobody crosses that bridge. No exceptions. 9:31 AM · Mar 12, 2025', 'Traffic is heavy.']);
  });

  it('a card whose lines are separated by blank lines', () => {
    expect(clean('Dana Whitlock', '@MayorWhitlock', 'Nobody crosses that bridge.', '9:31 AM · Mar 12, 2025'))
      .toEqual([story, 'Dana Whitlock @MayorWhitlock Nobody crosses that bridge. 9:31 AM · Mar 12, 2025']);
  });

  it('a blockquote embed: body, then "— Name (@handle) date"', () => {
    expect(clean('Calder has waited long enough for a plan.\n— Rafael Soto (@RafaelSotoMP) March 12, 2025'))
      .toEqual([story, 'Calder has waited long enough for a plan. — Rafael Soto (@RafaelSotoMP) March 12, 2025']);
  });

  it('name and handle on one line', () => {
    expect(clean('Dana Whitlock (@MayorWhitlock)', 'Nobody crosses that bridge.', 'Mar 12, 2025'))
      .toEqual([story, 'Dana Whitlock (@MayorWhitlock) Nobody crosses that bridge. Mar 12, 2025']);
  });

  it('a live-blog timestamp line on its own is still dropped', () => {
    expect(clean('09:40', 'Traffic is heavy.')).toEqual([story, 'Traffic is heavy.']);
  });
});
