/**
 * Matching what a person types ("okafor", "ADA  okafor", "Ókafor") to the article's speakers:
 * exact lookups for /quotes, ranked prefix matches for autocomplete, edit distance for suggestions.
 */
import type { Attribution, Speaker } from '../attribution/types.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../constants.ts';
import { withinEdits } from '../search/edits.ts';

export interface SpeakerChoice {
  name: string;
  value: string;
}

/** Lower-case, accents and punctuation removed, single spaces: "Mr. Ádá  OKAFOR" → "mr ada okafor". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same without spaces, so "adaokafor" and "ada okafor" compare equal. */
function compact(text: string): string {
  return normaliseName(text).replace(/ /g, '');
}

function namesOf(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.aliases];
}

/** Words of a name; titles like "Mr" stay in, they are harmless for containment checks. */
function tokensOf(text: string): string[] {
  return normaliseName(text).split(' ').filter(Boolean);
}

function containsAllTokens(nameTokens: string[], queryTokens: string[]): boolean {
  return queryTokens.length > 0 && queryTokens.every((t) => nameTokens.includes(t));
}

/**
 * The speaker a typed name refers to: an exact match on any alias first, then a unique speaker
 * whose name contains every typed word ("okafor" → "Ada Okafor"); null when none or ambiguous.
 */
export function findSpeaker(attribution: Attribution, name: string): Speaker | null {
  const wanted = compact(name);
  if (wanted.length === 0) return null;
  const exact = attribution.speakers.find((s) => namesOf(s).some((alias) => compact(alias) === wanted));
  if (exact) return exact;

  const queryTokens = tokensOf(name);
  const containing = attribution.speakers.filter((s) =>
    namesOf(s).some((alias) => containsAllTokens(tokensOf(alias), queryTokens)),
  );
  return containing.length === 1 ? containing[0]! : null;
}

/**
 * Courtesy and office titles a name may be typed with ("Mr X", "Prof. Y", "President Z"): general
 * English, not taken from any article. Stripped from the front when the name alone does not match.
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'president', 'prime', 'minister', 'premier', 'chancellor', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor',
  'mayor', 'councillor', 'cllr', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'det', 'detective',
  'insp', 'inspector', 'sgt', 'sergeant', 'chief', 'dean', 'father', 'sister', 'brother', 'rabbi', 'imam', 'king', 'queen', 'prince', 'princess',
]);
/** Words that begin a role as typed: "the mayor", "a spokesperson". */
const DETERMINERS = new Set(['the', 'a', 'an']);

function withoutTitles(name: string): string {
  const tokens = tokensOf(name);
  let i = 0;
  while (i < tokens.length - 1 && (TITLES.has(tokens[i]!) || DETERMINERS.has(tokens[i]!))) i++;
  return tokens.slice(i).join(' ');
}

/** The common-noun words of a description ("mayor", "professor"), not its names ("Leeds"). */
function roleWords(description: string): string[] {
  return description
    .split(/\s+/)
    .filter((word) => /^[\p{Ll}]/u.test(word))
    .flatMap(tokensOf);
}

/**
 * Speakers whose description holds every typed role word ("the mayor", "council leader"). Typed
 * with "the"/"a" it may use any word of the description ("the Council leader"); without, only its
 * common nouns, so that a name that merely appears in someone's description ("Leeds") is no role.
 */
function byRole(speakers: readonly Speaker[], name: string): Speaker[] {
  const tokens = tokensOf(name);
  const determined = tokens.length > 1 && DETERMINERS.has(tokens[0]!);
  const words = tokens.filter((t) => !DETERMINERS.has(t));
  if (words.length === 0) return [];
  return speakers.filter(
    (s) => s.description !== null && containsAllTokens(determined ? tokensOf(s.description) : roleWords(s.description), words),
  );
}

/** Name forms one typing slip can reach: each alias whole and each of its words of 4+ letters. */
function spellingForms(speaker: Speaker): string[] {
  return namesOf(speaker).flatMap((alias) => [compact(alias), ...tokensOf(alias).filter((t) => t.length >= 4)]);
}

/** Names shorter than this are too short for a one-letter correction to be a safe guess. */
const MIN_CORRECTABLE = 4;

export type SpeakerLookup =
  /** Matched as typed: an alias, a title and a name, or a role in the speaker's description. */
  | { kind: 'found'; speaker: Speaker }
  /** One typing slip away from exactly one speaker's name ("Lukn" → Artyom Lukin). */
  | { kind: 'corrected'; speaker: Speaker }
  /** A person the article names but never quotes. */
  | { kind: 'mentioned'; speaker: Speaker }
  /** Nobody, or more than one: the closest names by spelling (or the ones it could mean). */
  | { kind: 'none'; suggestions: string[] };

function matchIn(speakers: readonly Speaker[], typed: string): Speaker | null | 'ambiguous' {
  const direct = findSpeaker({ speakers } as Attribution, typed);
  if (direct) return direct;
  const bare = withoutTitles(typed);
  if (bare !== normaliseName(typed)) {
    const titled = findSpeaker({ speakers } as Attribution, bare);
    if (titled) return titled;
  }
  const roles = byRole(speakers, typed);
  if (roles.length === 1) return roles[0]!;
  return roles.length > 1 ? 'ambiguous' : null;
}

