/**
 * Turn scraped article text into a headline, a publisher and the story's paragraphs.
 *
 * Everything that is not the story is recognised by its FORM (a label followed by a colon, a
 * second-person call to action, a short line without closing punctuation between paragraphs…),
 * never by the words of any particular article or outlet.
 */

export type RemovalReason =
  | 'read-time'
  | 'byline'
  | 'timestamp'
  | 'advert'
  | 'promo'
  | 'link'
  | 'caption'
  | 'more-from'
  | 'footer'
  | 'copyright'
  | 'linked-headline'
  | 'separator'
  | 'section'
  | 'title-repeat';

export interface CleanedText {
  title: string;
  publisher: string | null;
  /** The writer named in a byline ("By Nadia Brennan, Housing Editor" → Nadia Brennan); null when none. */
  author: string | null;
  paragraphs: string[];
  removed: { text: string; reason: RemovalReason }[];
}

/** Units longer than this are never boilerplate: nobody writes a 2,000-character footer. */
const BOILERPLATE_MAX_CHARS = 600;
/** Linked headlines and crossheads are short; a long unpunctuated line is a paragraph missing its full stop. */
const HEADLINE_MAX_WORDS = 20;
const TITLE_MAX_WORDS = 30;
const DERIVED_TITLE_MAX_CHARS = 120;

// ---------------------------------------------------------------------------------------------
// Normalisation and units

const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u2007\u202f\u205f\u3000\t\v\f]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Bidirectional-text controls: they reorder what a reader sees (a name shown reversed, a spoofed link). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

export function normaliseText(raw: string): string {
  return restoreSentenceSpaces(withoutMarkup(neutraliseInvisible(repairMojibake(raw).replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(SPACE_LIKE, ' ')).replace(CONTROL, '')));
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest of 0x80–0xFF are Latin-1's). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009F]/g, '')}]`;
/** A lead byte's character then its continuation bytes' characters: UTF-8 read as Windows-1252. */
const MOJIBAKE = new RegExp(`(?:[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2})+`, 'g');

/**
 * "PeÃ±a Nieto", "donâ€™t": text saved as UTF-8 and read back as Windows-1252 shows two or three
 * characters for one, and a name so spelt splits in two. Each such run is turned back into its bytes
 * and read as UTF-8; a run that is not valid UTF-8 that way is left as it is.
 */
export function repairMojibake(text: string): string {
  // Twice: a text read wrongly twice ("SarukhÃÂ¡n") takes two repairs.
  return repairOnce(repairOnce(text));
}

function repairOnce(text: string): string {
  if (!/[\u00C2-\u00EF]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map((c) => CP1252_BYTE.get(c) ?? c.charCodeAt(0));
    if (bytes.some((b) => b > 0xff)) return run;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    } catch {
      return run;
    }
  });
}

/** A well-formed tag: a name, then attributes with quoted values ("<tweet id=\"7\" author=\"@x\">", "</tweet>", "<br/>"). */
const MARKUP_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s+[A-Za-z][A-Za-z0-9:-]{0,30}(?:="[^"<>\n]{0,300}")?){0,12}\s*\/?>/g;

/**
 * Scraped text sometimes keeps an embed's markup ("<tweet id=… author=…>Words — Name (@x)</tweet>"):
 * the tags are no one's words and would be quoted as such; the text inside them stays. Only
 * well-formed tags go ("a < b", "<3" are left alone).
 */
function withoutMarkup(text: string): string {
  return text.includes('<') ? text.replace(MARKUP_TAG, '') : text;
}

/**
 * "Trump said.Trump claimed …": scraped text sometimes loses the space after a full stop, gluing two
 * sentences (and a verb to a name). A word of two or more lower-case letters, a stop, then a
 * capitalised word is two sentences; "Amazon.com", "U.S.Army", "e.g.The", "St.Louis" are left as they are.
 */
