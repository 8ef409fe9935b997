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
import { int16Scale, PackedPair, PackedWeights, storedFloats, type StoredPass } from './packed.js';
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
  /** The passes as float tables: given (a trained model) or decoded from their stored rows on first use. */
  private w1: Weights | null;
  private w2: Weights | null;
  /**
   * @param pass1 pass-1 weights: a trained table, or the rows of a model file ({@link StoredPass}; tagging a
   *   non-stacked model then never builds the float tables, which were most of a cold start's loading time).
   */
  constructor(
    readonly gazetteer: GazetteerData,
    private readonly src1: Weights | StoredPass,
    private readonly src2: Weights | StoredPass | null,
    readonly provenance: Record<string, unknown> = {},
    readonly stacked = false,
  ) {
    this.w1 = src1 instanceof Weights ? src1 : null;
    this.w2 = src2 instanceof Weights ? src2 : null;
    this.fx = new FeatureExtractor(new Gazetteer(gazetteer), N_TAGS);
    if (src2 && !stacked) {
      const table = !(src1 instanceof Weights) && !(src2 instanceof Weights)
        ? PackedPair.fromStored(src1, src2, N_TAGS)
        : new PackedPair(this.pass1, int16Scale(this.pass1), this.pass2!, int16Scale(this.pass2!));
      this.dual = new DualScorer(this.fx, table);
      this.scorer1 = null;
      this.packed2 = null;
    } else {
      this.dual = null;
      this.scorer1 = new CachedScorer(this.fx, new PackedWeights(this.pass1, int16Scale(this.pass1)));
      this.packed2 = this.pass2 ? new PackedWeights(this.pass2, int16Scale(this.pass2)) : null;
    }
  }

  /** Pass-1 weights (float table; decoded from the file's rows on first use). */
  get pass1(): Weights {
    return (this.w1 ??= weightsOf(this.src1 as StoredPass));
  }

  /** Pass-2 weights, or null for a one-pass model. */
  get pass2(): Weights | null {
    if (!this.src2) return null;
    return (this.w2 ??= weightsOf(this.src2 as StoredPass));
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
    const passes = header.passes.map(({ rows, scale }): StoredPass => {
      const keys = new Uint32Array(rows);
      const q = new Int16Array(rows * N_TAGS);
      if (LITTLE_ENDIAN) {
        // Copies of the file's bytes (typed-array views need aligned offsets): the host's order is the file's.
        new Uint8Array(keys.buffer).set(b.subarray(off, off + rows * 4));
        new Uint8Array(q.buffer).set(b.subarray(off + rows * 4, off + rows * 4 + q.length * 2));
      } else {
        for (let r = 0; r < rows; r++) keys[r] = b.readUInt32LE(off + r * 4);
        for (let k = 0; k < q.length; k++) q[k] = b.readInt16LE(off + rows * 4 + k * 2);
      }
      off += rows * 4 + rows * N_TAGS * 2;
      return { keys, q, scale };
    });
    return new NerModel(header.gazetteer, passes[0]!, passes[1] ?? null, header.provenance, header.stacked === true);
  }
}

/** Is this host little-endian (the file's byte order)? */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The float table of a stored pass, as model files have always been read: row r = the file's row r. */
function weightsOf(p: StoredPass): Weights {
  const index = new Map<number, number>();
  for (let r = 0; r < p.keys.length; r++) index.set(p.keys[r]!, r);
  return new Weights(index, storedFloats(p), N_TAGS);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}
