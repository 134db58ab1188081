/**
 * Generated articles for the library benchmark and tests: each is one of the labelled fixture
 * articles with its people renamed (a new surname for everyone the fixture refers to by surname;
 * first names are kept, so "she"/"he" still agree). The fixture's gold labels are renamed the
 * same way, so an answer about a generated article can be checked: its quote is findable and
 * belongs to the renamed speaker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../test/fixtures/articles/', import.meta.url));

interface GoldSpeaker {
  name: string;
  aliases: string[];
}

interface GoldQuote {
  speaker: string;
  text: string;
  kind: string;
}

export interface Fixture {
  name: string;
  text: string;
  speakers: GoldSpeaker[];
  quotes: GoldQuote[];
}

export interface GeneratedArticle {
  /** `<fixture>#<n>`. */
  name: string;
  fixture: string;
  text: string;
  /** Old surname → new surname. */
  renames: ReadonlyMap<string, string>;
  /** The fixture's labelled quotes, renamed: `speaker` is the speaker's name in this article. */
  quotes: { speaker: string; text: string; kind: string }[];
}

export function loadFixtures(dir: string = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as { speakers: GoldSpeaker[]; quotes: GoldQuote[] };
      return { name, text: readFileSync(join(dir, file), 'utf8'), speakers: gold.speakers, quotes: gold.quotes };
    });
}

/** Surnames a fixture uses alone for a person ("Pettit" for "Caroline Pettit"). */
export function surnamesOf(fixture: Fixture): string[] {
  const out: string[] = [];
  for (const speaker of fixture.speakers) {
    const tokens = speaker.name.split(/\s+/);
    if (tokens.length < 2) continue;
    const alone = tokens.find((t) => /^\p{Lu}/u.test(t) && speaker.aliases.includes(t));
    if (alone && !out.includes(alone)) out.push(alone);
  }
  return out;
}

const PREFIXES = [
  'Ash', 'Brad', 'Carr', 'Dun', 'Ell', 'Fair', 'Gar', 'Hal', 'Ing', 'Kes', 'Lang', 'Marl', 'Nor', 'Oak', 'Pen',
  'Quen', 'Rad', 'Sel', 'Tan', 'Ud', 'Vern', 'Wes', 'Yard', 'Ald', 'Bel', 'Cran', 'Dal', 'Ever', 'Fen', 'Gil',
  'Hart', 'Ives', 'Kel', 'Lox', 'Mer', 'Nash', 'Orm', 'Pres', 'Ros', 'Stan',
];
const SUFFIXES = [
  'worth', 'ford', 'ley', 'ton', 'wick', 'field', 'more', 'by', 'ham', 'croft', 'dale', 'well', 'stead', 'ridge',
  'combe', 'hurst', 'mere', 'brook', 'shaw', 'cott', 'land', 'holm', 'bury', 'wood', 'thorpe', 'gate', 'low',
  'marsh', 'side', 'den', 'ville', 'ock', 'ington', 'er', 'ell', 'ard', 'ing', 'hill', 'ow', 'ey',
];

/** The j-th new surname of the r-th copy of a fixture; distinct for every (r, j) with r < 520, j < 7. */
export function newSurname(round: number, person: number): string {
  const prefix = PREFIXES[(round + person * 11) % PREFIXES.length]!;
  const suffix = SUFFIXES[(Math.floor(round / PREFIXES.length) * 7 + person) % SUFFIXES.length]!;
  return prefix + suffix;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function applyRenames(text: string, renames: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of renames) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu'), to);
  return out;
}

/** The `round`-th renamed copy of a fixture. */
export function renamedCopy(fixture: Fixture, round: number): GeneratedArticle {
  const renames = new Map(surnamesOf(fixture).map((surname, j) => [surname, newSurname(round, j)]));
  return {
    name: `${fixture.name}#${round}`,
    fixture: fixture.name,
    text: applyRenames(fixture.text, renames),
    renames,
    quotes: fixture.quotes.map((q) => ({ speaker: applyRenames(q.speaker, renames), text: applyRenames(q.text, renames), kind: q.kind })),
  };
}

/** A fixture as it is, in the shape of a generated article (the bundled article is one of them). */
export function original(fixture: Fixture): GeneratedArticle {
  return { name: fixture.name, fixture: fixture.name, text: fixture.text, renames: new Map(), quotes: fixture.quotes.map((q) => ({ ...q })) };
}

/** `count` articles cycling through the fixtures, each copy with its own names. */
export function generateArticles(count: number, fixtures: readonly Fixture[] = loadFixtures()): GeneratedArticle[] {
  return Array.from({ length: count }, (_, i) => renamedCopy(fixtures[i % fixtures.length]!, Math.floor(i / fixtures.length) + 1));
}

/** Story text of about `bytes`: fixtures' paragraphs, renamed copies, under one headline. */
export function longReport(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (const generated of generateArticles(Math.ceil(bytes / 2_000) + 10)) {
    const story = generated.text.split(/\n\s*\n/).slice(1);
    // Three of the fixtures' short paragraphs to one, as long-form copy runs (and so that 2 MB
    // stays within the reader's 10,000-paragraph cap).
    for (let i = 0; i < story.length; i += 3) {
      const p = story.slice(i, i + 3).join(' ');
      paragraphs.push(p);
      size += Buffer.byteLength(p) + 2;
      if (size >= bytes) return ['A long report from many places', ...paragraphs].join('\n\n');
    }
  }
  return ['A long report from many places', ...paragraphs].join('\n\n');
}
