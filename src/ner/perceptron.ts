/**
 * Averaged perceptron over hashed features (Collins 2002; the lazy-averaging trick of Daumé's notes and
 * Honnibal's "A good POS tagger in about 200 lines"). Rows are features, columns are tags.
 */

/**
 * Read-only weights used for tagging. Lookups go through an open-addressing table rather than a Map:
 * feature hashes are unsigned 32-bit numbers, which a Map stores boxed, and this lookup is the tagger's
 * inner loop. Each slot holds the key and the row's weights side by side (`1 + nTags` 32-bit words), so a
 * hit costs one random memory access instead of three (key, row index, weights): the table is several MB,
 * far larger than the CPU caches, and the tagger is bound by cache misses.
 */
export class Weights {
  /** Slot `s`: keys[s * stride] = feature hash (as int32), weights at vals[s * stride + 1 + t]. */
  private readonly keys: Int32Array;
  private readonly vals: Float32Array;
  /** Key 0 marks an empty slot; a feature whose hash is 0 lives in the extra slot `cap` instead. */
  private readonly zero: number;
  private readonly mask: number;
  private readonly stride: number;
  /**
   * One-hash Bloom filter over the keys (2^20 bits = 128 KiB, fits in L2): about half of the features a
   * sentence asks for are not in the model (pruned word pairs), and rejecting them here avoids a cache miss
   * in the multi-MB table. False-positive rate ≈ 10 % at 100k rows.
   */
  private readonly bloom = new Int32Array(1 << 15);

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
    this.stride = 1 + nTags;
    const buf = new ArrayBuffer((cap + 1) * this.stride * 4);
    this.keys = new Int32Array(buf);
    this.vals = new Float32Array(buf);
    this.zero = index.has(0) ? cap * this.stride : -1;
    for (const [key, row] of index) {
      let slot = cap;
      if (key !== 0) {
        slot = Weights.slot(key) & this.mask;
        while (this.keys[slot * this.stride] !== 0) slot = (slot + 1) & this.mask;
      }
      const o = slot * this.stride;
      const b = Weights.bit(key);
      this.bloom[b >>> 5]! |= 1 << (b & 31);
      this.keys[o] = key | 0;
      for (let t = 0; t < nTags; t++) this.vals[o + 1 + t] = w[row * nTags + t]!;
    }
  }

  /** Bloom bit of a key (independent of {@link slot}: high bits of another multiplier). */
  private static bit(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 12;
  }

  private static slot(key: number): number {
    return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;
  }

  /** Offset of a feature's slot in the table (weights follow at +1), or −1. */
  private find(key: number): number {
    const k = key | 0;
    if (k === 0) return this.zero;
    const b = Weights.bit(key);
    if ((this.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const { keys, mask, stride } = this;
    let slot = Weights.slot(key) & mask;
    for (;;) {
      const o = slot * stride;
      const x = keys[o]!;
      if (x === k) return o;
      if (x === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Row of a feature (index into `w`), or −1. */
  row(key: number): number {
    return this.index.get(key >>> 0) ?? -1;
  }

  /** Adds the weights of `features[from..to)` into `scores`. */
  scoreRange(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const { vals, nTags } = this;
    for (let i = from; i < to; i++) {
      const o = this.find(features[i]!);
      if (o < 0) continue;
      for (let t = 0; t < nTags; t++) scores[t]! += vals[o + 1 + t]!;
    }
  }

  /** Adds the weights of `features[0..n)` into `scores` (which the caller zeroes). */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const { vals, nTags } = this;
    for (let i = 0; i < n; i++) {
      const o = this.find(features[i]!);
      if (o < 0) continue;
      for (let t = 0; t < nTags; t++) scores[t]! += vals[o + 1 + t]!;
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

/**
 * Weight soup: the element-wise mean of several models' weights over the union of their rows (a row a model
 * lacks counts as 0 for it), pruned by the same rule as {@link AveragedPerceptron.average} (a row is kept when
 * its largest absolute mean weight is ≥ `minWeight`). Rows come out in ascending feature-hash order, so the
 * result depends only on the inputs and their order of summation. Tagging cost is unchanged: one table lookup
 * per feature, as for any single model.
 */
export function averageWeights(models: readonly Weights[], minWeight: number): Weights {
  if (models.length === 0) throw new Error('averageWeights needs at least one model');
  const nTags = models[0]!.nTags;
  if (models.some((m) => m.nTags !== nTags)) throw new Error('averageWeights: models with different tag sets');
  const keys = [...new Set(models.flatMap((m) => [...m.index.keys()]))].sort((a, b) => a - b);
  const avg = new Float32Array(keys.length * nTags);
  const sum = new Float64Array(nTags);
  const index = new Map<number, number>();
  let out = 0;
  for (const key of keys) {
    sum.fill(0);
    // Summed in the order of `models` (fixed), in float64: the same inputs give the same bits.
    for (const m of models) {
      const r = m.index.get(key);
      if (r === undefined) continue;
      for (let t = 0; t < nTags; t++) sum[t]! += m.w[r * nTags + t]!;
    }
    let max = 0;
    for (let t = 0; t < nTags; t++) {
      const v = sum[t]! / models.length;
      avg[out * nTags + t] = v;
      max = Math.max(max, Math.abs(v));
    }
    if (max >= minWeight) index.set(key, out++);
  }
  return new Weights(index, avg.slice(0, out * nTags), nTags);
}
