#!/usr/bin/env node
/**
 * Trains the quote stage's two learned components:
 *   1. models/quotes/cue-model.json: an averaged perceptron that decides whether a cue-lexicon match is an
 *      attribution cue in context;
 *   2. models/quotes/tagger.bin: a greedy averaged-perceptron BIO tagger for SOURCE / CUE / CONTENT per
 *      paragraph, with a hashed data-derived cue lexicon (src/quotes/tagger.ts, src/quotes/train-tagger.ts).
 *
 * Reads ONLY the PolNeAR train compartment: ../shared/eval/quotes/polnear.dev.jsonl (beside the repository), records with
 * meta.compartment == "train" (840 docs). The dev compartment is never read for training, and the
 * PolNeAR test split is not used. No text from the file is written out: the model holds feature
 * weights only (feature strings are cue-lexicon ids, lower-cased neighbouring word forms and shapes).
 *
 * Labels: a lexicon match is positive when its token lies inside a gold Cue span (cue model); gold
 * Source/Cue/Content spans become BIO tags (tagger). Layers come from the real pipeline stages (meta,
 * segment, entities), exactly as `quotes@1` sees them in the `news` pipeline.
 * Needs the compiled code: run `npx tsc -p tsconfig.build.json` first (`npm run train:quotes` does).
 *
 *   node scripts/train-quote-cues.mjs [--file PATH] [--layers CACHE.json] [--epochs 8] [--min-count 2] [--tagger-epochs 12] [--beam 4] [--beam-margin 200] [--folds 3] [--fold-cache DIR] [--reuse-tagger] [--merge quotes|all] [--keep-bias -10] [--no-tagger] [--wordnet]
 *
 * --wordnet: the tagger and its fold taggers are trained with the optional `wordnet@1` templates (needs
 * models/quotes/wordnet-classes.json, scripts/learn-wordnet-classes.mjs); recorded in the tagger's and the linker's
 * provenance. Without it the script trains exactly as before.
 */
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdirSync } from 'node:fs';
import { trainTagger } from '../dist/quotes/train-tagger.js';
import { loadTagger, QuoteTagger, TAGGER_PATH } from '../dist/quotes/tagger.js';
import { foldTaggers, readTrainSet, TAGGER_TRAIN_OPTIONS, trainLayers } from '../dist/quotes/train-folds.js';
import { buildView } from '../dist/quotes/view.js';
import { compileLexicon } from '../dist/quotes/lexicon.js';
import { matchCue } from '../dist/quotes/extract.js';
import { cueFeatures, CUE_MODEL_PATH, loadCueModel } from '../dist/quotes/cue-model.js';
import { trainLinker } from '../dist/quotes/train-linker.js';
import { LINKER_PATH } from '../dist/quotes/linker.js';
import { wordnetClasses } from '../dist/quotes/wordnet-classes.js';
import { arg } from './lib/args.mjs';

const FILE = arg('--file', fileURLToPath(new URL('../../shared/eval/quotes/polnear.dev.jsonl', import.meta.url)));
const EPOCHS = Number(arg('--epochs', 8));
const MIN_COUNT = Number(arg('--min-count', 2));
// --wordnet: the optional WordNet templates for the tagger and its fold taggers (absent: the options as before).
const WORDNET = process.argv.includes('--wordnet');
if (WORDNET) wordnetClasses(); // fails now, not after the cue model, when the classes file is missing

const { sha256, docs } = readTrainSet(FILE);
const lex = compileLexicon();
// --layers FILE: reuse pipeline layers saved earlier (a JSON array of {id, sentences, tokens, mentions, entities}
// from createLayerRunner, for the same documents); otherwise the stages run here.
const layers = await trainLayers(docs, arg('--layers', null));
console.error(`layers of ${docs.length} train documents computed`);

// Collect examples: one per lexicon match outside quotation marks.
const examples = [];
for (const [di, d] of docs.entries()) {
  const v = buildView(d.text, layers[di].tokens, layers[di].sentences);
  const inCue = new Uint8Array(d.text.length);
  for (const q of d.quotes) if (q.cue) inCue.fill(1, q.cue.start, q.cue.end);
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.regionOf[i] !== -1) continue;
    const e = matchCue(v, lex, i);
    if (!e) continue;
    examples.push({ f: cueFeatures(v, i, e), y: inCue[v.tokens[i].start] ? 1 : -1 });
  }
}
const counts = new Map();
for (const ex of examples) for (const f of ex.f) counts.set(f, (counts.get(f) ?? 0) + 1);
for (const ex of examples) ex.f = ex.f.filter((f) => counts.get(f) >= MIN_COUNT);

