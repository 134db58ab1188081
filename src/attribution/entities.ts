/**
 * Mentions of people and organisations found by FORM (capitalised name sequences with particles,
 * initials and titles; organisation heads and outlet nouns), merged into entities: the canonical
 * name is the longest full name the article introduces, aliases are the other forms it uses, and
 * the description comes from an appositive ("Ann Lee, a professor of …, said") or a pre-nominal
 * role ("security council secretary Paul Roy").
 */
import type { DocModel, ParagraphModel } from './doc.ts';
import {
  NAME_PARTICLES,
  NAME_TITLES,
  NOT_NAME_WORDS,
  ORG_HEADS,
  OUTLET_NOUNS,
  PLACE_MODIFIERS,
  SOURCE_NOUNS,
  speechVerb,
  VERB_MODIFIERS,
} from './lexicon.ts';
import { ownTable } from '../lexicon/own-table.ts';
import { nameKnowledge, PARTY_WORDS, TIME_ZONES } from './names.ts';
import { isCapitalised, isLowerWord, isPossessive, isWord, slug, stripPossessive, tidy, type Token } from './text.ts';
import { isCapitalisedPersonNoun, isPersonNoun } from '../lexicon/person-nouns.ts';

export type EntityKind = 'person' | 'organisation' | 'source' | 'unknown';
export type Gender = 'male' | 'female' | 'plural' | null;

export interface Entity {
  id: string;
  name: string;
  nameTokens: string[];
  kind: EntityKind;
  gender: Gender;
  description: string | null;
  descriptionRank: number;
  aliases: Set<string>;
  /** Role head nouns from its description ("professor", "director"), for "the professor said". */
  roleWords: Set<string>;
  firstParagraph: number;
  /** Seen capitalised with a title or outlet noun, or as a multi-word person name. */
  titled: boolean;
  /** First named as someone else's relation ("whose husband, Ty Woods,"): a side figure. */
  introducedAsRelation?: boolean;
  /** The gender is only the given name's usual one (no title, no pronoun yet): the article may overrule it. */
  genderFromName?: boolean;
}

export interface NameMention {
  paragraph: number;
  /** Token indices [first, last] of the name itself (titles excluded). */
  first: number;
  last: number;
  /** Token index where the mention starts, titles included. */
  from: number;
  start: number;
  end: number;
  name: string;
  titles: string[];
  entity: Entity;
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  readonly mentions: NameMention[] = [];
  /** Mentions per paragraph, keyed by last token index, for "the name ending here". */
  private readonly byLastToken = new Map<number, Map<number, NameMention>>();
  private readonly byFirstToken = new Map<number, Map<number, NameMention>>();

  mentionsOf(entity: Entity): number {
    return this.mentionCount.get(entity) ?? 0;
  }

  add(mention: Omit<NameMention, 'entity'>, kind: EntityKind, gender: Gender, genderFromName = false): NameMention {
    const entity = this.link(mention.name, kind, mention.paragraph, genderFromName ? null : gender);
    if (gender && (!entity.gender || entity.genderFromName && !genderFromName)) {
      entity.gender = gender;
      entity.genderFromName = genderFromName;
    }
    if (kind === 'person' && entity.kind === 'unknown') entity.kind = 'person';
    if (kind === 'organisation' && entity.kind !== 'person') entity.kind = 'organisation';
    if (mention.titles.length > 0) entity.titled = true;
    entity.aliases.add(mention.name);
    if (mention.titles.length > 0) entity.aliases.add(`${mention.titles.join(' ')} ${mention.name}`);
    // Written out rather than spread: a spread copy was a third of this function's time.
    const full: NameMention = {
      paragraph: mention.paragraph,
      first: mention.first,
      last: mention.last,
      from: mention.from,
      start: mention.start,
      end: mention.end,
      name: mention.name,
      titles: mention.titles,
      entity,
    };
    this.mentions.push(full);
    this.mentionCount.set(entity, (this.mentionCount.get(entity) ?? 0) + 1);
    mapFor(this.byLastToken, mention.paragraph).set(mention.last, full);
    mapFor(this.byFirstToken, mention.paragraph).set(mention.from, full);
    return full;
  }

  mentionEndingAt(paragraph: number, tokenIndex: number): NameMention | undefined {
    return this.byLastToken.get(paragraph)?.get(tokenIndex);
  }

  mentionStartingAt(paragraph: number, tokenIndex: number): NameMention | undefined {
    return this.byFirstToken.get(paragraph)?.get(tokenIndex);
  }

  /** An unnamed source or role phrase, kept as written ("analysts", "a senior government source"). */
  source(text: string, paragraph: number, kind: 'source' | 'organisation' = 'source'): Entity {
    const key = text.toLowerCase();
    const existing = this.entities.find((e) => (e.kind === 'source' || e.kind === 'organisation') && e.name.toLowerCase() === key);
    if (existing) return existing;
    const entity = newEntity(text, text.toLowerCase().split(/\s+/), kind, paragraph);
    const head = sourceHead(text) ?? '';
    entity.gender = /s$/.test(head) || head === 'people' || head === 'police' || head === 'staff' ? 'plural' : null;
    if (head) entity.roleWords.add(head);
    for (const word of text.toLowerCase().split(/\s+/)) if (/^[a-z-]{2,}$/.test(word) && !PRENOMINAL_STOP.has(word)) entity.roleWords.add(word);
    this.entities.push(entity);
    return entity;
  }

  /** Fold `alias` into `into`: every mention of it becomes a mention of `into`, its names aliases. */
  merge(alias: Entity, into: Entity): void {
    if (alias === into) return;
    for (const m of this.mentions) if (m.entity === alias) m.entity = into;
    this.mentionCount.set(into, (this.mentionCount.get(into) ?? 0) + (this.mentionCount.get(alias) ?? 0));
    for (const name of alias.aliases) into.aliases.add(name);
    if (into.kind === 'unknown' && alias.kind === 'person') into.kind = 'person';
    into.gender ??= alias.gender;
    this.nicknames.set(alias.nameTokens.join(' '), into);
    const at = this.entities.indexOf(alias);
    if (at >= 0) this.entities.splice(at, 1);
  }

  /** Name mentions so far, per entity. */
  private readonly mentionCount = new Map<Entity, number>();

  /** Other names merged into an entity ("Shay" → Hamish Oduya), by their lower-case tokens. */
  private readonly nicknames = new Map<string, Entity>();

  /** A person the text names outside its paragraphs (the byline's writer): found by name, or added. */
  person(name: string, paragraph: number): Entity {
    const known = this.lookup(name);
    if (known && known.kind !== 'organisation') return known;
    const entity = newEntity(name, nameTokensOf(name), 'person', paragraph);
    this.entities.push(entity);
    return entity;
  }

  /** Entity a single word or full name refers to, or undefined. */
  lookup(name: string): Entity | undefined {
    const tokens = nameTokensOf(name);
    return this.findByTokens(tokens);
  }

