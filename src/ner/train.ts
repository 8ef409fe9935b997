/**
 * Deterministic training of the two-pass averaged-perceptron tagger. Determinism: documents are shuffled
 * with a seeded PRNG (mulberry32), the iteration count is fixed, rows are stored in hash order, and no
 * wall clock or Map-iteration-order dependence enters the weights.
 */
import { FeatureExtractor, type TagDoc } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { NerModel } from './model.js';
import { AveragedPerceptron, averageWeights, type Weights } from './perceptron.js';
import { CachedScorer, flatLocal, flatScorer, N_EVIDENCE, passOneEvidence, prepareDoc, TRANS, viterbi, type PreparedDoc, type SentenceScorer } from './tagger.js';
import { N_TAGS } from './tags.js';

/** A training document: token strings and gold BIO tags per sentence. */
export interface TrainDoc extends TagDoc {
  readonly tags: readonly Uint8Array[];
  /**
   * Partial labels (GUM, see `gum.ts`): per sentence, per token, a bit mask of the tags the gold allows.
   * Where present, `tags` is ignored and the gold path is the best path inside the masks under the current
   * weights (Viterbi constrained to them), so the tagger is never pushed towards a decision the data leaves
   * open. Absent (CoNLL): `tags` is the gold.
   */
  readonly allowed?: readonly (Uint16Array | null)[];
  /** Times the document is visited per iteration (up-sampling; default 1). */
  readonly weight?: number;
}

/** Training hyperparameters (all recorded in the model's provenance). */
export interface TrainOptions {
  /** Passes over the training data. */
  readonly iterations: number;
  readonly seed: number;
  /** Rows whose largest |averaged weight| is below this are dropped. */
  readonly minWeight: number;
  /** Train the document-level second pass (with `folds`-fold jackknifed pass-1 predictions). */
  readonly twoPass: boolean;
  readonly folds: number;
  /**
   * Stacked second pass (pass-1 scores fixed, only the evidence features learned): half the decoding cost
   * and half the file, but on eng.testa it trailed the full second pass (ORG 0.883 vs 0.887 for pass 1
   * alone), so it is off by default.
   */
  readonly stacked?: boolean;
  /** Progress lines (stderr in the script); never affects the result. */
  readonly log?: (line: string) => void;
  readonly provenance?: Record<string, unknown>;
}

/** Defaults used by scripts/train-ner.mjs. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { iterations: 10, seed: 20241101, minWeight: 0.005, twoPass: true, folds: 2, stacked: false };

/** mulberry32: tiny seeded PRNG, good enough for shuffling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded PRNG. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rnd = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Item {
  readonly doc: PreparedDoc;
  readonly gold: readonly Uint8Array[];
  readonly allowed: readonly (Uint16Array | null)[] | null;
  readonly weight: number;
  evidence: (Int32Array | null)[][] | null;
  /** Held-out pass-1 local scores and per-token transition tables (stacked pass-2 training). */
  bases?: Float64Array[];
  vecs?: Float64Array[][];
}

/**
 * Stacked second pass: the pass-1 scores stay fixed (held-out scores of a jackknife model that did not
 * train on the document); only the evidence features are learned.
 */
function trainStacked(fx: FeatureExtractor, items: readonly Item[], opts: TrainOptions): Weights {
  const p = new AveragedPerceptron(N_TAGS);
  for (let it = 0; it < opts.iterations; it++) {
    let errors = 0;
    let total = 0;
    for (const item of epoch(items, opts.seed + it)) {
      item.doc.features.forEach((sf, s) => {
        const n = sf.infos.length;
        const gold = item.gold[s]!;
        const base = item.bases![s]!;
        const vecs = item.vecs![s]!;
        const feats = item.evidence![s]!.map((e) => {
          const out: number[] = [];
          if (e) fx.secondPassFeatures(e.subarray(0, N_EVIDENCE), e.subarray(N_EVIDENCE, 2 * N_EVIDENCE), out, e[2 * N_EVIDENCE]!);
          return out;
        });
        const tags = viterbi(n, {
          local: (i, sc) => {
            for (let t = 0; t < N_TAGS; t++) sc[t]! += base[i * N_TAGS + t]!;
            p.score(feats[i]!, feats[i]!.length, sc);
          },
          transition: (i, prev, sc) => {
            const o = TRANS + (prev + 1) * N_TAGS;
            for (let t = 0; t < N_TAGS; t++) sc[t]! += vecs[i]![o + t]!;
          },
        });
        p.tick();
        total += n;
        for (let i = 0; i < n; i++) {
          if (gold[i] === tags[i]) continue;
          errors++;
          p.update(feats[i]!, feats[i]!.length, gold[i]!, tags[i]!);
        }
      });
    }
    opts.log?.(`pass2 (stacked) iteration ${it + 1}/${opts.iterations}: token error rate ${(errors / Math.max(1, total)).toFixed(4)}`);
  }
  return p.average(opts.minWeight);
}

