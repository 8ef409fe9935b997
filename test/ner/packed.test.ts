/**
 * PackedPair.fromStored (a model file's int16 rows packed directly) against the table the float weights give
 * (the path of a freshly trained model, and how model files were read before): same slots, keys, weights and Bloom
 * filter, so tagging cannot tell them apart.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NerModel } from '../../src/ner/model.js';
import { int16Scale, PackedPair, storedFloats, type StoredPass } from '../../src/ner/packed.js';
import { Weights } from '../../src/ner/perceptron.js';
import { N_TAGS } from '../../src/ner/tags.js';
import { ROOT } from '../helpers.js';

/** The float table of stored rows, row r = key r (as NerModel.deserialize used to build it). */
function floatTable(p: StoredPass): Weights {
  return new Weights(new Map([...p.keys].map((k, r) => [k, r])), storedFloats(p), N_TAGS);
}

/** A stored pass from (key, first weight) pairs; the other tags' weights derive from it. */
function stored(rows: readonly (readonly [number, number])[], scale: number): StoredPass {
  const q = new Int16Array(rows.length * N_TAGS);
  rows.forEach(([, v], r) => { for (let t = 0; t < N_TAGS; t++) q[r * N_TAGS + t] = (v * (t + 1)) % 32768; });
  return { keys: Uint32Array.from(rows.map(([k]) => k)), q, scale };
}

/** The table's internals, for comparison (typed arrays by a digest of their bytes: the shipped table is 10 MB). */
function layout(p: PackedPair): Record<string, unknown> {
  const x = p as unknown as Record<string, unknown>;
  const digest = (a: Int32Array) => createHash('sha256').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex');
  return Object.fromEntries(['keys', 'vals', 'bloom', 'mask', 'zero', 'bloomMask', 'stride', 'nTags', 'scale1', 'scale2']
    .map((k) => [k, ArrayBuffer.isView(x[k]) ? digest(x[k] as Int32Array) : x[k]]));
}

const bin = readFileSync(path.join(ROOT, 'models/ner/ner.bin'));

describe('PackedPair.fromStored', () => {
  it('packs the shipped model like its float tables, and the model still serializes to the same bytes', () => {
    const model = NerModel.deserialize(bin);
    const direct = (model as unknown as { dual: { table: PackedPair } }).dual.table;
    const viaFloats = new PackedPair(model.pass1, int16Scale(model.pass1), model.pass2!, int16Scale(model.pass2!));
    expect(layout(direct)).toEqual(layout(viaFloats));
    expect(Buffer.from(model.serialize()).equals(bin)).toBe(true);
  });

  it.each([
    { name: 'ascending keys, some only in one pass', a: [[1, 3], [7, -2], [4000000000, 32767]], b: [[2, 5], [7, 1], [3000000000, -32767]] },
    { name: 'key 0 (its own slot) in both passes', a: [[0, 9], [11, 4]], b: [[0, -9], [12, 8]] },
    { name: 'keys in no order (the Map fallback)', a: [[900, 1], [5, 2], [77, 3]], b: [[77, 6], [900, 7], [1, 8]] },
    { name: 'colliding home slots', a: Array.from({ length: 40 }, (_, i) => [i * 64 + 1, i + 1] as const), b: [[65, 2], [129, 3]] },
  ] as const)('$name: same table as the float weights give', ({ a, b }) => {
    const p1 = stored(a, 0.001);
    const p2 = stored(b, 0.0007);
    const w1 = floatTable(p1);
    const w2 = floatTable(p2);
    expect(layout(PackedPair.fromStored(p1, p2, N_TAGS))).toEqual(layout(new PackedPair(w1, int16Scale(w1), w2, int16Scale(w2))));
  });
});
