/** Plain-text rendering of every command result for the terminal, with ¶ citations visible. */
import type {
  AskResult,
  CommandResult,
  HelpResult,
  QuoteItem,
  QuotesResult,
  SpeakersResult,
  SummaryResult,
  VoicesResult,
  WhoSaidResult,
} from '../answers/types.ts';

/** [20, 21] → "¶20–21"; [3, 5] → "¶3, ¶5"; [3, 4, 5] → "¶3–5". */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const runs: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `¶${sorted[i]}` : `¶${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function viaSuffix(via: string | null): string {
  return via ? `, via ${via}` : '';
}

/** `“…” — Ada Okafor (¶20–21)`; reported speech has no quotation marks and says so. */
export function formatQuote(item: Pick<QuoteItem, 'speaker' | 'quote' | 'kind' | 'paragraphs' | 'via'>): string {
  const words = item.kind === 'indirect' ? `(reported) ${item.quote}` : `“${item.quote}”`;
  return `${words} — ${item.speaker} (${formatParagraphs(item.paragraphs)}${viaSuffix(item.via)})`;
}

function renderSpeakers(result: SpeakersResult): string {
  if (result.speakers.length === 0) return 'No one is quoted in this article.';
  const lines = result.speakers.map((s) => {
    const who = s.description ? `${s.name}, ${s.description}` : s.name;
    return `• ${who} (${plural(s.quotes, 'quote')})`;
  });
  return [`Speakers quoted in the article (${result.speakers.length}):`, ...lines].join('\n');
}

function renderQuotes(result: QuotesResult): string {
  if (result.suggestions !== undefined) {
    const hint = result.suggestions.length > 0 ? ` Did you mean: ${result.suggestions.join(', ')}?` : '';
    return `No speaker named “${result.speaker ?? ''}” is quoted in this article.${hint}`;
  }
  if (result.quotes.length === 0) {
    if (result.note !== undefined) return result.note;
    return result.speaker ? `${result.speaker} has no quotes in this article.` : 'There are no quotes in this article.';
  }
  const heading = result.speaker
    ? `Quotes by ${result.speaker} (${result.quotes.length}):`
    : `All quotes, in article order (${result.quotes.length}):`;
  const corrected = result.correctedFrom !== undefined ? [`No speaker is called “${result.correctedFrom}”; showing the closest name.`] : [];
  return [...corrected, heading, ...result.quotes.map((q, i) => `${i + 1}. ${formatQuote(q)}`)].join('\n');
}

function renderWhoSaid(result: WhoSaidResult): string {
  if (result.answers.length === 0) {
    const reason = result.note ?? `Nothing in the article says “${result.query}”.`;
    const related = (result.related ?? []).map((r) => `  · ${r.speaker} (¶${r.paragraph}): “${r.quote}”`);
    return related.length === 0 ? reason : [reason, 'Closest statements (not a match):', ...related].join('\n');
  }
  const lines = result.answers.map((a, i) => {
    const who = a.description ? `${a.speaker}, ${a.description}` : a.speaker;
    const words = a.kind === 'indirect' ? `(reported) ${a.quote}` : `“${a.quote}”`;
    return `${i + 1}. ${words} — ${who} (¶${a.paragraph}${viaSuffix(a.via)})`;
  });
  const note = result.note ? [result.note] : [];
  return [`Who said “${result.query}”:`, ...lines, ...note].join('\n');
}

function renderAsk(result: AskResult): string {
  if (result.passages.length === 0) return result.note ?? `The article does not answer “${result.question}”.`;
  // Each passage once: the paragraph, its answering sentence marked **like this** when there is more.
  const lines = result.passages.map((p) => {
    const at = p.sentence && p.text !== p.sentence ? p.text.indexOf(p.sentence) : -1;
    const shown = at < 0 ? p.text || p.sentence : `${p.text.slice(0, at)}**${p.sentence}**${p.text.slice(at + p.sentence.length)}`;
    return `• (¶${p.paragraph}) ${shown}`;
  });
  const note = result.note ? [result.note] : [];
  return [`What the article says on “${result.question}”:`, ...lines, ...note].join('\n');
}

function renderSummary(result: SummaryResult): string {
  if (result.sentences.length === 0) return 'There is nothing to summarise.';
  return [
    `Summary (${plural(result.sentences.length, 'sentence')}):`,
    ...result.sentences.map((s) => `• ${s.text}${s.speaker ? ` — ${s.speaker}` : ''} (¶${s.paragraph})`),
  ].join('\n');
}

const VOICE_KINDS: Record<VoicesResult['speakers'][number]['kind'], string> = { person: 'person', organisation: 'organisation', unnamed: 'unnamed' };

/** The /voices table: one row per speaker, largest voice first, with a text bar of its share. */
function renderVoices(result: VoicesResult): string {
  if (result.speakers.length === 0) return 'No one is quoted in this article.';
  const nameWidth = Math.min(30, Math.max(7, ...result.speakers.map((s) => [...s.name].length)));
  const clip = (name: string) => ([...name].length > nameWidth ? `${[...name].slice(0, nameWidth - 1).join('')}…` : name);
  const maxShare = Math.max(...result.speakers.map((s) => s.share), 0.0001);
  const rows = result.speakers.map((s) => {
    const bar = '█'.repeat(Math.max(1, Math.round((s.share / maxShare) * 20)));
    const share = `${Math.round(s.share * 100)}%`.padStart(4);
    return `  ${clip(s.name).padEnd(nameWidth)}  ${VOICE_KINDS[s.kind].padEnd(12)}  ${String(s.statements).padStart(10)}  ${String(s.words).padStart(5)}  ${share}  ${bar}`;
  });
  return [
    `Who is heard (${plural(result.speakers.length, 'speaker')}; share of the attributed words):`,
    `  ${'speaker'.padEnd(nameWidth)}  ${'kind'.padEnd(12)}  statements  words  share`,
    ...rows,
  ].join('\n');
}

function renderHelp(result: HelpResult): string {
  const width = Math.max(0, ...result.commands.map((c) => c.usage.length));
  return [
    'Commands (options are written name:value):',
    ...result.commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`),
  ].join('\n');
}

export function renderResult(result: CommandResult): string {
  switch (result.command) {
    case 'speakers':
      return renderSpeakers(result);
    case 'quotes':
      return renderQuotes(result);
    case 'who-said':
      return renderWhoSaid(result);
    case 'ask':
      return renderAsk(result);
    case 'summary':
      return renderSummary(result);
    case 'voices':
      return renderVoices(result);
    case 'help':
      return renderHelp(result);
    default: {
      const unknown: never = result;
      return JSON.stringify(unknown);
    }
  }
}
