import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS, BOT_LIMITS } from '../../src/constants.ts';
import type { CommandResult, QuoteItem } from '../../src/answers/types.ts';
import { messageEmbedsLength, truncate, fitEmbeds } from '../../src/discord/fit.ts';
import { escapeText, formatParagraphs, render, type RenderedPage } from '../../src/discord/render.ts';

const article = { title: 'A headline about a summit', publisher: 'The Daily Example' };
const huge = (n: number, unit = 'word ') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function assertWithinLimits(page: RenderedPage): void {
  if (page.content !== undefined) expect(page.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(page.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  expect(messageEmbedsLength(page.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  for (const embed of page.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
  }
}

const quote = (over: Partial<QuoteItem> = {}): QuoteItem => ({
  speaker: 'Jane Doe',
  quote: 'We will meet again',
  kind: 'direct',
  paragraphs: [3],
  via: null,
  ...over,
});

describe('truncate', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('abcdefghijklmnop', 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('never splits a surrogate pair or leaves a dangling escape', () => {
    const emoji = '😀'.repeat(10);
    const cut = truncate(emoji, 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(truncate('abcd\\*efgh', 6).endsWith('\\…')).toBe(false);
  });
});

describe('escapeText', () => {
  it('matches escapeMarkdown with every rule on, for any text (the skipped rules never change anything)', () => {
    const full = (text: string) =>
      escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(/^(\s*)>/gm, '$1\\>');
    const markdownish = fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '~', '|', '`', '#', '-', '>', '\n', '1', '.', '[', ']', '(', ')', ':', '<', '\\', 'h') });
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(escapeText(text)).toBe(full(text));
      }),
      { numRuns: 500 },
    );
  });

  // No timing here: timed tests flake on a busy machine; the property test above pins the output.
  it('escapes every marker of long hostile input', () => {
    const escaped = escapeText('_*'.repeat(3000), 4096);
    expect(escaped.startsWith('\\_\\*')).toBe(true);
    expect(escaped).not.toMatch(/(?<!\\)[*_]/);
    expect(escapeText('word '.repeat(1200), 4096)).not.toContain('\\');
  });
});

describe('render: limits hold by construction', () => {
  const longSpeaker = huge(1000, 'Name ');
  const cases: CommandResult[] = [
    { command: 'quotes', speaker: null, quotes: Array.from({ length: 60 }, (_, i) => quote({ quote: huge(5000), speaker: longSpeaker, paragraphs: [i + 1, i + 2], via: huge(300) })) },
    { command: 'speakers', speakers: Array.from({ length: 80 }, (_, i) => ({ name: `${longSpeaker}${i}`, description: huge(3000), quotes: i })) },
    { command: 'who-said', query: huge(6000), answers: Array.from({ length: 3 }, () => ({ speaker: longSpeaker, description: huge(4000), quote: huge(5000), kind: 'direct' as const, paragraph: 4, via: huge(200), score: 1 })) },
    { command: 'ask', question: huge(6000), passages: Array.from({ length: 30 }, (_, i) => ({ paragraph: i + 1, text: huge(5000), sentence: huge(3000) })) },
    { command: 'summary', sentences: Array.from({ length: 10 }, (_, i) => ({ text: huge(2000), paragraph: i + 1 })) },
    { command: 'help', commands: Array.from({ length: 40 }, (_, i) => ({ name: `c${i}`, usage: huge(400), description: huge(2000) })) },
    { command: 'quotes', speaker: huge(6000), quotes: [], suggestions: [huge(3000), huge(3000)] },
  ];
  it.each(cases.map((result) => [result.command, result] as const))('%s with huge inputs stays within every limit', (_name, result) => {
    const pages = render(result, { title: huge(5000), publisher: huge(5000) });
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) assertWithinLimits(page);
  });

  it('fitEmbeds trims ten maximal embeds to the 6000-character message total', () => {
    const embed: APIEmbed = { title: huge(300), description: huge(5000), fields: Array.from({ length: 30 }, () => ({ name: huge(300), value: huge(2000) })), footer: { text: huge(3000) } };
    const fitted = fitEmbeds(Array.from({ length: 12 }, () => structuredClone(embed)));
    assertWithinLimits({ embeds: fitted });
    expect(fitted.length).toBeGreaterThan(0);
  });
});

