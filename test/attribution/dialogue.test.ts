/**
 * Failure kind 3 — dialogue: quote-only paragraphs alternate between the two people of a scene,
 * kinship nouns ("his uncle says") name the person so introduced, and a cue-less quote after a
 * reported sentence is that sentence's speaker's.
 */
import { describe, expect, it } from 'vitest';
import { afterReportedSentence } from '../../src/attribution/sieves/after-reported.ts';
import { quoteOnlyTurn } from '../../src/attribution/sieves/dialogue.ts';
import { Kinship, kinshipAttribution } from '../../src/attribution/sieves/kinship.ts';
import { run, setup, summary } from './helpers.ts';

const speakers = (...paragraphs: string[]) => summary(run(...paragraphs)).map(([speaker, , paragraphsOf]) => `${paragraphsOf.join(',')}:${speaker}`);

describe('quoteOnlyTurn sieve', () => {
  it('marks a quote that is its whole paragraph as a turn', () => {
    const { contexts, registry } = setup('"Then we steam it longer."');
    expect(quoteOnlyTurn(contexts[0]!, registry)).toMatchObject({ sieve: 'dialogue-turn', turn: true, phrase: null });
  });

  it('passes a quote with words of its own around it', () => {
    const { contexts, registry } = setup('He paused. "Then we steam it longer."');
    expect(quoteOnlyTurn(contexts[0]!, registry)).toBeNull();
  });
});

describe('alternating speakers in a two-person scene', () => {
  const scene = [
    'Maria Lopes, 52, runs the forge. Her apprentice, Tom Birch, started in June.',
    '"The iron is too cold," Birch says.',
    '"It is exactly as cold as it should be," Lopes says.',
    '"Then why won\'t it bend?"',
    '"Because you are hitting it in the wrong place."',
    '"Show me where."',
  ];

  it('bare turns take turns instead of all going to the last named speaker', () => {
    expect(speakers(...scene)).toEqual(['2:Tom Birch', '3:Maria Lopes', '4:Tom Birch', '5:Maria Lopes', '6:Tom Birch']);
  });

  it('a bare answer after a question is the other party\'s', () => {
    expect(speakers(
      'Maria Lopes, 52, runs the forge. Tom Birch, 19, is her apprentice.',
      'By noon Birch is checking the clock.',
      '"Can we stop for lunch?" Birch asks.',
      '"Not until this one is done."',
    )).toEqual(['3:Tom Birch', '4:Maria Lopes']);
  });

  it('a long bare paragraph after one speaker stays with that speaker', () => {
    expect(speakers(
      '"We closed the road," Ann Lee said.',
      '"It was the right call," Jo Hart said.',
      '"We had no other choice. The bridge was cracked, the engineers were worried, the traffic was building up on both sides and nobody could tell us when the inspection would be done, so we closed it and we will keep it closed until the checks are finished."',
    )).toEqual(['1:Ann Lee', '2:Jo Hart', '3:Jo Hart']);
  });

  it('a bare follow-up after two turns by one speaker continues that speaker', () => {
    expect(speakers(
      '"We closed the road," Ann Lee said.',
      '"It was the right call," she added.',
      '"Nobody was hurt."',
    )).toEqual(['1:Ann Lee', '2:Ann Lee', '3:Ann Lee']);
  });
});

describe('session 6: a scene whose first line is attributed inside a paragraph', () => {
  it('alternates the bare turns after it between the two people', () => {
    expect(speakers(
      'Maria Lopes, a blacksmith, has run the forge for thirty years. Her apprentice, Tom Birch, started in June.',
      'At the anvil, Lopes checks the colour of the iron. "Too cold," the blacksmith says. "Leave it in."',
      '"You could use the gas burner," Birch says.',
      '"Gas costs money."',
      '"So does a cracked blade."',
      '"And who buys the gas?"',
    )).toEqual(['2:Maria Lopes', '3:Tom Birch', '4:Maria Lopes', '5:Tom Birch', '6:Maria Lopes']);
  });
});

