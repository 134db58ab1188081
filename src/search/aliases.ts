import type { Attribution, Speaker } from '../attribution/types.ts';
import { foldPunctuation } from './text.ts';

/** A named entity of the article (quoted speaker or mentioned person) and its index token. */
export interface Entity {
  speaker: Speaker;
  quoted: boolean;
  /** The single search term every alias of this entity becomes. */
  token: string;
}

/**
 * Forms tried at one word, longest first. An article naming thousands of people with the same
 * first word would otherwise make marking cost (words × people); past this the rest stay plain words.
 */
const MAX_FORMS_PER_FIRST_WORD = 100;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!)) || (code >= 0xdc00 && code <= 0xdfff && WORD_CHAR.test(text.slice(i - 1, i + 1)));
}

/** Lower case with every offset kept (a character whose lower case is longer stays as it is). */
function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The end of the word (letters and digits) starting at `i`, or i + 1 when no word starts there. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordChar(text, j)) j++;
  return j > i ? j : i + 1;
}

const PLACEHOLDER = (i: number): string => ` \u0001${i}\u0001 `;
const PLACEHOLDER_TOKEN = /^\u0001(\d+)\u0001$/;

/** Alias strings as they might be typed: the alias itself, and without a leading "the". */
function aliasForms(alias: string): string[] {
  const folded = foldPunctuation(alias).trim();
  if (folded.length < 2) return [];
  const forms = [folded];
  const withoutArticle = folded.replace(/^the\s+/i, '');
  if (withoutArticle !== folded && withoutArticle.length >= 3) forms.push(withoutArticle);
  // "Mr. Okafor" and "Mr Okafor" are the same alias in American and British style.
  const titled = /^(mr|mrs|ms|mx|dr|prof|rev|gen|sen|rep|gov)(\.?)\s+(.+)$/i.exec(folded);
  if (titled) forms.push(`${titled[1]}${titled[2] ? '' : '.'} ${titled[3]}`);
  return forms;
}

/**
 * Maps every alias of every speaker (full name, surname, "Mr X", role nouns) to one token, at
 * index and query time alike, so "Okafor", "Ada Okafor" and "Ms Okafor" are the same search term.
 * An alias shared by two entities is ambiguous and left as plain words.
 */
export class AliasMap {
  readonly entities: Entity[];
  /** Forms by their first word, longest first: marking looks up the words of a text, never scans every form. */
  private readonly formsByFirstWord = new Map<string, string[]>();
  private readonly entityByForm = new Map<string, number>();

  constructor(attribution: Attribution) {
    const quotedIds = new Set(attribution.speakers.map((s) => s.id));
    this.entities = [
      ...attribution.speakers.map((speaker) => ({ speaker, quoted: true })),
      ...attribution.mentioned
        .filter((m) => !quotedIds.has(m.id))
        .map((speaker) => ({ speaker, quoted: false })),
    ].map((e) => ({ ...e, token: `speaker:${e.speaker.id}` }));

    const owners = new Map<string, Set<number>>();
    this.entities.forEach((entity, i) => {
      for (const alias of [entity.speaker.name, ...entity.speaker.aliases]) {
        for (const form of aliasForms(alias)) {
          const key = lowerKeepingOffsets(form);
          if (!owners.has(key)) owners.set(key, new Set());
          owners.get(key)!.add(i);
        }
      }
    });
    for (const [form, ids] of owners) {
      if (ids.size === 1) this.entityByForm.set(form, [...ids][0]!);
    }
    const forms = [...this.entityByForm.keys()].sort((a, b) => b.length - a.length);
    for (const form of forms) {
      const first = form.slice(0, wordEnd(form, 0));
      const list = this.formsByFirstWord.get(first) ?? [];
      if (list.length < MAX_FORMS_PER_FIRST_WORD) list.push(form);
      this.formsByFirstWord.set(first, list);
    }
  }

  /**
   * Put the entity placeholder in place of every alias (longest alias first). Documents keep the
   * alias words after the placeholder (a role noun such as "the tabloid" is content too, and a
   * misspelt surname can still match them fuzzily); queries drop them, so that "what did Okafor
   * say" is recognised as naming a speaker and nothing else. Linear in the text: at each word
   * only the forms starting with that word are tried.
   */
  mark(text: string, keepWords: boolean): string {
    // The placeholder's marker character must only ever come from here, never from the input.
    const clean = text.replace(/\u0001/g, ' ');
    if (this.formsByFirstWord.size === 0) return clean;
    const folded = foldPunctuation(clean);
    const lower = lowerKeepingOffsets(folded);
    let out = '';
    let copied = 0;
    let i = 0;
    while (i < folded.length) {
      const end = wordEnd(lower, i);
      const candidates = isWordChar(lower, i - 1) ? undefined : this.formsByFirstWord.get(lower.slice(i, end));
      const match = candidates && this.matchAt(lower, i, candidates);
      if (!match) {
        i = end;
        continue;
      }
      const original = folded.slice(i, i + match.length);
      out += folded.slice(copied, i) + (keepWords ? `${PLACEHOLDER(match.entity)}${original} ` : PLACEHOLDER(match.entity));
      i += match.length;
      copied = i;
    }
    return out + folded.slice(copied);
  }

  /** The longest form at `i` that ends a word (with or without a possessive 's). */
  private matchAt(lower: string, i: number, candidates: readonly string[]): { entity: number; length: number } | undefined {
    for (const form of candidates) {
      if (!lower.startsWith(form, i)) continue;
      const after = i + form.length;
      const entity = this.entityByForm.get(form)!;
      if (lower.startsWith("'s", after) && !isWordChar(lower, after + 2)) return { entity, length: form.length + 2 };
      if (!isWordChar(lower, after)) return { entity, length: form.length };
    }
    return undefined;
  }

  /** The entity token for a placeholder word produced by `mark`, or null for an ordinary word. */
  tokenFor(word: string): string | null {
    const m = PLACEHOLDER_TOKEN.exec(word);
    if (!m) return null;
    return this.entities[Number(m[1])]?.token ?? null;
  }

  entityForToken(token: string): Entity | undefined {
    return this.entities.find((e) => e.token === token);
  }

  entityFor(speakerName: string): Entity | undefined {
    const key = speakerName.toLowerCase();
    return this.entities.find((e) => e.speaker.name.toLowerCase() === key);
  }
}

export function isEntityToken(term: string): boolean {
  return term.startsWith('speaker:');
}
