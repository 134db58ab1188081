/**
 * Kinship nouns as speakers: "his uncle says", "her son says", "the dead man's mother said". An
 * article introduces relatives by apposition ("his nephew, Cian Walsh", "Nuala Walsh, his
 * mother,"); a later kinship phrase names the person so introduced, or, read the other way round,
 * the person the relative was introduced FOR ("his nephew, X" makes that man X's uncle).
 */
import type { DocModel, ParagraphModel } from '../doc.ts';
import type { Entity, EntityRegistry, Gender, NameMention } from '../entities.ts';
import { speechVerb } from '../lexicon.ts';
import { ownTable } from '../../lexicon/own-table.ts';
import { reportingVerbAt, type SpeakerPhrase } from '../phrases.ts';
import type { TokenRange } from '../quotes/context.ts';
import { isPossessive, isWord } from '../text.ts';
import type { QuoteSieve } from './quote-sieves.ts';

interface KinNoun {
  gender: Gender;
  /** The nouns that name the other side of the relation ("uncle" ↔ "nephew", "niece"). */
  inverse: string[];
}

const PARENT_OF = ['son', 'daughter', 'child', 'boy', 'girl'];
const CHILD_OF = ['mother', 'father', 'parent', 'mum', 'mom', 'dad'];
const SIBLING = ['brother', 'sister', 'sibling'];
const GRANDPARENT_OF = ['grandson', 'granddaughter', 'grandchild'];
const GRANDCHILD_OF = ['grandmother', 'grandfather', 'grandparent', 'grandma', 'grandpa', 'granny'];
const SPOUSE = ['husband', 'wife', 'partner', 'spouse', 'widow', 'widower', 'fiancé', 'fiancée', 'fiance', 'fiancee'];

/** General English kinship nouns, their gender, and the nouns for the other side. */
const KIN: Readonly<Record<string, KinNoun>> = ownTable<KinNoun>({
  mother: { gender: 'female', inverse: PARENT_OF },
  mum: { gender: 'female', inverse: PARENT_OF },
  mom: { gender: 'female', inverse: PARENT_OF },
  father: { gender: 'male', inverse: PARENT_OF },
  dad: { gender: 'male', inverse: PARENT_OF },
  parent: { gender: null, inverse: PARENT_OF },
  son: { gender: 'male', inverse: CHILD_OF },
  daughter: { gender: 'female', inverse: CHILD_OF },
  child: { gender: null, inverse: CHILD_OF },
  brother: { gender: 'male', inverse: SIBLING },
  sister: { gender: 'female', inverse: SIBLING },
  sibling: { gender: null, inverse: SIBLING },
  uncle: { gender: 'male', inverse: ['nephew', 'niece'] },
  aunt: { gender: 'female', inverse: ['nephew', 'niece'] },
  nephew: { gender: 'male', inverse: ['uncle', 'aunt'] },
  niece: { gender: 'female', inverse: ['uncle', 'aunt'] },
  cousin: { gender: null, inverse: ['cousin'] },
  grandmother: { gender: 'female', inverse: GRANDPARENT_OF },
  grandma: { gender: 'female', inverse: GRANDPARENT_OF },
  granny: { gender: 'female', inverse: GRANDPARENT_OF },
  grandfather: { gender: 'male', inverse: GRANDPARENT_OF },
  grandpa: { gender: 'male', inverse: GRANDPARENT_OF },
  grandparent: { gender: null, inverse: GRANDPARENT_OF },
  grandson: { gender: 'male', inverse: GRANDCHILD_OF },
  granddaughter: { gender: 'female', inverse: GRANDCHILD_OF },
  grandchild: { gender: null, inverse: GRANDCHILD_OF },
  husband: { gender: 'male', inverse: SPOUSE },
  wife: { gender: 'female', inverse: SPOUSE },
  widow: { gender: 'female', inverse: SPOUSE },
  widower: { gender: 'male', inverse: SPOUSE },
  partner: { gender: null, inverse: SPOUSE },
  spouse: { gender: null, inverse: SPOUSE },
  fiancé: { gender: 'male', inverse: SPOUSE },
  fiancée: { gender: 'female', inverse: SPOUSE },
});

