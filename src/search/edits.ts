/** Reused rows for withinEdits: a query checks hundreds of words, so no allocation per call. */
let rowBefore = new Int32Array(64);
let rowPrevious = new Int32Array(64);
let rowCurrent = new Int32Array(64);

/**
 * Whether two words are within `max` edits (optimal string alignment: insertions, deletions,
 * substitutions, and swaps of adjacent letters). Only the diagonal band |i − j| ≤ max can stay
 * within the bound, so only it is computed, with an early exit once a row exceeds `max`.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (m + 1 > rowCurrent.length) {
    rowBefore = new Int32Array(m + 1);
    rowPrevious = new Int32Array(m + 1);
    rowCurrent = new Int32Array(m + 1);
  }
  const big = max + 1;
  for (let j = 0; j <= m; j++) rowPrevious[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    rowCurrent[0] = i <= max ? i : big;
    if (from > 1) rowCurrent[from - 1] = big;
    let rowMin = rowCurrent[0]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(rowPrevious[j]! + 1, rowCurrent[j - 1]! + 1, rowPrevious[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, rowBefore[j - 2]! + 1);
      }
      rowCurrent[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) rowCurrent[to + 1] = big;
    if (rowMin > max) return false;
    const spare = rowBefore;
    rowBefore = rowPrevious;
    rowPrevious = rowCurrent;
    rowCurrent = spare;
  }
  return rowPrevious[m]! <= max;
}
