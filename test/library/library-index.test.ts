import { describe, expect, it } from 'vitest';
import type { Attribution, Quote } from '../../src/attribution/types.ts';
import { LibraryIndex } from '../../src/library/library-index.ts';

function attribution(quotes: [speaker: string, text: string][]): Attribution {
  const names = [...new Set(quotes.map(([s]) => s))];
  return {
    quotes: quotes.map(([speaker, quote]): Quote => ({ speaker, quote, kind: 'direct', paragraphs: [1], via: null })),
    speakers: names.map((name) => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, kind: 'person', description: null, aliases: [name], firstParagraph: 1 })),
    mentioned: [],
  };
}

const options = { minScore: 0.3, relative: 0.5, limit: 5 };

describe('the library-wide index', () => {
  const index = LibraryIndex.empty();
  // The same words in another order, and the words in order: only the second holds the fragment.
  index.add(1, 'g', attribution([['Rosa Vidal', 'Rain the harbour closed early, and the ferry never came back']]));
  index.add(2, 'g', attribution([['Omar Haddad', 'The ferry never came back after the harbour closed early in the rain']]));
  for (let i = 3; i < 40; i++) index.add(i, 'g', attribution([[`Person ${i}`, `The council debated item ${i} about the ferry timetable and the harbour fees`]]));

  it('puts the quote holding the fragment word for word first, marked verbatim', () => {
    const [top, ...rest] = index.answers('who said the harbour closed early in the rain', 'g', options);
    expect(top).toMatchObject({ speaker: 'Omar Haddad', articleId: 2, verbatim: true, score: 1 });
    expect(rest.every((h) => !h.verbatim)).toBe(true);
  });

  it('finds a fragment with curly punctuation as verbatim too', () => {
    const [top] = index.answers('who said “the ferry never came back after the harbour”', 'g', options);
    expect(top).toMatchObject({ speaker: 'Omar Haddad', verbatim: true });
  });

  it('without a word-for-word holder, ranks by coverage and marks nothing verbatim', () => {
    const hits = index.answers('who said the ferry harbour rain closed', 'g', options);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => !h.verbatim)).toBe(true);
    expect(['Rosa Vidal', 'Omar Haddad']).toContain(hits[0]!.speaker);
  });

  it('keeps other servers out', () => {
    expect(index.answers('who said the harbour closed early in the rain', 'other', options)).toEqual([]);
  });

  describe('with common words searched last', () => {
    // "council", "meeting", "week" are in every quote; "lighthouse" and "sold" in few.
    const common = LibraryIndex.empty();
    for (let i = 0; i < 300; i++) {
      common.add(100 + i, 'g', attribution([[`Member ${i}`, `Next week the council will vote at the meeting on item ${i}`]]));
    }
    common.add(1, 'g', attribution([['Rosa Vidal', 'The council meeting next week sold the lighthouse']]));
    common.add(2, 'g', attribution([['Omar Haddad', 'The lighthouse was sold']]));
    common.add(3, 'g', attribution([['Lena Park', 'We expect the council meeting next week to be short']]));

    it('counts the common words a quote holds toward its score', () => {
      // Not word for word: the score is the coverage of the question's words.
      const hits = common.answers('who said the lighthouse was sold at the council meeting next week', 'g', options);
      expect(hits.some((h) => h.verbatim)).toBe(false);
      const rosa = hits.find((h) => h.speaker === 'Rosa Vidal');
      const omar = hits.find((h) => h.speaker === 'Omar Haddad');
      expect(rosa?.score).toBe(1);
      expect(omar!.score).toBeLessThan(1);
      expect(hits[0]!.speaker).toBe('Rosa Vidal');
    });

    it('finds a quoted fragment of common words only, word for word, beside rarer words', () => {
      const hits = common.answers('who said "the council meeting next week" about the lighthouse', 'g', options);
      expect(hits.filter((h) => h.verbatim).map((h) => h.speaker).sort()).toEqual(['Lena Park', 'Rosa Vidal']);
    });

    it('still answers a question made only of common words', () => {
      const hits = common.answers('who said council meeting next week', 'g', options);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.score === 1)).toBe(true);
    });
  });

  it('adds a huge article a slice at a time, letting other work run between slices, with the same answers', async () => {
    const quotes: [string, string][] = Array.from({ length: LibraryIndex.SLICE * 3 + 7 }, (_, i) => [`Speaker ${i % 40}`, `Statement number ${i} about the ferry timetable and harbour ${i % 13}`]);
    const whole = LibraryIndex.empty();
    whole.add(7, 'g', attribution(quotes));
    const sliced = LibraryIndex.empty();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    await sliced.addInSlices(7, 'g', attribution(quotes));
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0);
    expect(sliced.documentCount).toBe(whole.documentCount);
    for (const q of ['who said statement number 1234 about the ferry', 'who said harbour 5', 'who said timetable']) {
      expect(sliced.answers(q, 'g', options)).toEqual(whole.answers(q, 'g', options));
    }
  });
});

