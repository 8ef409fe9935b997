/** Span geometry and one-to-one alignment of gold and predicted items. */

/** A half-open range `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** True when two ranges share at least one character (empty ranges overlap nothing). */
export const overlaps = (a: Range, b: Range): boolean => Math.max(a.start, b.start) < Math.min(a.end, b.end);

/** Characters shared by two ranges. */
export const intersectionLength = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Character Jaccard of two single ranges; 0 when both are empty. */
export function rangeJaccard(a: Range, b: Range): number {
  const inter = intersectionLength(a, b);
  const union = a.end - a.start + (b.end - b.start) - inter;
  return union === 0 ? 0 : inter / union;
}

/** Compare ranges by start, then end: the order every aligner indexes items in, so tie-breaks follow the text. */
export const byPosition = (a: Range, b: Range): number => a.start - b.start || a.end - b.end;

/** A possible gold↔prediction pairing and how good it is (higher is better). */
export interface Candidate {
  gold: number;
  pred: number;
  score: number;
}

/**
 * Greedy one-to-one alignment: take candidates best score first and keep a pair when neither side is used yet.
 * Ties go to the lower gold index, then the lower prediction index; callers index items in text order
 * ({@link byPosition}), so ties resolve left to right and the result is deterministic.
 *
 * Why greedy and not maximum matching: it is what the brief and the common scorers (TE3, Gender Gap Tracker) do,
 * and it prefers the best match for each gold item. In the rare chain case (pred A overlaps golds X and Y, pred B
 * only X, and A–X scores best) it can find one pair where two were possible.
 */
export function alignGreedy(candidates: Candidate[]): Array<[gold: number, pred: number]> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.gold - b.gold || a.pred - b.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of sorted) {
    if (usedGold.has(c.gold) || usedPred.has(c.pred)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.pred);
    pairs.push([c.gold, c.pred]);
  }
  return pairs;
}

/**
 * Candidates for every overlapping (gold, pred) pair of two position-sorted range lists, scored by their
 * character Jaccard, so exact matches are taken before partial ones.
 */
export function overlapCandidates(gold: readonly Range[], pred: readonly Range[]): Candidate[] {
  const out: Candidate[] = [];
  for (let g = 0; g < gold.length; g++) {
    const gs = gold[g] as Range;
    for (let p = 0; p < pred.length; p++) {
      const ps = pred[p] as Range;
      if (ps.start >= gs.end) break; // pred is sorted by start: nothing further right can overlap
      if (overlaps(gs, ps)) out.push({ gold: g, pred: p, score: rangeJaccard(gs, ps) });
    }
  }
  return out;
}

/**
 * Count exact matches between two multisets of keys, one-to-one: each key matches `min(goldCount, predCount)` times.
 */
export function countExact(gold: Iterable<string>, pred: Iterable<string>): number {
  const counts = new Map<string, number>();
  for (const k of gold) counts.set(k, (counts.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of pred) {
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      tp++;
      counts.set(k, n - 1);
    }
  }
  return tp;
}
