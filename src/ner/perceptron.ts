/**
 * Averaged perceptron over hashed features (Collins 2002; the lazy-averaging trick of Daumé's notes and
 * Honnibal's "A good POS tagger in about 200 lines"). Rows are features, columns are tags.
 */

/**
 * Read-only weights used for tagging. Lookups go through an open-addressing table over Int32Arrays
 * rather than a Map: feature hashes are unsigned 32-bit numbers, which a Map stores boxed, and this
 * lookup is the tagger's inner loop.
 */
export class Weights {
  private readonly keys: Int32Array;
  /** Row index + 1 per slot (0 = empty). */
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(
    /** Feature hash → row index. */
    readonly index: Map<number, number>,
    /** Row-major weights, `rows × nTags`. */
    readonly w: Float32Array,
    readonly nTags: number,
  ) {
    let cap = 16;
    while (cap < index.size * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    for (const [key, row] of index) {
      let slot = Weights.slot(key) & this.mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key | 0;
      this.rows[slot] = row + 1;
    }
  }

  private static slot(key: number): number {
    return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;
  }

  /** Row of a feature, or −1. */
  row(key: number): number {
    const k = key | 0;
    let slot = Weights.slot(key) & this.mask;
    for (;;) {
      const r = this.rows[slot]!;
      if (r === 0) return -1;
      if (this.keys[slot] === k) return r - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the weights of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const { w, nTags } = this;
    for (let i = 0; i < n; i++) {
      const row = this.row(features[i]!);
      if (row < 0) continue;
      const o = row * nTags;
      for (let t = 0; t < nTags; t++) scores[t]! += w[o + t]!;
    }
  }
}

/** Mutable perceptron with averaging, used only for training. */
export class AveragedPerceptron {
  private readonly index = new Map<number, number>();
  private w = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Float64Array(0);
  private rows = 0;
  /** Number of training instances seen (the averaging clock). */
  private clock = 0;

  constructor(readonly nTags: number) {}

  private row(feature: number): number {
    let r = this.index.get(feature);
    if (r !== undefined) return r;
    r = this.rows++;
    if (r * this.nTags >= this.w.length) {
      const size = Math.max(1024, this.w.length * 2);
      const grow = (a: Float64Array) => {
        const b = new Float64Array(size);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    this.index.set(feature, r);
    return r;
  }

  /** Current (non-averaged) scores. */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const { nTags } = this;
    for (let i = 0; i < n; i++) {
      const r = this.index.get(features[i]!);
      if (r === undefined) continue;
      const o = r * nTags;
      for (let t = 0; t < nTags; t++) scores[t]! += this.w[o + t]!;
    }
  }

  /** Advances the averaging clock by one instance. */
  tick(): void {
    this.clock++;
  }

  /** Standard perceptron update: +1 for the gold tag, −1 for the predicted tag. */
  update(features: ArrayLike<number>, n: number, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let i = 0; i < n; i++) {
      const o = this.row(features[i]!) * this.nTags;
      this.bump(o + gold, 1);
      this.bump(o + guess, -1);
    }
  }

  /** Adds `delta` to the weights of `features[0..n)` for one tag. */
  add(features: ArrayLike<number>, n: number, tag: number, delta: number): void {
    for (let i = 0; i < n; i++) this.bump(this.row(features[i]!) * this.nTags + tag, delta);
  }

  private bump(k: number, delta: number): void {
    this.totals[k]! += (this.clock - this.stamps[k]!) * this.w[k]!;
    this.stamps[k] = this.clock;
    this.w[k]! += delta;
  }

  /**
   * Averaged weights, pruned: a row is kept when its largest absolute averaged weight is ≥ `minWeight`.
   * Rows are emitted in ascending feature-hash order so that the result does not depend on insertion order.
   */
  average(minWeight: number): Weights {
    const { nTags } = this;
    const keys = [...this.index.keys()].sort((a, b) => a - b);
    const avg = new Float32Array(keys.length * nTags);
    const index = new Map<number, number>();
    let out = 0;
    const clock = Math.max(1, this.clock);
    for (const key of keys) {
      const r = this.index.get(key)!;
      let max = 0;
      const o = r * nTags;
      for (let t = 0; t < nTags; t++) {
        const total = this.totals[o + t]! + (this.clock - this.stamps[o + t]!) * this.w[o + t]!;
        const v = total / clock;
        avg[out * nTags + t] = v;
        max = Math.max(max, Math.abs(v));
      }
      if (max >= minWeight) index.set(key, out++);
    }
    return new Weights(index, avg.slice(0, out * nTags), nTags);
  }
}
