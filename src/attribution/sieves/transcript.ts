/**
 * Interviews and transcripts, whose words carry no quotation marks:
 * - "NAME: words" lines (a court or broadcast transcript): the words are NAME's.
 * - Q&A: "Q:" lines are the interviewer's; the unquoted answers under each (with or without "A:")
 *   are the interviewee's, the person the introduction is about.
 * The paragraphs a transcript covers are its statements alone: a "said" inside an answer is part
 * of the answer, not a report of its own.
 */
import type { DocModel, ParagraphModel } from '../doc.ts';
import type { Entity, EntityRegistry, NameMention } from '../entities.ts';
import { reportingVerbAt, type SpeakerPhrase } from '../phrases.ts';

export interface TranscriptStatement {
  paragraphs: number[];
  /** Character offset of the words in the first paragraph. */
  offset: number;
  quote: string;
  phrase: SpeakerPhrase;
}

export interface Transcript {
  statements: TranscriptStatement[];
  /** Paragraphs whose words are all transcript statements. */
  paragraphs: Set<number>;
}

/** "Judge Ann Lee:", "LYLE:", "Prosecutor:" — a short label of capitalised words, then a colon. */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|de|van|von|al|bin)){0,4})\s*:\s+(?=\S)/u;
const QUESTION_LABEL = /^(?:Q|Question)\s*[:.]\s+(?=\S)/;
const ANSWER_LABEL = /^(?:A|Answer)\s*[:.]\s+(?=\S)/;
/** Labels that head a section of an article rather than a speaker's turn. */
const NOT_SPEAKERS = new Set(['update', 'updates', 'note', 'editor', "editor's note", 'watch', 'read', 'background', 'correction', 'clarification', 'live', 'breaking', 'analysis', 'context', 'q', 'a', 'question', 'answer']);
/** A transcript has at least this many turns: one "Name:" line is a heading or a caption. */
const MIN_TURNS = 2;
/** After the last question, the answer runs on for at most this many unquoted paragraphs. */
const MAX_FINAL_ANSWER_PARAGRAPHS = 4;
/** Nouns that make the name after them the interviewer ("our reporter Daniel Kerr"). */
const INTERVIEWER_NOUNS = new Set(['reporter', 'correspondent', 'journalist', 'editor', 'interviewer', 'host', 'presenter', 'writer', 'columnist', 'anchor']);
const FIRST_PERSON = new Set(['we', 'i']);
const QUESTIONED_BY = new Set(['interviewed', 'asked', 'questioned', 'cross-examined', 'examined', 'quizzed']);
const INTERVIEW_VERBS = new Set(['spoke', 'talked', 'speaks', 'talks', 'told', 'interviewed', 'asked', 'sat']);

/**
 * `publisher`: the outlet the article names as its own, the interviewer of a Q&A whose
 * introduction names no reporter ("We put your questions to …").
 */
export function findTranscript(doc: DocModel, registry: EntityRegistry, publisher: string | null = null): Transcript {
  const out: Transcript = { statements: [], paragraphs: new Set() };
  namedTurns(doc, registry, out);
  questionsAndAnswers(doc, registry, out, publisher);
  return out;
}

/** "Lyle", "MR LYLE", "Gareth Lyle" → that person; "The coroner", "CORONER" → whoever holds the role. */
function labelPhrase(label: string, registry: EntityRegistry, p: ParagraphModel): SpeakerPhrase | null {
  if (NOT_SPEAKERS.has(label.toLowerCase())) return null;
  const bare = label.replace(/^(?:mr|mrs|ms|dr|judge|justice|the)\.?\s+/i, '');
  const entity = registry.lookup(bare);
  if (entity && entity.kind === 'person') return { form: 'name', text: entity.name, paragraph: p.n, tokenIndex: 0, offset: 0 };
  const role = bare.toLowerCase();
  if (!/\s/.test(role) && registry.entities.some((e) => e.kind === 'person' && e.roleWords.has(role))) {
    return { form: 'role', text: `the ${role}`, paragraph: p.n, tokenIndex: 0, offset: 0 };
  }
  return null;
}