/** Words that may stand between the possessive and the kinship noun ("his younger sister"). */
const KIN_MODIFIERS = new Set(['younger', 'older', 'elder', 'eldest', 'oldest', 'youngest', 'late', 'little', 'big', 'twin', 'only', 'step', 'adult', 'teenage', 'baby']);
const POSSESSIVE_PRONOUNS: Readonly<Record<string, Gender>> = ownTable<Gender>({ his: 'male', her: 'female', their: 'plural' });
/** The same words as a set: asked of every token, where a lookup in the record is several times slower. */
const POSSESSIVE_PRONOUN_WORDS: ReadonlySet<string> = new Set(Object.keys(POSSESSIVE_PRONOUNS));
const COPULAS = new Set(['is', 'was', 'becomes', 'became']);
/** How far back a possessive "his"/"her" looks for the person it means. */
const POSSESSOR_WINDOW_PARAGRAPHS = 1;

export interface KinRelation {
  /** The person introduced ("Cian Walsh" in "his nephew, Cian Walsh"). */
  relative: Entity;
  noun: string;
  /** Whose relative they are (the man "his" refers to), when the article says. */
  anchor: Entity | null;
  paragraph: number;
}

/** A kinship noun (after modifiers) following the possessive at token `from`: its head index. */
function kinPhraseAt(p: ParagraphModel, from: number): { head: number } | null {
  const first = p.tokens[from];
  if (!first || p.inQuote[from]) return null;
  let i = from + 1;
  while (KIN_MODIFIERS.has(p.tokens[i]?.lower ?? '')) i++;
  const head = p.tokens[i];
  if (!head || !(head.lower in KIN) || p.inQuote[i]) return null;
  return { head: i };
}

function isPossessor(p: ParagraphModel, i: number): boolean {
  const t = p.tokens[i];
  return t !== undefined && (POSSESSIVE_PRONOUN_WORDS.has(t.lower) || t.lower === 'whose' || isPossessive(t));
}

export class Kinship {
  readonly relations: KinRelation[] = [];

  constructor(
    private readonly doc: DocModel,
    private readonly registry: EntityRegistry,
  ) {
    for (const p of doc.paragraphs) this.scan(p);
  }

  /** "his nephew, Cian Walsh" · "Cian Walsh, his nephew," · "Walsh's mother, Nuala Walsh". */
  private scan(p: ParagraphModel): void {
    p.tokens.forEach((_, i) => {
      if (!isPossessor(p, i)) return;
      const kin = kinPhraseAt(p, i);
      if (!kin) return;
      // "his nephew, Cian Walsh" · "his nephew Cian Walsh" · "whose nephew Cian Walsh".
      const after = this.registry.mentionStartingAt(p.n, p.tokens[kin.head + 1]?.text === ',' ? kin.head + 2 : kin.head + 1);
      const before = p.tokens[i - 1]?.text === ',' ? this.mentionEndingBefore(p, i - 1) : undefined;
      const relative = after ?? before ?? this.copulaSubject(p, i);
      if (!relative || relative.entity.kind === 'organisation') return;
      const noun = p.tokens[kin.head]!.lower;
      const anchor = this.possessor(p, i, relative.entity);
      this.relations.push({ relative: relative.entity, noun, anchor, paragraph: p.n });
      learnGender(relative.entity, KIN[noun]!.gender);
      const pronounGender = POSSESSIVE_PRONOUNS[p.tokens[i]!.lower];
      if (anchor && pronounGender) learnGender(anchor, pronounGender);
    });
  }

