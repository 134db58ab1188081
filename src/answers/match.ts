/**
 * Matching what a person types ("okafor", "ADA  okafor", "Ókafor") to the article's speakers:
 * exact lookups for /quotes, ranked prefix matches for autocomplete, edit distance for suggestions.
 */
import type { Attribution, Speaker } from '../attribution/types.ts';
import { BOT_LIMITS, DISCORD_LIMITS } from '../constants.ts';

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
  const wanted = compact(query);
  let best = 1;
  for (const alias of namesOf(speaker)) {
    const candidates = [compact(alias), ...tokensOf(alias)];
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
  return best;
}

/** The closest speaker names to a name that matched nobody, best first (at most `limit`). */
export function suggestSpeakers(
  attribution: Attribution,
  name: string,
  limit: number = BOT_LIMITS.suggestions,
): string[] {
  if (limit <= 0) return [];
  return attribution.speakers
    .map((speaker, order) => ({ speaker, order, score: closeness(name, speaker) }))
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
