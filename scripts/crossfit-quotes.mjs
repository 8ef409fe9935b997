#!/usr/bin/env node
// Cross-fitted PolNeAR train figure of the quote stage, through the product path. Run after `npm run build`:
//   node scripts/crossfit-quotes.mjs --folds DIR [--work /tmp/crossfit-quotes]
// DIR holds fold-1-of-3.bin … fold-3-of-3.bin as src/quotes/train-folds.ts (`foldTaggers`) writes them (the
// training scripts' fold cache). Fold tagger k was trained on the train documents whose index mod 3 is not k-1, so
// document i of the train list is annotated with tagger (i mod 3) + 1, which never saw it. Folds missing from DIR
// are trained there first by `foldTaggers` with the committed recipe (TAGGER_TRAIN_OPTIONS; a few minutes each),
// so a fresh clone needs nothing else; nothing in models/ is written.
//
// The shipped tagger was trained on all 840 train documents, so the train figure of `factwire eval` is in-sample
// for it (its claims look better there than on dev). Here each fold's third of the train documents is annotated by
// a scratch copy of the built product (bin/ and dist/ copied so that models/ resolves inside the copy, the rest
// symlinked) whose models/quotes/tagger.bin is the fold tagger; the linker, claim filter and content-end ranker stay
// the shipped ones (they were trained on cross-fitted tagger output). The three outputs are joined, exported and
// scored with `eval --compartment train`. Reads ../shared/eval/quotes/polnear.dev.jsonl (train compartment only);
// writes only under --work (thirds of the gold file, the copies, <work>/crossfit.p.jsonl and .eval.jsonl).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldTaggers, readTrainSet, trainLayers } from '../dist/quotes/train-folds.js';
import { arg } from './lib/args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const K = 3;
const folds = arg('folds', null);
if (!folds) throw new Error('--folds DIR (fold-K-of-3.bin files) is required');
const work = resolve(arg('work', '/tmp/crossfit-quotes'));
const gold = resolve(root, '../shared/eval/quotes/polnear.dev.jsonl');
mkdirSync(work, { recursive: true });
const run = (cwd, args) => execFileSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }).toString();
const log = (l) => process.stderr.write(`[crossfit-quotes] ${l}\n`);

// The train documents in readTrainSet's order (the order foldTaggers assigns folds by).
const { docs } = readTrainSet(gold);
// The fold taggers, trained into DIR when one is missing (the training scripts' cache does the same).
if (!Array.from({ length: K }, (_, k) => join(folds, `fold-${k + 1}-of-${K}.bin`)).every((f) => existsSync(f))) {
  log(`training the missing fold taggers into ${resolve(folds)}`);
  const layers = await trainLayers(docs, null);
  foldTaggers(docs.map((d, i) => ({ input: layers[i], quotes: d.quotes })), { folds: K, cacheDir: resolve(folds), log });
}
const outputs = [];
for (let k = 0; k < K; k++) {
  const copy = join(work, `product-${k + 1}`);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(join(copy, 'models/quotes'), { recursive: true });
  for (const e of readdirSync(root)) {
    if (e === 'bin' || e === 'dist') cpSync(join(root, e), join(copy, e), { recursive: true });
    else if (e !== 'models' && !e.startsWith('.')) symlinkSync(join(root, e), join(copy, e));
  }
  for (const e of readdirSync(join(root, 'models'))) if (e !== 'quotes') symlinkSync(join(root, 'models', e), join(copy, 'models', e));
  for (const e of readdirSync(join(root, 'models/quotes'))) if (e !== 'tagger.bin') symlinkSync(join(root, 'models/quotes', e), join(copy, 'models/quotes', e));
  copyFileSync(resolve(folds, `fold-${k + 1}-of-${K}.bin`), join(copy, 'models/quotes/tagger.bin'));
  const part = join(work, `train-${k + 1}-of-${K}.jsonl`);
  const third = docs.filter((_, i) => i % K === k);
  writeFileSync(part, third.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const out = join(work, `fold-${k + 1}.p.jsonl`);
  log(`fold ${k + 1}: annotating ${third.length} documents`);
  run(copy, ['bin/factwire.js', 'annotate', part, '--jsonl', out, '--force', '--no-progress']);
  outputs.push(out);
}
const joined = join(work, 'crossfit.p.jsonl');
writeFileSync(joined, outputs.map((f) => readFileSync(f, 'utf8')).join(''));
const evalFile = join(work, 'crossfit.eval.jsonl');
run(root, ['bin/factwire.js', 'export', '--to', 'eval-jsonl', joined, '-o', evalFile]);
process.stdout.write(run(root, ['bin/factwire.js', 'eval', '--task', 'quotes', '--gold', gold, '--pred', evalFile, '--compartment', 'train']));
