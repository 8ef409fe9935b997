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
    const { cap, bloomBits } = tableSizes(w.index.size);
    this.mask = cap - 1;
    const buf = new ArrayBuffer((cap + 1) * STRIDE * 2);
    this.keys = new Int32Array(buf);
    this.vals = new Int16Array(buf);
    this.acc = new Float64Array(nTags);
    this.bloom = new Int32Array(bloomBits >>> 5);
    this.bloomMask = bloomBits - 1;
    this.zero = w.index.has(0) ? cap * STRIDE : -1;
    for (const [key, row] of w.index) {
      let slot = cap;
      if (key !== 0) {
        slot = slotOf(key) & this.mask;
        while (this.keys[(slot * STRIDE) >> 1] !== 0) slot = (slot + 1) & this.mask;
      }
      const o = slot * STRIDE;
      const b = bitOf(key) & this.bloomMask;
      this.bloom[b >>> 5]! |= 1 << (b & 31);
      this.keys[o >> 1] = key | 0;
      for (let t = 0; t < nTags; t++) this.vals[o + 2 + t] = Math.round(w.w[row * nTags + t]! / scale);
    }
    this.nTags = nTags;
  }

  private readonly bloomMask: number;
  readonly nTags: number;

  /** Offset (int16 units) of a feature's slot, or −1. */
  private find(key: number): number {
    const k = key | 0;
    if (k === 0) return this.zero;
    const b = bitOf(key) & this.bloomMask;
    if ((this.bloom[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const { keys, mask } = this;
    let slot = slotOf(key) & mask;
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
  return int16ScaleOf(w.w);
}

/** The int16 scale of a weight array (see {@link int16Scale}). */
function int16ScaleOf(w: Float32Array): number {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
  return max === 0 ? 1 : max / 32767;
}

/**
 * One pass of a model as its file stores it: feature hashes (ascending, one per row) and the row-major int16 weights
 * (`rows × nTags`; real weight = int16 × `scale`). {@link PackedPair.fromStored} packs two of them without building
 * the float tables ({@link Weights}) a trainer needs.
 */
export interface StoredPass {
  readonly keys: Uint32Array;
  readonly q: Int16Array;
  readonly scale: number;
}

/**
 * The real weights of a stored pass as {@link NerModel.deserialize} has always built them: `Math.fround(int16 × scale)`
 * (a Float32Array), so every consumer quantizes them back exactly as before.
 */
export function storedFloats(p: StoredPass): Float32Array {
  const w = new Float32Array(p.q.length);
  for (let k = 0; k < w.length; k++) w[k] = p.q[k]! * p.scale;
  return w;
}

/** `Math.round(w[k] / scale)` for every weight, in int16 (the per-slot quantization of the packed tables). */
function quantize(w: Float32Array, scale: number): Int16Array {
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round(w[k]! / scale);
  return q;
}

/**
 * For each of `a`'s keys, the row of the same key in `b`, or −1. Both arrays are ascending in a model file, so one
 * merge walk does it; a Map is the fallback for any other order.
 */
function rowsIn(a: Uint32Array, b: Uint32Array): Int32Array {
  const out = new Int32Array(a.length).fill(-1);
  let ascending = true;
  for (let r = 1; r < a.length && ascending; r++) ascending = a[r - 1]! < a[r]!;
  for (let r = 1; r < b.length && ascending; r++) ascending = b[r - 1]! < b[r]!;
  if (ascending) {
    let j = 0;
    for (let r = 0; r < a.length; r++) {
      while (j < b.length && b[j]! < a[r]!) j++;
      if (j < b.length && b[j] === a[r]) out[r] = j;
    }
    return out;
  }
  const index = new Map<number, number>();
  b.forEach((k, r) => index.set(k, r));
  a.forEach((k, r) => { out[r] = index.get(k) ?? -1; });
  return out;
}

/** What a {@link PackedPair} is filled from: the union of both passes' keys, each key's rows and the quantized rows. */
interface PairRows {
  readonly nTags: number;
  /** Union of both passes' keys, in the order the slots are filled (it decides the probe layout). */
  readonly keys: ArrayLike<number>;
  /** Per key of {@link keys}: its row in {@link q1} / {@link q2}, or −1 (weights 0 in that pass). */
  readonly rows1: Int32Array;
  readonly rows2: Int32Array;
  /** Quantized weights of each pass, `rows × nTags`. */
  readonly q1: Int16Array;
  readonly q2: Int16Array;
}

/**
 * Two weight tables (the two passes of a non-stacked model) packed into one hash table: each slot holds the
 * key and both passes' int16 weights side by side (40 bytes for 9 tags), so a feature looked up for pass 1
 * brings pass 2's weights into the cache with it and the second pass costs no further random accesses.
 * Quantization is exactly that of {@link PackedWeights}; sums are kept as integers (units of the pass's
 * scale): a pass's scores all share its scale, so the tagger never needs to scale them.
 */
export class PackedPair {
  private readonly keys: Int32Array;
  private readonly vals: Int16Array;
  private readonly mask: number;
  private readonly zero: number;
  private readonly bloom: Int32Array;
  private readonly bloomMask: number;
  private readonly stride: number;
  readonly nTags: number;
  readonly scale1: number;
  readonly scale2: number;

  /** Packs two weight tables (a freshly trained model), quantized with `scale1` / `scale2`. */
  constructor(w1: Weights, scale1: number, w2: Weights, scale2: number);
  /** @internal The table of {@link fromStored}. */
  constructor(rows: PairRows, scale1: number, scale2: number);
  constructor(a: Weights | PairRows, b: number, c: Weights | number, d?: number) {
    const rows = 'index' in a ? pairRowsOf(a, b, c as Weights, d!) : a;
    this.scale1 = b;
    this.scale2 = 'index' in a ? d! : c as number;
    const nTags = rows.nTags;
    this.nTags = nTags;
    this.stride = 2 + 2 * nTags;
    const n = rows.keys.length;
    const { cap, bloomBits } = tableSizes(n);
    this.mask = cap - 1;
    const stride = this.stride;
    const buf = new ArrayBuffer((cap + 1) * stride * 2);
    this.keys = new Int32Array(buf);
    this.vals = new Int16Array(buf);
    this.bloom = new Int32Array(bloomBits >>> 5);
    this.bloomMask = bloomBits - 1;
    let zero = -1;
    const { rows1, rows2, q1, q2 } = rows;
    for (let i = 0; i < n; i++) {
      const key = rows.keys[i]!;
      let slot = cap;
      if (key !== 0) {
        slot = slotOf(key) & this.mask;
        while (this.keys[(slot * stride) >> 1] !== 0) slot = (slot + 1) & this.mask;
      } else zero = cap * stride;
      const o = slot * stride;
      const bit = bitOf(key) & this.bloomMask;
      this.bloom[bit >>> 5]! |= 1 << (bit & 31);
      this.keys[o >> 1] = key | 0;
      const r1 = rows1[i]!;
      const r2 = rows2[i]!;
      for (let t = 0; t < nTags; t++) {
        this.vals[o + 2 + t] = r1 < 0 ? 0 : q1[r1 * nTags + t]!;
        this.vals[o + 2 + nTags + t] = r2 < 0 ? 0 : q2[r2 * nTags + t]!;
      }
    }
    this.zero = zero;
  }

  /**
   * Packs the two passes of a model file straight from their int16 rows, with the same table (slots, order, values)
   * as {@link NerModel.deserialize} followed by the Weights constructor gives: each pass's weights go through the
   * float values the file decodes to and are re-quantized with their {@link int16Scale}, as before; only the
   * Map and float tables in between (several MB, and most of a cold start's model loading) are skipped.
   */
  static fromStored(p1: StoredPass, p2: StoredPass, nTags: number): PackedPair {
    const w1 = storedFloats(p1);
    const w2 = storedFloats(p2);
    const scale1 = int16ScaleOf(w1);
    const scale2 = int16ScaleOf(w2);
    // Slots are filled in the order the old Set-union gave: pass 1's keys, then pass 2's keys pass 1 lacks.
    const in2 = rowsIn(p1.keys, p2.keys);
    const in1 = rowsIn(p2.keys, p1.keys);
    let only2 = 0;
    for (let r = 0; r < in1.length; r++) if (in1[r]! < 0) only2++;
    const n = p1.keys.length + only2;
    const keys = new Uint32Array(n);
    const rows1 = new Int32Array(n);
    const rows2 = new Int32Array(n);
    keys.set(p1.keys);
    for (let r = 0; r < p1.keys.length; r++) {
      rows1[r] = r;
      rows2[r] = in2[r]!;
    }
    let i = p1.keys.length;
    for (let r = 0; r < p2.keys.length; r++) {
      if (in1[r]! >= 0) continue;
      keys[i] = p2.keys[r]!;
      rows1[i] = -1;
      rows2[i++] = r;
    }
    return new PackedPair({ nTags, keys, rows1, rows2, q1: quantize(w1, scale1), q2: quantize(w2, scale2) }, scale1, scale2);
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
   * `out[o1 .. o1 + nTags)` and pass 2's to `out[o2 .. o2 + nTags)`. Returns how many of the features have weights.
   */
  sumBoth(features: ArrayLike<number>, from: number, to: number, out: Int32Array, o1: number, o2: number): number {
    const { vals, nTags } = this;
    let found = 0;
    for (let i = from; i < to; i++) {
      const o = this.find(features[i]!);
      if (o < 0) continue;
      found++;
      const v = o + 2;
      for (let t = 0; t < nTags; t++) {
        out[o1 + t]! += vals[v + t]!;
        out[o2 + t]! += vals[v + nTags + t]!;
      }
    }
    return found;
  }

  /**
   * The tagger's hot path, for 9 tags: local scores of one token under both passes, as integer sums (units of
   * each pass's scale) of six cached 18-value vectors (`A[g .. g + 18)`: pass 1's 9, then pass 2's; the five
   * word groups and the sentence constants)
   * and the weights at `slots[from .. to)` (offsets from {@link resolve}); written to `b1[d .. d + 9)` and
   * `b2[d .. d + 9)`. The same sums as {@link sumBoth}, kept in locals instead of an array.
   */
  tokenScores(A: Int32Array, g0: number, g1: number, g2: number, g3: number, g4: number, g5: number, slots: Int32Array, from: number, to: number,
    b1: Int32Array, b2: Int32Array, d: number): void {
    let a0 = A[g0 + 0]! + A[g1 + 0]! + A[g2 + 0]! + A[g3 + 0]! + A[g4 + 0]! + A[g5 + 0]!;
    let a1 = A[g0 + 1]! + A[g1 + 1]! + A[g2 + 1]! + A[g3 + 1]! + A[g4 + 1]! + A[g5 + 1]!;
    let a2 = A[g0 + 2]! + A[g1 + 2]! + A[g2 + 2]! + A[g3 + 2]! + A[g4 + 2]! + A[g5 + 2]!;
    let a3 = A[g0 + 3]! + A[g1 + 3]! + A[g2 + 3]! + A[g3 + 3]! + A[g4 + 3]! + A[g5 + 3]!;
    let a4 = A[g0 + 4]! + A[g1 + 4]! + A[g2 + 4]! + A[g3 + 4]! + A[g4 + 4]! + A[g5 + 4]!;
    let a5 = A[g0 + 5]! + A[g1 + 5]! + A[g2 + 5]! + A[g3 + 5]! + A[g4 + 5]! + A[g5 + 5]!;
    let a6 = A[g0 + 6]! + A[g1 + 6]! + A[g2 + 6]! + A[g3 + 6]! + A[g4 + 6]! + A[g5 + 6]!;
    let a7 = A[g0 + 7]! + A[g1 + 7]! + A[g2 + 7]! + A[g3 + 7]! + A[g4 + 7]! + A[g5 + 7]!;
    let a8 = A[g0 + 8]! + A[g1 + 8]! + A[g2 + 8]! + A[g3 + 8]! + A[g4 + 8]! + A[g5 + 8]!;
    let a9 = A[g0 + 9]! + A[g1 + 9]! + A[g2 + 9]! + A[g3 + 9]! + A[g4 + 9]! + A[g5 + 9]!;
    let a10 = A[g0 + 10]! + A[g1 + 10]! + A[g2 + 10]! + A[g3 + 10]! + A[g4 + 10]! + A[g5 + 10]!;
    let a11 = A[g0 + 11]! + A[g1 + 11]! + A[g2 + 11]! + A[g3 + 11]! + A[g4 + 11]! + A[g5 + 11]!;
    let a12 = A[g0 + 12]! + A[g1 + 12]! + A[g2 + 12]! + A[g3 + 12]! + A[g4 + 12]! + A[g5 + 12]!;
    let a13 = A[g0 + 13]! + A[g1 + 13]! + A[g2 + 13]! + A[g3 + 13]! + A[g4 + 13]! + A[g5 + 13]!;
    let a14 = A[g0 + 14]! + A[g1 + 14]! + A[g2 + 14]! + A[g3 + 14]! + A[g4 + 14]! + A[g5 + 14]!;
    let a15 = A[g0 + 15]! + A[g1 + 15]! + A[g2 + 15]! + A[g3 + 15]! + A[g4 + 15]! + A[g5 + 15]!;
    let a16 = A[g0 + 16]! + A[g1 + 16]! + A[g2 + 16]! + A[g3 + 16]! + A[g4 + 16]! + A[g5 + 16]!;
    let a17 = A[g0 + 17]! + A[g1 + 17]! + A[g2 + 17]! + A[g3 + 17]! + A[g4 + 17]! + A[g5 + 17]!;
    const vals = this.vals;
    for (let i = from; i < to; i++) {
      const v = slots[i]!;
      a0 += vals[v + 0]!;
      a1 += vals[v + 1]!;
      a2 += vals[v + 2]!;
      a3 += vals[v + 3]!;
      a4 += vals[v + 4]!;
      a5 += vals[v + 5]!;
      a6 += vals[v + 6]!;
      a7 += vals[v + 7]!;
      a8 += vals[v + 8]!;
      a9 += vals[v + 9]!;
      a10 += vals[v + 10]!;
      a11 += vals[v + 11]!;
      a12 += vals[v + 12]!;
      a13 += vals[v + 13]!;
      a14 += vals[v + 14]!;
      a15 += vals[v + 15]!;
      a16 += vals[v + 16]!;
      a17 += vals[v + 17]!;
    }
    b1[d + 0] = a0;
    b1[d + 1] = a1;
    b1[d + 2] = a2;
    b1[d + 3] = a3;
    b1[d + 4] = a4;
    b1[d + 5] = a5;
    b1[d + 6] = a6;
    b1[d + 7] = a7;
    b1[d + 8] = a8;
    b2[d + 0] = a9;
    b2[d + 1] = a10;
    b2[d + 2] = a11;
    b2[d + 3] = a12;
    b2[d + 4] = a13;
    b2[d + 5] = a14;
    b2[d + 6] = a15;
    b2[d + 7] = a16;
    b2[d + 8] = a17;
  }

  /**
   * The weights' offsets (`slot + 2`, int16 units) of the features `features[from .. to)` that the table holds,
   * appended to `out` from `at` on (absent features are left out); returns the new end. The tagger resolves a
   * whole sentence's features in this one tight loop before summing them ({@link tokenScores}): its lookups are
   * independent of each other, so the CPU overlaps their cache misses, where the summing loop waited for each.
   */
  resolve(features: Uint32Array, from: number, to: number, out: Int32Array, at: number): number {
    for (let i = from; i < to; i++) {
      const o = this.find(features[i]!);
      if (o >= 0) out[at++] = o + 2;
    }
    return at;
  }

  /** Raw integer sum (units of `scale2`) of `features[from..to)` under pass 2 only, added to `out[o .. o + nTags)`. */
  sumSecond(features: ArrayLike<number>, from: number, to: number, out: Int32Array, o: number): void {
    const { vals, nTags } = this;
    for (let i = from; i < to; i++) {
      const s = this.find(features[i]!);
      if (s < 0) continue;
      const v = s + 2 + nTags;
      for (let t = 0; t < nTags; t++) out[o + t]! += vals[v + t]!;
    }
  }
}

/** The {@link PairRows} of two weight tables: keys in Set-union order (pass 1's, then pass 2's new ones). */
function pairRowsOf(w1: Weights, scale1: number, w2: Weights, scale2: number): PairRows {
  const nTags = w1.nTags;
  if (w2.nTags !== nTags) throw new Error('PackedPair: passes with different tag sets');
  const union = new Set<number>(w1.index.keys());
  for (const k of w2.index.keys()) union.add(k);
  const keys = [...union];
  const rows1 = new Int32Array(keys.length);
  const rows2 = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    rows1[i] = w1.index.get(k) ?? -1;
    rows2[i] = w2.index.get(k) ?? -1;
  });
  return { nTags, keys, rows1, rows2, q1: quantize(w1.w, scale1), q2: quantize(w2.w, scale2) };
}

/**
 * Sizes of a packed table of `rows` feature rows, shared by both table classes: open-addressing capacity (a power
 * of two, load ≤ 1/2) and Bloom filter bits (≈ 8 per row, one hash, at least 2^15), which rejects most absent
 * features without touching the table.
 */
function tableSizes(rows: number): { cap: number; bloomBits: number } {
  let cap = 16;
  while (cap < rows * 2) cap *= 2;
  let bloomBits = 1 << 15;
  while (bloomBits < rows * 8) bloomBits *= 2;
  return { cap, bloomBits };
}

/** Bloom filter bit of a feature hash (before masking). */
function bitOf(key: number): number {
  return Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 7;
}

/** Home slot of a feature hash (before masking); collisions probe linearly. */
function slotOf(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;
}