  private findByTokens(tokens: string[], titleGender: Gender = null): Entity | undefined {
    const key = tokens.join(' ');
    const nickname = this.nicknames.get(key);
    if (nickname) return nickname;
    const exact = this.entities.find((e) => sameTokens(e.nameTokens, tokens));
    if (exact) return exact;
    if (tokens.length > 1) {
      // "Van Dijk" after "Anna van Dijk": the tail of a longer person's name.
      return lastWhere(this.entities, (e) => e.kind !== 'organisation' && withoutSuffix(e.nameTokens).length > tokens.length &&
        withoutSuffix(e.nameTokens).slice(-tokens.length).join(' ') === key);
    }
    if (tokens.length === 1) {
      const word = tokens[0]!;
      const candidates = this.entities.filter((e) => e.nameTokens.length > 1 && e.kind !== 'organisation');
      // "Freddy Trump", a brother named once, does not take "Trump" from the Donald J. Trump the
      // story is about: of two people with one surname the bare surname is the one named most so far.
      const sharing = candidates.filter((e) => withoutSuffix(e.nameTokens).at(-1) === word);
      // "Mr. Clinton" after "Hillary Clinton" and "Bill Clinton": the title's gender chooses.
      const agreeing = titleGender ? sharing.filter((e) => !e.gender || e.gender === titleGender) : sharing;
      const bySurname = agreeing.length > 0 ? agreeing : sharing;
      if (bySurname.length > 1) {
        const most = Math.max(...bySurname.map((e) => this.mentionCount.get(e) ?? 0));
        const tied = bySurname.filter((e) => (this.mentionCount.get(e) ?? 0) === most);
        // "Dora Woods, whose husband, Ty Woods, …": of two named as often, not the one named as the
        // other's relation.
        const principal = tied.filter((e) => !e.introducedAsRelation);
        return (principal.length > 0 ? principal : tied).at(-1);
      }
      return bySurname[0] ?? lastWhere(candidates, (e) => e.nameTokens[0] === word);
    }
    return undefined;
  }

  private link(name: string, kind: EntityKind, paragraph: number, titleGender: Gender): Entity {
    const tokens = nameTokensOf(name);
    const found = this.findByTokens(tokens, titleGender);
    if (found) return found;
    if (tokens.length > 1) {
      // "Ms Roe" before "Vladimir Ms Roe": the longer form becomes the canonical name.
      const shorter = this.entities.find(
        (e) => e.nameTokens.length === 1 && e.kind !== 'organisation' && kind === 'person' &&
          (withoutSuffix(tokens).at(-1) === e.nameTokens[0]),
      );
      if (shorter) {
        shorter.aliases.add(shorter.name);
        shorter.name = name;
        shorter.nameTokens = tokens;
        shorter.id = slug(name);
        return shorter;
      }
    }
    const entity = newEntity(name, tokens, kind, paragraph);
    this.entities.push(entity);
    return entity;
  }
}

function mapFor<K, V>(map: Map<number, Map<K, V>>, key: number): Map<K, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/** Equal word by word: the same as comparing the words joined, without building the string (names hold no spaces). */
function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function lastWhere<T>(items: T[], keep: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (keep(items[i]!)) return items[i];
  return undefined;
}

function newEntity(name: string, tokens: string[], kind: EntityKind, paragraph: number): Entity {
  return {
    id: slug(name),
    name,
    nameTokens: tokens,
    kind,
    gender: null,
    description: null,
    descriptionRank: 0,
    aliases: new Set([name]),
    roleWords: new Set(),
    firstParagraph: paragraph,
    titled: false,
  };
}

/** "his brother, Ryan Bundy", "whose husband, Navy SEAL Ty Woods": a relation noun just before the name. */
function namedAsRelation(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && from - k <= 3 && isCapitalised(tokens[k]) && !isPossessive(tokens[k]!)) k--;
  if (tokens[k]?.text === ',') k--;
  const noun = tokens[k];
  return noun !== undefined && isLowerWord(noun) && RELATION_NOUNS.has(noun.lower) && isPersonNoun(noun.lower);
}

/** "Joseph Biden Jr." is Biden: a generational suffix is no surname. */
function withoutSuffix(tokens: readonly string[]): readonly string[] {
  return tokens.length > 2 && /^(?:jr|sr|ii|iii|iv)\.?$/.test(tokens.at(-1)!) ? tokens.slice(0, -1) : tokens;
}

function nameTokensOf(name: string): string[] {
  return name.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
}

/** The head noun of a source or role phrase: "a senior government source" → "source". */
export function sourceHead(text: string): string | undefined {
  const words = text.toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && ['of', 'with', 'at', 'for', 'from', 'in', 'familiar', 'close', 'who', 'on'].includes(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1);
  return head?.replace(/[^a-z-]/g, '');
}

// ---------------------------------------------------------------- mention detection

const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|rev|adm|mx|st)$/;

/** "Sen. Ann Lee" is "the senator" later on. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = ownTable<string>({
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', pres: 'president', dr: 'doctor',
  prof: 'professor', lt: 'lieutenant', col: 'colonel', sgt: 'sergeant', capt: 'captain', adm: 'admiral',
  rev: 'reverend', supt: 'superintendent', insp: 'inspector', det: 'detective', cmdr: 'commander',
});

/** Words that are titles only in front of another title: "Home Secretary", "Prime Minister". */
const TITLE_MODIFIERS = new Set([
  'prime', 'foreign', 'home', 'interior', 'trade', 'state', 'finance', 'health', 'defence', 'defense',
  'deputy', 'vice', 'chief', 'general', 'major', 'speaker', 'justice', 'father', 'brother', 'sister',
]);

function isTitle(token: Token | undefined, next?: Token): boolean {
  if (token === undefined || !isCapitalised(token)) return false;
  const word = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
  if (!(word in NAME_TITLES)) return false;
  return !TITLE_MODIFIERS.has(word) || next === undefined || isTitle(next);
}

