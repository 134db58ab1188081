import { describe, expect, it } from 'vitest';
import { useSynonyms } from '../../src/search/index.ts';
import { verbatimFragments } from '../../src/search/verbatim.ts';
import { verbatimForm, words } from '../../src/search/text.ts';
import { handContext, quote, speaker } from './contexts.ts';

const paragraphs = [
  'Artyom Lukin, an associate professor at Far Eastern Federal University, said ties were robust.',
  '"The relationship is quite robust and will remain so," Mr Lukin said.',
  'Joe Biden did not comment on the talks.',
];
const attribution = {
  quotes: [
    quote('Artyom Lukin', 'ties were robust', [1], 'indirect'),
    quote('Artyom Lukin', 'The relationship is quite robust and will remain so,', [2]),
  ],
  speakers: [speaker('Artyom Lukin', ['Lukin', 'Mr Lukin'], 'an associate professor at Far Eastern Federal University')],
  mentioned: [speaker('Joe Biden', ['Biden'])],
};

describe('query terms', () => {
  const { index } = handContext(paragraphs, attribution);

  it('drops question words and speech verbs from queries', () => {
    expect(index.queryTerms('who said that the relationship is robust?', 'who-said').terms).toEqual(['relationship', 'robust']);
    expect(index.queryTerms('What did they tell us about it', 'who-said').terms).toEqual([]);
  });

  it('keeps every word in the index, so a stop-word-only fragment still matches verbatim', () => {
    // "will remain so" is all stop words but one; the document side still holds them all.
    const docTerms = index.terms('will remain so', 'none', true);
    expect(docTerms).toEqual(['will', 'remain', 'so']);
    expect(index.termsOfParagraph(2).has('will')).toBe(true);
  });

  it('keeps "US" the country although "us" is a stop word', () => {
    expect(index.queryTerms('what did the US do', 'ask').terms).toEqual(['us']);
  });
});

describe('alias mapping', () => {
  const { index } = handContext(paragraphs, attribution);
  const token = 'speaker:artyom-lukin';

  it('maps full name, surname, title form and possessive to one token at query time', () => {
    for (const q of ['Artyom Lukin', 'lukin', 'Mr Lukin', "Lukin's"]) {
      expect(index.queryTerms(q, 'who-said').terms).toEqual([token]);
    }
  });

  it('makes "what did lukin say" and "Artyom Lukin" hit the same documents', () => {
    const a = index.hits(index.queryTerms('what did lukin say', 'who-said'), 'passage').map((h) => h.ref);
    const b = index.hits(index.queryTerms('Artyom Lukin', 'who-said'), 'passage').map((h) => h.ref);
    expect(a).toEqual(b);
    // ¶1 and ¶2 name him; ¶3 only follows ¶2 (a passage's context is its previous paragraph).
    expect(a.slice(0, 2).sort()).toEqual([1, 2]);
  });

  it('treats "Mr. X" and "Mr X" alike, whichever the article uses', () => {
    const american = handContext(['Mr. Okafor said the deal was done.'], {
      quotes: [quote('Daniel Okafor', 'the deal was done', [1], 'indirect')],
      speakers: [speaker('Daniel Okafor', ['Okafor', 'Mr. Okafor'])],
      mentioned: [],
    });
    for (const q of ['Mr Okafor', 'Mr. Okafor', 'okafor']) {
      expect(american.index.queryTerms(q, 'who-said').terms).toEqual(['speaker:daniel-okafor']);
    }
  });

  it('maps mentioned people too, and leaves an alias shared by two people as plain words', () => {
    expect(index.queryTerms('Biden', 'who-said').terms).toEqual(['speaker:joe-biden']);
    const shared = handContext(['Ann Lee met Bo Lee.'], {
      quotes: [],
      speakers: [],
      mentioned: [speaker('Ann Lee', ['Lee']), speaker('Bo Lee', ['Lee'])],
    });
    expect(shared.index.queryTerms('Lee', 'who-said').terms).toEqual(['lee']);
  });
});

describe('matching', () => {
  const { index } = handContext(paragraphs, attribution);

  it('tolerates a typo (fuzzy) and a truncated word (prefix)', () => {
    const typo = index.hits(index.queryTerms('relatoinship', 'who-said'), 'quote');
    expect(typo[0]?.ref).toBe(1);
    const prefix = index.hits(index.queryTerms('relation', 'who-said'), 'quote');
    expect(prefix[0]?.ref).toBe(1);
  });

  it('gives full coverage when every content word matches, partial otherwise', () => {
    const full = index.hits(index.queryTerms('relationship robust', 'who-said'), 'quote')[0]!;
    expect(full.coverage).toBeCloseTo(1);
    const half = index.hits(index.queryTerms('relationship bananas', 'who-said'), 'quote')[0]!;
    expect(half.coverage).toBeGreaterThan(0);
    expect(half.coverage).toBeLessThan(0.6);
  });

  it('matches a general near-synonym with less credit than the word itself', () => {
    const robust = index.hits(index.queryTerms('robust', 'who-said'), 'quote')[0]!.coverage;
    const solid = index.hits(index.queryTerms('solid', 'who-said'), 'quote')[0]!.coverage;
    expect(solid).toBeGreaterThan(0);
    expect(solid).toBeLessThan(robust);
    useSynonyms(false);
    try {
      expect(index.hits(index.queryTerms('solid', 'who-said'), 'quote')).toEqual([]);
    } finally {
      useSynonyms(true);
    }
  });
});

