/** Interview and transcript turns are story lines, however short: the cleaner keeps them. */
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../../src/article/clean.ts';

const text = (...blocks: string[]) => blocks.join('\n\n');

describe('cleaning keeps transcript turns', () => {
  it('keeps short Q: lines without a question mark when the text has several', () => {
    const cleaned = cleanScrapedText(text('Mayor looks back on ten years in office', 'Ann Lee leaves office this week after ten years as mayor.', 'Q: Your best day', 'The day the bridge opened.', 'Q: And the worst', 'The day it shut.'));
    expect(cleaned.paragraphs).toEqual(['Ann Lee leaves office this week after ten years as mayor.', 'Q: Your best day', 'The day the bridge opened.', 'Q: And the worst', 'The day it shut.']);
  });

  it('keeps "NAME: words" turns when two labels each open two or more lines', () => {
    const cleaned = cleanScrapedText(text('Inquest hears from quarry manager today', 'The inquest heard from the quarry manager on Tuesday.', 'Adeyemi: Who removed them', 'Lyle: I do not know', 'Adeyemi: Not even a guess', 'Lyle: No'));
    expect(cleaned.paragraphs).toHaveLength(5);
  });

  it('still drops a lone labelled headline', () => {
    const cleaned = cleanScrapedText(text('Inquest hears from quarry manager today', 'The inquest heard from the quarry manager on Tuesday.', 'Analysis: What the inquest means', 'The hearing continues.'));
    expect(cleaned.paragraphs).toEqual(['The inquest heard from the quarry manager on Tuesday.', 'The hearing continues.']);
  });
});
