#!/usr/bin/env node
/**
 * Trains the quote stage's content-end ranker, models/quotes/content-end.json (src/quotes/content-end.ts):
 * where the content of a claim without quotation marks ends.
 *
 * Reads ONLY the PolNeAR train compartment: ../shared/eval/quotes/polnear.dev.jsonl (beside the repository),
 * records with meta.compartment == "train" (840 docs). The dev compartment is never read, and the PolNeAR test
 * split is not used. Also reads the committed models/quotes/cue-model.json and linker.json (the extractor's own),
 * and the fold taggers (below). No text is written out: the model holds feature-hash weights only.
 *
 * Claims come from the real extractor (`createExtractor`) over the train documents, each tagged by a
 * **cross-fitted fold tagger**: three taggers trained as `train-quote-cues.mjs` trains its fold taggers (same
 * options; fold k on the documents with index mod 3 != k), document i tagged by fold i mod 3. The committed
 * tagger has seen every train document and tags them almost perfectly, which hides the content ends the ranker
 * must learn to repair. `--fold-cache DIR` reads `fold-K-of-3.bin` from DIR when present (the files
 * `train-quote-cues.mjs --fold-cache DIR` writes), else trains the taggers and saves them there.
 * Labels: the site whose end is the gold content's end (gold claim on the same cue); claims where no site ends
 * exactly there are left out of training.
 *
 * `--cross-fit` also prints a 3-fold estimate on train: the ranker is trained on the claims of two folds of
 * documents and scores the third (content F1, attribution F1, exact content F1, as `factwire eval` counts them),
 * for every margin of `--margins`.
 *
 * Needs the compiled code: run `npx tsc -p tsconfig.build.json` first (`npm run train:content-end` does).
 *
 *   node scripts/train-content-end.mjs [--file PATH] [--layers CACHE.json] [--fold-cache DIR] [--epochs 5] [--seed 3] [--seeds 5] [--min-weight 0.5] [--margin 4] [--cross-fit] [--margins 0,2,4,8] [--compare MODEL.json | --compare FOLD1.json,FOLD2.json,FOLD3.json] [--out PATH] [--wordnet]
 *
 * --wordnet: the fold taggers are trained with the optional `wordnet@1` templates, as `train-quote-cues.mjs --wordnet`
 * trains them (use it with a linker trained that way); recorded in the provenance. Without it, as before.
 */
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { createExtractor } from '../dist/quotes/index.js';
import { foldTaggers as trainFoldTaggers, readTrainSet, TAGGER_TRAIN_OPTIONS, trainLayers } from '../dist/quotes/train-folds.js';
import { loadLinker } from '../dist/quotes/linker.js';
import { loadCueModel } from '../dist/quotes/cue-model.js';
import { compileLexicon } from '../dist/quotes/lexicon.js';
import { QuoteScores } from '../dist/quotes/score.js';
import { CONTENT_END_PATH, ContentEndModel, loadContentEndModel } from '../dist/quotes/content-end.js';
import { endExamples, trainContentEnd } from '../dist/quotes/train-content-end.js';
import { arg } from './lib/args.mjs';

const FILE = arg('--file', fileURLToPath(new URL('../../shared/eval/quotes/polnear.dev.jsonl', import.meta.url)));
const OUT = arg('--out', CONTENT_END_PATH);
const FOLDS = 3;
const opts = { epochs: Number(arg('--epochs', 5)), seed: Number(arg('--seed', 3)), seeds: Number(arg('--seeds', 5)), minWeight: Number(arg('--min-weight', 0.5)), margin: Number(arg('--margin', 4)) };
// The fold taggers' options: those of scripts/train-quote-cues.mjs (its defaults).
// --wordnet: with the optional WordNet templates, as `train-quote-cues.mjs --wordnet` trains them.
const WORDNET = process.argv.includes('--wordnet');
const TAGGER_OPTS = WORDNET ? { ...TAGGER_TRAIN_OPTIONS, wordnet: true } : TAGGER_TRAIN_OPTIONS;

