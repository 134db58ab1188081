/**
 * The fields of a MiniSearch (7.x) that its toJSON() reads: private in its types. Read where the
 * JSON is written without toJSON's full copy of the index (ArticleIndex.serialize, and
 * LibraryIndex.serializeInSlices, which yields between slices); each checks that they are there and
 * otherwise falls back to toJSON, and a test compares the two outputs.
 */
export interface MiniSearchInternals {
  _index?: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

/** One term of the index as toJSON writes it: `["term",{"fieldId":{"docId":frequency}}]`. */
export function indexEntryJson(term: string, fieldIndex: Map<number, Map<number, number>>): string {
  const data: Record<number, Record<number, number>> = {};
  for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
  return JSON.stringify([term, data]);
}
