/**
 * The plain-data results of every command: exactly the JSON the CLI prints with --json, and what
 * the Discord adapter renders as embeds. No discord.js types here.
 */
import type { QuoteKind } from '../attribution/types.ts';

export interface SpeakersResult {
  command: 'speakers';
  speakers: { name: string; description: string | null; quotes: number }[];
}

export interface QuoteItem {
  speaker: string;
  quote: string;
  kind: QuoteKind;
  paragraphs: number[];
  via: string | null;
}

export interface QuotesResult {
  command: 'quotes';
  speaker: string | null;
  quotes: QuoteItem[];
  /** Present only when `speaker` matched nobody: the closest speaker names. */
  suggestions?: string[];
  /** What was typed, when it was one typing slip from `speaker` and answered as that speaker. */
  correctedFrom?: string;
  /** Why there are no quotes, in words for the reader ("… is mentioned but never quoted"). */
  note?: string;
}

export interface WhoSaidAnswer {
  speaker: string;
  description: string | null;
  quote: string;
  kind: QuoteKind;
  paragraph: number;
  via: string | null;
  score: number;
}

export interface WhoSaidResult {
  command: 'who-said';
  query: string;
  answers: WhoSaidAnswer[];
  /** Why `answers` is empty, in words for the reader ("… is mentioned but never quoted"). */
  note?: string;
  /**
   * Only beside an empty `answers`: the closest statements (at most three), which do NOT answer the
   * question — shown as a near miss so the reader can judge.
   */
  related?: RelatedStatement[];
}

export interface RelatedStatement {
  speaker: string;
  quote: string;
  paragraph: number;
  score: number;
}

export interface AskResult {
  command: 'ask';
  question: string;
  passages: { paragraph: number; text: string; sentence: string }[];
  note?: string;
}

export interface SummaryResult {
  command: 'summary';
  /** `speaker`: who says a sentence taken from inside a quotation that does not name them. */
  sentences: { text: string; paragraph: number; speaker?: string }[];
}

/** `/voices`: who is heard, largest voice first. `share` is of all attributed words, 0–1. */
export interface VoicesResult {
  command: 'voices';
  speakers: { name: string; kind: 'person' | 'organisation' | 'unnamed'; statements: number; words: number; share: number }[];
}

export interface HelpResult {
  command: 'help';
  commands: { name: string; usage: string; description: string }[];
}

export interface ErrorResult {
  error: string;
}

export type CommandResult =
  | SpeakersResult
  | QuotesResult
  | WhoSaidResult
  | AskResult
  | SummaryResult
  | VoicesResult
  | HelpResult;