/** True when every tag lies in its token's allowed set. */
function inside(tags: Uint8Array, allowed: Uint16Array): boolean {
  for (let i = 0; i < tags.length; i++) if ((allowed[i]! & (1 << tags[i]!)) === 0) return false;
  return true;
}

/** A scorer restricted to the allowed tags (the others score −∞; every mask admits at least `O` or a valid span). */
function constrained(sc: SentenceScorer, allowed: Uint16Array): SentenceScorer {
  return {
    local: (i, scores) => {
      sc.local(i, scores);
      for (let t = 0; t < N_TAGS; t++) if ((allowed[i]! & (1 << t)) === 0) scores[t] = -Infinity;
    },
    transition: sc.transition,
  };
}

/** The documents of one iteration: each item `weight` times, shuffled. */
function epoch(items: readonly Item[], seed: number): Item[] {
  return shuffled(items.flatMap((it) => (it.weight === 1 ? [it] : Array.from({ length: it.weight }, () => it))), seed);
}

function trainPass(fx: FeatureExtractor, items: readonly Item[], opts: TrainOptions, label: string): Weights {
  const p = new AveragedPerceptron(N_TAGS);
  for (let it = 0; it < opts.iterations; it++) {
    let errors = 0;
    let total = 0;
    const dyn: number[] = [];
    for (const item of epoch(items, opts.seed + it)) {
      item.doc.features.forEach((sf, s) => {
        const local = flatLocal(fx, sf, item.evidence?.[s] ?? null);
        const n = sf.infos.length;
        const scorer = flatScorer(fx, p, sf, local);
        const tags = viterbi(n, scorer);
        const mask = item.allowed?.[s];
        // Partial labels: a prediction inside the masks is as good as gold (no update); otherwise the gold is
        // the best path inside them.
        const gold = !mask ? item.gold[s]! : inside(tags, mask) ? tags : viterbi(n, constrained(scorer, mask));
        p.tick();
        total += n;
        // Structured perceptron (Collins 2002): on a wrong sequence, reward the gold path's features and
        // penalize the predicted path's, position by position.
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const y = tags[i]!;
          const gp = i > 0 ? gold[i - 1]! : -1;
          const yp = i > 0 ? tags[i - 1]! : -1;
          if (g === y && gp === yp) continue;
          if (g !== y) {
            errors++;
            p.update(local[i]!, local[i]!.length, g, y);
          }
          dyn.length = 0;
          fx.dynamicFeatures(sf.infos[i]!, gp, dyn);
          p.add(dyn, dyn.length, g, 1);
          dyn.length = 0;
          fx.dynamicFeatures(sf.infos[i]!, yp, dyn);
          p.add(dyn, dyn.length, y, -1);
        }
      });
    }
    opts.log?.(`${label} iteration ${it + 1}/${opts.iterations}: token error rate ${(errors / Math.max(1, total)).toFixed(4)}`);
  }
  return p.average(opts.minWeight);
}

/** The weights of one training run: pass 1 and, for a two-pass model, pass 2. */
interface PassWeights {
  readonly pass1: Weights;
  readonly pass2: Weights | null;
}

