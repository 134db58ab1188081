/**
 * Name knowledge from compromise's English lexicon (a well-kept package): given names with their
 * usual gender, places (countries, regions, cities) and demonyms. Capitals alone cannot
 * tell "Republican Ann Ruiz" (a party word before a name) from "Ann Ruiz", or a state from a
 * speaker; these lists can.
 *
 * The lexicon ships packed (efrt) inside compromise; only the few word lists used here are
 * unpacked, once, on first use (tens of milliseconds), so start-up does not pay for them. Should the
 * package's layout ever change, the lists are empty and names are read by their form alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface NameKnowledge {
  /** Given names → 'male' | 'female' | null (used for both). */
  given: Map<string, 'male' | 'female' | null>;
  /** Countries, regions, cities and other place names (lower case, multi-word kept whole). */
  places: Set<string>;
  /** "Brazilian", "Dutch". */
  demonyms: Set<string>;
  /** Firms, bodies and teams the lexicon knows by name, lower-case ("morgan stanley"). */
  organisations: Set<string>;
}

const EMPTY: NameKnowledge = { given: new Map(), places: new Set(), demonyms: new Set(), organisations: new Set() };
let cached: NameKnowledge | null = null;

type Unpack = (packed: string) => Record<string, unknown>;

/** compromise's package folder: up from whichever entry point resolution gives. */
function packageRoot(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('compromise'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function load(): NameKnowledge {
  const root = packageRoot();
  const main = join(root, 'src', 'three.js');
  const source = readFileSync(join(root, 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js'), 'utf8');
  const packed = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as Record<string, string>;
  const { unpack } = createRequire(main)('efrt') as { unpack: Unpack };
  const words = (tag: string) => (packed[tag] ? Object.keys(unpack(packed[tag])) : []);
  const given = new Map<string, 'male' | 'female' | null>();
  const addGiven = (list: string[], gender: 'male' | 'female' | null) => {
    for (const w of list) given.set(w, given.has(w) && given.get(w) !== gender ? null : gender);
  };
  addGiven(words('MaleName'), 'male');
  addGiven(words('FemaleName'), 'female');
  addGiven(words('FirstName'), null);
  const places = new Set([...words('Country'), ...words('Region'), ...words('City'), ...words('Place')]);
  return { given, places, demonyms: new Set(words('Demonym')), organisations: new Set([...words('Organization'), ...words('SportsTeam')]) };
}

/** The lexicon's name lists, unpacked on first call. */
export function nameKnowledge(): NameKnowledge {
  if (cached) return cached;
  try {
    cached = load();
  } catch {
    cached = EMPTY;
  }
  return cached;
}

/** Party words that sit before a name as a label, never a name themselves. */
export const PARTY_WORDS = new Set([
  'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'labour', 'tory', 'tories',
  'conservative', 'conservatives', 'liberal', 'liberals', 'libertarian', 'independent', 'socialist',
  'green', 'presumptive', 'presidential', 'former', 'incumbent',
]);

/** Party words for one person ("Democratic", "Republican"); "Republicans" as a group can speak. */
const PARTY_LABELS = new Set([...PARTY_WORDS].filter((w) => !/s$/.test(w)));

/** Party words that, after "the", name one person ("the Democrat", "the Wisconsin Republican"). */
const PARTY_MEMBER_NOUNS = new Set(['democrat', 'republican', 'tory', 'conservative', 'liberal', 'libertarian', 'independent', 'socialist']);

/**
 * Whether a word, last in "the …", describes one person: a party member noun or a nationality
 * ("the Wisconsin Republican", "the Brazilian"), not an adjective or a place.
 */
export function isPersonLabel(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s?$/, '');
  return isPartyMemberNoun(w) || nameKnowledge().demonyms.has(w);
}

/** "democrat", "republican", "tory": a party word that is a noun for one member. */
export function isPartyMemberNoun(word: string): boolean {
  return PARTY_MEMBER_NOUNS.has(word.toLowerCase().replace(/[’']s?$/, ''));
}

/** Time-zone abbreviations a dateline or timestamp puts in capitals. */
export const TIME_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'et', 'pt', 'ct', 'mt']);

/**
 * A name made only of place, demonym, party, month, weekday or time-zone words ("Ohio", "United
 * States", "Massachusetts Democratic", "EST"): never someone who speaks.
 */
export function isNonSpeakerName(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  const { places, demonyms } = nameKnowledge();
  if (places.has(tokens.join(' '))) return true;
  return tokens.every((t) => {
    const w = t.replace(/[’']s?$/, '').replace(/\.$/, '');
    return places.has(w) || demonyms.has(w) || PARTY_LABELS.has(w) || TIME_ZONES.has(w) || CALENDAR_WORDS.has(w) ||
      w === 'united' || w === 'states' || w === 'new' || w === 'north' || w === 'south' || w === 'east' || w === 'west';
  });
}

const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
