/**
 * Parse a slash command as typed in Discord: `/quotes speaker:Ada Okafor`. A value runs until
 * the next ` name:` that is one of the command's own options, or the end; "quoted" values may
 * hold anything. Pure: the caller says which option names a command has.
 */

export type ParsedLine =
  | { ok: true; command: string; options: Record<string, string> }
  | { ok: false; error: string };

/** The option names of a command, or undefined when there is no such command. */
export type OptionNamesOf = (command: string) => readonly string[] | undefined;

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’', '«': '»' };
const OPTION_LIKE = /^([A-Za-z][\w-]*):/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where each option starts in `rest` (at the start or after whitespace): the command's own options,
 * and anything else written the way Discord shows an option, `name:value` with no space after the
 * colon ("bogus:1"), so that it is refused as an unknown option instead of swallowed into the value
 * before it. A colon followed by a space ("he said: …") or by `//` (a web address) is text.
 */
function optionMarkers(rest: string, names: readonly string[]): { name: string; start: number; valueStart: number }[] {
  const known = names.length === 0 ? '' : `(${names.map(escapeRegExp).join('|')}):|`;
  const pattern = new RegExp(`(^|\\s)(?:${known}([A-Za-z][\\w-]*):(?=\\S)(?!//))`, 'gi');
  const markers: { name: string; start: number; valueStart: number }[] = [];
  for (const match of rest.matchAll(pattern)) {
    const start = match.index + match[1]!.length;
    const name = match[2] !== undefined ? match[2].toLowerCase() : match[3]!;
    markers.push({ name, start, valueStart: match.index + match[0].length });
  }
  return markers;
}

/** A value that opens with a quotation mark ends at its closing mark; returns the inside and where it ended. */
function readQuoted(rest: string, from: number): { value: string; end: number } | null {
  const open = rest[from];
  const close = open === undefined ? undefined : QUOTE_PAIRS[open];
  if (close === undefined) return null;
  const end = rest.indexOf(close, from + 1);
  if (end === -1) return null;
  const after = rest[end + 1];
  if (after !== undefined && !/\s/.test(after)) return null;
  return { value: rest.slice(from + 1, end), end: end + 1 };
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * `loneOptionOf`: the option a value typed without a name goes to, for commands whose options
 * include optional extras (the library's article:, scope:) besides their one own option.
 */
export function parseCommandLine(line: string, optionNamesOf: OptionNamesOf, loneOptionOf?: (command: string) => string | undefined): ParsedLine {
  const trimmed = line.trim();
  const body = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed;
  const nameMatch = /^\S+/.exec(body);
  if (nameMatch === null) return { ok: false, error: 'Empty command: type a slash command such as /speakers.' };
  const command = nameMatch[0].toLowerCase();
  const rest = body.slice(nameMatch[0].length).trim();
  const names = optionNamesOf(command);
  if (names === undefined) return { ok: true, command, options: Object.create(null) as Record<string, string> };

  // No prototype: an option typed as "__proto__:x" must stay an ordinary (unknown) key.
  const options: Record<string, string> = Object.create(null) as Record<string, string>;
  const markers = optionMarkers(rest, names);
  const leading = rest.slice(0, markers[0]?.start ?? rest.length).trim();
  if (leading.length > 0) {
    const unknown = OPTION_LIKE.exec(leading);
    if (unknown) {
      options[unknown[1]!] = leading.slice(unknown[0].length).trim();
    } else if (names.length === 1 || loneOptionOf?.(command) !== undefined) {
      // A lone option may be typed without its name: "/quotes Okafor".
      options[names.length === 1 ? names[0]! : loneOptionOf!(command)!] = unquote(leading);
    } else {
      return { ok: false, error: `Unexpected text "${leading}": write options as name:value.` };
    }
  }

  let i = 0;
  while (i < markers.length) {
    const marker = markers[i]!;
    if (Object.hasOwn(options, marker.name)) {
      return { ok: false, error: `The option ${marker.name} is given more than once.` };
    }
    const valueStart = skipSpaces(rest, marker.valueStart);
    const quoted = readQuoted(rest, valueStart);
    if (quoted) {
      options[marker.name] = quoted.value;
      // Markers inside the quoted value belong to the value.
      while (i < markers.length && markers[i]!.start < quoted.end) i++;
      const next = markers[i]?.start ?? rest.length;
      const stray = rest.slice(quoted.end, next).trim();
      if (stray.length > 0) return { ok: false, error: `Unexpected text "${stray}" after ${marker.name}'s quoted value.` };
      continue;
    }
    const end = markers[i + 1]?.start ?? rest.length;
    options[marker.name] = rest.slice(valueStart, end).trim();
    i++;
  }
  return { ok: true, command, options };
}

function unquote(value: string): string {
  const quoted = readQuoted(value, 0);
  return quoted && quoted.end === value.length ? quoted.value : value;
}
