import type { Attribution } from '../attribution/types.ts';
import { normaliseName } from './match.ts';
import type { SpeakersResult } from './types.ts';

/** Every quoted person or organisation, in order of first quote, with how many statements each has. */
export function answerSpeakers(attribution: Attribution): SpeakersResult {
  const counts = new Map<string, number>();
  for (const quote of attribution.quotes) {
    const key = normaliseName(quote.speaker);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    command: 'speakers',
    speakers: attribution.speakers.map((speaker) => ({
      name: speaker.name,
      description: speaker.description,
      quotes: counts.get(normaliseName(speaker.name)) ?? 0,
    })),
  };
}
