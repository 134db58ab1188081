import type { Article } from '../article/types.ts';
import type { Attribution } from './types.ts';

/** Find every quotation in the article and attribute it to a speaker. (Placeholder: sieves to come.) */
export function attribute(_article: Article): Attribution {
  return { quotes: [], speakers: [], mentioned: [] };
}
