/**
 * Sums of an averaged perceptron over hashed features, kept sparse (Collins 2002, with the usual trick: `w` holds
 * the current weights and `u` the updates weighted by the step they were made at, so the average is `w - u / c`).
 * The quote linker, its claim filter and the content-end ranker train with it.
 */
export class SparseAveraged {
  /** Current weights. */
  readonly w = new Map<number, number>();
  private readonly u = new Map<number, number>();
  /** Step counter: the trainer increments it once per example seen. */
  c = 1;

  /** Adds `d` to the weight of every feature of `f`. */
  add(f: readonly number[], d: number): void {
    for (const k of f) { this.w.set(k, (this.w.get(k) ?? 0) + d); this.u.set(k, (this.u.get(k) ?? 0) + d * this.c); }
  }

  /** The averaged weights whose magnitude is at least `minWeight`. */
  average(minWeight: number): Map<number, number> {
    const out = new Map<number, number>();
    for (const [k, x] of this.w) { const a = x - (this.u.get(k) ?? 0) / this.c; if (Math.abs(a) >= minWeight) out.set(k, a); }
    return out;
  }
}