/** "Adeyemi: Who removed them?" / "Lyle: I don't know." — each turn is its speaker's. */
function namedTurns(doc: DocModel, registry: EntityRegistry, out: Transcript): void {
  const turns: { p: ParagraphModel; phrase: SpeakerPhrase; offset: number }[] = [];
  for (const p of doc.paragraphs) {
    const label = SPEAKER_LABEL.exec(p.text);
    if (!label || QUESTION_LABEL.test(p.text) || ANSWER_LABEL.test(p.text)) continue;
    const phrase = labelPhrase(label[1]!, registry, p);
    // "Clinton: 1,769." — a tally or a score after a name is a table row, no one's words.
    if (phrase && /\p{L}/u.test(p.text.slice(label[0].length))) turns.push({ p, phrase, offset: label[0].length });
  }
  if (turns.length < MIN_TURNS || new Set(turns.map((t) => t.phrase.text)).size < 2) return;
  for (const { p, phrase, offset } of turns) {
    out.statements.push({ paragraphs: [p.n], offset, quote: unquote(p.text.slice(offset)), phrase });
    out.paragraphs.add(p.n);
  }
}

/** How many paragraphs before an interview's first question introduce it. */
const INTRO_PARAGRAPHS = 3;
/** Failing those, how far back the introduction may be (bounded: an article may hold thousands of lines). */
const INTRO_FALLBACK_PARAGRAPHS = 12;

type MentionIndex = Map<number, NameMention[]>;

function mentionsByParagraph(registry: EntityRegistry): MentionIndex {
  const index: MentionIndex = new Map();
  for (const m of registry.mentions) {
    const list = index.get(m.paragraph) ?? [];
    list.push(m);
    index.set(m.paragraph, list);
  }
  return index;
}

/**
 * "Q: …" lines and the unquoted answers under them. An article may hold several interviews (a
 * live blog): each run of questions takes its interviewer and interviewee from the paragraphs
 * just before it, or failing that from everything before it.
 */
function questionsAndAnswers(doc: DocModel, registry: EntityRegistry, out: Transcript, publisher: string | null): void {
  const questions = doc.paragraphs.filter((p) => QUESTION_LABEL.test(p.text));
  if (questions.length < MIN_TURNS) return;
  const mentions = mentionsByParagraph(registry);
  let interviewer: { entity: Entity | null; phrase: SpeakerPhrase } | null = null;
  let interviewee: Entity | null = null;
  let lastCovered = -1;
  for (const [i, q] of questions.entries()) {
    if (q.n - 1 !== lastCovered) {
      const before: ParagraphModel[] = [];
      for (let n = Math.max(1, q.n - INTRO_FALLBACK_PARAGRAPHS); n < q.n; n++) {
        const p = doc.byN.get(n);
        if (p && !out.paragraphs.has(n)) before.push(p);
      }
      const near = before.filter((p) => q.n - p.n <= INTRO_PARAGRAPHS);
      interviewer = interviewerIn(near, mentions) ?? interviewerIn(before, mentions) ?? outlet(publisher, q.n);
      interviewee = intervieweeIn(near, mentions, interviewer?.entity ?? null) ?? intervieweeIn(before, mentions, interviewer?.entity ?? null);
      // Questions put to someone the introduction names, by nobody it names: "the interviewer".
      // With no one interviewed (an explainer's "Q: What is …?"), they are the article's own.
      if (!interviewer && interviewee) interviewer = unnamedInterviewer(q.n);
      // Someone who answers questions is a person.
      if (interviewee?.kind === 'unknown') interviewee.kind = 'person';
    }
    lastCovered = q.n;
    const next = questions[i + 1]?.n ?? Number.MAX_SAFE_INTEGER;
    // "Q: Do you think you can win? We have a real chance.": a question and its answer on one line.
    const offset = QUESTION_LABEL.exec(q.text)![0].length;
    const { askedEnd, answerStart } = sameLineAnswer(q.text, offset);
    if (interviewer) {
      out.statements.push({ paragraphs: [q.n], offset, quote: q.text.slice(offset, askedEnd).trim(), phrase: { ...interviewer.phrase, paragraph: q.n } });
      out.paragraphs.add(q.n);
    }
    const answeredBy = interviewee;
    if (!answeredBy) continue;
    if (answerStart < q.text.length) {
      out.statements.push({ paragraphs: [q.n], offset: answerStart, quote: q.text.slice(answerStart).trim(), phrase: { form: 'name', text: answeredBy.name, paragraph: q.n, tokenIndex: 0, offset: 0 } });
      out.paragraphs.add(q.n);
    }
    const answer = answerParagraphs(doc, q.n, next, answeredBy);
    if (answer.length === 0) continue;
    const first = answer[0]!;
    const answerOffset = answerLabelLength(first.text, answeredBy, registry);
    const words = answer.map((p) => p.text.slice(answerLabelLength(p.text, answeredBy, registry))).join(' ');
    out.statements.push({
      paragraphs: answer.map((p) => p.n),
      offset: answerOffset,
      quote: words,
      phrase: { form: 'name', text: answeredBy.name, paragraph: first.n, tokenIndex: 0, offset: 0 },
    });
    for (const p of answer) out.paragraphs.add(p.n);
    lastCovered = answer.at(-1)!.n;
  }
}

