import { describe, expect, it } from 'vitest';
import { messageQuery, whoSaidThisDefinition } from '../../commands/who-said-this.ts';
import { BOT_LIMITS } from '../../src/constants.ts';
import { renderQuotes } from '../../src/discord/render.ts';

describe('“Who said this?”', () => {
  it('is a message command (type 3) named as it shows in the Apps menu', () => {
    expect(whoSaidThisDefinition).toEqual({ name: 'Who said this?', type: 3 });
  });

  it('looks up the message text, else its embeds, with whitespace flattened', () => {
    expect(messageQuery({ content: '  “the relationship\nis robust”  ' })).toBe('“the relationship is robust”');
    expect(messageQuery({ content: '', embeds: [{ title: 'Who said “x”?', description: 'It is robust' }] })).toBe('Who said “x”? It is robust');
    expect(messageQuery({ content: '' })).toBe('');
  });

  it('cuts a long pasted paragraph at a word boundary within the query limit', () => {
    const long = 'word '.repeat(200) + 'end';
    const query = messageQuery({ content: long });
    expect(query.length).toBeLessThanOrEqual(BOT_LIMITS.queryLength);
    expect(query.endsWith('word')).toBe(true);
  });
});

describe('/quotes in Discord', () => {
  const article = { title: 'T', publisher: null };
  it('a mentioned-but-never-quoted name gets the note, as /who-said gives it', () => {
    const [page] = renderQuotes({ command: 'quotes', speaker: 'Alex Grant', quotes: [], note: 'Alex Grant is mentioned in the article but never quoted.' }, article);
    expect(page!.embeds[0]!.description).toBe('Alex Grant is mentioned in the article but never quoted.');
  });

  it('an answer for a corrected name says what was typed', () => {
    const [page] = renderQuotes(
      { command: 'quotes', speaker: 'Ann Lee', correctedFrom: 'Ann Le*', quotes: [{ speaker: 'Ann Lee', quote: 'Yes', kind: 'direct', paragraphs: [1], via: null }] },
      article,
    );
    expect(page!.embeds[0]!.title).toBe('Quotes from Ann Lee (1)');
    expect(page!.embeds[0]!.description).toBe('No speaker is called **Ann Le\\***; showing the closest name.');
  });
});