/** One seed's whole pipeline: pass 1, the jackknifed pass-1 evidence, pass 2. */
function trainPasses(fx: FeatureExtractor, items: readonly Item[], opts: TrainOptions): PassWeights {
  // A previous seed's evidence must not leak into this seed's pass 1 or fold models.
  for (const item of items) {
    item.evidence = null;
    delete item.bases;
    delete item.vecs;
  }
  const pass1 = trainPass(fx, items, opts, 'pass1');
  let pass2: Weights | null = null;
  if (opts.twoPass) {
    // Jackknife: pass-2 training must see pass-1 predictions as noisy as on unseen text, so each fold is
    // tagged by a pass-1 model that did not train on it.
    const folds = Math.max(2, opts.folds);
    const pending = new Map<Item, (Int32Array | null)[][]>();
    for (let k = 0; k < folds; k++) {
      const held = items.filter((_, i) => i % folds === k);
      const rest = items.filter((_, i) => i % folds !== k);
      const w = trainPass(fx, rest, opts, `fold${k + 1}/${folds}`);
      const cached = new CachedScorer(fx, w);
      for (const item of held) {
        item.bases = cached.localScores(item.doc);
        item.vecs = item.doc.features.map((sf) => sf.infos.map((x) => cached.vectors(x)));
        // Kept aside until every fold is done, so that no fold model trains on evidence features.
        pending.set(item, passOneEvidence(item.doc, cached.viterbiAll(item.doc, item.bases)));
      }
    }
    for (const [item, ev] of pending) item.evidence = ev;
    pass2 = opts.stacked ? trainStacked(fx, items, opts) : trainPass(fx, items, opts, 'pass2');
  }
  return { pass1, pass2 };
}

function checkOptions(docs: readonly TrainDoc[], opts: TrainOptions): void {
  if (opts.stacked && docs.some((d) => d.allowed)) throw new Error('the stacked second pass does not support partially labelled documents');
}

function prepareItems(fx: FeatureExtractor, docs: readonly TrainDoc[]): Item[] {
  return docs.map((d) => ({ doc: prepareDoc(fx, d), gold: d.tags, allowed: d.allowed ?? null, weight: d.weight ?? 1, evidence: null }));
}

function hyperparameters(opts: TrainOptions, seeds?: readonly number[]): Record<string, unknown> {
  return { iterations: opts.iterations, ...(seeds ? { seeds: [...seeds], soup: 'mean of the seeds\' weights per pass, union of rows, pruned again' } : { seed: opts.seed }), minWeight: opts.minWeight, twoPass: opts.twoPass, folds: opts.folds, stacked: !!opts.stacked };
}

/** Trains a model on `docs`. */
export function trainModel(docs: readonly TrainDoc[], gazetteer: GazetteerData, opts: TrainOptions): NerModel {
  checkOptions(docs, opts);
  const fx = new FeatureExtractor(new Gazetteer(gazetteer), N_TAGS);
  const { pass1, pass2 } = trainPasses(fx, prepareItems(fx, docs), opts);
  return new NerModel(gazetteer, pass1, pass2, { ...opts.provenance, hyperparameters: hyperparameters(opts) }, !!opts.stacked);
}

/**
 * Seed soup: trains one model per seed (`opts.seed` is ignored), each with its own whole pipeline (pass 1,
 * jackknifed evidence, pass 2), and averages the weights pass by pass ({@link averageWeights}). Each seed's
 * pass 2 learned to read its own pass 1's evidence; the soup's pass 2 reads the soup's pass 1, whose labels
 * are at least as good as any one seed's. `onSeed` receives every single-seed model (for scoring the spread);
 * it never affects the result. With one seed the result equals {@link trainModel} with that seed.
 */
export function trainSoup(docs: readonly TrainDoc[], gazetteer: GazetteerData, opts: TrainOptions, seeds: readonly number[], onSeed?: (seed: number, model: NerModel) => void): NerModel {
  if (seeds.length === 0) throw new Error('trainSoup needs at least one seed');
  checkOptions(docs, opts);
  const fx = new FeatureExtractor(new Gazetteer(gazetteer), N_TAGS);
  const items = prepareItems(fx, docs);
  // One seed's own model, as trainModel would record it.
  const single = (run: PassWeights, seed: number) =>
    new NerModel(gazetteer, run.pass1, run.pass2, { ...opts.provenance, hyperparameters: hyperparameters({ ...opts, seed }) }, !!opts.stacked);
  const runs: PassWeights[] = [];
  for (const seed of seeds) {
    opts.log?.(`seed ${seed} (${runs.length + 1}/${seeds.length})`);
    const run = trainPasses(fx, items, { ...opts, seed });
    runs.push(run);
    onSeed?.(seed, single(run, seed));
  }
  if (seeds.length === 1) return single(runs[0]!, seeds[0]!);
  const pass1 = averageWeights(runs.map((r) => r.pass1), opts.minWeight);
  const pass2 = opts.twoPass ? averageWeights(runs.map((r) => r.pass2!), opts.minWeight) : null;
  return new NerModel(gazetteer, pass1, pass2, { ...opts.provenance, hyperparameters: hyperparameters(opts, seeds) }, !!opts.stacked);
}
