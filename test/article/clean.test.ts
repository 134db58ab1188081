import { describe, expect, it } from 'vitest';
import { boilerplateReason, cleanScrapedText } from '../../src/article/clean.ts';

const STORY_A = 'The council approved the budget on Monday after a four-hour debate.';
const STORY_B = '“We have done what we promised,” the mayor said.';
const STORY_C = "'It is a fair deal,' said Ms Okafor, the finance chair.";

/** A headline, three story paragraphs and the given noise between the first two. */
function articleWith(...noise: string[]): string {
  return ['Council passes budget after marathon session', '', STORY_A, '', ...noise.flatMap((n) => [n, '']), STORY_B, '', STORY_C].join('\n');
}

function expectRemoved(noise: string, reason: string): void {
  const cleaned = cleanScrapedText(articleWith(noise));
  expect(cleaned.paragraphs).toEqual([STORY_A, STORY_B, STORY_C]);
  expect(cleaned.removed).toContainEqual({ text: noise, reason });
}

describe('cleanScrapedText: title', () => {
  it('takes the first substantive line as the headline', () => {
    const cleaned = cleanScrapedText(articleWith());
    expect(cleaned.title).toBe('Council passes budget after marathon session');
    expect(cleaned.paragraphs).toHaveLength(3);
  });

  it('skips read-time and byline lines before the headline', () => {
    const cleaned = cleanScrapedText(`4 min read\nBy Jane Doe\n\nFloods close schools\n\n${STORY_A}`);
    expect(cleaned.title).toBe('Floods close schools');
    expect(cleaned.paragraphs).toEqual([STORY_A]);
  });

  it('skips a section label above the headline', () => {
    const cleaned = cleanScrapedText(`World\n\nAsia-Pacific\n\nFloods close schools across the region\n\n${STORY_A}`);
    expect(cleaned.title).toBe('Floods close schools across the region');
    expect(cleaned.paragraphs).toEqual([STORY_A]);
    expect(cleaned.removed).toContainEqual({ text: 'World', reason: 'section' });
  });

  it('falls back to a short headline when no longer one follows', () => {
    const cleaned = cleanScrapedText(`Brexit chaos\n\n${STORY_A} ${STORY_A} ${STORY_A}`);
    expect(cleaned.title).toBe('Brexit chaos');
    expect(cleaned.paragraphs).toHaveLength(1);
  });

  it('derives a title from the first sentence when the text has no headline', () => {
    const long = `${STORY_A} The vote was 12 to 3, with two abstentions, and the opposition leader walked out before the final count was read aloud to the chamber.`;
    const cleaned = cleanScrapedText(long);
    expect(cleaned.paragraphs).toEqual([long]);
    expect(cleaned.title).toBe(STORY_A);
  });

  it('drops a repeat of the headline inside the body', () => {
    const cleaned = cleanScrapedText(`Floods close schools\n\n${STORY_A}\n\nFloods close schools\n\n${STORY_B}`);
    expect(cleaned.paragraphs).toEqual([STORY_A, STORY_B]);
  });
});

describe('cleanScrapedText: author', () => {
  it.each([
    ['By Nadia Brennan', 'Nadia Brennan'],
    ['By Priya Halloran, Football Correspondent', 'Priya Halloran'],
    ['Written by Jo Bright | Politics', 'Jo Bright'],
    ['By Staff Reporter and Agencies', null],
    ['By AFP', null],
  ])('reads the byline %j', (byline, author) => {
    const cleaned = cleanScrapedText(`Headline of the story\n\n${byline}\n\n${STORY_A}\n\n${STORY_B}`);
    expect(cleaned.author).toBe(author);
    expect(cleaned.paragraphs).toEqual([STORY_A, STORY_B]);
  });
});