/** "Six Gannett newspapers", "Twelve Democrats": a number opening a sentence is no given name. */
const NUMBER_WORDS = new Set(['six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'dozens', 'hundreds', 'thousands']);

function isNameToken(token: Token | undefined, next?: Token): boolean {
  if (token && isParticleJoinedName(token)) return true;
  if (!token || !isCapitalised(token)) return false;
  // "New York", "New Jersey", "the New York Times": "New" opens a name when one follows.
  if (token.lower === 'new' && next && isCapitalised(next) && !NOT_NAME_WORDS.has(next.lower)) return true;
  if (NOT_NAME_WORDS.has(token.lower) || NUMBER_WORDS.has(token.lower)) return false;
  if (/\d/.test(token.text)) return false;
  // "al Qaeda-linked", "Texas-based", "Soviet-era": a compound adjective, no part of a name.
  if (/\p{L}-\p{Ll}+(?:ed|ing|born|run|era|style|like|wide|free)$/u.test(token.text)) return false;
  // "Don’t Republicans …": a contraction opening a question.
  if (/n[’']t$/i.test(token.text)) return false;
  // "21:40 GMT Labour leader …": a time zone in capitals is no part of a name.
  if (TIME_ZONES.has(token.lower) && token.text === token.text.toUpperCase()) return false;
  // "9:58 AM": a time of day.
  if (/^(?:AM|PM|A\.M\.|P\.M\.)$/.test(token.text)) return false;
  return /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{L}'’\-.]*$/u.test(token.text);
}

/** "al-Awlaki", "el-Sisi", "bin-Talal": a particle joined to a name by a hyphen. */
function isParticleJoinedName(token: Token): boolean {
  const joined = /^(\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(token.text);
  return joined !== null && NAME_PARTICLES.has(joined[1]!);
}

/**
 * "Doe-Ms Roe summit", "Sino-US war": a hyphenated capitalised compound used as an adjective. Not
 * one the article also uses as a name ("Wealth-X says …" makes "Wealth-X keeps …" a subject).
 */
function isAdjectivalCompound(tokens: Token[], first: number, last: number, usedAsName: ReadonlySet<string>): boolean {
  if (first !== last) return false;
  const token = tokens[first]!;
  if (!/\p{L}-\p{Lu}/u.test(token.text) || usedAsName.has(token.text)) return false;
  const next = tokens[last + 1];
  return isLowerWord(next) && !speechVerb(next!.lower);
}

function capitalisedMidSentenceWords(doc: DocModel): Set<string> {
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    p.tokens.forEach((t, i) => {
      const prev = p.tokens[i - 1];
      // After a word, or after a closing quotation mark or comma ("“…,” Rory says"): not a sentence's first word.
      if (i > 0 && p.sentenceOf[i - 1] === p.sentenceOf[i] && prev && (isWord(prev) || !isSentenceStart(p, i) && !p.inQuote[i]) && isCapitalised(t)) {
        seen.add(t.lower);
      }
    });
  }
  return seen;
}

/** Hyphenated capitalised compounds the article uses as a name: before a speech verb, a possessive or a clause's end. */
function compoundsUsedAsNames(doc: DocModel): Set<string> {
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    p.tokens.forEach((t, i) => {
      if (p.inQuote[i] || !isCapitalised(t) || !/\p{L}-\p{Lu}/u.test(t.text)) return;
      const next = p.tokens[i + 1];
      if (!next || isPossessive(t) || /^[,.;:)]$/.test(next.text) || followedBySpeechVerb(p.tokens, i)) seen.add(t.text.replace(/[’']s$/, ''));
    });
  }
  return seen;
}

/** Words that open a run of capitalised words in mid-sentence somewhere ("… told Sexton", "… since Republicans …"). */
function midSentenceRunStarts(doc: DocModel): Set<string> {
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    p.tokens.forEach((t, i) => {
      const prev = p.tokens[i - 1];
      if (i > 0 && !p.inQuote[i] && !isSentenceStart(p, i) && p.sentenceOf[i - 1] === p.sentenceOf[i] && prev && !isCapitalised(prev) && isCapitalised(t)) {
        seen.add(t.lower);
      }
    });
  }
  return seen;
}

function isSentenceStart(p: ParagraphModel, i: number): boolean {
  if (i === 0) return true;
  if (p.sentenceOf[i - 1] !== p.sentenceOf[i]) return true;
  const prev = p.tokens[i - 1]!;
  return /^[“"‘'(\[:—–]$/.test(prev.text) && (i === 1 || p.sentenceOf[i - 2] !== p.sentenceOf[i]);
}

/**
 * Words that open a sentence before a name without being part of it: imperatives of reading and
 * watching ("See Sexton’s timeline"), connectives missing from the stop list ("Plus Democrats …"),
 * and "Former" before a name used as a modifier ("Former Carson advisers said"). Only when the
 * article also names the rest on its own mid-sentence.
 */
// Adverbs in -ly ("Interestingly Blocher said …") are openers too, unless a given name (Kelly, Emily).
const SENTENCE_OPENERS = new Set(['see', 'read', 'watch', 'listen', 'click', 'follow', 'visit', 'plus', 'former', 'ex', 'also', 'outside', 'inside', 'near', 'beyond', 'across', 'behind', 'toward', 'towards', 'around']);

/**
 * A sentence's first word that the article never capitalises elsewhere and that is no given name
 * ("Maria won …" is a name; "However", "See", "Plus" are not).
 */
function openingWordOnly(token: Token, midSentence: Set<string>): boolean {
  if (midSentence.has(token.lower)) return false;
  const { given, places } = nameKnowledge();
  return !given.has(token.lower) || places.has(token.lower);
}

/** "Lee again stated …": a word that is the subject of a speech verb (adverbs between). */
function followedBySpeechVerb(tokens: Token[], last: number): boolean {
  let k = last + 1;
  while (k < tokens.length && k - last <= 3 && VERB_MODIFIERS.has(tokens[k]!.lower)) k++;
  return speechVerb(tokens[k]?.lower ?? '') !== undefined;
}

/** "Scoota, the Berlin-based company that …, said": a sentence-initial word with an appositive. */
function introducesAppositiveSubject(p: ParagraphModel, last: number): boolean {
  const { tokens } = p;
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the|who|\d{1,3})$/i.test(tokens[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k < Math.min(tokens.length, last + 35); k++) {
    if (p.sentenceOf[k] !== p.sentenceOf[last]) return false;
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    while (v < tokens.length && /^(?:also|again|later|previously|has|had|have)$/.test(tokens[v]!.lower)) v++;
    return speechVerb(tokens[v]?.lower ?? '') !== undefined;
  }
  return false;
}

/**
 * "- Rallying hundreds of workers, Hillary Clinton tried …": a capitalised -ing word opening a clause
 * (after a sentence start or a dash) and followed by lower-case words up to a comma that the main
 * subject follows.
 */
function opensParticipleClause(p: ParagraphModel, at: number): boolean {
  const { tokens } = p;
  if (!isSentenceStart(p, at) && !/^[-–—:]$/.test(tokens[at - 1]?.text ?? '')) return false;
  if (!isLowerWord(tokens[at + 1]) || speechVerb(tokens[at + 1]!.lower)) return false;
  for (let k = at + 1; k < tokens.length && p.sentenceOf[k] === p.sentenceOf[at]; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1];
    return next !== undefined && (isCapitalised(next) || ['he', 'she', 'they'].includes(next.lower));
  }
  return false;
}

/** Words kept out of names (months, "per", "will") that are also given names. */
const DISGUISED_GIVEN_NAMES = new Set(['per', 'may', 'april', 'june', 'august', 'january', 'will']);

function givenNameInDisguise(p: ParagraphModel, at: number): boolean {
  const { tokens } = p;
  const token = tokens[at]!;
  if (!DISGUISED_GIVEN_NAMES.has(token.lower) || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || isSentenceStart(p, at)) return false;
  const previous = tokens[at - 1];
  if (!previous || p.inQuote[at - 1] || previous.text !== ',' && !speechVerb(previous.lower)) return false;
  const next = tokens[at + 1];
  return isNameToken(next, tokens[at + 2]) && !/\d/.test(tokens[at + 2]?.text ?? '') && !p.inQuote[at + 1];
}

/** Agent-noun shape: "Striker", "Manager", "Economist", "Director". */
function isRoleShaped(token: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ent|ive)$/u.test(token.text);
}

interface RawName {
  from: number;
  first: number;
  last: number;
  titles: string[];
  /** "Tom" in "Tom and Ann Hill" is Tom Hill. */
  fullName?: string;
}

/** "Tom and Ann Hill": a lone first name sharing the next full name's surname. */
function shareSurnames(p: ParagraphModel, names: RawName[]): void {
  for (let k = 0; k + 1 < names.length; k++) {
    const lone = names[k]!;
    const full = names[k + 1]!;
    if (lone.first !== lone.last || lone.titles.length > 0 || full.last - full.first < 1) continue;
    // "Florida and North Carolina" are two places, not Florida Carolina: only a given name shares a surname.
    const loneWord = p.tokens[lone.first]!.lower;
    if (!nameKnowledge().given.has(loneWord) || nameKnowledge().places.has(loneWord)) continue;
    if (p.tokens[lone.last + 1]?.lower !== 'and' || full.from !== lone.last + 2) continue;
    const surname = p.tokens[full.last]!;
    lone.fullName = `${p.tokens[lone.first]!.text} ${stripPossessive(surname.text)}`;
  }
}

/** Scan one paragraph (outside quotes) for capitalised name sequences. */
const INDEFINITE_KIND_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'several', 'few', 'two', 'three', 'other', 'fellow']);

/** An indefinite determiner before token `from`, across up to two lower-case modifiers ("one senior …"). */
function indefiniteBefore(p: ParagraphModel, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3) && p.sentenceOf[k] === p.sentenceOf[from] && !p.inQuote[k]; k--) {
    const t = p.tokens[k]!;
    if (INDEFINITE_KIND_DETERMINERS.has(t.lower)) return true;
    if (!isLowerWord(t) || speechVerb(t.lower) !== undefined) return false;
  }
  return false;
}

