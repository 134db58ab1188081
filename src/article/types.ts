/** A sentence inside one paragraph; `start`/`end` are character offsets into the paragraph text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** One story paragraph after cleaning. `n` is the 1-based number every citation (¶n) uses. */
export interface Paragraph {
  n: number;
  text: string;
  sentences: Sentence[];
}

export interface Article {
  /** Stable identifier (file name without extension for files on disk). */
  id: string;
  title: string;
  /** From a "first appeared on X" style footer; null when the text does not say. */
  publisher: string | null;
  /** The writer named in the byline, when there is one: the "I" of the article's own sentences. */
  author?: string | null;
  paragraphs: Paragraph[];
}
