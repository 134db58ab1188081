import type { Attribution, Speaker } from '../attribution/types.ts';
import { foldPunctuation } from './text.ts';

/** A named entity of the article (quoted speaker or mentioned person) and its index token. */
export interface Entity {
  speaker: Speaker;
  quoted: boolean;
  /** The single search term every alias of this entity becomes. */
  token: string;
}

const PLACEHOLDER = (i: number): string => ` \u0001${i}\u0001 `;
const PLACEHOLDER_TOKEN = /^\u0001(\d+)\u0001$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  private readonly pattern: RegExp | null;
  private readonly entityByForm = new Map<string, number>();

  constructor(attribution: Attribution) {
    this.entities = [
      ...attribution.speakers.map((speaker) => ({ speaker, quoted: true })),
      ...attribution.mentioned
        .filter((m) => !attribution.speakers.some((s) => s.id === m.id))
        .map((speaker) => ({ speaker, quoted: false })),
    ].map((e) => ({ ...e, token: `speaker:${e.speaker.id}` }));

    const owners = new Map<string, Set<number>>();
    this.entities.forEach((entity, i) => {
      for (const alias of [entity.speaker.name, ...entity.speaker.aliases]) {
        for (const form of aliasForms(alias)) {
          const key = form.toLowerCase();
          if (!owners.has(key)) owners.set(key, new Set());
          owners.get(key)!.add(i);
        }
      }
    });
    for (const [form, ids] of owners) {
      if (ids.size === 1) this.entityByForm.set(form, [...ids][0]!);
    }
    const forms = [...this.entityByForm.keys()].sort((a, b) => b.length - a.length);
    this.pattern =
      forms.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?:'s)?(?![\\p{L}\\p{N}])`, 'giu');
  }

  /**
   * Put the entity placeholder in place of every alias (longest alias first). Documents keep the
   * alias words after the placeholder (a role noun such as "the tabloid" is content too, and a
   * misspelt surname can still match them fuzzily); queries drop them, so that "what did Okafor
   * say" is recognised as naming a speaker and nothing else.
   */
  mark(text: string, keepWords: boolean): string {
    // The placeholder's marker character must only ever come from here, never from the input.
    const clean = text.replace(/\u0001/g, ' ');
    if (!this.pattern) return clean;
    return foldPunctuation(clean).replace(this.pattern, (match) => {
      const form = match.replace(/'s$/i, '').toLowerCase();
      const i = this.entityByForm.get(form) ?? this.entityByForm.get(form.replace(/^the\s+/, ''));
      if (i === undefined) return match;
      return keepWords ? `${PLACEHOLDER(i)}${match} ` : PLACEHOLDER(i);
    });
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