function scanNames(p: ParagraphModel, midSentence: Set<string>, runStarts: Set<string>, compounds: ReadonlySet<string>): RawName[] {
  const names: RawName[] = [];
  const { tokens, inQuote } = p;
  let i = 0;
  let kindNoun = -1;
  while (i < tokens.length) {
    if (inQuote[i] || !isCapitalised(tokens[i]) || i === kindNoun) {
      i++;
      continue;
    }
    const from = i;
    const titles: string[] = [];
    let j = i;
    while (j < tokens.length && !inQuote[j] && isTitle(tokens[j], tokens[j + 1]) && (isTitle(tokens[j + 1]) || isNameToken(tokens[j + 1]) || tokens[j + 1]?.text === '.')) {
      titles.push(tokens[j]!.text);
      j++;
      if (tokens[j]?.text === '.' && TITLE_ABBREVIATION.test(tokens[j - 1]!.lower)) j++;
    }
    // "Ms. van Dijk": after a title a name may open with a lower-case particle.
    if (titles.length > 0 && NAME_PARTICLES.has(tokens[j]?.text ?? '') && isNameToken(tokens[j + 1])) {
      names.push({ from, first: j, last: j + 1, titles });
      i = j + 2;
      continue;
    }
    const first = j;
    let k = j;
    let last = -1;
    let insideOfPhrase = false;
    // "said April Ryan, a reporter", ", Per Holm, an analyst": a word that is otherwise a month or a
    // function word is a given name when it is capitalised after a speech verb or a comma and a
    // surname follows.
    if (titles.length === 0 && givenNameInDisguise(p, j)) {
      last = k;
      k++;
    }
    while (k < tokens.length && !inQuote[k]) {
      const t = tokens[k]!;
      if (isNameToken(t, tokens[k + 1])) {
        last = k;
        k++;
        // "Joseph Biden Jr. said": a generational suffix keeps its point.
        if (last > first && /^(?:jr|sr)$/i.test(t.text) && tokens[k]?.text === '.' && p.sentenceOf[k] === p.sentenceOf[last]) {
          last = k;
          k++;
          break;
        }
        if (isPossessive(t)) break;
        continue;
      }
      const next = tokens[k + 1];
      if (last >= 0 && NAME_PARTICLES.has(t.text)) {
        // "von der Leyen": one or more particles, then the rest of the name.
        let after = k + 1;
        while (after < tokens.length && NAME_PARTICLES.has(tokens[after]!.text)) after++;
        if (isNameToken(tokens[after])) {
          k = after;
          continue;
        }
      }
      if (last >= 0 && t.text === 'and' && !isPossessive(tokens[last]!) && coordinatedOrganisationEnd(tokens, k + 1) > 0) {
        k++;
        continue;
      }
      // "Centers for Disease Control and Prevention", "Department of Health and Human Services":
      // after "Head of/for", "and" and a capitalised word that is no given name continue the name.
      if (last >= 0 && t.text === 'and' && insideOfPhrase && isNameToken(next) && !nameKnowledge().given.has(next!.lower) && !isPossessive(tokens[last]!)) {
        k++;
        continue;
      }
      // "Republican Rep. Lee Zeldin", "Ohio Gov. Ann Roe": an inner title's abbreviation point.
      if (last === k - 1 && t.text === '.' && TITLE_ABBREVIATION.test(tokens[last]!.lower) && isTitle(tokens[last], next) && isNameToken(next, tokens[k + 2])) {
        k++;
        continue;
      }
      const lastLower = last >= 0 ? tokens[last]!.lower : '';
      if (last >= 0 && (t.text === 'of' || t.text === 'for') && ORG_HEADS.has(lastLower)) {
        const after = next?.text === 'the' ? tokens[k + 2] : next;
        if (isNameToken(after)) {
          k += next?.text === 'the' ? 2 : 1;
          insideOfPhrase = true;
          continue;
        }
      }
      break;
    }
    // "one New Hampshire Democrat", "a Republican", "many Texans": after an indefinite determiner, a
    // closing capitalised noun for a kind of person is that noun (the head of a description), not a name.
    if (last >= first && titles.length === 0 && isCapitalisedPersonNoun(tokens[last]!.text) && indefiniteBefore(p, from)) kindNoun = last--;
    if (last < first) {
      i = Math.max(j, i + 1);
      continue;
    }
    // "Agriculture Minister A.B. Kumar": words up to an inner title are its role.
    let innerTitle = -1;
    let innerNameStart = -1;
    for (let t = first; t < last; t++) {
      const nameAt = tokens[t + 1]?.text === '.' ? t + 2 : t + 1;
      if (isTitle(tokens[t], tokens[t + 1]) && isNameToken(tokens[nameAt]) && !isTitle(tokens[nameAt])) {
        innerTitle = t;
        innerNameStart = nameAt;
      }
    }
    if (innerTitle >= first && titles.length === 0) {
      names.push({ from, first: innerNameStart, last, titles: tokens.slice(first, innerTitle + 1).map((t) => t.text) });
      i = last + 1;
      continue;
    }
    // "Republican Ann Ruiz", "Miss World Ana Ruiz", "House Democrat Tom Reyes": words before a
    // known given name that is followed by a surname are labels (titles), not part of the name.
    const givenAt = givenNameStart(tokens, first, last);
    if (givenAt > first) {
      names.push({ from, first: givenAt, last, titles: [...titles, ...tokens.slice(first, givenAt).map((t) => t.text)] });
      i = last + 1;
      continue;
    }
    // A particle after the first word ("Pieter van der Berg") makes it a given name, not a role.
    const particleFollows = NAME_PARTICLES.has(tokens[first + 1]?.text ?? '');
    if (isSentenceStart(p, first) && titles.length === 0 && last - first >= 2 && isRoleShaped(tokens[first]!) && !particleFollows && !midSentence.has(tokens[first]!.lower)) {
      // "Striker Leon Hart said": a capitalised agent noun opening the sentence is a role, not a name.
      titles.push(tokens[first]!.text);
      j = first + 1;
    }
    const firstAdjusted = titles.length > 0 && j > first ? j : first;
    if (firstAdjusted !== first) {
      names.push({ from, first: firstAdjusted, last, titles });
      i = last + 1;
      continue;
    }
    // "See Sexton’s timeline", "Plus Democrats …": a word capitalised only because it opens the
    // sentence, before a name the article capitalises mid-sentence, is no part of that name.
    if (last > first && isSentenceStart(p, first) && titles.length === 0 && (SENTENCE_OPENERS.has(tokens[first]!.lower) || /^\p{L}{4,}ly$/u.test(tokens[first]!.lower)) &&
      openingWordOnly(tokens[first]!, midSentence) && runStarts.has(tokens[first + 1]!.lower)) {
      i = first + 1;
      continue;
    }
    const single = first === last;
    const firstToken = tokens[first]!;
    const sentenceInitialCommonWord =
      single && titles.length === 0 && isSentenceStart(p, first) && openingWordOnly(firstToken, midSentence) &&
      !followedBySpeechVerb(tokens, last) && !introducesAppositiveSubject(p, last);
    const sourceWord = single && SOURCE_NOUNS.has(firstToken.lower);
    // "- Rallying hundreds of workers, …": a participle opening a clause, never capitalised elsewhere.
    const participle = single && titles.length === 0 && /\p{Ll}ing$/u.test(firstToken.text) && opensParticipleClause(p, first);
    if (participle) {
      i = last + 1;
      continue;
    }
    if (!sentenceInitialCommonWord && !sourceWord && !isAdjectivalCompound(tokens, first, last, compounds)) {
      names.push({ from, first, last, titles });
    }
    i = last + 1;
  }
  shareSurnames(p, names);
  return names;
}

/**
 * Where a person's name starts inside a capitalised run: the first known given name after words
 * that are not given names ("Democrat Jo Kim" → Jo), when a surname follows it and the run is not
 * an organisation's name ("St Mary Hospital"). -1 when the run starts with the name.
 */
function givenNameStart(tokens: Token[], first: number, last: number): number {
  if (last - first < 2 && !PARTY_WORDS.has(tokens[first]!.lower)) return -1;
  if (ORG_HEADS.has(tokens[last]!.lower) || isPossessive(tokens[first]!)) return -1;
  const { given } = nameKnowledge();
  for (let g = first + 1; g < last; g++) {
    const word = tokens[g]!.lower;
    if (!isWord(tokens[g])) return -1;
    // "Jim Yong Kim": a known given name before it already opens the name.
    if (given.has(tokens[g - 1]!.lower.replace(/\.$/, '')) || NAME_PARTICLES.has(tokens[g]!.text)) return -1;
    if (given.has(word)) return g;
  }
  return -1;
}

