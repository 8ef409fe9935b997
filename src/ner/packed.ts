/**
 * Read-only weight table for tagging with 16-bit weights (the model file's own quantization), 24 bytes per
 * slot: the key (32 bits) and 9 int16 weights side by side, so one feature costs one cache line at most.
 * Decoding is bound by random memory accesses into this table; packing it this way shrinks it to about 60 %
 * of the float table ({@link Weights}) and keeps more of it in the CPU caches. Scores come out in units of
 * `scale` and are multiplied once per call.
 */
import type { Weights } from './perceptron.js';

/** What the tagger's scorers need from a weight table. */
export interface WeightTable {
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void;
  scoreRange(features: Uint32Array, from: number, to: number, scores: Float64Array): void;
}

/** Slot width in int16 units: 2 for the key + up to 10 weights. */
const STRIDE = 12;

export class PackedWeights implements WeightTable {
  private readonly keys: Int32Array;
  private readonly vals: Int16Array;
  private readonly mask: number;
  private readonly zero: number;
  private readonly bloom: Int32Array;
  private readonly acc: Float64Array;

  /**
   * Quantizes `w` with `scale` (real weight ≈ int16 × scale) exactly as {@link NerModel.serialize} does,
   * so a freshly trained model and the same model read back from disk tag identically.
   */
  constructor(w: Weights, readonly scale: number) {
    const nTags = w.nTags;
    if (nTags > STRIDE - 2) throw new Error(`PackedWeights: at most ${STRIDE - 2} tags`);
    const rows = w.index.size;
    let cap = 16;
    while (cap < rows * 2) cap *= 2;
    this.mask = cap - 1;
    const buf = new ArrayBuffer((cap + 1) * STRIDE * 2);
    this.keys = new Int32Array(buf);
    this.vals = new Int16Array(buf);
    this.acc = new Float64Array(nTags);
    // Bloom filter sized to the table (≈ 8 bits per row, one hash): rejects most absent features in cache.
    let bits = 1 << 15;
    while (bits < rows * 8) bits *= 2;
    this.bloom = new Int32Array(bits >>> 5);
    this.bloomMask = bits - 1;
    this.zero = w.index.has(0) ? cap * STRIDE : -1;
    for (const [key, row] of w.index) {
      let slot = cap;
      if (key !== 0) {
        slot = PackedWeights.slot(key) & this.mask;
        while (this.keys[(slot * STRIDE) >> 1] !== 0) slot = (slot + 1) & this.mask;
      }
      const o = slot * STRIDE;
      const b = PackedWeights.bit(key) & this.bloomMask;
      this.bloom[b >>> 5]! |= 1 << (b & 31);
      this.keys[o >> 1] = key | 0;
      for (let t = 0; t < nTags; t++) this.vals[o + 2 + t] = Math.round(w.w[row * nTags + t]! / scale);
    }
    this.nTags = nTags;
  }

  private readonly bloomMask: number;
  readonly nTags: number;

  private static bit(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 7;
  }

  private static slot(key: number): number {
    return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;
  }

