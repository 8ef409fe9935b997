#!/usr/bin/env node
// Cross-fitted GUM news+interview figure for an NER model trained on CoNLL-2003 eng.train + GUM train docs.
// Run after `npm run build`:
//   node scripts/crossfit-ner-gum.mjs [--k 3] [--work /tmp/crossfit-ner-gum] [--gum-weight 1] [--skip-train] [--train-fold k]
// (`--train-fold k` only trains fold k's model, so that folds can train in parallel processes; a later run with
// `--skip-train` reuses the models found in --work and scores.)
//
// Most GUM news/interview documents are split=train, so the shipped model (trained on them) cannot be scored
// on them. Here every GUM record of ../shared/eval/ner/gum.dev.jsonl gets a fold (its index in id order
// mod K). For each fold k a model is trained by scripts/train-ner.mjs on CoNLL eng.train + the split=train
// GUM documents of the other folds (split=dev documents are never trained on), and the fold's news/interview
// documents (train and dev) are annotated through the product path with that model (`factwire annotate`
// with a pipeline whose entities@1 stage loads it, `export --to eval-jsonl`). The union, 39 documents, is
// scored with `factwire eval` (PER/ORG/LOC), so every document is tagged by a model that never saw it.
// Reads: ../shared/eval/ner/conll2003.dev.jsonl (train ids; testa only for the trainer's log) and
// ../shared/eval/ner/gum.dev.jsonl. Writes only under --work; nothing goes into the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './lib/args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const K = Number(arg('k', '3'));
const work = resolve(arg('work', '/tmp/crossfit-ner-gum'));
const gumWeight = arg('gum-weight', '1');
const gumPath = resolve(root, '../shared/eval/ner/gum.dev.jsonl');
const NEWS = /^GUM_(news|interview)_/;
mkdirSync(work, { recursive: true });

const bin = join(root, 'bin/factwire.js');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }).toString();
const log = (l) => process.stderr.write(`[crossfit] ${l}\n`);

const lines = readFileSync(gumPath, 'utf8').split('\n').filter((l) => l.trim());
const records = lines.map((l) => JSON.parse(l));
const ids = records.map((r) => r.id).sort();
const foldOf = new Map(ids.map((id, i) => [id, i % K]));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const modelOf = (k) => join(work, `fold${k}.bin`);
const train = (k) => {
  const held = ids.filter((id) => foldOf.get(id) === k);
  log(`fold ${k + 1}/${K}: training without ${held.length} GUM docs`);
  run([join(root, 'scripts/train-ner.mjs'), '--out', modelOf(k), '--gum', gumPath, '--gum-weight', gumWeight, '--gum-exclude', `^(${held.map(escape).join('|')})$`]);
};
if (arg('train-fold', null) !== null) {
  train(Number(arg('train-fold', '0')));
  process.exit(0);
}

const evalLines = [];
for (let k = 0; k < K; k++) {
  const model = modelOf(k);
  if (!(argv.includes('--skip-train') && existsSync(model))) train(k);
  const pipeline = join(work, `fold${k}.pipeline.json`);
  const news = JSON.parse(readFileSync(join(root, 'pipelines/news.json'), 'utf8'));
  delete news.$schema;
  news.name = `crossfit-fold${k}`;
  news.stages = news.stages.map((s) => (s.use === 'entities@1' ? { ...s, options: { ...s.options, model } } : s));
  writeFileSync(pipeline, JSON.stringify(news, null, 2));
  const gold = join(work, `fold${k}.gold.jsonl`);
  const docs = lines.filter((l, i) => NEWS.test(records[i].id) && foldOf.get(records[i].id) === k);
  writeFileSync(gold, docs.join('\n') + '\n');
  log(`fold ${k + 1}/${K}: annotating ${docs.length} news/interview docs`);
  const pred = join(work, `fold${k}.p.jsonl`);
  const ev = join(work, `fold${k}.eval.jsonl`);
  run([bin, 'annotate', gold, '--jsonl', pred, '--pipeline', pipeline, '--force', '--no-progress']);
  run([bin, 'export', '--to', 'eval-jsonl', pred, '-o', ev]);
  evalLines.push(...readFileSync(ev, 'utf8').split('\n').filter((l) => l.trim()));
}
const union = join(work, 'crossfit.eval.jsonl');
writeFileSync(union, evalLines.join('\n') + '\n');
log(`scoring ${evalLines.length} documents`);
process.stdout.write(run([bin, 'eval', '--task', 'ner', '--gold', gumPath, '--pred', union, '--labels', 'PER,ORG,LOC', '--ids', NEWS.source]));