describe('session 6: a quote after a short action sentence is the actor’s', () => {
  it('gives it to a name, a pronoun or a description of a person acting just before it', () => {
    expect(speakers(
      'Maria Lopes, 52, runs the forge. Her apprentice, Tom Birch, started in June.',
      '"The iron is too cold," Birch says.',
      'Lopes shrugs. "Then hit it harder."',
      'Birch laughs. "You sound like my mother."',
      'She laughs. "Your mother was right."',
      'Her apprentice grins. "She usually is."',
    )).toEqual(['2:Tom Birch', '3:Maria Lopes', '4:Tom Birch', '5:Maria Lopes', '6:Tom Birch']);
  });

  it('knows a name that only ever opens a sentence once it was seen after a quotation', () => {
    expect(speakers('"The iron is too cold," Birch says.', 'Birch shrugs. "It always is in March."')).toEqual(['1:Birch', '2:Birch']);
  });

  it('does not take "says nothing" or "said little about it" for a statement', () => {
    expect(speakers('Maria Lopes says nothing for a while.', 'Tom Birch said little about the fire at first.')).toEqual([]);
  });
});

describe('kinship nouns', () => {
  it('records who was introduced as whose relative', () => {
    const { doc, registry } = setup('Fergal Rooney has built boats for forty years. His apprentice is his nephew, Cian Walsh.');
    const kinship = new Kinship(doc, registry);
    expect(kinship.relations.map((r) => [r.relative.name, r.noun, r.anchor?.name])).toEqual([['Cian Walsh', 'nephew', 'Fergal Rooney']]);
  });

  it('"his uncle says" is the man whose nephew was introduced; "his nephew asks" the nephew', () => {
    expect(speakers(
      'Fergal Rooney has built boats for forty years. His apprentice is his nephew, Cian Walsh.',
      'His uncle says the arguing is part of the teaching.',
      '"Is it ready?" his nephew asks.',
    )).toEqual(['2:Fergal Rooney', '3:Cian Walsh']);
  });

  it('"her son" after "His mother, X" is the man whose mother she is', () => {
    expect(speakers(
      'Cian Walsh grew up near the yard. His mother, Nuala Walsh, runs the post office.',
      '"He was always in the shed," his mother says.',
      'Her son says he never was.',
    )).toEqual(['2:Nuala Walsh', '3:Cian Walsh']);
  });

  it('kinshipAttribution finds the kinship subject next to the quote', () => {
    const { contexts, registry } = setup('"Is it ready?" his younger nephew asks.');
    expect(kinshipAttribution(contexts[0]!, registry)?.phrase?.text).toBe('his younger nephew');
    const inverted = setup('"Is it ready?" asks his nephew.');
    expect(kinshipAttribution(inverted.contexts[0]!, inverted.registry)?.phrase?.text).toBe('his nephew');
  });

  it('no kinship phrase, no hit', () => {
    const { contexts, registry } = setup('"Is it ready?" the manager asks.');
    expect(kinshipAttribution(contexts[0]!, registry)).toBeNull();
  });
});

describe('a cue-less quote after a reported sentence', () => {
  it('belongs to the subject of the reporting verb', () => {
    const { contexts, registry } = setup('Ann Lee says the arguing is part of the job. "If he did what I told him, he would learn nothing."');
    expect(afterReportedSentence(contexts[0]!, registry)?.phrase?.text).toBe('Ann Lee');
    expect(speakers('Ann Lee says the arguing is part of the job. "If he did what I told him, he would learn nothing."'))
      .toEqual(['1:Ann Lee', '1:Ann Lee']);
  });

  it('passes when the sentence before holds a quote (a split quote, handled elsewhere)', () => {
    const { contexts, registry } = setup('"It bends," Ann Lee says. "It always does."');
    expect(afterReportedSentence(contexts[1]!, registry)).toBeNull();
  });
});

