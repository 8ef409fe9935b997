/**
 * The trained NER model: gazetteer + pass-1 and pass-2 weights, and its binary file format.
 *
 * File format (little-endian), `models/ner/ner.bin`:
 * ```
 * 0   8 bytes  magic "FWNER01\0"
 * 8   uint32   H = byte length of the JSON header (padded with spaces to a multiple of 4)
 * 12  H bytes  UTF-8 JSON: ModelHeader (tag names, hashing scheme, per-pass row count and scale,
 *              gazetteer entries, provenance and hyperparameters)
 * then, for each pass in header.passes:
 *     rows × uint32  feature hashes, ascending
 *     rows × nTags × int16  weights; real weight = int16 × pass.scale
 * ```
 */
import { FeatureExtractor, type TagDoc } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { int16Scale, PackedPair, PackedWeights } from './packed.js';
import { Weights } from './perceptron.js';
import { CachedScorer, DualScorer, passOneEvidence, prepareDoc } from './tagger.js';
import { N_TAGS, TAG_NAMES } from './tags.js';

const MAGIC = 'FWNER01\0';

/** JSON header of a model file. */
export interface ModelHeader {
  readonly format: 1;
  readonly hashing: 'fnv1a-mix1';
  readonly tags: readonly string[];
  readonly passes: readonly { readonly rows: number; readonly scale: number }[];
  /**
   * true: the second pass is stacked (its weights are evidence features added to the pass-1 scores);
   * false/absent: a full second model over all features plus the evidence.
   */
  readonly stacked?: boolean;
  readonly gazetteer: GazetteerData;
  /** Free-form provenance: training files, ids, hyperparameters, command, dev scores. */
  readonly provenance: Record<string, unknown>;
}

/** A loaded model, ready to tag. */
export class NerModel {
  readonly fx: FeatureExtractor;
  private readonly scorer1: CachedScorer | null;
  /** The second pass of a stacked model as a packed table (tagging only). */
  private readonly packed2: PackedWeights | null;
  /** Both passes of a non-stacked model in one table (the tagging path). */
  private readonly dual: DualScorer | null;
  constructor(
    readonly gazetteer: GazetteerData,
    readonly pass1: Weights,
    readonly pass2: Weights | null,
    readonly provenance: Record<string, unknown> = {},
    readonly stacked = false,
  ) {
    this.fx = new FeatureExtractor(new Gazetteer(gazetteer), N_TAGS);
    if (pass2 && !stacked) {
      this.dual = new DualScorer(this.fx, new PackedPair(pass1, int16Scale(pass1), pass2, int16Scale(pass2)));
      this.scorer1 = null;
      this.packed2 = null;
    } else {
      this.dual = null;
      this.scorer1 = new CachedScorer(this.fx, new PackedWeights(pass1, int16Scale(pass1)));
      this.packed2 = pass2 ? new PackedWeights(pass2, int16Scale(pass2)) : null;
    }
  }

  /** BIO tags (indices into TAG_NAMES) for every token of every sentence. */
  tag(doc: TagDoc): Uint8Array[] {
    // Non-stacked two-pass model: both passes share one table and one sweep (see DualScorer).
    if (this.dual) return this.dual.tag(doc);
    const prepared = prepareDoc(this.fx, doc);
    const scorer = this.scorer1!;
    const bases = scorer.localScores(prepared);
    const first = scorer.viterbiAll(prepared, bases);
    if (!this.packed2) return first;
    // Stacked: pass-1 local scores plus the evidence, decoded again.
    scorer.addEvidence(prepared, bases, passOneEvidence(prepared, first), this.packed2);
    return scorer.viterbiAll(prepared, bases);
  }

  /** Serializes to the binary format described in this module's comment. */
  serialize(): Uint8Array {
    const passes = [this.pass1, ...(this.pass2 ? [this.pass2] : [])];
    const scales = passes.map(int16Scale);
    const header: ModelHeader = {
      format: 1, hashing: 'fnv1a-mix1', tags: TAG_NAMES, stacked: this.stacked,
      passes: passes.map((p, i) => ({ rows: p.index.size, scale: scales[i]! })),
      gazetteer: this.gazetteer, provenance: this.provenance,
    };
    let json = JSON.stringify(header);
    let bytes = Buffer.from(json, 'utf8');
    json += ' '.repeat((4 - (bytes.length % 4)) % 4);
    bytes = Buffer.from(json, 'utf8');
    const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), u32(bytes.length), bytes];
    passes.forEach((p, k) => {
      // Rows in ascending hash order, so identical weights give identical bytes.
      const keys = [...p.index.keys()].sort((a, b) => a - b);
      const h = Buffer.alloc(keys.length * 4);
      const w = Buffer.alloc(keys.length * p.nTags * 2);
      keys.forEach((key, r) => {
        h.writeUInt32LE(key, r * 4);
        const o = p.index.get(key)! * p.nTags;
        for (let t = 0; t < p.nTags; t++) w.writeInt16LE(Math.round(p.w[o + t]! / scales[k]!), (r * p.nTags + t) * 2);
      });
      parts.push(h, w);
    });
    return Buffer.concat(parts);
  }

  /** Parses a model file; throws on a wrong magic, tag set or hashing scheme. */
  static deserialize(buf: Uint8Array): NerModel {
    const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (b.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a factwire NER model (bad magic)');
    const hlen = b.readUInt32LE(8);
    const header = JSON.parse(b.toString('utf8', 12, 12 + hlen)) as ModelHeader;
    if (header.hashing !== 'fnv1a-mix1' || header.tags.join() !== TAG_NAMES.join()) {
      throw new Error('NER model was trained with another tag set or hashing scheme');
    }
    let off = 12 + hlen;
    const weights = header.passes.map(({ rows, scale }) => {
      const index = new Map<number, number>();
      for (let r = 0; r < rows; r++) index.set(b.readUInt32LE(off + r * 4), r);
      off += rows * 4;
      const w = new Float32Array(rows * N_TAGS);
      for (let k = 0; k < w.length; k++) w[k] = b.readInt16LE(off + k * 2) * scale;
      off += rows * N_TAGS * 2;
      return new Weights(index, w, N_TAGS);
    });
    return new NerModel(header.gazetteer, weights[0]!, weights[1] ?? null, header.provenance, header.stacked === true);
  }
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}