/**
 * "Securities and Exchange Commission", "Food and Drug Administration": after "and", a run of
 * capitalised words ending in an organisation head continues one name. Its last index, or -1.
 */
function coordinatedOrganisationEnd(tokens: Token[], from: number): number {
  let k = from;
  while (isNameToken(tokens[k]) && !isPossessive(tokens[k]!)) k++;
  return k > from && ORG_HEADS.has(tokens[k - 1]!.lower) ? k - 1 : -1;
}

const ADJECTIVE_ENDING = /(?:ive|ful|ous|ical|able|ible|less)$/;
const ADJECTIVES_BEFORE_OF = new Set(['wary', 'proud', 'afraid', 'aware', 'fond', 'sick', 'tired', 'sure', 'ashamed', 'jealous', 'critical', 'skeptical', 'sceptical', 'tolerant', 'dismissive', 'supportive', 'protective', 'mindful', 'envious', 'scornful', 'contemptuous', 'independent']);

function nameText(p: ParagraphModel, raw: RawName): string {
  if (raw.fullName) return raw.fullName;
  const first = p.tokens[raw.first]!;
  const last = p.tokens[raw.last]!;
  return stripPossessive(tidy(p.text.slice(first.start, last.end))).replace(/[’']$/, '');
}

/** The gender a mention's titles give it ("Mrs.", "Sen." gives none). */
function genderOfTitles(raw: RawName): Gender {
  let gender: Gender = null;
  for (const title of raw.titles) gender ??= NAME_TITLES[title.toLowerCase().replace(/\.$/, '')] ?? null;
  return gender;
}

function classify(p: ParagraphModel, raw: RawName): { kind: EntityKind; gender: Gender } {
  const { tokens } = p;
  const words = tokens.slice(raw.first, raw.last + 1).filter(isWord);
  const lastWord = words.at(-1)!;
  const firstWord = words[0]!;
  let gender: Gender = genderOfTitles(raw);
  // "Ann Ruiz": a given name the lexicon knows tells the gender the title did not.
  if (words.length > 1) gender ??= nameKnowledge().given.get(firstWord.lower) ?? null;
  if (raw.titles.length > 0 && !(lastWord.lower in NAME_TITLES)) return { kind: 'person', gender };
  // "Jane Park", "Stuart Hall": heads that are also common surnames decide nothing alone.
  if (SURNAME_LIKE_HEADS.has(lastWord.lower) && words.length > 1) return { kind: 'unknown', gender: null };
  // "World War II", "Vatican II": the head before a numeral names the thing.
  const beforeNumeral = words.length > 2 && /^(?:ii|iii|iv|v|vi)$/.test(lastWord.lower) ? words.at(-2)! : lastWord;
  if (ORG_HEADS.has(beforeNumeral.lower)) return { kind: 'organisation', gender: null };
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(lastWord.text)) return { kind: 'organisation', gender: null };
  if (words.length > 1 && words.every((w) => /^\p{Lu}{2,}$/u.test(w.text))) return { kind: 'unknown', gender: null };
  // "the campaign of Donald Trump", "the Hillary Clinton campaign": a known given name before a
  // surname is a person's name whatever noun stands near it, unless the lexicon knows a firm by it.
  const givenFirst = words.length > 1 && nameKnowledge().given.has(firstWord.lower) && !lastWord.lower.endsWith('.') &&
    !nameKnowledge().organisations.has(words.map((w) => w.lower).join(' '));
  const usedAsModifier = isLowerWord(tokens[raw.last + 1] ?? lastWord) && !isPossessive(lastWord);
  if (givenFirst && (hasOutletNounNearby(tokens, raw) || (tokens[raw.from - 1]?.lower === 'the' && usedAsModifier) || tokens[raw.from - 1]?.lower === 'of')) {
    return { kind: 'person', gender };
  }
  if (hasOutletNounNearby(tokens, raw)) return { kind: 'organisation', gender: null };
  // "on Election Day", "a replica Purple Heart": a day's name, or a name after an indefinite
  // article, is a thing's name unless it starts with a known given name ("Doris Day").
  if (words.length > 1 && !givenFirst && (TIME_HEADS.has(lastWord.lower) || afterIndefiniteArticle(tokens, raw.from))) {
    return { kind: 'unknown', gender: null };
  }
  // "Matthew Prince", "Carol King": after a known given name, a title word is a surname.
  if (lastWord.lower in NAME_TITLES) return words.length > 1 && nameKnowledge().given.has(firstWord.lower) ? { kind: 'person', gender } : { kind: 'unknown', gender: null };
  if (raw.titles.length > 0 || raw.fullName) return { kind: 'person', gender };
  // "emails from Hillary Clinton's server": a known given name before a surname is a person after a
  // place preposition too, unless the lexicon knows the whole as a place ("in Virginia Beach").
  if (LOCATIVE.has(tokens[raw.from - 1]?.lower ?? '')) {
    const place = nameKnowledge().places.has(words.map((w) => w.lower).join(' ')) || words.some((w) => nameKnowledge().places.has(w.lower));
    return givenFirst && !place ? { kind: 'person', gender } : { kind: 'unknown', gender: null };
  }
  // "the chief executive of Acme Robotics": a role of an organisation (not "the wife of …").
  const beforeOf = tokens[raw.from - 2];
  // Not after an adjective: "dismissive of Bob", "critical of Trump" say nothing of what Bob is.
  const adjectiveBeforeOf = beforeOf !== undefined && !isPersonNoun(beforeOf.lower) && (ADJECTIVE_ENDING.test(beforeOf.lower) || ADJECTIVES_BEFORE_OF.has(beforeOf.lower));
  // Only a role: "the now-iconic image of Clinton" says nothing of what Clinton is.
  if (tokens[raw.from - 1]?.lower === 'of' && beforeOf && isLowerWord(beforeOf) && !adjectiveBeforeOf && !RELATION_NOUNS.has(beforeOf.lower) && !NOT_NAME_WORDS.has(beforeOf.lower) && isPersonNoun(beforeOf.lower)) {
    return { kind: 'organisation', gender: null };
  }
  // "the Liberal Democrats", "the Conservatives": a definite article does not precede a person's name.
  if (tokens[raw.from - 1]?.lower === 'the') return { kind: 'organisation', gender: null };
  if (words.length > 1 && PLACE_MODIFIERS.has(firstWord.lower)) return { kind: 'unknown', gender: null };
  if (words.length > 1) return { kind: 'person', gender };
  // "his granddaughter, Kirsty, stands …": a name in apposition to a noun for a person is a person.
  const described = tokens[raw.from - 1]?.text === ',' ? tokens[raw.from - 2] : undefined;
  if (described && isLowerWord(described) && isPersonNoun(described.lower) && tokens[raw.last + 1]?.text === ',') {
    return { kind: 'person', gender: gender ?? genderOfNoun(described.lower) };
  }
  // "Holm, an analyst at Fjord Capital": a name whose appositive is headed by a noun for a person.
  // Not a place or a preposition's object ("Rep. Tova Brandt of Ohio, a supporter of the bill,").
  const afterPreposition = /^(?:of|from|in|at|for|near)$/.test(tokens[raw.from - 1]?.lower ?? '');
  const appositiveHead = afterPreposition || nameKnowledge().places.has(tokens[raw.first]!.lower) ? null : personNounInAppositive(tokens, raw.last);
  if (appositiveHead) return { kind: 'person', gender: gender ?? genderOfNoun(appositiveHead) };
  return { kind: 'unknown', gender };
}

/** "…, an analyst at …", "…, the union's head,": the noun for a person heading an appositive after `last`, or null. */
function personNounInAppositive(tokens: Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[last + 2]?.text ?? '')) return null;
  // The head is the last word before a preposition, a participle or punctuation ("the terrorist
  // group based in …" is headed by "group", no person).
  let head: Token | undefined;
  for (let k = last + 3; k < Math.min(tokens.length, last + 8); k++) {
    const t = tokens[k]!;
    if (!isLowerWord(t) || APPOSITIVE_STOPS.has(t.lower) || head && /(?:ed|ing)$/.test(t.lower)) break;
    head = t;
  }
  return head && isPersonNoun(head.lower) && !ORG_HEADS.has(head.lower) ? head.lower : null;
}