  /** "Nuala Walsh is Rooney's sister" · "Nuala Walsh, 58, is Rooney's sister": the subject of "is". */
  private copulaSubject(p: ParagraphModel, possessor: number): NameMention | undefined {
    if (!COPULAS.has(p.tokens[possessor - 1]?.lower ?? '')) return undefined;
    let end = possessor - 2;
    if (p.tokens[end]?.text === ',') {
      // "His mother, Nuala Walsh, is …": the name is the appositive just before "is".
      const appositive = this.registry.mentionEndingAt(p.n, end - 1);
      if (appositive) return appositive;
      // Skip one appositive: back to the comma that opens it.
      let open = end - 1;
      while (open > 0 && p.tokens[open]!.text !== ',' && possessor - open < 12) open--;
      if (p.tokens[open]?.text !== ',') return undefined;
      end = open - 1;
    }
    return this.registry.mentionEndingAt(p.n, end);
  }

  private mentionEndingBefore(p: ParagraphModel, comma: number): NameMention | undefined {
    return this.registry.mentionEndingAt(p.n, comma - 1);
  }

  /** Whose relative: a named possessor ("Walsh's"), or the person "his"/"her" refers to. */
  private possessor(p: ParagraphModel, i: number, relative: Entity): Entity | null {
    const named = this.registry.mentionEndingAt(p.n, i);
    if (named && isPossessive(p.tokens[i]!)) return named.entity === relative ? null : named.entity;
    if (p.tokens[i]!.lower === 'whose') {
      // "Fergal Rooney, whose nephew Cian Walsh …": the name the relative clause hangs on.
      const owner = this.registry.mentionEndingAt(p.n, p.tokens[i - 1]?.text === ',' ? i - 2 : i - 1);
      return owner && owner.entity !== relative ? owner.entity : null;
    }
    const gender = POSSESSIVE_PRONOUNS[p.tokens[i]!.lower];
    if (gender === undefined) return null;
    const offset = p.tokens[i]!.start;
    const candidates = this.registry.mentions.filter((m) =>
      (m.paragraph === p.n ? m.start < offset : m.paragraph < p.n && p.n - m.paragraph <= POSSESSOR_WINDOW_PARAGRAPHS) &&
      m.entity !== relative && m.entity.kind === 'person' && !this.doc.byN.get(m.paragraph)?.inQuote[m.from] &&
      compatible(m.entity, gender));
    return candidates.at(-1)?.entity ?? null;
  }

  /**
   * The person a kinship phrase names: "his nephew" → whoever was introduced as his nephew;
   * "his uncle" → the man whose nephew was introduced. Null when the phrase is no kinship phrase
   * or nobody fits.
   */
  speaker(phrase: SpeakerPhrase, at: { paragraph: number; offset: number }): Entity | null {
    if (phrase.form === 'name' && !phrase.roleFirst) return null;
    const words = phrase.text.split(/\s+/);
    const noun = words.at(-1)!.toLowerCase();
    const kin = KIN[noun];
    if (!kin || words.length < 2) return null;
    const possessorWord = words[0]!.toLowerCase();
    const known = this.relations.filter((r) => r.paragraph <= at.paragraph);
    const direct = known.filter((r) => r.noun === noun || sameKin(r.noun, noun)).map((r) => ({ entity: r.relative, other: r.anchor, paragraph: r.paragraph }));
    const inverse = known
      .filter((r) => kin.inverse.includes(r.noun) && r.anchor !== null && compatible(r.anchor, kin.gender))
      .map((r) => ({ entity: r.anchor!, other: r.relative, paragraph: r.paragraph }));
    const possessorGender = POSSESSIVE_PRONOUNS[possessorWord];
    const fits = [...direct, ...inverse].filter((c) =>
      c.entity.kind === 'person' && (possessorGender === undefined || c.other === null || compatible(c.other, possessorGender)));
    if (fits.length === 0) return null;
    fits.sort((a, b) => a.paragraph - b.paragraph);
    return fits.at(-1)!.entity;
  }
}