describe('cleanScrapedText: publisher', () => {
  it.each([
    ['This article Floods close schools first appeared on The Daily Planet', 'The Daily Planet'],
    ['This story was originally published by Harbour News.', 'Harbour News'],
    ['This article first appeared in Coastline Weekly on March 3, 2022.', 'Coastline Weekly'],
    ['Originally published on Metro Wire', 'Metro Wire'],
    ['This article first appeared in Sunday Herald', 'Sunday Herald'],
    ['© 2021 Northern Gazette. All rights reserved.', 'Northern Gazette'],
    ['Copyright 2019 Valley Times Media Group', 'Valley Times Media Group'],
    ['© Dales Gazette 2025', 'Dales Gazette'],
    ['Copyright © Harbour Media Ltd 2018-2024. All rights reserved.', 'Harbour Media Ltd'],
  ])('reads %j', (footer, publisher) => {
    const cleaned = cleanScrapedText(`${articleWith()}\n\n${footer}`);
    expect(cleaned.publisher).toBe(publisher);
    expect(cleaned.paragraphs).toEqual([STORY_A, STORY_B, STORY_C]);
  });

  it('takes no date for a publisher', () => {
    const text = `${articleWith()}\n\nFirst published on Tue 25 May 2021 10.45 BST`;
    const cleaned = cleanScrapedText(text);
    expect(cleaned.publisher).toBeNull();
    expect(cleaned.paragraphs).toEqual([STORY_A, STORY_B, STORY_C]);
  });

  it('is null without a footer, and a bare copyright year names nobody', () => {
    expect(cleanScrapedText(articleWith()).publisher).toBeNull();
    expect(cleanScrapedText(`${articleWith()}\n\nCopyright 2021.`).publisher).toBeNull();
  });

  it('prefers the first-appeared footer over a copyright line', () => {
    const text = `${articleWith()}\n\n© 2020 Some Holding Company\n\nThis article first appeared on River Post`;
    expect(cleanScrapedText(text).publisher).toBe('River Post');
  });
});

