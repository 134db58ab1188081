/**
 * A lookup table that answers only for its own keys: "constructor" or "toString" in an article or a
 * question are words, not Object's built-ins (with a plain object, "the constructor said" found a
 * function where a role or a stem was expected).
 */
export function ownTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