/** Where the question ends and its answer starts when both share one paragraph ("…? A: …"); the paragraph's end when not. */
function sameLineAnswer(text: string, from: number): { askedEnd: number; answerStart: number } {
  const whole = { askedEnd: text.length, answerStart: text.length };
  const mark = text.indexOf('?', from);
  if (mark < 0) return whole;
  const rest = text.slice(mark + 1);
  if (!/\p{L}/u.test(rest) || /^\s*["”’'»)]/u.test(rest)) return whole;
  const lead = rest.length - rest.trimStart().length;
  const label = ANSWER_LABEL.exec(rest.trimStart());
  return { askedEnd: mark + 1, answerStart: mark + 1 + lead + (label ? label[0].length : 0) };
}

/** The interviewer of a Q&A whose introduction and article name none: "the interviewer", as written. */
function unnamedInterviewer(paragraph: number): { entity: null; phrase: SpeakerPhrase } {
  return { entity: null, phrase: { form: 'source', text: 'the interviewer', paragraph, tokenIndex: 0, offset: 0 } };
}

/** "A: …" or "Osei: …" before an answer: its length, so the answer's words start after it. */
function answerLabelLength(text: string, interviewee: Entity, registry: EntityRegistry): number {
  const answer = ANSWER_LABEL.exec(text);
  if (answer) return answer[0].length;
  const label = SPEAKER_LABEL.exec(text);
  return label && registry.lookup(label[1]!) === interviewee ? label[0].length : 0;
}

/**
 * The answer under a question: the paragraph after it, and the next ones up to the next question
 * until the article's own narration resumes (a quotation, a report of speech, the interviewee
 * named in the third person); after the last question, at most a few.
 */
function answerParagraphs(doc: DocModel, question: number, nextQuestion: number, interviewee: Entity): ParagraphModel[] {
  const out: ParagraphModel[] = [];
  const last = nextQuestion === Number.MAX_SAFE_INTEGER;
  for (let n = question + 1; n < nextQuestion; n++) {
    const p = doc.byN.get(n);
    if (!p || QUESTION_LABEL.test(p.text)) break;
    const first = out.length === 0;
    if (last && out.length >= MAX_FINAL_ANSWER_PARAGRAPHS) break;
    if ((!first || last) && narrationResumes(p, interviewee)) break;
    // "A: …" answers: after the last question, a paragraph without the label is the article again.
    if (!first && last && ANSWER_LABEL.test(out[0]!.text) && !ANSWER_LABEL.test(p.text)) break;
    out.push(p);
  }
  return out;
}

function narrationResumes(p: ParagraphModel, interviewee: Entity): boolean {
  if (p.quoteRanges.length > 0) return true;
  // "The minister has posted on X:": a paragraph introducing what follows is the article's own.
  if (/:\s*$/.test(p.text)) return true;
  if (p.tokens.some((_, i) => reportingVerbAt(p, i) !== undefined)) return true;
  return interviewee.nameTokens.some((name) => p.tokens.some((t) => t.lower === name));
}

function outlet(publisher: string | null, paragraph: number): { entity: null; phrase: SpeakerPhrase } | null {
  return publisher ? { entity: null, phrase: { form: 'organisation', text: publisher, paragraph, tokenIndex: 0, offset: 0 } } : null;
}

/** "spoke to our reporter Daniel Kerr", "told the Herald", "interviewed by Jo Hart". */
function interviewerIn(intro: ParagraphModel[], mentions: MentionIndex): { entity: Entity; phrase: SpeakerPhrase } | null {
  for (const p of intro) {
    for (const m of mentions.get(p.n) ?? []) {
      if (!introducesInterviewer(p, m)) continue;
      return { entity: m.entity, phrase: { form: 'name', text: m.entity.name, paragraph: p.n, tokenIndex: m.from, offset: m.start, mention: m } };
    }
  }
  return null;
}

function introducesInterviewer(p: ParagraphModel, m: NameMention): boolean {
  if (p.inQuote[m.from]) return false;
  const before = (k: number) => p.tokens[m.from - k]?.lower ?? '';
  if (INTERVIEWER_NOUNS.has(before(1))) return true;
  // "spoke to Jo Hart", "spoke to the Herald", "interviewed by Jo Hart", "in conversation with".
  const lead = before(1) === 'the' ? 2 : 1;
  const preposition = before(lead);
  const verb = before(lead + 1);
  // "We spoke to Haddad": the outlet's own reporter asked; the one spoken to is the interviewee.
  const subject = before(lead + 2) === 'also' || /ly$/.test(before(lead + 2)) ? before(lead + 3) : before(lead + 2);
  if ((preposition === 'to' || preposition === 'with') && INTERVIEW_VERBS.has(verb)) return !FIRST_PERSON.has(subject);
  // "questioned by", "cross-examined by", "under questioning from" (a court transcript's Q lines).
  if (preposition === 'by') return QUESTIONED_BY.has(verb);
  return preposition === 'from' && (verb === 'questioning' || verb === 'questions');
}

/**
 * The person the introduction is about: in the introducing paragraph nearest the questions, the
 * most often named person who is not the interviewer.
 */
function intervieweeIn(intro: ParagraphModel[], mentions: MentionIndex, interviewer: Entity | null): Entity | null {
  for (const p of [...intro].reverse()) {
    const counts = new Map<Entity, number>();
    for (const m of mentions.get(p.n) ?? []) {
      if (m.entity === interviewer || !mayBePerson(m.entity) || p.inQuote[m.from]) continue;
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    let best: Entity | null = null;
    for (const [entity, count] of counts) if (!best || count > counts.get(best)!) best = entity;
    if (best) return best;
  }
  return null;
}

/** A person, or a full name nothing has typed yet ("put your questions to Ann Lee"). */
function mayBePerson(entity: Entity): boolean {
  return entity.kind === 'person' || (entity.kind === 'unknown' && entity.nameTokens.length > 1);
}

/** A turn written in quotation marks keeps only its words. */
function unquote(text: string): string {
  const match = /^["“‘'«]\s*([\s\S]*?)\s*["”’'»]?$/u.exec(text.trim());
  return match && /^["“‘'«]/u.test(text.trim()) ? match[1]! : text.trim();
}