const APPOSITIVE_STOPS = new Set(['of', 'at', 'for', 'in', 'on', 'with', 'from', 'to', 'who', 'which', 'that', 'and', 'or']);

const FEMALE_NOUN = /(?:woman|women|girl|mother|daughter|wife|sister|niece|aunt|grandmother|granddaughter|widow|bride|queen|princess|lady|actress|waitress|ess)$/;
const MALE_NOUN = /(?:^man|[^o]man|men|boy|father|son|husband|brother|nephew|uncle|grandfather|grandson|widower|groom|king|prince|gentleman)$/;

/** The gender a noun for a person carries, if any ("granddaughter" → female). */
function genderOfNoun(noun: string): Gender {
  if (FEMALE_NOUN.test(noun)) return 'female';
  if (MALE_NOUN.test(noun)) return 'male';
  return null;
}

/** Heads of the names of days and seasons ("Election Day", "New Year's Eve"). */
const TIME_HEADS = new Set(['day', 'days', 'eve', 'week', 'weekend', 'month', 'year', 'night', 'season']);

/** "a replica Purple Heart", "an Academy Award": an indefinite article, perhaps with a lower-case word or two, before a name. */
function afterIndefiniteArticle(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const t = tokens[k]!;
    if (t.lower === 'a' || t.lower === 'an') return true;
    if (!isLowerWord(t)) return false;
  }
  return false;
}

/** "an analyst at Acme Advisory", "in Central Asia": places and employers, not people. */
const LOCATIVE = new Set(['at', 'in', 'inside', 'near', 'outside', 'across', 'into', 'throughout', 'within', 'to', 'from']);

/** Organisation or place heads that are also common surnames. */
const SURNAME_LIKE_HEADS = new Set([
  'park', 'hall', 'field', 'bank', 'church', 'house', 'tower', 'port', 'star', 'post', 'mail', 'press',
  'water', 'shop', 'store', 'mine', 'bay', 'lake', 'river',
]);

/** Nouns after which "of <Name>" names a person, not an organisation. */
const RELATION_NOUNS = new Set([
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'friend', 'widow',
  'widower', 'family', 'children', 'parents', 'partner', 'cousin', 'uncle', 'aunt', 'grandson',
  'granddaughter', 'niece', 'nephew', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'aide',
  'ally', 'allies', 'supporters', 'critics', 'critic', 'victim', 'killing', 'death', 'murder', 'arrest',
  'election', 'comments', 'remarks', 'statement', 'words', 'behalf', 'memory', 'portrait', 'biography',
]);

/** "a Dubai-based investment firm": the appositive's head noun names an organisation. */
function describesOrganisation(text: string): boolean {
  if (!/^(?:a|an|the)\s/i.test(text)) return false;
  const head = sourceHead(text);
  return head !== undefined && (OUTLET_NOUNS.has(head) || ORG_HEADS.has(head));
}

/** "chair", "leader", "spokeswoman": a noun for a person's office. */
function isPersonRoleWord(word: string): boolean {
  return word in NAME_TITLES || SOURCE_NOUNS.has(word) || /^(?:head|boss|founder|organi[sz]er|manager|member|candidate|owner)$/.test(word);
}

/** "state news agency the agency", "the tabloid Daily Star", "the AFP news agency". */
function hasOutletNounNearby(tokens: Token[], raw: RawName): boolean {
  for (let i = raw.from - 1; i >= Math.max(0, raw.from - 2); i--) {
    const t = tokens[i]!;
    if (OUTLET_NOUNS.has(t.lower) && (isLowerWord(t) || i === raw.from - 1)) return true;
    // "Labour Party chair Ann Lee", "the party leader Tom Hale": a person's role sits between.
    if (!isLowerWord(t) || isPersonRoleWord(t.lower)) break;
  }
  if (isPossessive(tokens[raw.last]!)) return false;
  for (let i = raw.last + 1; i <= raw.last + 2 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isLowerWord(t)) break;
    if (OUTLET_NOUNS.has(t.lower) && !speechVerb(t.lower)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- descriptions

const APPOSITIVE_STOP = new Set(['who', 'which', 'whose', 'where', 'when', 'whom', 'and', 'but', 'said', 'says']);
const PRENOMINAL_STOP = new Set([
  'with', 'along', 'and', 'by', 'to', 'of', 'for', 'from', 'in', 'on', 'at', 'as', 'said', 'says', 'that',
  'told', 'but', 'while', 'when', 'after', 'before', 'including', 'like', 'between', 'among', 'the', 'a', 'an',
]);

/** "French", "Chinese", "British", "Thai": a nationality adjective before a role. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;

/** ", a professor of … University," right after a name. Returns the phrase and its strength. */
export function appositiveAfter(p: ParagraphModel, lastToken: number, firstToken = -1): { text: string; rank: number } | null {
  const { tokens, inQuote } = p;
  if (tokens[lastToken + 1]?.text !== ',') return null;
  const firstIndex = lastToken + 2;
  const first = tokens[firstIndex];
  if (!first || inQuote[firstIndex] || speechVerb(first.lower)) return null;
  // "Jo Hart, 61, who has swum …": an age, then the appositive that follows it.
  const age = /^\d{1,3}$/.test(first.text) && tokens[firstIndex + 1]?.text === ',';
  const segmentEnd = (from: number) => {
    let end = from;
    while (end < tokens.length && !inQuote[end] && p.sentenceOf[end] === p.sentenceOf[lastToken] && !/^[,;:.!?()—–]$/.test(tokens[end]!.text)) end++;
    return end;
  };
  const contentStart = age ? firstIndex + 2 : firstIndex;
  const content = tokens[contentStart];
  if (!content || inQuote[contentStart]) return null;
  const end = segmentEnd(contentStart);
  const count = end - contentStart;
  if (count === 0 || count > 30) return null;
  const text = tidy(p.text.slice(first.start, tokens[end - 1]!.end));
  const relative = /^(?:who|whose)$/i.test(content.text);
  // A relative clause describes what someone did, a title what they are: the title wins ("Mayor").
  if (relative) return { text, rank: age ? 0.9 : 0.8 };
  if (APPOSITIVE_STOP.has(content.lower)) return null;
  const startsWithArticle = /^(?:a|an|the)$/i.test(content.text);
  // "His nephew, Rory Oduya, came back from the city": a name that is itself an appositive is
  // followed by the sentence's verb, not by a description of its own.
  if (firstToken > 0 && tokens[firstToken - 1]?.text === ',' && !startsWithArticle && !age) return null;
  const startsLower = isLowerWord(content);
  if (!startsWithArticle && (!startsLower || NOT_NAME_WORDS.has(content.lower))) return null;
  if (/^\w+ing$/i.test(content.text) && !startsWithArticle) return null;
  if (/^\w+ed$/i.test(content.text) && !startsWithArticle) return { text, rank: 1.5 };
  return { text, rank: 3 };
}

/** "French security council secretary Paul Roy" → "French security council secretary". */
export function prenominalBefore(p: ParagraphModel, from: number, titles: string[]): { text: string; rank: number } | null {
  const { tokens, inQuote } = p;
  let i = from - 1;
  let hasLower = false;
  let passedName = false;
  let stoppedAfterName = false;
  while (i >= 0 && !inQuote[i] && isWord(tokens[i]) && !PRENOMINAL_STOP.has(tokens[i]!.lower) && from - i <= 8) {
    const t = tokens[i]!;
    if (isLowerWord(t) && NOT_NAME_WORDS.has(t.lower)) break;
    if (isLowerWord(t)) {
      // Lower-case words only before the name's own capitalised modifiers, never beyond them:
      // "Lee met French security council secretary" stops at "met".
      if (speechVerb(t.lower) || passedName) {
        stoppedAfterName = passedName;
        break;
      }
      hasLower = true;
    } else if (isTitle(t)) {
      passedName = true;
    } else if (isNameToken(t) && (isPossessive(t) || DEMONYM.test(t.text) || ORG_HEADS.has(t.lower) || (passedName && isNameToken(tokens[i + 1])))) {
      passedName = true;
    } else if (hasLower && isSentenceStart(p, i)) {
      // "Opposition councillor Ana Lima": capitalised only because it opens the sentence.
      i--;
      break;
    } else break;
    i--;
  }
  const start = i + 1;
  const opener = tokens[i];
  const openedCleanly = opener === undefined || !isWord(opener) || PRENOMINAL_STOP.has(opener.lower) || inQuote[i] || stoppedAfterName;
  if (!openedCleanly) return titles.length > 0 ? { text: titles.join(' '), rank: 1 } : null;
  const determiner = ['the', 'a', 'an'].includes(tokens[i]?.lower ?? '');
  // "at the same event Xi …": a determiner after a preposition opens an adverbial, not a role.
  const adverbial = determiner && PRENOMINAL_STOP.has(tokens[i - 1]?.lower ?? '');
  if (start < from && hasLower && !adverbial) {
    const article = tokens[i]?.lower === 'the' ? 'the ' : '';
    const text = tidy(p.text.slice(tokens[start]!.start, tokens[from - 1]!.end));
    return { text: article + text + (titles.length > 0 ? ` ${titles.join(' ')}` : ''), rank: 2 };
  }
  if (titles.length > 0) return { text: titles.join(' '), rank: 1 };
  return null;
}

/** "the firm's chief executive, John Doe, said" → "the firm's chief executive". */
function roleBeforeComma(p: ParagraphModel, from: number, last: number): { text: string; rank: number } | null {
  const { tokens, inQuote } = p;
  // "Athletic's captain, Tomas Varga, had …" and "praised her goalkeeper, Ruben Alves." alike.
  const closes = tokens[last + 1]?.text === ',' || tokens[last + 1] === undefined || /^[.!?;]$/.test(tokens[last + 1]!.text);
  if (tokens[from - 1]?.text !== ',' || !closes) return null;
  const end = from - 2;
  const head = tokens[end];
  if (!head || inQuote[end] || NOT_NAME_WORDS.has(head.lower) || /^(?:them|us|him|me|whom)$/.test(head.lower)) return null;
  const acronymRole = /^\p{Lu}{2,}$/u.test(head.text) && (isLowerWord(tokens[end - 1]) || tokens[end - 1]?.lower === 'the');
  if (!isLowerWord(head) && !acronymRole) return null;
  if (tokens[last + 1]?.text !== ',') {
    // "praised her goalkeeper, Ruben Alves.": only the short role after its determiner, not the clause.
    let d = end;
    while (d > end - 4 && d >= 0 && isLowerWord(tokens[d]) && !inQuote[d] && !ROLE_DETERMINERS.has(tokens[d]!.lower)) d--;
    if (!ROLE_DETERMINERS.has(tokens[d]?.lower ?? '') || d === end) return null;
    return { text: tidy(p.text.slice(tokens[d + 1]!.start, tokens[end]!.end)), rank: 1.5 };
  }
  let i = end;
  while (i >= 0 && end - i < 8 && !inQuote[i] && isWord(tokens[i]) && p.sentenceOf[i] === p.sentenceOf[end] && !PRENOMINAL_STOP.has(tokens[i]!.lower)) i--;
  const hasArticle = tokens[i]?.lower === 'the';
  const start = i + 1;
  if (start > end) return null;
  const text = tidy(p.text.slice(tokens[start]!.start, tokens[end]!.end));
  // "His nephew, Rory Oduya, …" at a sentence's start: "his nephew".
  const written = /^(?:His|Her|Their|Its|Our|The|A|An)\s/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return { text: hasArticle ? `the ${written}` : written, rank: 2.5 };
}

const ROLE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'the', 'a', 'an']);

