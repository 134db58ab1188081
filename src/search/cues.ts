/**
 * What kind of answer a question wants, and how strongly a sentence offers it. General English
 * patterns only: dates and times for "when", places for "where", names for "who", numbers for
 * "how many/much".
 */

export type QuestionType = 'when' | 'where' | 'who' | 'quantity' | 'why' | 'other';

const PATTERNS: [QuestionType, RegExp][] = [
  ['when', /\b(when|what (time|date|day|year|month)|which (day|date|year|month|week)|since when|how long ago)\b/i],
  ['where', /\b(where|which (city|country|town|place|region|state|province|county|university|venue|street))\b/i],
  ['quantity', /\b(how (many|much|long|far|big|large|old)|what (is|was) the (number|amount|cost|price|value|size|total))\b/i],
  ['why', /\b(why|for what reason|what caused)\b/i],
  ['who', /\b(who|whom|whose|which (person|man|woman|official|newspaper|paper|company|firm|agency|group|organisation|organization|outlet|minister|leader|country))\b/i],
];

/** The question type from its wording (first matching pattern in a fixed priority order). */
export function questionType(question: string): QuestionType {
  for (const [type, pattern] of PATTERNS) if (pattern.test(question)) return type;
  return 'other';
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const TIME_CUES: [RegExp, number][] = [
  [new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}`), 1],
  [/\b(1[6-9]|20)\d{2}\b/, 0.9],
  [new RegExp(`\\b(?:in|since|by|until|from|during|last|next|this|early|late|end of) ${MONTH}(?![\\w])`), 0.9],
  [new RegExp(`\\b${WEEKDAY}\\b`), 0.8],
  [/\b\d{1,2}(:\d{2})?\s?(a\.m\.|p\.m\.|am|pm)\b/i, 0.8],
  [/\b(yesterday|today|tomorrow|tonight|ago|next (week|month|year)|last (week|month|year)|this (week|month|year)|end of (the )?(week|month|year)|within \d+ (days|weeks|months|years)|(spring|summer|autumn|fall|winter))\b/i, 0.6],
  [new RegExp(`\\b${MONTH}(?![\\w])`), 0.5],
];

const PLACE_CUES: [RegExp, number][] = [
  // "near Ames, Iowa", "at Nanjing University", "in New York": a locative preposition and a name.
  [/\b(in|at|near|from|outside|inside|across|throughout|around|to)\s+(the\s+)?([A-Z][\p{L}'-]+)(\s+(of\s+)?[A-Z][\p{L}'-]+)*/u, 1],
  [/\b[A-Z][\p{L}]+,\s+[A-Z][\p{L}]+\b/u, 0.7],
];

const NUMBER_CUE = /(\$|£|€|¥)\s?\d|\b\d[\d,.]*\s?(%|percent|per cent|million|billion|trillion)?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/i;
const NAME_CUE = /\b[A-Z][\p{L}'’-]+(\s+[A-Z][\p{L}'’-]+)+/gu;
const REASON_CUE = /\b(because|due to|as a result|since|after|so that|in order to|owing to|amid|in the face of)\b/i;

function strongest(cues: [RegExp, number][], text: string): number {
  let best = 0;
  for (const [pattern, strength] of cues) if (strength > best && pattern.test(text)) best = strength;
  return best;
}

/**
 * Whether the sentence names someone the question does not already name: "Who did Reyes speak
 * to?" is not answered by "Carlos Reyes said …" but by "… with Ada Okafor".
 */
function namesSomeoneElse(sentence: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  for (const m of withoutFirstWord(sentence).matchAll(NAME_CUE)) {
    const words = m[0].toLowerCase().split(/\s+/);
    if (!words.some((w) => asked.has(w))) return true;
  }
  return false;
}

/** How strongly a sentence offers the kind of answer the question wants, 0..1. */
export function cueStrength(type: QuestionType, sentence: string, question = ''): number {
  switch (type) {
    case 'when':
      return strongest(TIME_CUES, sentence);
    case 'where':
      return strongest(PLACE_CUES, withoutFirstWord(sentence));
    case 'quantity':
      return NUMBER_CUE.test(sentence) ? 1 : 0;
    case 'who':
      return namesSomeoneElse(sentence, question) ? 1 : 0;
    case 'why':
      return REASON_CUE.test(sentence) ? 1 : 0;
    case 'other':
      return 0;
  }
}

/** A sentence's first word is capitalised anyway; it says nothing about names. */
function withoutFirstWord(sentence: string): string {
  return sentence.replace(/^\W*\S+/, '');
}