const { sha256, docs } = readTrainSet(FILE);
// --layers FILE: pipeline layers saved earlier (a JSON array of {id, sentences, tokens, mentions, entities} from
// createLayerRunner, for the same documents); otherwise the stages run here.
const layers = await trainLayers(docs, arg('--layers', null));
console.error(`layers of ${docs.length} train documents ready`);

const { taggers: foldTaggers, sha256: foldHashes } = trainFoldTaggers(docs.map((d, i) => ({ input: layers[i], quotes: d.quotes })), {
  folds: FOLDS, cacheDir: arg('--fold-cache', null), options: TAGGER_OPTS, log: (s) => console.error(s),
});

const linker = loadLinker();
const cueModel = loadCueModel();
if (!linker || !cueModel) throw new Error('train-content-end: models/quotes/linker.json and cue-model.json are needed');
const lex = compileLexicon();
const isCueForm = (w) => lex.byForm.has(w);
const extractor = (tagger, contentEnd = null, onClaims = undefined) =>
  createExtractor({ threshold: 0.5, floating: 'claim', tagger, linker, scorer: cueModel.scorer, contentEnd, onClaims });

// Examples per document, from the claims as the extractor leaves them before the content-end step.
const perDoc = [];
{
  let gold = [], got = [];
  const exs = foldTaggers.map((t) => extractor(t, null, (v, cands) => { got = endExamples(v, cands, gold, isCueForm); }));
  for (const [i, d] of docs.entries()) {
    gold = d.quotes;
    got = [];
    exs[i % FOLDS].extract(layers[i]);
    perDoc.push(got.filter((e) => e.exact));
  }
}
const all = perDoc.flat();
console.error(`${all.length} examples (gold end at a site), ${all.filter((e) => e.gold !== 0).length} of them away from the current end`);

if (process.argv.includes('--cross-fit')) {
  const models = [0, 1, 2].map((k) => trainContentEnd(perDoc.filter((_, i) => i % FOLDS !== k).flat(), opts));
  const margins = arg('--margins', '0,2,4,8').split(',').map(Number);
  // --compare FILE: also score a fixed model file (the committed one, say) on every fold, untrained here;
  // --compare A,B,C: one file per fold (fold k's ranker scores the documents with index mod 3 == k).
  const fixedFiles = arg('--compare', null)?.split(',') ?? [];
  const fixedModels = fixedFiles.map((f) => loadContentEndModel(f) ?? (() => { throw new Error(`train-content-end: no model file ${f}`); })());
  const fixed = fixedModels[0] ?? null;
  for (const m of [null, ...margins, ...(fixed ? ['compare'] : [])]) {
    const ranker = (k) => (m === null ? null : m === 'compare' ? fixedModels[k % fixedModels.length] : new ContentEndModel(models[k].weights, m));
    const exs = foldTaggers.map((t, k) => extractor(t, ranker(k)));
    const s = new QuoteScores();
    for (const [i, d] of docs.entries()) {
      const { quotes } = exs[i % FOLDS].extract(layers[i]);
      s.add(d.quotes.map((q) => ({ content: q.quote, speaker: q.speaker, cue: q.cue })), quotes.map((q) => ({ content: q.content, speaker: q.speaker, cue: q.cue })));
    }
    const f = (k) => s[k].f.toFixed(4);
    console.log(`cross-fit ${m === null ? 'without ranker' : m === 'compare' ? `fixed model ${arg('--compare')} (margin ${fixed.margin})` : `margin ${m}`}: content F1 ${f('content')}, attribution F1 ${f('attribution')}, exact content F1 ${f('exactContent')}`);
  }
}

const model = trainContentEnd(all, opts, {
  model: 'quotes content-end ranker (averaged ranking perceptron, hashed features)',
  trainedOn: { file: 'polnear.dev.jsonl', compartment: 'train', docs: docs.length, sha256 },
  foldTaggers: { folds: FOLDS, options: TAGGER_OPTS, sha256: foldHashes },
  examples: all.length,
  ...opts,
  command: WORDNET ? 'npm run train:content-end -- --wordnet' : 'npm run train:content-end',
});
writeFileSync(OUT, model.serialize());
console.error(`wrote ${model.weights.size} weights to ${OUT}`);