/**
 * What /quotes speaker: refers to: a quoted speaker by alias, title or role; else one typing slip
 * from a single speaker's name; else a person mentioned but never quoted; else nobody, with the
 * names closest in spelling.
 */
export function lookUpSpeaker(attribution: Attribution, typed: string): SpeakerLookup {
  const found = matchIn(attribution.speakers, typed);
  if (found !== null && found !== 'ambiguous') return { kind: 'found', speaker: found };
  if (found === 'ambiguous') {
    const names = byRole(attribution.speakers, typed).map((s) => s.name).slice(0, BOT_LIMITS.suggestions);
    return { kind: 'none', suggestions: names };
  }
  const mentioned = matchIn(attribution.mentioned, typed);
  if (mentioned !== null && mentioned !== 'ambiguous') return { kind: 'mentioned', speaker: mentioned };

  const wanted = compact(withoutTitles(typed));
  if (wanted.length >= MIN_CORRECTABLE) {
    const near = attribution.speakers.filter((s) => spellingForms(s).some((form) => withinEdits(wanted, form, 1)));
    if (near.length === 1) return { kind: 'corrected', speaker: near[0]! };
  }
  return { kind: 'none', suggestions: suggestSpeakers(attribution, typed) };
}

/** Levenshtein distance with a single rolling row; inputs are short names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** 0 for an exact or contained match, up to 1 for nothing in common; compared per alias and per word. */
function closeness(query: string, speaker: Speaker): number {
  // The whole name as typed, and each of its words (a surname typed first, a misspelt given name).
  const typedForms = [compact(query), ...tokensOf(query).filter((t) => t.length >= 3 && !TITLES.has(t) && !DETERMINERS.has(t))];
  let best = 1;
  for (const wanted of typedForms) {
    if (wanted.length === 0) continue;
    for (const alias of namesOf(speaker)) {
      const candidates = [compact(alias), ...tokensOf(alias).filter((t) => !TITLES.has(t) && !DETERMINERS.has(t))];
      for (const candidate of candidates) {
        if (candidate.length === 0) continue;
        if (candidate.includes(wanted) || wanted.includes(candidate)) {
          best = Math.min(best, candidate.length >= 3 ? 0.05 : 0.5);
          continue;
        }
        const distance = editDistance(wanted, candidate) / Math.max(wanted.length, candidate.length);
        best = Math.min(best, distance);
      }
    }
  }
  return best;
}

/**
 * A suggestion must share most of its spelling with what was typed: at most this share of a name's
 * letters may differ. Beyond it a "closest" name is merely the least different, not close.
 */
const MAX_SUGGESTION_DISTANCE = 0.4;

/** The speaker names closest in spelling to a name that matched nobody, best first (at most `limit`). */
export function suggestSpeakers(
  attribution: Attribution,
  name: string,
  limit: number = BOT_LIMITS.suggestions,
): string[] {
  if (limit <= 0) return [];
  const bare = withoutTitles(name) || name;
  return attribution.speakers
    .map((speaker, order) => ({ speaker, order, score: Math.min(closeness(name, speaker), closeness(bare, speaker)) }))
    .filter((entry) => entry.score <= MAX_SUGGESTION_DISTANCE)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ speaker }) => speaker.name);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function choiceFor(speaker: Speaker): SpeakerChoice {
  const max = DISCORD_LIMITS.autocompleteChoiceLength;
  const label = speaker.description ? `${speaker.name} — ${speaker.description}` : speaker.name;
  return { name: clip(label, max), value: clip(speaker.name, max) };
}

/** How well typed text starts an alias: 0 prefix of a full alias, 1 prefix of a word, 2 inside, null no match. */
function prefixRank(typed: string, speaker: Speaker): number | null {
  const wanted = normaliseName(typed);
  let best: number | null = null;
  for (const alias of namesOf(speaker)) {
    const normal = normaliseName(alias);
    let rank: number | null = null;
    if (normal.startsWith(wanted) || compact(alias).startsWith(wanted.replace(/ /g, ''))) rank = 0;
    else if (normal.split(' ').some((word) => word.startsWith(wanted))) rank = 1;
    else if (normal.includes(wanted)) rank = 2;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/**
 * Autocomplete choices for a partly typed speaker name: prefix, then word-prefix, then substring
 * matches on any alias; fuzzy suggestions when nothing matches. Within Discord's limits.
 */
export function speakerChoices(
  attribution: Attribution,
  typed: string,
  limit: number = DISCORD_LIMITS.autocompleteChoices,
): SpeakerChoice[] {
  const max = Math.max(0, Math.min(limit, DISCORD_LIMITS.autocompleteChoices));
  if (normaliseName(typed).length === 0) return attribution.speakers.slice(0, max).map(choiceFor);

  const ranked = attribution.speakers
    .map((speaker, order) => ({ speaker, order, rank: prefixRank(typed, speaker) }))
    .filter((entry): entry is { speaker: Speaker; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ speaker }) => speaker);
  if (ranked.length > 0) return ranked.slice(0, max).map(choiceFor);

  const suggested = suggestSpeakers(attribution, typed, max);
  return suggested
    .map((name) => attribution.speakers.find((s) => s.name === name))
    .filter((s): s is Speaker => s !== undefined)
    .map(choiceFor);
}