describe('action beats', () => {
  it('a named person acting right after a bare quote said it', () => {
    expect(speakers(
      'Maria Lopes, 52, runs the forge. Her apprentice, Tom Birch, started in June.',
      '"The iron is too cold," Birch says.',
      '"It is exactly as cold as it should be." Lopes lifts it with the tongs.',
    )).toEqual(['2:Tom Birch', '3:Maria Lopes']);
  });

  it('a pronoun beat leaves the turn to the scene: it alternates', () => {
    expect(speakers(
      'Maria Lopes, 52, runs the forge. Her apprentice, Tom Birch, started in June.',
      '"The iron is too cold," Birch says.',
      '"It is exactly as cold as it should be," Lopes says.',
      '"Then why won\'t it bend?" He drops the hammer.',
    )).toEqual(['2:Tom Birch', '3:Maria Lopes', '4:Tom Birch']);
  });
});

describe('two sources quoted one after the other are no dialogue', () => {
  it('a bare quote after two attributed statements that are no exchange continues the last speaker', () => {
    expect(speakers(
      '"The club has been badly run for years and the supporters deserve better than this," said Ann Lee.',
      '"We have put forward a plan that would secure the ground for the next decade," Jo Hart said.',
      '"It is a fair offer and it is on the table."',
    )).toEqual(['1:Ann Lee', '2:Jo Hart', '3:Jo Hart']);
  });
});

describe('rhetorical questions', () => {
  it('a bare quote after a rhetorical question ("…?" she said) runs on in the same voice', () => {
    expect(speakers(
      'Jo Hart, who chairs the residents\' group, met the council on Monday.',
      '"What are we supposed to do, just wait?" Ann Lee said.',
      '"Nobody has explained it to us."',
    )).toEqual(['2:Ann Lee', '3:Ann Lee']);
  });
});

describe('more kinship introductions', () => {
  it('"whose nephew X" and an appositive without a comma', () => {
    const { doc, registry } = setup('Fergal Rooney, whose nephew Cian Walsh joined in March, builds boats. Walsh lives with his mother Nuala Walsh.');
    const kinship = new Kinship(doc, registry);
    expect(kinship.relations.map((r) => [r.relative.name, r.noun, r.anchor?.name])).toEqual([
      ['Cian Walsh', 'nephew', 'Fergal Rooney'],
      ['Nuala Walsh', 'mother', 'Cian Walsh'],
    ]);
  });
});

describe('kinship stated with "is"', () => {
  it('"X, his mother, is Rooney\'s younger sister" makes Rooney her brother', () => {
    const { doc, registry } = setup('Fergal Rooney builds boats. Cian Walsh is his apprentice. His mother, Nuala Walsh, is Rooney\'s younger sister.');
    const kinship = new Kinship(doc, registry);
    expect(kinship.relations.map((r) => [r.relative.name, r.noun, r.anchor?.name])).toContainEqual(['Nuala Walsh', 'sister', 'Fergal Rooney']);
    expect(speakers(
      'Fergal Rooney builds boats. Cian Walsh is his apprentice. His mother, Nuala Walsh, is Rooney\'s younger sister.',
      'Her brother says the yard will outlast him.',
    )).toEqual(['2:Fergal Rooney']);
  });
});

describe('session 6: nicknames', () => {
  it('takes the name after "calls him", "known as" or "nicknamed" for another name of the person just named', () => {
    expect(speakers(
      'Hamish Oduya, a fruit farmer, has worked the slopes above Kerrow for fifty years. Everyone in the valley calls him Shay.',
      'Ana Ruiz, known as "Lelo" to her players, coaches the under-12s.',
      '"The frost came early," Shay says.',
      '"We train in any weather," Lelo said.',
    )).toEqual(['3:Hamish Oduya', '4:Ana Ruiz']);
  });

  it('does not give the nickname to a place, nor to someone of the other gender', () => {
    const result = run(
      'Ana Ruiz drove up from Kerrow on Monday. Everyone calls him Shay.',
      '"The frost came early," Shay says.',
    );
    expect(result.speakers.map((s) => s.name)).toEqual(['Shay']);
  });
});

describe('session 6: a name that is itself an appositive', () => {
  it('is described by the role before it, not by the verb phrase after it', () => {
    const result = run(
      'Hamish Oduya, a fruit farmer, has worked the slopes for fifty years. His nephew, Rory Oduya, came back from the city last spring.',
      '"You could put in heaters," Rory says.',
    );
    expect(result.speakers.find((s) => s.name === 'Rory Oduya')?.description).toBe('his nephew');
  });
});