describe('saving the library-wide index in slices', () => {
  function filled(): LibraryIndex {
    const index = LibraryIndex.empty();
    for (let i = 1; i <= 30; i++) {
      index.add(i, i % 2 ? 'g' : null, attribution([[`Speaker ${i}`, `Quote number ${i} about the harbour and item ${i * 7}`], ['Rosa Vidal', `Rosa on ${i}`]]));
    }
    index.remove(5); // a discarded article leaves dirt, which the saved index records as toJSON does
    return index;
  }

  it('writes the same index as serialize(), however small the slices', async () => {
    const index = filled();
    for (const slice of [1, 7, 10_000]) {
      const sliced = await index.serializeInSlices(slice);
      expect(sliced).not.toBeNull();
      expect(JSON.parse(sliced!)).toEqual(JSON.parse(index.serialize()));
    }
    const reloaded = LibraryIndex.load((await index.serializeInSlices(3))!);
    expect(reloaded.answers('who said item 21', 'g', options)).toEqual(index.answers('who said item 21', 'g', options));
  });

  it('gives up (null) when the index changes between slices, so a stale text is never saved', async () => {
    const index = filled();
    const saving = index.serializeInSlices(2);
    index.add(99, 'g', attribution([['Late Comer', 'Added while the index was being written']]));
    expect(await saving).toBeNull();
    expect(await index.serializeInSlices(2)).not.toBeNull();
  });
});

describe('scoring the library-wide index from its postings', () => {
  // The fallback path (MiniSearch's own search, used should its internals change shape), reached
  // through a cast: the two must agree wherever MiniSearch's first 400 results hold every answer.
  const viaResults = (index: LibraryIndex, query: string, guild: string) => {
    const inside = index as unknown as { answersWithoutPostings: (q: string, g: string, o: typeof options) => unknown };
    return inside.answersWithoutPostings(query, guild, options);
  };

  it('gives the same answers as MiniSearch’s own search on a varied library', () => {
    const index = LibraryIndex.empty();
    const words = ['harbour', 'ferry', 'council', 'budget', 'school', 'rain', 'bridge', 'tax', 'vote', 'river', 'market', 'police'];
    for (let i = 1; i <= 120; i++) {
      const pick = (k: number) => words[(i * (k + 3) + k * k) % words.length]!;
      index.add(i, i % 5 === 0 ? null : i % 3 === 0 ? 'h' : 'g', attribution([
        [`Speaker ${i % 17}`, `The ${pick(1)} and the ${pick(2)} matter to us, the ${pick(3)} less so in year ${i % 9}`],
        [`Person ${i % 11}`, `We will ${pick(4)} the ${pick(5)} before the ${pick(6)}`],
      ]));
    }
    let answered = 0;
    for (const a of words) {
      for (const b of words.slice(0, 6)) {
        for (const q of [`who said the ${a} and the ${b}`, `who said "we will ${a} the ${b}"`, `${a} ${b} year 4`, `who said the ${a}s matter, the ${b}x`]) {
          const direct = index.answers(q, 'g', options);
          expect(direct, q).toEqual(viaResults(index, q, 'g'));
          if (direct.length > 0) answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(100);
    // A removed article's quotes stay in the postings until MiniSearch vacuums them: never answers.
    const [top] = index.answers('who said "we will harbour the rain before the harbour"', 'g', { ...options, limit: 100 }).filter((h) => h.articleId === 8);
    expect(top).toBeDefined();
    index.remove(8);
    expect(index.answers('who said "we will harbour the rain before the harbour"', 'g', { ...options, limit: 100 }).some((h) => h.articleId === 8)).toBe(false);
  });

  it('finds the quote holding the fragment word for word among more matches than MiniSearch’s first 400', () => {
    const index = LibraryIndex.empty();
    // 500 short quotes share the fragment's only searched word; the holder is long, so it ranks low on relevance.
    for (let i = 1; i <= 500; i++) index.add(i, 'g', attribution([[`Member ${i}`, `Longer, item ${i}`]]));
    index.add(999, 'g', attribution([['Rosa Vidal', 'Some of them have been here longer than I have, and they know every street of this town by heart']]));
    const [top] = index.answers('who said some of them have been here longer than I have', 'g', options);
    expect(top).toMatchObject({ speaker: 'Rosa Vidal', verbatim: true, score: 1 });
    const [before] = viaResults(index, 'who said some of them have been here longer than I have', 'g') as { speaker: string }[];
    expect(before?.speaker).not.toBe('Rosa Vidal'); // what the cap used to cost
  });
});
