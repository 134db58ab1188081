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

describe('an embed left as markup in scraped text', () => {
  it('drops well-formed tags and keeps the words inside, with an inline signature as a post', () => {
    expect(clean('<tweet id="7479" author="@thedailybeast" datetime="2016-06-29">BREAKING: Calder council to shut the bridge — The Daily Post (@dailypost) June 29, 2016</tweet>.'))
      .toEqual([story, 'BREAKING: Calder council to shut the bridge — The Daily Post (@dailypost) June 29, 2016.']);
  });

  it('leaves a lone "<" alone ("a < b", "<3")', () => {
    expect(clean('Fewer than 3 < 5 residents said they loved it <3 and left early.')).toEqual([story, 'Fewer than 3 < 5 residents said they loved it <3 and left early.']);
  });

  it('keeps a paragraph of the story that a scraper glued a sign-up line into', () => {
    const glued = 'The mayor was not asked to speak though I am sure she would do a good job if she was, and the media makes everything up again and again! SIGN UP FOR OUR NEWSLETTER';
    expect(clean(glued)).toEqual([story, glued]);
    expect(clean('Sign up for our newsletter to get the latest.')).toEqual([story]);
  });
});