  /** Offset (int16 units) of a feature's slot, or −1. */
  private find(key: number): number {
    const k = key | 0;
    if (k === 0) return this.zero;
    const b = PackedWeights.bit(key) & this.bloomMask;
    if ((this.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const { keys, mask } = this;
    let slot = PackedWeights.slot(key) & mask;
    for (;;) {
      const o = slot * STRIDE;
      const x = keys[o >> 1]!;
      if (x === k) return o;
      if (x === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  scoreRange(features: Uint32Array, from: number, to: number, scores: Float64Array): void {
    const { vals, nTags, acc } = this;
    acc.fill(0);
    for (let i = from; i < to; i++) {
      const o = this.find(features[i]!);
      if (o < 0) continue;
      for (let t = 0; t < nTags; t++) acc[t]! += vals[o + 2 + t]!;
    }
    for (let t = 0; t < nTags; t++) scores[t]! += acc[t]! * this.scale;
  }

  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const { vals, nTags, acc } = this;
    acc.fill(0);
    for (let i = 0; i < n; i++) {
      const o = this.find(features[i]!);
      if (o < 0) continue;
      for (let t = 0; t < nTags; t++) acc[t]! += vals[o + 2 + t]!;
    }
    for (let t = 0; t < nTags; t++) scores[t]! += acc[t]! * this.scale;
  }
}

/** The int16 scale of a weight table: its largest |weight| maps to 32767. */
export function int16Scale(w: Weights): number {
  let max = 0;
  for (const v of w.w) max = Math.max(max, Math.abs(v));
  return max === 0 ? 1 : max / 32767;
}

/**
 * Two weight tables (the two passes of a non-stacked model) packed into one hash table: each slot holds the
 * key and both passes' int16 weights side by side (40 bytes for 9 tags), so a feature looked up for pass 1
 * brings pass 2's weights into the cache with it and the second pass costs no further random accesses.
 * Quantization is exactly that of {@link PackedWeights}; sums are kept as integers (units of the pass's
 * scale) and scaled by the caller.
 */
export class PackedPair {
  private readonly keys: Int32Array;
  private readonly vals: Int16Array;
  private readonly mask: number;
  private readonly zero: number;
  private readonly bloom: Int32Array;
  private readonly bloomMask: number;
  private readonly stride: number;
  private readonly acc: Float64Array;
  readonly nTags: number;

  constructor(w1: Weights, readonly scale1: number, w2: Weights, readonly scale2: number) {
    const nTags = w1.nTags;
    if (w2.nTags !== nTags) throw new Error('PackedPair: passes with different tag sets');
    this.nTags = nTags;
    this.stride = 2 + 2 * nTags;
    const union = new Set<number>(w1.index.keys());
    for (const k of w2.index.keys()) union.add(k);
    const rows = union.size;
    let cap = 16;
    while (cap < rows * 2) cap *= 2;
    this.mask = cap - 1;
    const stride = this.stride;
    const buf = new ArrayBuffer((cap + 1) * stride * 2);
    this.keys = new Int32Array(buf);
    this.vals = new Int16Array(buf);
    this.acc = new Float64Array(2 * nTags);
    let bits = 1 << 15;
    while (bits < rows * 8) bits *= 2;
    this.bloom = new Int32Array(bits >>> 5);
    this.bloomMask = bits - 1;
    this.zero = union.has(0) ? cap * stride : -1;
    for (const key of union) {
      let slot = cap;
      if (key !== 0) {
        slot = slotOf(key) & this.mask;
        while (this.keys[(slot * stride) >> 1] !== 0) slot = (slot + 1) & this.mask;
      }
      const o = slot * stride;
      const b = bitOf(key) & this.bloomMask;
      this.bloom[b >>> 5]! |= 1 << (b & 31);
      this.keys[o >> 1] = key | 0;
      const r1 = w1.index.get(key);
      const r2 = w2.index.get(key);
      for (let t = 0; t < nTags; t++) {
        this.vals[o + 2 + t] = r1 === undefined ? 0 : Math.round(w1.w[r1 * nTags + t]! / scale1);
        this.vals[o + 2 + nTags + t] = r2 === undefined ? 0 : Math.round(w2.w[r2 * nTags + t]! / scale2);
      }
    }
  }

  /** Offset (int16 units) of a feature's slot, or −1. */
  private find(key: number): number {
    const k = key | 0;
    if (k === 0) return this.zero;
    const b = bitOf(key) & this.bloomMask;
    if ((this.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const keys = this.keys;
    const mask = this.mask;
    const stride = this.stride;
    let slot = slotOf(key) & mask;
    for (;;) {
      const o = slot * stride;
      const x = keys[o >> 1]!;
      if (x === k) return o;
      if (x === 0) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Raw integer sums (weights in units of `scale1` / `scale2`) of `features[from..to)`: adds pass 1's to
   * `out[o1 .. o1 + nTags)` and pass 2's to `out[o2 .. o2 + nTags)`.
   */
  sumBoth(features: ArrayLike<number>, from: number, to: number, out: Int32Array, o1: number, o2: number): void {
    const { vals, nTags } = this;
    for (let i = from; i < to; i++) {
      const o = this.find(features[i]!);
      if (o < 0) continue;
      const v = o + 2;
      for (let t = 0; t < nTags; t++) {
        out[o1 + t]! += vals[v + t]!;
        out[o2 + t]! += vals[v + nTags + t]!;
      }
    }
  }

  /** Scores `features[from..to)` under pass 2 only, adding to `out[o .. o + nTags)`. */
  scoreSecond(features: ArrayLike<number>, from: number, to: number, out: Float64Array, o: number): void {
    const { vals, nTags, acc } = this;
    acc.fill(0);
    for (let i = from; i < to; i++) {
      const s = this.find(features[i]!);
      if (s < 0) continue;
      const v = s + 2 + nTags;
      for (let t = 0; t < nTags; t++) acc[t]! += vals[v + t]!;
    }
    const s2 = this.scale2;
    for (let t = 0; t < nTags; t++) out[o + t]! += acc[t]! * s2;
  }
}

function bitOf(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 7;
}

function slotOf(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;
}