describe('derivations', () => {
  it('join verb and noun forms that stemming keeps apart ("decided" / "decision")', () => {
    const { index } = handContext(['No decision would be made before the summer, a source said.'], {
      quotes: [quote('a source', 'No decision would be made before the summer', [1], 'indirect')],
      speakers: [speaker('a source')],
      mentioned: [],
    });
    const hit = index.hits(index.queryTerms('who said nothing will be decided until summer', 'who-said'), 'quote')[0];
    expect(hit?.matched.get('decid')).toBeGreaterThan(0);
  });
});

describe('news paraphrases', () => {
  const { index } = handContext(
    ['The watchdog slammed the company, a spokesperson said.', 'Mr Doe said customers were disappointed by the ruling.'],
    {
      quotes: [
        quote('a spokesperson', 'The watchdog slammed the company', [1], 'indirect'),
        quote('John Doe', 'customers were disappointed by the ruling', [2], 'indirect'),
      ],
      speakers: [speaker('a spokesperson'), speaker('John Doe', ['Doe', 'Mr Doe'])],
      mentioned: [],
    },
  );

  it('widen a who-said question with the paraphrase table ("criticised" finds "slammed")', () => {
    const hit = index.hits(index.queryTerms('who said the watchdog criticised the company', 'who-said'), 'quote')[0];
    expect(hit?.ref).toBe(0);
    expect(hit?.matched.get(index.terms('criticised', 'none')[0]!)).toBeCloseTo(0.8);
    expect(hit?.coverage).toBeLessThan(1);
    const unhappy = index.hits(index.queryTerms('who said shoppers were unhappy', 'who-said'), 'quote')[0];
    expect(unhappy?.ref).toBe(1);
  });

  it('leave /ask questions to the core near-synonyms (the wider table only adds wrong passages there)', () => {
    const terms = index.queryTerms('who was unhappy', 'ask');
    expect(terms.synonyms).toBe('core');
    expect(index.hits(terms, 'passage')).toEqual([]);
  });
});

describe('speaker field', () => {
  it("counts a quote's own speaker named in a who-said question for less than the statement's words", () => {
    const { index } = handContext(['Acme said it would appeal the verdict.'], {
      quotes: [quote('Acme', 'it would appeal the verdict', [1], 'indirect')],
      speakers: [speaker('Acme')],
      mentioned: [],
    });
    const hit = index.hits(index.queryTerms('who said Acme will leave town', 'who-said'), 'quote')[0]!;
    expect(hit.matched.get('speaker:acme')).toBeCloseTo(0.7);
  });
});

describe('verbatim forms', () => {
  it('fold curly, straight and British quote marks, case and spacing alike', () => {
    expect(verbatimForm('“Quite  Robust,” he said')).toBe(verbatimForm('"quite robust," he said'));
    expect(verbatimForm('‘quite robust’')).toBe(verbatimForm("'quite robust'"));
  });

  it('take the quoted part of a question, and the question without its frame', () => {
    expect(verbatimFragments('who said “priority of priorities”?')).toContain('priority of priorities');
    expect(verbatimFragments('who said that the ties are robust')).toContain('the ties are robust');
    expect(verbatimFragments('who said robust')).toEqual([]);
  });

  it('split hyphenated words and drop possessive s', () => {
    expect(words("Russia's Sino-US war")).toEqual(['Russia', 'Sino', 'US', 'war']);
  });
});

describe('context of statements and passages', () => {
  // One paragraph holding several statements, as long-form copy often does.
  const crowded = [
    'The harbour board met on Tuesday.',
    'Dredging costs tripled after the storm, "We cannot wait," Ana Reyes said. "It is urgent," said Ben Ito. "Act now," Reyes added.',
  ];
  const crowdedAttribution = {
    quotes: [
      quote('Ana Reyes', 'We cannot wait,', [2]),
      quote('Ben Ito', 'It is urgent,', [2]),
      quote('Ana Reyes', 'Act now,', [2]),
    ],
    speakers: [speaker('Ana Reyes', ['Reyes']), speaker('Ben Ito', ['Ito'])],
    mentioned: [],
  };
  const { index } = handContext(crowded, crowdedAttribution);

  it('finds a statement by the words of its paragraph, at the context weight', () => {
    const hits = index.hits(index.queryTerms('dredging costs tripled', 'who-said'), 'quote');
    expect(hits.map((h) => h.ref).sort()).toEqual([0, 1, 2]);
    for (const hit of hits) expect(hit.coverage).toBeCloseTo(0.5);
  });

  it('finds a passage by the words of the paragraph before it, at the passage context weight', () => {
    const hits = index.hits(index.queryTerms('harbour board', 'ask'), 'passage');
    expect(hits.map((h) => [h.ref, Number(h.coverage.toFixed(2))])).toEqual([[1, 1], [2, 0.3]]);
  });

  it('indexes a paragraph once, not again with each of its statements', () => {
    const saved = JSON.parse(index.serialize()) as { index: [string, Record<string, Record<string, number>>][] };
    const dredging = saved.index.find(([term]) => term.startsWith('dredg'));
    const postings = Object.values(dredging![1]).reduce((n, docs) => n + Object.keys(docs).length, 0);
    expect(postings).toBe(1);
  });
});