// Averaged perceptron (Collins 2002) with the usual lazy-averaging trick; deterministic shuffle.
const w = new Map(), u = new Map();
let c = 1;
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let ep = 0; ep < EPOCHS; ep++) {
  for (let i = examples.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [examples[i], examples[j]] = [examples[j], examples[i]]; }
  let errors = 0;
  for (const ex of examples) {
    let s = 0;
    for (const f of ex.f) s += w.get(f) ?? 0;
    if ((s >= 0 ? 1 : -1) !== ex.y) {
      errors++;
      for (const f of ex.f) { w.set(f, (w.get(f) ?? 0) + ex.y); u.set(f, (u.get(f) ?? 0) + ex.y * c); }
    }
    c++;
  }
  console.error(`epoch ${ep + 1}: ${errors}/${examples.length} errors`);
}
const weights = {};
for (const [f, x] of w) {
  const avg = x - (u.get(f) ?? 0) / c;
  if (Math.abs(avg) >= 0.01) weights[f] = Math.round(avg * 1000) / 1000;
}
const pos = examples.filter((e) => e.y > 0).length;
mkdirSync(new URL('.', `file://${CUE_MODEL_PATH}`).pathname, { recursive: true });
writeFileSync(CUE_MODEL_PATH, JSON.stringify({
  model: 'quotes cue classifier (averaged perceptron)',
  trainedOn: { file: 'polnear.dev.jsonl', compartment: 'train', docs: docs.length, sha256 },
  examples: examples.length, positives: pos, epochs: EPOCHS, minCount: MIN_COUNT,
  weights,
}) + '\n');
console.error(`wrote ${Object.keys(weights).length} weights to ${CUE_MODEL_PATH} (${examples.length} examples, ${pos} positive)`);

if (!process.argv.includes('--no-tagger')) {
  const TAGGER_EPOCHS = Number(arg('--tagger-epochs', TAGGER_TRAIN_OPTIONS.epochs));
  const opts = { ...TAGGER_TRAIN_OPTIONS, epochs: TAGGER_EPOCHS, beam: Number(arg('--beam', TAGGER_TRAIN_OPTIONS.beam)), beamMargin: Number(arg('--beam-margin', TAGGER_TRAIN_OPTIONS.beamMargin)), ...(WORDNET ? { wordnet: true } : {}) };
  // --reuse-tagger: keep the committed tagger.bin (trained by this script with the same options) and retrain
  // only what follows it; a full run gives the same file.
  const trained = process.argv.includes('--reuse-tagger') ? null : trainTagger(docs.map((d, i) => ({ input: layers[i], quotes: d.quotes })), { ...opts, log: (s) => console.error(`tagger ${s}`) }, {
    model: 'quotes BIO tagger (beam-search structured averaged perceptron, hashed features)',
    trainedOn: { file: 'polnear.dev.jsonl', compartment: 'train', docs: docs.length, sha256 },
    ...opts,
    command: WORDNET ? 'npm run train:quotes -- --wordnet' : 'npm run train:quotes',
  });
  // The linker below sees the tagger as its file holds it (int16 weights, as at run time), as it sees the fold taggers.
  const bytes = trained?.serialize();
  if (bytes) writeFileSync(TAGGER_PATH, bytes);
  const tagger = bytes ? QuoteTagger.deserialize(bytes) : loadTagger();
  if (tagger.wordnet !== WORDNET) throw new Error(`train-quote-cues: the committed tagger ${WORDNET ? 'lacks' : 'has'} the WordNet templates (--reuse-tagger)`);
  console.error(`wrote tagger (${tagger.weights.index.size} buckets, ${tagger.cueLex.size} cue-lexicon rows) to ${TAGGER_PATH}`);

  // 3. models/quotes/linker.json: speaker ranker + claim filter over the claims of the rules and a tagger.
  // Cross-fitting: document i is tagged by a tagger trained on the other folds (i mod FOLDS), so the linker
  // and the claim filter see tagger errors as they occur on unseen text. --folds 1 uses the stage's tagger.
  const FOLDS = Number(arg('--folds', 3));
  const trainDocs = docs.map((d, i) => ({ input: layers[i], quotes: d.quotes }));
  let taggerOf = () => tagger;
  if (FOLDS > 1) {
    // --fold-cache DIR: fold taggers are deterministic; save them there, or read them when present.
    const { taggers } = foldTaggers(trainDocs, { folds: FOLDS, cacheDir: arg('--fold-cache', null), options: opts, log: (s) => console.error(s) });
    taggerOf = (i) => taggers[i % FOLDS];
  }
  const lopts = { epochs: 5, keepEpochs: 10, seed: 7, keepBias: Number(arg('--keep-bias', -10)), folds: FOLDS, merge: arg('--merge', 'quotes') };
  const linker = trainLinker(trainDocs, taggerOf, loadCueModel().scorer, { ...lopts, log: (s) => console.error(s) }, {
    model: 'quotes speaker linker + claim filter (averaged perceptrons, hashed features)',
    trainedOn: { file: 'polnear.dev.jsonl', compartment: 'train', docs: docs.length, sha256 },
    ...lopts,
    ...(WORDNET ? { taggerTemplates: ['wordnet@1'] } : {}),
    command: WORDNET ? 'npm run train:quotes -- --wordnet' : 'npm run train:quotes',
  });
  writeFileSync(LINKER_PATH, linker.serialize());
  console.error(`wrote linker (${linker.link.size} ranker weights, ${linker.keep?.size ?? 0} filter weights) to ${LINKER_PATH}`);
}
