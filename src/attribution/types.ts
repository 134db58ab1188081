export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type SpeakerKind = 'person' | 'organisation' | 'source';

/** One attributed statement. Field names are the CLI JSON contract (`/quotes`). */
export interface Quote {
  /** Canonical speaker name: full name of a person, or the organisation / unnamed source as written. */
  speaker: string;
  /** The words, without the outer quotation marks (for `indirect`, the reported clause). */
  quote: string;
  kind: QuoteKind;
  /** Every paragraph number the statement spans, ascending. */
  paragraphs: number[];
  /** The outlet it was relayed through ("the agency" from "according to the agency"), else null. */
  via: string | null;
  /** How sure the attributor is of the speaker, 0–1 (lower when only a fallback found one). */
  confidence?: number;
}

export interface Speaker {
  /** Stable id derived from the canonical name (lower-case, hyphenated); used as the alias token. */
  id: string;
  name: string;
  kind: SpeakerKind;
  /** From an appositive or role phrase ("a professor of international relations at Leeds University"). */
  description: string | null;
  /** Every way the article refers to this speaker: full name, surname, "Mr X", role nouns. */
  aliases: string[];
  /** Paragraph where the speaker is first introduced. */
  firstParagraph: number;
}

export interface Attribution {
  quotes: Quote[];
  /** People and organisations that are quoted at least once, in order of first quote. */
  speakers: Speaker[];
  /** Named people mentioned in the story but never quoted ("what did Doe say?" → not quoted). */
  mentioned: Speaker[];
}
