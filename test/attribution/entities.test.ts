import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../src/attribution/entities.ts';
import { buildDoc } from '../../src/attribution/doc.ts';
import { article, run } from './helpers.ts';

const registryOf = (...paragraphs: string[]) => buildRegistry(buildDoc(article(...paragraphs)));
const entity = (name: string, ...paragraphs: string[]) => registryOf(...paragraphs).lookup(name);

describe('name mentions by form', () => {
  it('finds capitalised sequences with particles, hyphens and initials', () => {
    const names = registryOf(
      'Talks included Ursula von der Leyen, Jean-Pierre Dubois and John F. Kennedy Jr. on Monday.',
    ).mentions.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Ursula von der Leyen', 'Jean-Pierre Dubois']));
    expect(names.some((n) => n.startsWith('John F.'))).toBe(true);
  });

  it('does not take sentence-initial function words or adjectival compounds as names', () => {
    const names = registryOf(
      'But Moscow waited. While Beijing watched, the Biden-Putin summit began. Moreover, nothing changed.',
    ).mentions.map((m) => m.name);
    expect(names).not.toContain('But');
    expect(names).not.toContain('While Beijing');
    expect(names).not.toContain('Biden-Putin');
    expect(names).not.toContain('Moreover');
    expect(names).toEqual(expect.arrayContaining(['Moscow', 'Beijing']));
  });

  it('strips titles and possessives and keeps the gender a title implies', () => {
    const registry = registryOf('Mrs Jane Doe’s shop opened. Mr. Tom Ray came.');
    expect(registry.lookup('Jane Doe')?.gender).toBe('female');
    expect(registry.lookup('Tom Ray')?.gender).toBe('male');
  });

  it('ignores names inside quotation marks', () => {
    expect(registryOf('“Ask Peter Parker,” she said.').lookup('Peter Parker')).toBeUndefined();
  });
});

describe('entities: kinds, canonical names and aliases', () => {
  it('classifies organisations by head noun, outlet noun and acronym', () => {
    const registry = registryOf(
      'Officials at Nanjing University, state news agency Xinhua, the tabloid Global Times and NATO agreed.',
    );
    expect(registry.lookup('Nanjing University')?.kind).toBe('organisation');
    expect(registry.lookup('Xinhua')?.kind).toBe('organisation');
    expect(registry.lookup('Global Times')?.kind).toBe('organisation');
    expect(registry.lookup('NATO')?.kind).toBe('organisation');
  });

  it('links surnames and family-name-first short forms to the full name', () => {
    const registry = registryOf('Artyom Lukin and Zhu Feng spoke.', 'Lukin agreed. Zhu did not.');
    expect(registry.lookup('Lukin')?.name).toBe('Artyom Lukin');
    expect(registry.lookup('Zhu')?.name).toBe('Zhu Feng');
  });

  it('upgrades a surname seen first to the longer full name', () => {
    expect(entity('Putin', 'Putin arrived.', 'Vladimir Putin then spoke.')?.name).toBe('Vladimir Putin');
  });

  it('does not take an employer after "at" for a person', () => {
    expect(entity('Gulfstream Advisory', 'Layla Haddad, an analyst at Gulfstream Advisory, said so.')?.kind).not.toBe('person');
  });
});

describe('descriptions', () => {
  it('takes an appositive', () => {
    expect(entity('Zhu Feng', 'Zhu Feng, a professor of international relations at Nanjing University, said it worked.')?.description)
      .toBe('a professor of international relations at Nanjing University');
  });

  it('takes a pre-nominal role', () => {
    expect(entity('Nikolai Patrushev', 'Yang met Russian security council secretary Nikolai Patrushev on Tuesday.')?.description)
      .toBe('Russian security council secretary');
  });

  it('takes a role before a comma-bounded name', () => {
    expect(entity('Helen Marsh', 'The environment minister, Helen Marsh, described the fine as a line in the sand.')?.description)
      .toBe('the environment minister');
  });

  it('takes a relative clause only as a weak description, and never a prepositional phrase', () => {
    expect(entity('Yang', 'Officials said Yang, who was visiting Moscow, spoke.')?.description).toBe('who was visiting Moscow');
    expect(entity('Yang', 'Yang Li, a diplomat, said Yang Li, who was visiting Moscow, spoke.')?.description).toBe('a diplomat');
    expect(entity('Xi Jinping', 'At the same event Xi Jinping also spoke.')?.description).toBeNull();
  });
});

describe('speakers and mentioned people', () => {
  it('lists people never quoted as mentioned, not as speakers', () => {
    const result = run('Joe Biden will meet Vladimir Putin in June.', '“It will be useful,” Putin said.');
    expect(result.speakers.map((s) => s.name)).toEqual(['Vladimir Putin']);
    expect(result.mentioned.map((s) => s.name)).toEqual(['Joe Biden']);
    expect(result.speakers[0]!.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
  });

  it('adds the surname alias even when the article only uses the full name', () => {
    const result = run('“It will be useful,” said Vladimir Portyakov.');
    expect(result.speakers[0]!.aliases).toContain('Portyakov');
  });
});

describe('organisations and shared surnames', () => {
  it('"the company" is the business named before it', () => {
    expect(run(
      'Maya Ortiz, the chief executive of Brightline Robotics, spoke after the results.',
      'Revenue fell 8% in the quarter, the company said.',
    ).quotes.map((q) => q.speaker)).toEqual(['Brightline Robotics']);
  });

  it('"Geoff and Linda Harker" names two people', () => {
    const result = run('Its owners, Geoff and Linda Harker, retired last year.');
    expect(result.mentioned.map((m) => m.name)).toEqual(['Geoff Harker', 'Linda Harker']);
  });
});
