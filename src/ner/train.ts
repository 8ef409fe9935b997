/**
 * Deterministic training of the two-pass averaged-perceptron tagger. Determinism: documents are shuffled
 * with a seeded PRNG (mulberry32), the iteration count is fixed, rows are stored in hash order, and no
 * wall clock or Map-iteration-order dependence enters the weights.
 */
import { FeatureExtractor, type TagDoc } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { NerModel } from './model.js';
import { AveragedPerceptron, type Weights } from './perceptron.js';
import { CachedScorer, flatLocal, flatScorer, passOneEvidence, prepareDoc, viterbi, type PreparedDoc } from './tagger.js';
import { N_TAGS } from './tags.js';

/** A training document: token strings and gold BIO tags per sentence. */
export interface TrainDoc extends TagDoc {
  readonly tags: readonly Uint8Array[];
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
  /** Progress lines (stderr in the script); never affects the result. */
  readonly log?: (line: string) => void;
  readonly provenance?: Record<string, unknown>;
}

/** Defaults used by scripts/train-ner.mjs. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { iterations: 10, seed: 20241101, minWeight: 0.005, twoPass: true, folds: 2 };

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
  evidence: (Int32Array | null)[][] | null;
}

function trainPass(fx: FeatureExtractor, items: readonly Item[], opts: TrainOptions, label: string): Weights {
  const p = new AveragedPerceptron(N_TAGS);
  for (let it = 0; it < opts.iterations; it++) {
    let errors = 0;
    let total = 0;
    const dyn: number[] = [];
    for (const item of shuffled(items, opts.seed + it)) {
      item.doc.features.forEach((sf, s) => {
        const gold = item.gold[s]!;
        const local = flatLocal(fx, sf, item.evidence?.[s] ?? null);
        const n = sf.infos.length;
        const tags = viterbi(n, flatScorer(fx, p, sf, local));
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

/** Trains a model on `docs`. */
export function trainModel(docs: readonly TrainDoc[], gazetteer: GazetteerData, opts: TrainOptions): NerModel {
  const fx = new FeatureExtractor(new Gazetteer(gazetteer), N_TAGS);
  const items: Item[] = docs.map((d) => ({ doc: prepareDoc(fx, d), gold: d.tags, evidence: null }));
  const pass1 = trainPass(fx, items, opts, 'pass1');
  let pass2: Weights | null = null;
  if (opts.twoPass) {
    // Jackknife: pass-2 training must see pass-1 predictions as noisy as on unseen text, so each fold is
    // tagged by a pass-1 model that did not train on it.
    const folds = Math.max(2, opts.folds);
    for (let k = 0; k < folds; k++) {
      const held = items.filter((_, i) => i % folds === k);
      const rest = items.filter((_, i) => i % folds !== k);
      const w = trainPass(fx, rest, opts, `fold${k + 1}/${folds}`);
      const cached = new CachedScorer(fx, w);
      for (const item of held) item.evidence = passOneEvidence(item.doc, cached.decode(item.doc, null));
    }
    pass2 = trainPass(fx, items, opts, 'pass2');
  }
  const provenance = { ...opts.provenance, hyperparameters: { iterations: opts.iterations, seed: opts.seed, minWeight: opts.minWeight, twoPass: opts.twoPass, folds: opts.folds } };
  return new NerModel(gazetteer, pass1, pass2, provenance);
}