describe('cleanScrapedText: what is not the story', () => {
  it.each([
    ['5-min read', 'read-time'],
    ['· 3 min read', 'read-time'],
    ['Reading time: 7 minutes', 'read-time'],
    ['By Jane Doe', 'byline'],
    ['By Jane Doe and Omar Haddad, Staff Reporters', 'byline'],
    ['(Reporting by Li Wei; Editing by Sam Holt)', 'byline'],
    ['Published 3 hours ago', 'timestamp'],
    ['Updated: 14 March 2022, 09:30 GMT', 'timestamp'],
    ['Tue 25 May 2021 10.45 BST', 'timestamp'],
    ['Advertisement', 'advert'],
    ['ADVERTISEMENT', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Do you have questions about the economy? Get the answers with our explainer series, written by our award-winning team.', 'promo'],
    ['Sign up for our newsletter', 'promo'],
    ['Subscribe to the morning briefing for the day’s top stories.', 'promo'],
    ['For the latest headlines, download our mobile app.', 'promo'],
    ['Never miss a story: follow us wherever you get your news.', 'promo'],
    ['Read more: Council faces cash crunch', 'link'],
    ['READ MORE: Mayor under pressure', 'link'],
    ['Related: Schools brace for cuts', 'link'],
    ['Watch: The moment the vote passed', 'link'],
    ['Live: Budget debate as it happened', 'link'],
    ['See also: How the budget works', 'link'],
    ['Photo: Reuters', 'caption'],
    ['Picture: Tom Jones/PA', 'caption'],
    ['(Photo by Sam Lee/Getty Images)', 'caption'],
    ['Image: Getty', 'caption'],
    ['Image source, Getty Images', 'caption'],
    ['Image caption, Residents queued outside the town hall before the vote.', 'caption'],
    ['The mayor speaks to reporters on Monday. Photo: AFP', 'caption'],
    ['More from The Daily Planet:', 'more-from'],
    ['More on this story', 'link'],
    ['This article Council passes budget first appeared on The Daily Planet', 'footer'],
    ['Copyright 2021 Planet Media. All rights reserved.', 'copyright'],
    ['Mayor faces backlash over library closures', 'linked-headline'],
    ['Why the city’s ‘fair deal’ may not last', 'linked-headline'],
    ['Protesters: we will not stop until the cuts are reversed', 'linked-headline'],
    ['* * *', 'separator'],
  ])('drops %j as %s', (noise, reason) => expectRemoved(noise, reason));
});

describe('cleanScrapedText: story lines stay', () => {
  it.each([
    'He declined to comment.',
    '“No.”',
    '“We will fight on,” she said.',
    "'It is over,' he said.",
    'Asked whether he would resign, he said: “Never.”',
    'By Tuesday the council had run out of money, officials said.',
    'Published in 2019, the report found that most residents supported the plan.',
    'Residents who want to object must write to the council by Friday, the notice says.',
    'The statement read:',
  ])('keeps %j', (line) => {
    const cleaned = cleanScrapedText(articleWith(line));
    expect(cleaned.paragraphs).toEqual([STORY_A, line, STORY_B, STORY_C]);
  });

  it('keeps a paragraph that mentions "you" inside a quotation', () => {
    const line = '“If you get a letter, sign up and tell us what you think,” the mayor said.';
    expect(cleanScrapedText(articleWith(line)).paragraphs).toContain(line);
  });

  it('keeps a long paragraph that lost its final full stop', () => {
    const line =
      'The budget includes new money for road repairs, two new libraries, a youth centre in the north of the city and a five per cent rise in council tax for most households';
    expect(cleanScrapedText(articleWith(line)).paragraphs).toContain(line);
  });
});

describe('cleanScrapedText: whitespace and line layout', () => {
  it('normalises CRLF, non-breaking spaces and runs of spaces, keeping quote characters', () => {
    const raw = 'Headline here\r\n\r\n“Quote\u00a0one,”  he\tsaid.\r\n\r\n\u2018Quote two,\u2019 she said.\r\n';
    const cleaned = cleanScrapedText(raw);
    expect(cleaned.paragraphs).toEqual(['“Quote one,” he said.', '‘Quote two,’ she said.']);
  });

  it('treats single-newline text as one paragraph per line', () => {
    const cleaned = cleanScrapedText(`Headline here\n${STORY_A}\n${STORY_B}\nRelated: Something else\n${STORY_C}`);
    expect(cleaned.paragraphs).toEqual([STORY_A, STORY_B, STORY_C]);
  });

  it('joins hard-wrapped paragraphs back together', () => {
    const raw = [
      'Council passes budget',
      '',
      'The council approved the budget on Monday after a four-hour debate in which',
      'members argued over library closures, road repairs and the cost of the new',
      'youth centre in the north of the city.',
      '',
      '“We have done what we promised to do for this city,” the mayor told a packed',
      'chamber after the vote, which passed by twelve votes to three on Monday.',
      '',
      'The opposition leader said the plan would not survive the coming winter and',
      'promised to bring it back to the chamber before the end of the year.',
    ].join('\n');
    const cleaned = cleanScrapedText(raw);
    expect(cleaned.paragraphs).toHaveLength(3);
    expect(cleaned.paragraphs[0]).toBe(
      'The council approved the budget on Monday after a four-hour debate in which members argued over library closures, road repairs and the cost of the new youth centre in the north of the city.',
    );
  });

  it('joins hard-wrapped text without blank lines, ending paragraphs at short finished lines', () => {
    const raw = [
      'Council passes budget',
      '',
      'The council approved the budget on Monday after a four-hour debate in which',
      'Members argued over library closures, road repairs and the cost of the new',
      'youth centre in the north of the city.',
      '“We have done what we promised to do for this city,” the mayor told a packed',
      'Chamber after the vote, which passed by twelve votes to three on Monday.',
      'The opposition leader said the plan would not survive the coming winter and',
      'Promised to bring it back to the chamber before the end of the year.',
    ].join('\n');
    const cleaned = cleanScrapedText(raw);
    expect(cleaned.paragraphs).toHaveLength(3);
    expect(cleaned.paragraphs[2]).toBe(
      'The opposition leader said the plan would not survive the coming winter and Promised to bring it back to the chamber before the end of the year.',
    );
  });

  it('does not join one-paragraph-per-line text made of short paragraphs', () => {
    const lines = ['Headline here', STORY_A, STORY_B, STORY_C, 'He declined to comment further on the matter.'];
    expect(cleanScrapedText(lines.join('\n')).paragraphs).toEqual(lines.slice(1));
  });

  it('joins a line that continues mid-sentence with a lower-case word', () => {
    const cleaned = cleanScrapedText(`Headline here\n\nThe mayor said the budget was\nfair and balanced.`);
    expect(cleaned.paragraphs).toEqual(['The mayor said the budget was fair and balanced.']);
  });
});

describe('boilerplateReason', () => {
  it('never classifies very long text as boilerplate', () => {
    expect(boilerplateReason(`Advertisement ${'word '.repeat(300)}`)).toBeNull();
  });
});

describe('print-edition footers', () => {
  it.each([
    'A version of this article appears in print on Jan. 5, 2025, Section B, Page 1 of the New York edition with the headline: Port Workers Vote to Strike.',
    'A version of this story appeared in print on March 3, 2024, on Page A12 of the National edition.',
  ])('%s is a footer', (line) => {
    expect(boilerplateReason(line)).toBe('footer');
  });

  it('a story sentence about a print version stays', () => {
    expect(boilerplateReason('The paper said a version of the report would be printed next week.')).toBeNull();
  });
});

describe('a space lost after a full stop', () => {
  it('is restored between two sentences ("said.Trump"), and left alone in names, domains and abbreviations', () => {
    const cleaned = cleanScrapedText('Headline here\n\n“The plan will fail,” Lee said.Tova Brandt disagreed. Amazon.com, U.S.Army, e.g.The and St.Louis stay.').paragraphs.join('\n');
    expect(cleaned).toContain('Lee said. Tova Brandt disagreed.');
    expect(cleaned).toContain('Amazon.com, U.S.Army, e.g.The and St.Louis stay.');
  });
});