/** "the AFP news agency" → "news agency". */
function postnominalOutlet(p: ParagraphModel, last: number): { text: string; rank: number } | null {
  if (isPossessive(p.tokens[last]!)) return null;
  const words: string[] = [];
  for (let i = last + 1; i < p.tokens.length && i <= last + 3; i++) {
    const t = p.tokens[i]!;
    if (!isLowerWord(t) || speechVerb(t.lower)) break;
    words.push(t.text);
    if (OUTLET_NOUNS.has(t.lower) && !OUTLET_NOUNS.has(p.tokens[i + 1]?.lower ?? '')) {
      return { text: words.join(' '), rank: 1 };
    }
  }
  return null;
}

/** "the tabloid Daily Star, controlled by …" → "the tabloid controlled by …". */
function combinedDescription(
  prenominal: { text: string; rank: number } | null,
  appositive: { text: string; rank: number } | null,
): { text: string; rank: number } | null {
  if (!prenominal || !appositive || prenominal.rank !== 2 || appositive.rank !== 1.5) return null;
  return { text: `${prenominal.text} ${appositive.text}`, rank: 2.2 };
}

function describe(entity: Entity, candidate: { text: string; rank: number } | null): void {
  if (!candidate || candidate.rank <= entity.descriptionRank) return;
  entity.description = candidate.text;
  entity.descriptionRank = candidate.rank;
  for (const word of candidate.text.toLowerCase().split(/[\s,]+/)) {
    if (/^[a-z-]{2,}$/.test(word) && !PRENOMINAL_STOP.has(word)) entity.roleWords.add(word);
  }
}

/** Detect every name mention in the article (outside quotes) and merge them into entities. */
export function buildRegistry(doc: DocModel): EntityRegistry {
  const registry = new EntityRegistry();
  const midSentence = capitalisedMidSentenceWords(doc);
  const runStarts = midSentenceRunStarts(doc);
  const compounds = compoundsUsedAsNames(doc);
  for (const p of doc.paragraphs) {
    for (const raw of scanNames(p, midSentence, runStarts, compounds)) {
      const { kind, gender } = classify(p, raw);
      const first = p.tokens[raw.from]!;
      const mention = registry.add(
        {
          paragraph: p.n,
          first: raw.first,
          last: raw.last,
          from: raw.from,
          start: first.start,
          end: p.tokens[raw.last]!.end,
          name: nameText(p, raw),
          titles: raw.titles,
        },
        kind,
        gender,
        gender !== null && genderOfTitles(raw) === null,
      );
      if (registry.mentionsOf(mention.entity) === 1) mention.entity.introducedAsRelation = namedAsRelation(p.tokens, raw.from);
      // "Wisconsin Republican Paul Ryan": "the Wisconsin Republican" is Ryan later on.
      for (const title of raw.titles) {
        const word = title.toLowerCase().replace(/\.$/, '');
        mention.entity.roleWords.add(TITLE_ABBREVIATIONS[word] ?? word);
        mention.entity.roleWords.add(word);
      }
      // "In an interview with hosts Joe Roe and Mika Lee, the candidate said": no apposition to Lee.
      const appositive = endsOpeningPhrase(p, raw.from) ? null : appositiveAfter(p, raw.last, raw.from);
      if (appositive && describesOrganisation(appositive.text) && !mention.entity.titled) mention.entity.kind = 'organisation';
      const prenominal = prenominalBefore(p, raw.from, raw.titles);
      describe(mention.entity, combinedDescription(prenominal, appositive) ?? appositive);
      describe(mention.entity, roleBeforeComma(p, raw.from, raw.last));
      describe(mention.entity, prenominal);
      describe(mention.entity, postnominalOutlet(p, raw.last));
      if (onTrial(p, raw.last)) for (const word of TRIAL_ROLES) mention.entity.roleWords.add(word);
    }
  }
  linkNicknames(doc, registry);
  reviseGendersFromPronouns(doc, registry);
  return registry;
}

