/** Precision / recall / F1 from match counts. */

/**
 * Counts and the scores derived from them, in this key order (stable JSON).
 * Convention: a ratio with a zero denominator is 0 (conlleval does the same), so empty predictions give
 * precision 0, recall 0, F1 0, and an empty gold with empty predictions also gives 0 — read the counts too.
 */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Mutable match counts; `tp + fp` = predictions, `tp + fn` = gold items. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Fresh zero counts. */
export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** `a / b`, or 0 when `b` is 0 (see {@link Prf}). */
export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Harmonic mean of precision and recall; 0 when both are 0. */
export const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Turn counts into a {@link Prf}. */
export function prf(c: Counts): Prf {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1: harmonic(precision, recall) };
}

/** Counts from `matched` pairs out of `gold` and `pred` items. */
export const countsOf = (matched: number, gold: number, pred: number): Counts => ({ tp: matched, fp: pred - matched, fn: gold - matched });

/** Add `b` into `a` (in place). */
export function addCounts(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** Return a copy of `obj` with its keys in sorted order, so JSON output does not depend on the order data was seen. */
export function sortedRecord<T>(obj: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(obj).sort()) out[key] = obj[key] as T;
  return out;
}
