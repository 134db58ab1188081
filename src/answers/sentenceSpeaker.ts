/**
 * Who, if anyone, one sentence of the article attributes its words to, read from the sentence
 * alone: the subject of its speech verb ("X said …", "X, a spokeswoman, is telling crowds …",
 * "…, X said", "said X", "according to X"), with "he/she said" taken as the person named last
 * before it. Used when a question quotes words that are in the article but in no extracted
 * statement, so the reply says whose words they are — or that they are the article's own
 * narration — instead of "nobody said that".
 */
import type { Entity } from '../search/aliases.ts';
import type { WordPosition } from '../search/locate.ts';
import { foldPunctuation } from '../search/text.ts';
import type { ArticleContext } from './context.ts';
import { isPersonNoun } from '../lexicon/person-nouns.ts';
import { SOURCE_NOUNS, STATEMENT_NOUNS } from '../attribution/lexicon.ts';

/** Reporting verbs in forms that are rarely nouns ("state", "note", "report" and "tweet" are left out). */
const SPEECH_VERB =
  /^(?:say|says|said|saying|tells|told|telling|added|adds|adding|stated|explained|explains|wrote|writes|tweeted|argued|argues|arguing|claimed|claims|insisted|insists|noted|warned|warns|announced|declared|replied|responded|recalled|acknowledged|admitted|admits|conceded|predicted|predicts|promised|vowed|vows|pledged|joked|complained|complains|asked|urged|urges|suggested|suggests|contended|contends|asserted|accused|blamed|denied|denies|boasted|boasts|quipped|stressed|notes|refuted|refutes|believes|believed|thinks|thought|announces|acknowledges|estimated|estimates|reported|reports)$/i;
/** Any verb (an -ed or -s form) right after a named subject and before "that" reports a clause. */
const VERB_BEFORE_THAT = /^\p{L}+(?:ed|s)$/u;
/** Verbs that take a person or a clause beginning with "the": "told the crowd", "said the plan …". */
const TAKES_DETERMINER = /^(?:say|says|said|saying|tells|told|telling|asked|urged|urges|accused|blamed|warned|warns|promised|added|adds|wrote|writes|argued|argues|insisted|insists|suggested|suggests|predicted|predicts)$/i;
/** Words between a subject and its verb that do not end the subject's search. */
const BETWEEN = /^(?:has|have|had|is|was|were|are|will|would|also|later|then|previously|once|recently|repeatedly|again|has|been|now|still|even|reportedly|publicly|privately|\p{L}+ly)$/iu;
/** Words that end a noun phrase when reading backwards from the verb. */
const BOUNDARY =
  /^(?:and|but|or|that|which|who|whom|when|while|as|if|because|since|after|before|although|though|where|so|than|in|on|at|to|for|from|with|by|of|about|into|over|during|under|against|between|through|meanwhile|also|then|however)$/i;