function restoreSentenceSpaces(text: string): string {
  // The stop is matched first and the letters before it looked back at: a pattern opening with the
  // lookbehind was tried at every character of the text (15 times slower).
  return text.replace(/([.!?])(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu, '$1 ');
}

/**
 * Remove zero-width characters and bidirectional controls: invisible in a reply, they can make a
 * name or a quote read as something else. Applied to the article's text and, by the renderers, to
 * everything shown (titles from a page's metadata and echoed questions never pass through here).
 */
export function neutraliseInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '');
}

function tidyLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}

const ENDS_LIKE_SENTENCE = /[.!?…]["'”’»)\]]*$|[.!?…]\s*$/;

function endsWithSentencePunctuation(text: string): boolean {
  return ENDS_LIKE_SENTENCE.test(text.slice(-12));
}

/** The runs of characters between spaces, counted in place (asked of every line several times). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** How the lines of the text relate to its paragraphs. */
interface Layout {
  /** The width paragraphs were hard-wrapped at, or null when each line is a paragraph. */
  wrapWidth: number | null;
  /** Blank lines separate paragraphs, so every full line inside a block continues. */
  blankLineParagraphs: boolean;
}

/**
 * Scraped text puts one paragraph per line, or hard-wraps paragraphs at a fixed width. Wrapped
 * text shows itself by inner lines that run close to one width and mostly stop mid-sentence.
 */
function detectLayout(blocks: string[][]): Layout {
  let longest = 0;
  for (const block of blocks) for (const line of block) longest = Math.max(longest, line.length);
  const inner = blocks.flatMap((block) => block.slice(0, -1));
  const notWrapped = { wrapWidth: null, blankLineParagraphs: false };
  if (longest < 40 || longest > 120 || inner.length < 3) return notWrapped;
  const full = inner.filter((line) => line.length >= longest * 0.75).length;
  const unfinished = inner.filter((line) => !endsWithSentencePunctuation(line)).length;
  if (full < inner.length * 0.75 || unfinished * 2 < inner.length) return notWrapped;
  return { wrapWidth: longest, blankLineParagraphs: blocks.length >= 3 };
}

function standsAlone(line: string): boolean {
  return boilerplateReason(line) !== null;
}

function splitIntoUnits(text: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = tidyLine(rawLine);
    if (line.length === 0) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);

  const layout = detectLayout(blocks);
  const units: string[] = [];
  for (const block of blocks) {
    let unit = block[0]!;
    for (let i = 1; i < block.length; i++) {
      const line = block[i]!;
      if (continuesPreviousLine(block[i - 1]!, line, layout)) unit = `${unit} ${line}`;
      else {
        units.push(unit);
        unit = line;
      }
    }
    units.push(unit);
  }
  return units;
}

function continuesPreviousLine(previous: string, line: string, layout: Layout): boolean {
  if (standsAlone(line)) return false;
  const finished = endsWithSentencePunctuation(previous);
  if (!finished && /^[a-z,;)]/.test(line)) return true;
  if (layout.wrapWidth === null || previous.length < layout.wrapWidth * 0.6) return false;
  // A full line that ends a sentence may also end a paragraph unless blank lines mark paragraphs.
  return layout.blankLineParagraphs || !finished;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate recognisers (each by form)