const MALE_PRONOUNS = new Set(['he', 'his', 'himself']);
/** Not "her": it may be an object ("Ruiz praised her"), someone else. */
const FEMALE_PRONOUNS = new Set(['she', 'hers', 'herself']);
const SUBJECT_PRONOUN_WINDOW = 12;

/**
 * "Sen. Lindsey Graham (R-SC) called out his rival": a given name's usual gender is a guess; a
 * pronoun that follows the name opening a sentence, with no other person named between, is the
 * article's own word on it. The guess is overruled only when the article never agrees with it.
 */
function reviseGendersFromPronouns(doc: DocModel, registry: EntityRegistry): void {
  const votes = new Map<Entity, { male: number; female: number }>();
  for (const m of registry.mentions) {
    // Only a mention that writes out the given name: a bare "Clinton" may be another Clinton.
    if (!m.entity.genderFromName || m.entity.kind !== 'person' || m.first === m.last || givenNameWritten(doc, m) !== m.entity.nameTokens[0]) continue;
    const p = doc.byN.get(m.paragraph);
    if (!p || p.inQuote[m.first] || !opensSentence(p, m.from)) continue;
    // "Mary Jones, his deputy, said": a pronoun in an apposition is about someone else.
    let after = m.last + 1;
    if (p.tokens[after]?.text === '(') while (after < p.tokens.length && p.tokens[after - 1]!.text !== ')') after++;
    if (p.tokens[after]?.text === ',') continue;
    for (let k = after; k < Math.min(p.tokens.length, m.last + SUBJECT_PRONOUN_WINDOW) && p.sentenceOf[k] === p.sentenceOf[m.last]; k++) {
      if (p.inQuote[k]) break;
      const named = registry.mentionStartingAt(m.paragraph, k);
      if (named && named.entity !== m.entity && named.entity.kind === 'person') break;
      const word = p.tokens[k]!.lower;
      const vote = MALE_PRONOUNS.has(word) ? 'male' : FEMALE_PRONOUNS.has(word) ? 'female' : null;
      if (!vote) continue;
      const tally = votes.get(m.entity) ?? { male: 0, female: 0 };
      tally[vote]++;
      votes.set(m.entity, tally);
      break;
    }
  }
  for (const [entity, tally] of votes) {
    const other = entity.gender === 'male' ? tally.female : tally.male;
    const same = entity.gender === 'male' ? tally.male : tally.female;
    if (other > 0 && same === 0) entity.gender = entity.gender === 'male' ? 'female' : 'male';
  }
}

function givenNameWritten(doc: DocModel, m: NameMention): string | undefined {
  return doc.byN.get(m.paragraph)?.tokens[m.first]?.lower;
}

/**
 * Only an adjunct set off by a comma, or nothing, stands before token `k` in its sentence, but
 * for a description ending in a noun for a person ("…, presidential candidate Sen. Lee Graham").
 */
function opensSentence(p: ParagraphModel, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && p.sentenceOf[j] === p.sentenceOf[k] && !isWord(p.tokens[j])) j--;
  if (j >= 0 && isLowerWord(p.tokens[j]) && isPersonNoun(p.tokens[j]!.lower)) {
    for (let skipped = 0; skipped < 3 && j >= 0 && isLowerWord(p.tokens[j]); skipped++) j--;
    if (p.tokens[j]?.text === ',') return true;
  }
  return j < 0 || p.sentenceOf[j] !== p.sentenceOf[k] || p.tokens[j + 1]?.text === ',';
}

/** Prepositions that open a sentence's leading adjunct ("In an interview with …, the senator said"). */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'with', 'for', 'from', 'following', 'since', 'despite', 'amid', 'unlike']);

/**
 * "In an interview with hosts Joe Roe and Mika Lee, the candidate stated …": the name at `from`
 * closes a prepositional phrase opening its sentence, so the comma after it ends that phrase and
 * what follows is the subject, not an apposition to the name.
 */
export function endsOpeningPhrase(p: ParagraphModel, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && p.sentenceOf[k] === p.sentenceOf[from] && p.tokens[k]!.text !== ',' && !p.inQuote[k]) k--;
  if (k >= 0 && p.sentenceOf[k] === p.sentenceOf[from]) return false;
  let first = k + 1;
  while (first < from && !isWord(p.tokens[first])) first++;
  return OPENING_PREPOSITIONS.has(p.tokens[first]?.lower ?? '');
}

/** What a court report later calls the person on trial. */
const TRIAL_ROLES = ['accused', 'defendant'];
/** "Dana Kerr, 46, who was convicted of …", "Tom Hale, accused of …", "Ann Lee, who denies …". */
const ON_TRIAL =
  /^(?:['’]s)?\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:who|whom)\s+(?:is|was|has been|had been|had|has|now)?\s*|(?:is|was)\s+)?(?:accused|charged|convicted|sentenced|found guilty|pleaded (?:not )?guilty|admitted|admits|denies|denied|on trial|indicted)\b/i;

/** The person named here is introduced as on trial: "the accused" and "the defendant" later. */
function onTrial(p: ParagraphModel, last: number): boolean {
  const after = p.text.slice(p.tokens[last]!.end, p.tokens[last]!.end + 80);
  return ON_TRIAL.test(after);
}

/** Words that introduce another name for someone just named: "calls him Shay", "known as Lelo". */
const NICKNAME_CUES: readonly (readonly string[])[] = [
  ['calls', 'him'], ['calls', 'her'], ['called', 'him'], ['called', 'her'], ['call', 'him'], ['call', 'her'],
  ['known', 'as'], ['nicknamed'], ['dubbed'], ['goes', 'by'], ['went', 'by'],
];
const QUOTE_MARKS = /^[“"‘'«]$/;
/** The cues by their first word, in list order: each token is looked up once, not matched against every cue. */
const NICKNAME_CUES_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const cue of NICKNAME_CUES) NICKNAME_CUES_BY_FIRST_WORD.set(cue[0]!, [...(NICKNAME_CUES_BY_FIRST_WORD.get(cue[0]!) ?? []), cue]);

/**
 * "Hamish Oduya … Everyone calls him Shay", "Ana Ruiz, known as Lelo,": the single name after such
 * words is another name of the person named last before them, so "Shay says" is Oduya speaking.
 */
function linkNicknames(doc: DocModel, registry: EntityRegistry): void {
  for (const p of doc.paragraphs) {
    p.tokens.forEach((_, k) => {
      const cue = NICKNAME_CUES_BY_FIRST_WORD.get(p.tokens[k]!.lower)?.find((words) => words.every((w, i) => p.tokens[k + i]?.lower === w && !p.inQuote[k + i]));
      if (!cue) return;
      // The name may itself be in quotation marks ("known as “Lelo”"), where no mention is read.
      let at = k + cue.length;
      if (QUOTE_MARKS.test(p.tokens[at]?.text ?? '')) at++;
      const word = p.tokens[at];
      if (!word || !isCapitalised(word) || isCapitalised(p.tokens[at + 1])) return;
      const nickname = registry.lookup(stripPossessive(word.text));
      if (!nickname || nickname.nameTokens.length !== 1) return;
      const pronoun = cue[1] === 'him' ? 'male' : cue[1] === 'her' ? 'female' : null;
      const referent = registry.mentions
        .filter((m) => m.entity !== nickname && m.entity.kind === 'person' && (!pronoun || !m.entity.gender || m.entity.gender === pronoun) &&
          (m.paragraph < p.n || m.paragraph === p.n && m.last < k) && p.n - m.paragraph <= 1)
        .at(-1)?.entity;
      if (referent) registry.merge(nickname, referent);
    });
  }
}
