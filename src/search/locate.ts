/**
 * Where a question's words stand in the article, word for word: the longest run of the question's
 * words (after its "who said" frame) found consecutively in the article's text. Personal pronouns
 * match one another, so "who said they will not back down" finds "we will not back down". This
 * finds words that are in the article whether or not any extracted statement holds them.
 */
import type { Article, Sentence } from '../article/types.ts';
import { QUERY_STOP_WORDS } from './stopwords.ts';
import { withoutFrame } from './verbatim.ts';
import { verbatimForm } from './text.ts';

/** The fewest words a run needs, and the share of the question's words it must cover. */
const MIN_RUN_WORDS = 4;
const MIN_RUN_SHARE = 0.6;
/** A run of only function words ("one of the most") says nothing about where the question is. */
const MIN_RUN_CONTENT_WORDS = 2;
const NEARLY_ALL = 0.8;
const LONG_RUN_WORDS = 6;
/** Beyond this many word positions to visit for one question, the search is skipped. */
const MAX_POSITIONS_VISITED = 200_000;

const PRONOUN_CLASS = '\u0002pronoun';
const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'he', 'him', 'his',
  'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs', 'themselves', 'im', 'ive', 'ill',
  'id', 'were', 'weve', 'theyre', 'theyve', 'theyll', 'theyd', 'hes', 'shes',
]);
/** "I am" becomes "they are" when a reader retells it: the verb after a pronoun may change too. */
const BE_FORMS = new Set(['am', 'are', 'is', 'was', 'were']);

function normal(word: string): string {
  if (PRONOUNS.has(word)) return PRONOUN_CLASS;
  if (BE_FORMS.has(word)) return '\u0002be';
  return word;
}

export interface WordPosition {
  paragraph: number;
  sentence: Sentence;
}

/** Every word of the article in order, with where it stands; a paragraph break between paragraphs. */
export class ArticleWords {
  private readonly words: string[] = [];
  private readonly positions: (WordPosition | null)[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(article: Article) {
    for (const p of article.paragraphs) {
      for (const sentence of p.sentences) {
        for (const word of verbatimForm(sentence.text).split(' ').filter(Boolean)) {
          this.push(normal(word), { paragraph: p.n, sentence });
        }
      }
      this.push('\u0002break', null);
    }
  }

  private push(word: string, at: WordPosition | null): void {
    const i = this.words.length;
    this.words.push(word);
    this.positions.push(at);
    if (at === null) return;
    const list = this.postings.get(word);
    if (list) list.push(i);
    else this.postings.set(word, [i]);
  }

  /**
   * The longest run of the question's words found consecutively in the article, when it is long
   * enough to mean the question quotes the article (see MIN_RUN_*), else null.
   */
  locate(query: string): LocatedRun | null {
    const asked = withoutFrame(query).split(' ').filter(Boolean);
    if (asked.length < MIN_RUN_WORDS) return null;
    const normalised = asked.map(normal);
    // Bound the work on a long article: a question of common words visits every place they stand.
    let work = 0;
    for (const word of normalised) work += this.postings.get(word)?.length ?? 0;
    if (work > MAX_POSITIONS_VISITED) return null;
    // run[p] = length of the run of question words ending at article word p (previous question word).
    let previous = new Map<number, number>();
    let best = { length: 0, endWord: -1, endAsked: -1 };
    normalised.forEach((word, i) => {
      const current = new Map<number, number>();
      for (const p of this.postings.get(word) ?? []) {
        const length = (previous.get(p - 1) ?? 0) + 1;
        current.set(p, length);
        if (length > best.length) best = { length, endWord: p, endAsked: i };
      }
      previous = current;
    });
    if (best.length < Math.max(MIN_RUN_WORDS, Math.ceil(asked.length * MIN_RUN_SHARE))) return null;
    const runWords = asked.slice(best.endAsked - best.length + 1, best.endAsked + 1);
    const contentWords = runWords.filter((w) => !QUERY_STOP_WORDS.has(w) && !PRONOUNS.has(w)).length;
    // "the fight is not over": one content word is enough when the run is nearly the whole question,
    // and none when it is long ("there were those of us who felt"): six function words in a row
    // are a quotation, not a coincidence.
    const nearlyAll = best.length / asked.length >= NEARLY_ALL;
    const neededContent = nearlyAll ? (best.length >= LONG_RUN_WORDS ? 0 : 1) : MIN_RUN_CONTENT_WORDS;
    if (contentWords < neededContent) return null;
    const middle = this.positions[best.endWord - Math.floor(best.length / 2)];
    if (!middle) return null;
    // A question that keeps most of a sentence but changes its key word ("tightened" for
    // "relaxed", "60" for "6") is not that sentence: every content word must stand in it.
    const sentenceWords = new Set(verbatimForm(middle.sentence.text).split(' '));
    const outside = [...asked.slice(0, best.endAsked - best.length + 1), ...asked.slice(best.endAsked + 1)];
    if (outside.some((w) => !QUERY_STOP_WORDS.has(w) && !PRONOUNS.has(w) && !BE_FORMS.has(w) && !sentenceWords.has(w))) return null;
    return { ...middle, words: runWords, share: best.length / asked.length };
  }
}

export interface LocatedRun extends WordPosition {
  /** The question's words found in the article (as typed, in verbatim form). */
  words: string[];
  /** Their share of the question's words after its frame. */
  share: number;
}

/** Three consecutive words: enough to say a statement holds part of a located run. */
const HOLDING_WINDOW = 3;

/**
 * How many three-word windows of a located run a text holds, compared as the run was found
 * (pronouns alike, forms of "be" alike), so a retold "they are over 65" is held by "we are over 65".
 */
export function heldWindows(run: readonly string[], text: string): number {
  const form = ` ${verbatimForm(text).split(' ').map(normal).join(' ')} `;
  const words = run.map(normal);
  let held = 0;
  for (let i = 0; i + HOLDING_WINDOW <= words.length; i++) {
    if (form.includes(` ${words.slice(i, i + HOLDING_WINDOW).join(' ')} `)) held += 1;
  }
  return held;
}