/** Leading bullets, separators and decoration that sites put around labels ("· 5-min read"). */
function core(unit: string): string {
  return unit.replace(/^[\s·•|▪►▶*#>~_=–—-]+/, '').replace(/[\s·•|▪*#~_=]+$/, '');
}

const READ_TIME = [
  /^(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*[- ]?\s*(?:min(?:ute)?s?|hours?|hrs?)\.?\s*[- ]?\s*(?:read|reading|read time|reading time|listen)\b.{0,20}$/i,
  /^(?:estimated\s+)?(?:read|reading|listening)\s*(?:time|length)?\s*[:-]?\s*(?:about\s+)?(?:\d{1,3}|less than a)\s*(?:min(?:ute)?s?|hours?)\.?$/i,
];

const BYLINE_START = /^(?:by|written by|words by|story by|text by)\s+\p{Lu}/iu;
const CREDIT_LINE = /^\(?(?:reporting|writing|editing|additional reporting|compiled|produced) by\b/i;

const TIMESTAMP_START =
  /^(?:published|updated|posted|last updated|last modified|first published|modified|created)\b\s*(?:on|at)?\s*:?/i;
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const WEEKDAYS = 'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday';
const ZONES = 'gmt|utc|bst|hkt|sgt|jst|kst|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|ist|aest|aedt|et|pt';
const DATE_TOKEN = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|${ZONES}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|am|pm|a\\.m\\.|p\\.m\\.|ago|an?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|today|yesterday|just now|at|on|updated|published|[-–—,|/.:·•]+)$`,
  'i',
);

function isTimestampOnly(text: string): boolean {
  if (!/\d|\b(?:today|yesterday)\b/i.test(text)) return false;
  const tokens = text.replace(/[,|·•]/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12) return false;
  return tokens.every((token) => DATE_TOKEN.test(token.replace(/[,.]$/, '')) || DATE_TOKEN.test(token));
}

const ADVERT =
  /^(?:advertisement|advert|ad|ads|sponsored|sponsored content|promoted|paid (?:content|post|partnership)|story continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?|continue reading(?: (?:below|the main story))?|scroll to continue(?: with content)?|article continues (?:below|after (?:the )?(?:advertisement|ad))|skip advert(?:isement)?)\.?$/i;

const LINK_LABEL =
  /^(?:read more|read also|also read|read next|more|related|related (?:stories|articles|coverage|content|reading|topics|news|links?)|watch|watch more|watch now|live|live updates|see also|see more|recommended|recommended reading|listen|must read|most read|most popular|top stories|trending|editor'?s picks?|you (?:may|might) also like|don'?t miss|further reading|in pictures|more on this(?: story)?|latest|breaking|also on \S+)\s*(?:[:|›»>–—-]|$)/i;

const CAPTION_START =
  /^(?:photo|photos|photograph|picture|pictured|pictures|image|images|main image|top image|lead image|file photo|graphic|illustration|video|photo credit|image credit|credit)\s*(?::|by\b|credit\b|source\b|caption\b|,)/i;
const CAPTION_PARENTHESISED = /^\((?:photo|photos|picture|image|photograph|file photo|credit)s?\b[^()]{0,200}\)$/i;
const CAPTION_TRAILING_CREDIT = /(?:^|[.!?)]\s+)(?:Photo|Photograph|Picture|Image|File photo|Credit)s?\s*:\s*[^.!?:]{1,60}$/;

const MORE_FROM = /^more (?:from|on|about|stories (?:from|on)|news from|coverage (?:from|of)|articles from)\b/i;

const FOOTER = [
  /^(?:this|the) (?:article|story|piece|post|content|essay|report|interview)\b.{0,400}\b(?:first|originally) (?:appeared|published|ran|posted)\b/i,
  /^(?:a|an|an earlier|the original) (?:version of )?(?:this )?(?:article|story|piece)\b.{0,80}\b(?:first|originally )?(?:appeared|published|ran)\b/i,
  /^(?:originally|first) (?:appeared|published|posted|ran)\b/i,
  /^(?:this|the) (?:article|story|piece|post|content) (?:is|was|has been) (?:re)?published\b/i,
  /^(?:republished|reprinted|reproduced) (?:from|with)\b/i,
  // Print-edition notes: "A version of this article appears in print on …, Section B, Page 1 …".
  /^(?:a|an earlier) version of this (?:article|story|piece|review|column|essay) (?:appears|appeared|ran) in print\b/i,
];

const COPYRIGHT = [/^(?:©|\(c\)|copyright\b)/i, /\bcopyright\s*(?:©\s*)?\d{4}\b/i, /©\s*\d{4}/, /\ball rights reserved\b/i];

const HAS_QUOTE_MARK = /["“”«»]/;
const SECOND_PERSON = /\byou(?:r|rs|'re|’re|'ll|’ll)?\b/i;
const CALL_TO_ACTION =
  /(?:^|[.!?]\s+)(?:get|sign up|sign in|log in|subscribe|download|click|tap|follow|join|register|try|read|listen|watch|discover|explore|find out|check out|visit|install|support|donate|share|learn|stay|don'?t miss|never miss|enjoy|unlock|start|become|sign)\b/i;
const APP_PROMPT = /\b(?:download|get|install|try|open)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}app\b|\bin (?:the|our) app\b|\bapp store\b|\bgoogle play\b/i;
const SIGN_UP =
  /^(?:sign up|subscribe|click here|tap here|follow us|like us|join us|join our|get our|get the latest|register (?:now|for|to)|don'?t miss out)\b|\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletters?|mailing list|alerts|briefing)\b/i;

const PROMO_GLUED_MIN_WORDS = 20;

function isPromo(unit: string): boolean {
  if (HAS_QUOTE_MARK.test(unit)) return false;
  if (APP_PROMPT.test(unit)) return true;
  // A sign-up line glued by the scraper into a paragraph of the story leaves the story's words in place.
  if (SIGN_UP.test(unit)) return wordCount(unit.replace(SIGN_UP, ' ')) < PROMO_GLUED_MIN_WORDS;
  return SECOND_PERSON.test(unit) && CALL_TO_ACTION.test(unit);
}

function isTimestampLine(text: string): boolean {
  if (!TIMESTAMP_START.test(text) || wordCount(text) > 15) return false;
  if (!/\d|\bago\b|\btoday\b|\byesterday\b/i.test(text)) return false;
  return !endsWithSentencePunctuation(text) || (/\bago\b/i.test(text) && wordCount(text) <= 6);
}

function isByline(text: string): boolean {
  if (CREDIT_LINE.test(text)) return true;
  return BYLINE_START.test(text) && wordCount(text) <= 12 && !endsWithSentencePunctuation(text);
}

/** Why a unit is not story text, judged on the unit alone; null when it may be story. */
export function boilerplateReason(unit: string): RemovalReason | null {
  if (unit.length > BOILERPLATE_MAX_CHARS) return null;
  const text = core(unit);
  if (text.length === 0) return 'separator';
  if (FOOTER.some((re) => re.test(text))) return 'footer';
  if (READ_TIME.some((re) => re.test(text))) return 'read-time';
  if (isByline(text)) return 'byline';
  if (isTimestampOnly(text) || isTimestampLine(text)) return 'timestamp';
  if (ADVERT.test(text)) return 'advert';
  if (LINK_LABEL.test(text)) return 'link';
  if (CAPTION_START.test(text) || CAPTION_PARENTHESISED.test(text) || CAPTION_TRAILING_CREDIT.test(text))
    return 'caption';
  if (MORE_FROM.test(text) && wordCount(text) <= 12 && !endsWithSentencePunctuation(text)) return 'more-from';
  if (isPromo(text)) return 'promo';
  if (wordCount(text) <= 40 && COPYRIGHT.some((re) => re.test(text))) return 'copyright';
  return null;
}

/** A short line with no closing punctuation: a linked article's headline, a crosshead or a menu. */
function looksLikeHeadline(unit: string): boolean {
  return !endsWithSentencePunctuation(unit) && !unit.endsWith(':') && wordCount(unit) <= HEADLINE_MAX_WORDS;
}

// ---------------------------------------------------------------------------------------------
// Embedded social-media posts

/** "@handle", "Name @handle", "Name (@handle)", with an optional "· Follow" after it. */
const HANDLE_LINE = /^(?:(.{1,60}?)\s+)?\(?@([A-Za-z0-9_.]{1,30})\)?(?:\s*[·•|]\s*[\p{L}\p{N}]+)?$/u;
/**
 * "— Name (@handle) March 12, 2025": the signature a blockquote embed ends with; image-sharing
 * embeds sign "A post shared by Name (@handle)".
 */
const SIGNATURE_LINE = /^(?:[—–-]|a post shared by)\s*([^()@]{1,80}?)\s*\(@([A-Za-z0-9_.]{1,30})\)\s*(.{0,60})$/iu;
/** Tested on a unit's last characters only, so its cost does not grow with the unit. */
const INLINE_SIGNATURE = /\s[—–] ?[^()@—–\n]{1,80}\(@[A-Za-z0-9_.]{1,30}\) ?(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9} \d{4})\.?$/u;
const INLINE_SIGNATURE_TAIL = 160;

function endsWithInlineSignature(unit: string): boolean {
  return unit.length > INLINE_SIGNATURE_TAIL / 4 && INLINE_SIGNATURE.test(unit.slice(-INLINE_SIGNATURE_TAIL));
}
const DISPLAY_NAME_MAX_WORDS = 6;
const POST_BODY_MAX_UNITS = 4;

function isDisplayName(unit: string | undefined): unit is string {
  return unit !== undefined && wordCount(unit) <= DISPLAY_NAME_MAX_WORDS && !endsWithSentencePunctuation(unit) && !unit.endsWith(':');
}

/**
 * A post embedded in the story arrives as a card (display name, @handle, body, date line) or as a
 * blockquote (body, then "— Name (@handle) date"). Either becomes ONE paragraph, its lines joined
 * as written, so the post's words stay story and keep their author, instead of the name and
 * handle lines going as headlines and the date line as a timestamp. `posts` are those paragraphs.
 */
function foldEmbeddedPosts(units: readonly string[]): { units: string[]; posts: Set<string> } {
  const out: string[] = [];
  const posts = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (SIGNATURE_LINE.test(unit) && out.length > 0 && boilerplateReason(out.at(-1)!) === null) {
      const folded = `${out.pop()!} ${unit}`;
      out.push(folded);
      posts.add(folded);
      continue;
    }
    // "BREAKING: … — The Associated Press (@AP) August 23, 2016": an embed's body and its signature in
    // one unit is a post too, whatever its body looks like.
    if (endsWithInlineSignature(unit)) {
      out.push(unit);
      posts.add(unit);
      continue;
    }
    const handle = HANDLE_LINE.exec(unit);
    if (!handle) {
      out.push(unit);
      continue;
    }
    const ownName = handle[1]?.trim();
    const name = ownName ?? (isDisplayName(out.at(-1)) ? out.at(-1)! : null);
    const body: string[] = [];
    let date = '';
    let j = i + 1;
    for (; j < units.length && body.length < POST_BODY_MAX_UNITS; j++) {
      if (boilerplateReason(units[j]!) === 'timestamp') {
        date = units[j]!;
        j++;
        break;
      }
      body.push(units[j]!);
    }
    // Without its date line a card's end is unknown: take the one unit after the handle.
    if (!date) {
      body.splice(1);
      j = i + 1 + body.length;
    }
    if (name === null || body.length === 0) {
      out.push(unit);
      continue;
    }
    if (ownName === undefined) out.pop();
    const folded = [ownName === undefined ? name : null, unit, ...body, date || null].filter((x) => x !== null).join(' ');
    out.push(folded);
    posts.add(folded);
    i = j - 1;
  }
  return { units: out, posts };
}

// ---------------------------------------------------------------------------------------------
// Transcripts

/** "Q: …", "A: …", or "Ann Lee: …" / "LYLE: …" — a labelled turn of an interview or transcript. */
const TURN_LABEL = /^((?:Q|A|Question|Answer)\s*[:.]|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*:)\s+\S/u;
/** A transcript shows itself by repeated labels: two parties, each with at least this many turns. */
const MIN_TURNS_PER_LABEL = 2;

function turnLabel(unit: string): string | null {
  const match = TURN_LABEL.exec(unit);
  if (!match) return null;
  const label = match[1]!.replace(/\s*[:.]$/, '').toLowerCase();
  return label === 'question' ? 'q' : label === 'answer' ? 'a' : label;
}

/**
 * The labels of an interview or transcript in the text: "Q" when there are several "Q:" lines, or
 * the names that each open two or more lines. Their turns are story, however short.
 */
function transcriptLabels(units: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const label = turnLabel(unit);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const labels = new Set<string>();
  if ((counts.get('q') ?? 0) >= MIN_TURNS_PER_LABEL) labels.add('q').add('a');
  const named = [...counts].filter(([label, n]) => label !== 'q' && label !== 'a' && n >= MIN_TURNS_PER_LABEL).map(([label]) => label);
  if (named.length >= 2) for (const label of named) labels.add(label);
  return labels;
}

// ---------------------------------------------------------------------------------------------
// Publisher

const FOOTER_PUBLISHER =
  /\b(?:first|originally) (?:appeared|published|ran|posted)(?: (?:on|in|at|by))? (.{2,200})$/i;
const ORIGINALLY_BY = /\b(?:published|reproduced|republished|reprinted) (?:by|from|with permission (?:of|from)) (.{2,200})$/i;
const COPYRIGHT_HOLDER = [
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*(.{2,120})$/i,
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(\D{2,80}?)\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?\.?(?:\s*all rights reserved\.?)?$/i,
];

const NAME_CUT =
  /\s*(?:[.;!]\s|[.;!]$|,|\s\|\s|\s[-–—]\s|\s+(?:on|in)\s+(?:\d|the \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s+and is\b|\s+and was\b|\s+under\b|\s+with permission\b|\s+all rights reserved)/i;

const STARTS_WITH_DATE_WORD = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})\\b`, 'i');

function cleanName(raw: string): string | null {
  const cut = raw.split(NAME_CUT)[0] ?? '';
  const name = cut.replace(/^[\s"'“‘]+|[\s"'”’.:]+$/g, '').trim();
  if (name.length < 2 || name.length > 80) return null;
  if (!/^\p{Lu}|^\d/u.test(name)) return null;
  // "First published on Tue 25 May 2021" names a date, not an outlet.
  if (isTimestampOnly(name) || (STARTS_WITH_DATE_WORD.test(name) && /\d/.test(name))) return null;
  return name;
}

/** Whether the words after "© 2021" are clearly an organisation's name (capitalised words only). */
function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 6 || /\d/.test(name)) return false;
  const connectors = new Set(['of', 'the', 'and', '&', 'for', 'de', 'la', 'le']);
  return words.every((w) => connectors.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}

function publisherFrom(removed: { text: string; reason: RemovalReason }[]): string | null {
  for (const { text, reason } of removed) {
    if (reason !== 'footer' || text.length > BOILERPLATE_MAX_CHARS) continue;
    const match = FOOTER_PUBLISHER.exec(text) ?? ORIGINALLY_BY.exec(text);
    const name = match?.[1] ? cleanName(match[1]) : null;
    if (name) return name;
  }
  for (const { text, reason } of removed) {
    if (reason !== 'copyright' || text.length > BOILERPLATE_MAX_CHARS) continue;
    const holder = core(text);
    const match = COPYRIGHT_HOLDER.map((re) => re.exec(holder)).find((m) => m !== null);
    const name = match?.[1] ? cleanName(match[1]) : null;
    if (name && !/^all rights reserved/i.test(name) && isOrganisationName(name)) return name;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Title

function isHeadlineShaped(unit: string): boolean {
  const words = wordCount(unit);
  return words <= TITLE_MAX_WORDS && (!endsWithSentencePunctuation(unit) || words <= HEADLINE_MAX_WORDS);
}

/** After a short label, a line ending in a full stop is the story's first paragraph, not its headline. */
function endsWithFullStop(unit: string): boolean {
  return /\.["'”’)\]]*$/.test(unit.slice(-6));
}

/** One or two words without punctuation: a section or kicker, too short for a headline. */
function isSectionLabel(unit: string): boolean {
  return wordCount(unit) <= 2 && !endsWithSentencePunctuation(unit);
}

function titleFromText(paragraph: string): string {
  const firstSentence = /^.*?[.!?](?=\s|$)/.exec(paragraph.slice(0, 400))?.[0] ?? paragraph;
  if (firstSentence.length <= DERIVED_TITLE_MAX_CHARS) return firstSentence;
  const clipped = firstSentence.slice(0, DERIVED_TITLE_MAX_CHARS - 1);
  const lastSpace = clipped.lastIndexOf(' ');
  return `${clipped.slice(0, lastSpace > 40 ? lastSpace : clipped.length)}…`;
}

// ---------------------------------------------------------------------------------------------

export function cleanScrapedText(raw: string): CleanedText {
  const { units, posts } = foldEmbeddedPosts(splitIntoUnits(normaliseText(raw)));
  const removed: CleanedText['removed'] = [];
  const paragraphs: string[] = [];
  let title: string | null = null;
  let sectionLabel: string | null = null;
  const turns = transcriptLabels(units);
  const isTurn = (unit: string) => turns.has(turnLabel(unit) ?? '');

  for (const unit of units) {
    const reason = posts.has(unit) ? null : boilerplateReason(unit);
    const beforeStory = title === null && paragraphs.length === 0;
    if (reason !== null) {
      removed.push({ text: unit, reason });
    } else if (beforeStory && isSectionLabel(unit)) {
      // "World", "Politics": a section name above the headline; the title only if nothing better follows.
      sectionLabel ??= unit;
      removed.push({ text: unit, reason: 'section' });
    } else if (beforeStory && !posts.has(unit) && isHeadlineShaped(unit) && (sectionLabel === null || !endsWithFullStop(unit))) {
      title = unit;
    } else if (title !== null && unit === title) {
      removed.push({ text: unit, reason: 'title-repeat' });
    } else if (looksLikeHeadline(unit) && !isTurn(unit) && !posts.has(unit)) {
      removed.push({ text: unit, reason: 'linked-headline' });
    } else {
      paragraphs.push(unit);
    }
  }

  return {
    title: title ?? sectionLabel ?? (paragraphs[0] !== undefined ? titleFromText(paragraphs[0]) : ''),
    publisher: publisherFrom(removed),
    author: authorFrom(removed),
    paragraphs,
    removed,
  };
}

/** Bylines that name a desk, not a person: "By Staff Reporter", "By Our Correspondent", "By News Desk". */
const NOT_A_WRITER = new Set(['staff', 'reporter', 'reporters', 'writer', 'writers', 'correspondent', 'correspondents', 'desk', 'agencies', 'agency', 'editor', 'editors', 'team', 'news', 'wire', 'wires', 'newsroom', 'our']);

/** "By Nadia Brennan", "By Priya Halloran, Football Correspondent": a person's name, two to four words. */
function authorFrom(removed: { text: string; reason: RemovalReason }[]): string | null {
  for (const { text, reason } of removed) {
    if (reason !== 'byline') continue;
    const m = BYLINE_START.exec(core(text));
    if (!m) continue;
    const name = core(text).slice(m[0].length - 1).split(/\s*(?:,|\||\band\b|\s[-–—]\s|\bin\b|\bfor\b)\s*/u)[0]!.trim();
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_A_WRITER.has(w.toLowerCase()))) continue;
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return name;
  }
  return null;
}
