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