describe('render: content', () => {
  it('pages long quote lists, quotesPerPage to a page, with citations and the article in the footer', () => {
    const quotes = Array.from({ length: 12 }, (_, i) => quote({ quote: `Statement ${i}`, paragraphs: [i + 1, i + 2] }));
    const pages = render({ command: 'quotes', speaker: 'Jane Doe', quotes }, article);
    expect(pages).toHaveLength(Math.ceil(12 / BOT_LIMITS.quotesPerPage));
    const first = pages[0]!.embeds[0]!;
    expect(first.fields).toHaveLength(BOT_LIMITS.quotesPerPage);
    expect(first.fields![0]!.value).toContain('“Statement 0”');
    expect(first.fields![0]!.value).toContain('¶1–2');
    expect(first.footer!.text).toContain(article.title);
    expect(first.footer!.text).toContain(article.publisher);
    expect(first.footer!.text).toContain('Page 1/3');
    expect(pages[2]!.embeds[0]!.fields).toHaveLength(2);
  });

  it('an unknown speaker gets "No speaker named X — did you mean …?"', () => {
    const [page] = render({ command: 'quotes', speaker: 'Lukn', quotes: [], suggestions: ['Artyom Lukin', 'Alexander Lukin'] }, article);
    expect(page!.content).toMatch(/^No speaker named \*\*Lukn\*\* — did you mean \*\*Artyom Lukin\*\*, \*\*Alexander Lukin\*\*\?$/);
    expect(page!.embeds).toEqual([]);
  });

  it('an unknown speaker with nothing close says so plainly; a known speaker without quotes is not "unknown"', () => {
    const [unknown] = render({ command: 'quotes', speaker: 'Zzyzx', quotes: [], suggestions: [] }, article);
    expect(unknown!.content).toBe('No speaker named **Zzyzx**.');
    const [known] = render({ command: 'quotes', speaker: 'Jane Doe', quotes: [] }, article);
    expect(known!.embeds[0]!.description).toBe('**Jane Doe** is not quoted in the article.');
  });

  it('who-said shows the quote, the speaker with description and the ¶ citation', () => {
    const [page] = render(
      { command: 'who-said', query: 'summit', answers: [{ speaker: 'Jane Doe', description: 'a professor at Example University', quote: 'It is a summit', kind: 'direct', paragraph: 7, via: 'Xinhua', score: 3 }] },
      article,
    );
    const text = page!.embeds[0]!.description!;
    expect(text).toContain('“It is a summit”');
    expect(text).toContain('**Jane Doe**, a professor at Example University');
    expect(text).toContain('¶7 · via Xinhua');
    expect(page!.embeds[0]!.footer!.text).toBe('A headline about a summit · The Daily Example');
  });

  it('who-said with no answer says so, with the note when there is one', () => {
    const [page] = render({ command: 'who-said', query: 'what did Biden say', answers: [], note: 'Joe Biden is mentioned but never quoted.' }, article);
    expect(page!.embeds[0]!.description).toBe('Joe Biden is mentioned but never quoted.');
  });

  it('escapes Markdown in quoted and user text', () => {
    const [page] = render(
      { command: 'who-said', query: '**bold** _it_ `code` ||spoiler|| @everyone', answers: [{ speaker: 'A_B', description: null, quote: '*really* ~~gone~~\n> block\n# heading', kind: 'direct', paragraph: 1, via: null, score: 1 }] },
      article,
    );
    const embed = page!.embeds[0]!;
    expect(embed.title).toContain('\\*\\*bold\\*\\*');
    expect(embed.title).toContain('\\_it\\_');
    expect(embed.title).toContain('\\`code\\`');
    expect(embed.title).toContain('\\|\\|spoiler\\|\\|');
    expect(embed.description).toContain('\\*really\\*');
    expect(embed.description).toContain('\\~\\~gone\\~\\~');
    expect(embed.description).toContain('\\> block');
    expect(embed.description).toContain('\\# heading');
    expect(embed.description).toContain('A\\_B');
  });

  it('reported speech gets no quotation marks and is labelled; partial quotes are labelled too', () => {
    const [page] = render(
      { command: 'quotes', speaker: null, quotes: [quote({ quote: 'ties would deepen', kind: 'indirect' }), quote({ quote: 'best in history', kind: 'partial' })] },
      article,
    );
    const [reported, partial] = page!.embeds[0]!.fields!;
    expect(reported!.name).toBe('Jane Doe · reported speech');
    expect(reported!.value.startsWith('ties would deepen\n— ¶3')).toBe(true);
    expect(partial!.name).toBe('Jane Doe · partial quote');
    expect(partial!.value).toContain('“best in history”');
  });

  it('ask shows each passage with its answering sentence in bold, escaped', () => {
    const [page] = render(
      { command: 'ask', question: 'When?', passages: [{ paragraph: 2, text: 'Intro *here*. The talks are on June 16. More.', sentence: 'The talks are on June 16.' }] },
      article,
    );
    const field = page!.embeds[0]!.fields![0]!;
    expect(field.name).toBe('¶2');
    expect(field.value).toBe('Intro \\*here\\*. **The talks are on June 16.** More.');
    expect(page!.embeds[0]!.title).toBe('What the article says on “When?”');
  });

  it('formats paragraph citations', () => {
    expect(formatParagraphs([4])).toBe('¶4');
    expect(formatParagraphs([5, 4])).toBe('¶4–5');
    expect(formatParagraphs([2, 7])).toBe('¶2, ¶7');
    expect(escapeText('[link](http://x)')).not.toBe('[link](http://x)');
  });
});