function sameKin(a: string, b: string): boolean {
  const family = (w: string) => (w === 'mum' || w === 'mom' ? 'mother' : w === 'dad' ? 'father' : w);
  return family(a) === family(b);
}

function compatible(entity: Entity, gender: Gender): boolean {
  if (gender === null) return true;
  if (gender === 'plural') return entity.gender === 'plural';
  return entity.gender === null || entity.gender === gender;
}

function learnGender(entity: Entity, gender: Gender): void {
  if (entity.gender === null && gender !== null && gender !== 'plural' && entity.kind !== 'organisation') entity.gender = gender;
}

/** "his nephew" ending at token `end` (the kinship noun): the phrase, or null. */
function kinPhraseEndingAt(p: ParagraphModel, end: number, paragraph: number): SpeakerPhrase | null {
  const head = p.tokens[end];
  if (!head || !(head.lower in KIN) || p.inQuote[end]) return null;
  let i = end - 1;
  while (i >= 0 && KIN_MODIFIERS.has(p.tokens[i]!.lower)) i--;
  if (i < 0 || !isPossessor(p, i)) return null;
  let from = i;
  // "the dead man's mother": the possessor's own words belong to the phrase.
  if (isPossessive(p.tokens[i]!)) while (from > 0 && isWord(p.tokens[from - 1]) && /^\p{Ll}/u.test(p.tokens[from - 1]!.text) && end - from < 6) from--;
  const text = p.text.slice(p.tokens[from]!.start, head.end);
  return { form: 'role', text, paragraph, tokenIndex: from, offset: p.tokens[from]!.start };
}

/**
 * A speech verb at token i next to a kinship noun: "his nephew asks" reads "asks" as a verb even
 * where a bare noun before it would make it a noun ("the asks").
 */
function kinVerbAt(p: ParagraphModel, i: number): boolean {
  if (reportingVerbAt(p, i)) return true;
  const t = p.tokens[i];
  const verb = t && !p.inQuote[i] ? speechVerb(t.lower) : undefined;
  if (!verb || verb.participle) return false;
  return (p.tokens[i - 1]?.lower ?? '') in KIN || isPossessor(p, i + 1);
}

function firstWord(range: TokenRange): number {
  let i = range.from;
  while (i < range.to && !isWord(range.paragraph.tokens[i])) i++;
  return i;
}

/**
 * `“…,” his nephew asks` · `“…,” says her son` · `His mother said: “…”`: a kinship phrase as the
 * subject of the speech verb next to the quote.
 */
export const kinshipAttribution: QuoteSieve = (ctx) => {
  const after = ctx.suffix;
  const p = after.paragraph;
  const start = firstWord(after);
  if (start < after.to) {
    if (kinVerbAt(p, start)) {
      for (let end = start + 2; end < Math.min(after.to, start + 6); end++) {
        const phrase = kinPhraseEndingAt(p, end, p.n);
        if (phrase && phrase.tokenIndex === start + 1) return { sieve: 'kinship', confidence: 0.9, phrase, verb: { paragraph: p.n, token: start } };
      }
    }
    for (let verb = start + 1; verb < Math.min(after.to, start + 8); verb++) {
      if (!kinVerbAt(p, verb)) continue;
      const phrase = kinPhraseEndingAt(p, verb - 1, p.n);
      if (phrase && phrase.tokenIndex <= start + 1) return { sieve: 'kinship', confidence: 0.9, phrase, verb: { paragraph: p.n, token: verb } };
      break;
    }
  }
  const before = ctx.prefix;
  const b = before.paragraph;
  const last = b.tokens[before.to - 1]?.text;
  if (before.to - 2 >= before.from && (last === ':' || last === ',') && kinVerbAt(b, before.to - 2)) {
    const phrase = kinPhraseEndingAt(b, before.to - 3, b.n);
    if (phrase && phrase.tokenIndex >= before.from) return { sieve: 'kinship', confidence: 0.9, phrase, verb: { paragraph: b.n, token: before.to - 2 } };
  }
  return null;
};
