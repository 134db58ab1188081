import { describe, expect, it } from 'vitest';
import { formatParagraphs, formatQuote, renderResult } from '../../src/cli/render.ts';

describe('formatParagraphs', () => {
  it('writes single paragraphs, runs and gaps', () => {
    expect(formatParagraphs([7])).toBe('¶7');
    expect(formatParagraphs([20, 21])).toBe('¶20–21');
    expect(formatParagraphs([3, 4, 5, 9])).toBe('¶3–5, ¶9');
    expect(formatParagraphs([5, 3])).toBe('¶3, ¶5');
  });
});

describe('formatQuote', () => {
  it('puts direct words in quotation marks and marks reported speech', () => {
    expect(formatQuote({ speaker: 'Artyom Lukin', quote: 'I don’t think so', kind: 'direct', paragraphs: [20, 21], via: null })).toBe(
      '“I don’t think so” — Artyom Lukin (¶20–21)',
    );
    expect(formatQuote({ speaker: 'Yang Jiechi', quote: 'ties are strong', kind: 'indirect', paragraphs: [6], via: 'Xinhua' })).toBe(
      '(reported) ties are strong — Yang Jiechi (¶6, via Xinhua)',
    );
  });
});

describe('renderResult', () => {
  it('renders speakers', () => {
    const text = renderResult({
      command: 'speakers',
      speakers: [
        { name: 'Zhu Feng', description: 'a professor', quotes: 3 },
        { name: 'Global Times', description: null, quotes: 1 },
      ],
    });
    expect(text).toBe('Speakers quoted in the article (2):\n• Zhu Feng, a professor (3 quotes)\n• Global Times (1 quote)');
    expect(renderResult({ command: 'speakers', speakers: [] })).toMatch(/No one is quoted/);
  });

  it('renders quotes, an empty list and suggestions', () => {
    const text = renderResult({
      command: 'quotes',
      speaker: null,
      quotes: [{ speaker: 'Zhu Feng', quote: 'Both sides gain', kind: 'partial', paragraphs: [15], via: null }],
    });
    expect(text).toBe('All quotes, in article order (1):\n1. “Both sides gain” — Zhu Feng (¶15)');
    expect(renderResult({ command: 'quotes', speaker: 'Zed', quotes: [], suggestions: ['Zhu Feng'] })).toBe(
      'No speaker named “Zed” is quoted in this article. Did you mean: Zhu Feng?',
    );
    expect(renderResult({ command: 'quotes', speaker: 'Zed', quotes: [], suggestions: [] })).not.toMatch(/Did you mean/);
  });

  it('renders who-said answers with citations and an empty answer with its note', () => {
    const text = renderResult({
      command: 'who-said',
      query: 'slow down the rapprochement',
      answers: [
        { speaker: 'Vladimir Portyakov', description: 'deputy director', quote: 'slow down the rapprochement', kind: 'partial', paragraph: 13, via: null, score: 12.5 },
      ],
    });
    expect(text).toContain('Who said “slow down the rapprochement”:');
    expect(text).toContain('1. “slow down the rapprochement” — Vladimir Portyakov, deputy director (¶13)');
    expect(text).not.toContain('score');
    expect(renderResult({ command: 'who-said', query: 'x', answers: [], note: 'Joe Biden is mentioned but never quoted.' })).toBe(
      'Joe Biden is mentioned but never quoted.',
    );
    expect(renderResult({ command: 'who-said', query: 'aliens', answers: [] })).toMatch(/Nothing in the article says “aliens”/);
  });

  it('renders ask passages with the answering sentence and its paragraph', () => {
    const text = renderResult({
      command: 'ask',
      question: 'When is the summit?',
      passages: [{ paragraph: 2, text: 'The June 16 meeting is widely seen as an olive branch.', sentence: 'The June 16 meeting is widely seen as an olive branch.' }],
    });
    expect(text).toBe('What the article says on “When is the summit?”:\n• (¶2) The June 16 meeting is widely seen as an olive branch.');
    const inParagraph = renderResult({
      command: 'ask',
      question: 'When?',
      passages: [{ paragraph: 3, text: 'Talks stalled. The summit is on June 16. Both sides agreed.', sentence: 'The summit is on June 16.' }],
    });
    // Each passage once: the paragraph with its answering sentence marked, not the sentence and then its paragraph.
    expect(inParagraph).toBe('What the article says on “When?”:\n• (¶3) Talks stalled. **The summit is on June 16.** Both sides agreed.');
    expect(inParagraph.split('The summit is on June 16').length).toBe(2);
    expect(renderResult({ command: 'ask', question: 'Why?', passages: [] })).toMatch(/does not answer/);
  });

  it('renders a summary with a citation per sentence', () => {
    const text = renderResult({
      command: 'summary',
      sentences: [
        { text: 'China and Russia pledged closer ties.', paragraph: 1 },
        { text: 'Analysts were sceptical.', paragraph: 9 },
      ],
    });
    expect(text).toBe('Summary (2 sentences):\n• China and Russia pledged closer ties. (¶1)\n• Analysts were sceptical. (¶9)');
  });

  it('renders help as aligned usage lines', () => {
    const text = renderResult({
      command: 'help',
      commands: [
        { name: 'speakers', usage: '/speakers', description: 'Who is quoted.' },
        { name: 'quotes', usage: '/quotes [speaker:<text>]', description: 'Quotes.' },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Commands (options are written name:value):',
      '  /speakers                 Who is quoted.',
      '  /quotes [speaker:<text>]  Quotes.',
    ]);
  });
});