const PRONOUN_SUBJECT = /^(?:he|she)$/i;
const PLACEHOLDER = /^\u0001(\d+)\u0001$/;
/** At most this many words make an unnamed speaker's phrase ("a senior campaign aide"). */
const MAX_PHRASE_WORDS = 6;
const TOKEN = /\u0001\d+\u0001|[\p{L}\p{N}][\p{L}\p{N}'.%-]*|[,;:()"]/gu;

/** The speaker a sentence attributes itself to: a known entity, or the phrase it names. */
export type SentenceSpeaker = { entity: Entity } | { phrase: string };

export function sentenceSpeaker(ctx: ArticleContext, at: WordPosition): SentenceSpeaker | null {
  const aliases = ctx.index.aliases;
  const tokens = [...foldPunctuation(aliases.mark(at.sentence.text, false)).matchAll(TOKEN)].map((m) => m[0]);
  const entityAt = (i: number): Entity | undefined => {
    const m = PLACEHOLDER.exec(tokens[i] ?? '');
    return m ? aliases.entities[Number(m[1])] : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (/^according$/i.test(word) && /^to$/i.test(tokens[i + 1] ?? '')) {
      const entity = entityAt(i + 2) ?? entityAt(i + 3);
      if (entity) return { entity };
    }
    const reportsThat = VERB_BEFORE_THAT.test(word) && /^that$/i.test(tokens[i + 1] ?? '') && entityAt(i - 1) !== undefined;
    if (!SPEECH_VERB.test(word) && !reportsThat) continue;
    // "claimed a victory", "announced the winner": an object, not a statement.
    if (/^(?:a|an|the)$/i.test(tokens[i + 1] ?? '') && !TAKES_DETERMINER.test(word)) continue;
    const subject = subjectBefore(tokens, i, entityAt) ?? (entityAt(i + 1) ?? entityAt(i + 2));
    if (subject === 'pronoun') {
      const previous = lastPersonBefore(ctx, at);
      if (previous) return { entity: previous };
      continue;
    }
    if (subject) return typeof subject === 'string' ? { phrase: subject } : { entity: subject };
  }
  return null;
}

/** The subject of the verb at `verb`: an entity, an unnamed phrase, 'pronoun', or undefined. */
function subjectBefore(
  tokens: readonly string[],
  verb: number,
  entityAt: (i: number) => Entity | undefined,
): Entity | string | 'pronoun' | undefined {
  let i = verb - 1;
  while (i >= 0 && BETWEEN.test(tokens[i]!)) i--;
  // An appositive between commas: "Ann Lee, the party's chair, said".
  if (tokens[i] === ',') {
    const open = tokens.lastIndexOf(',', i - 1);
    if (open > 0 && i - open <= 12) i = open - 1;
  }
  if (i < 0) return undefined;
  const entity = entityAt(i);
  if (entity) return entity;
  if (PRONOUN_SUBJECT.test(tokens[i]!)) return 'pronoun';
  const phrase: string[] = [];
  while (i >= 0 && phrase.length < MAX_PHRASE_WORDS && /^[\p{L}\p{N}]/u.test(tokens[i]!) && !BOUNDARY.test(tokens[i]!)) {
    phrase.unshift(tokens[i]!);
    i--;
  }
  // "Okafor's campaign said": the phrase owned by a named entity (the alias map ate the "'s").
  const owner = entityAt(i);
  if (owner && phrase.length > 0) return `${owner.speaker.name}’s ${phrase.join(' ')}`;
  return isSpeakerPhrase(phrase) ? phrase.join(' ') : undefined;
}

/**
 * Does an unnamed subject look like someone who speaks: a capitalised name or a determiner and a
 * noun ("a campaign aide", "Twenty-four percent"), not a pronoun, a possessive or a lone word?
 */
function isSpeakerPhrase(phrase: readonly string[]): boolean {
  const first = phrase[0];
  if (!first || /^(?:it|they|we|i|you|this|that|there|his|her|their|its|our|my|your|he|she)$/i.test(phrase.at(-1)!)) return false;
  if (/^(?:his|her|their|its|our|my|your)$/i.test(first) || /['’]s$/i.test(phrase.at(-1)!)) return false;
  // "a microphone", "the trail": an unnamed speaker is headed by a noun for people (or a group of them).
  const head = phrase.at(-1)!;
  const lower = head.toLowerCase();
  if (/^\p{Ll}/u.test(head) && !isPersonNoun(lower) && !SOURCE_NOUNS.has(lower) && !STATEMENT_NOUNS.has(lower) && !DOCUMENT_NOUNS.has(lower.replace(/s$/, ''))) return false;
  if (/^(?:the|a|an|some|many|most|several|few|\d[\d,.%]*)$/i.test(first)) return phrase.length >= 2;
  return phrase.some((w) => /^\p{Lu}/u.test(w));
}

/** Things that say something in news writing: "a new poll found", "the lawsuit says". */
const DOCUMENT_NOUNS = new Set(['poll', 'survey', 'study', 'analysis', 'document', 'record', 'filing', 'lawsuit', 'complaint', 'ruling', 'memo', 'data', 'figure', 'audit', 'review', 'investigation', 'indictment', 'affidavit', 'website', 'account', 'campaign', 'committee', 'group', 'agency', 'department', 'office']);

/** The person named last before the sentence, in its paragraph or the one before. */
function lastPersonBefore(ctx: ArticleContext, at: WordPosition): Entity | undefined {
  const aliases = ctx.index.aliases;
  const paragraph = ctx.index.paragraph(at.paragraph);
  const previous = ctx.index.paragraph(at.paragraph - 1);
  const text = `${previous?.text ?? ''}\n${paragraph ? paragraph.text.slice(0, at.sentence.start) : ''}`;
  const marks = [...aliases.mark(text, false).matchAll(/\u0001(\d+)\u0001/g)];
  for (let k = marks.length - 1; k >= 0; k--) {
    const entity = aliases.entities[Number(marks[k]![1])];
    if (entity && entity.speaker.kind === 'person') return entity;
  }
  const quote = ctx.attribution.quotes.filter((q) => q.paragraphs[0]! <= at.paragraph).at(-1);
  return quote ? aliases.entityFor(quote.speaker) : undefined;
}
