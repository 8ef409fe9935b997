/**
 * `npm run train:ner`: trains models/ner/ner.bin on CoNLL-2003 eng.train and reports strict F1 on eng.testa.
 *
 * Reads only `conll2003.dev.jsonl` (ids `conll2003-eng.train-*` for training, `conll2003-eng.testa-*` for
 * the dev score). No test split is read (eng.testb is not on the machine).
 */
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { addCompromiseEntries } from './compromise-gazetteer.js';
import { conllTrainDoc, type GoldRecord } from './conll.js';
import { ownGazetteerEntries } from './gazetteer.js';
import { evalTokenized } from './dev-eval.js';
import { DEFAULT_TRAIN_OPTIONS, trainModel } from './train.js';

/** Default location of the gold data on the development machine. */
/** ../shared/eval/ner/conll2003.dev.jsonl beside the repository (this file runs from dist/ner/). */
export const DEFAULT_CONLL = fileURLToPath(new URL('../../../shared/eval/ner/conll2003.dev.jsonl', import.meta.url));

function arg(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}

/** Reads a JSONL gold file. */
export function readJsonl(path: string): GoldRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
}

/** Entry point; `argv` without node and script. */
export async function main(argv: readonly string[]): Promise<void> {
  const data = arg(argv, 'data', DEFAULT_CONLL);
  const out = arg(argv, 'out', 'models/ner/ner.bin');
  const iterations = Number(arg(argv, 'iterations', String(DEFAULT_TRAIN_OPTIONS.iterations)));
  const twoPass = !argv.includes('--one-pass');
  const stacked = argv.includes('--stacked');
  const records = readJsonl(data);
  const train = records.filter((r) => r.id.startsWith('conll2003-eng.train-'));
  const dev = records.filter((r) => r.id.startsWith('conll2003-eng.testa-'));
  if (records.some((r) => r.id.includes('testb'))) throw new Error('refusing to run: the data contains eng.testb documents');
  const entries = ownGazetteerEntries();
  const compromiseVersion = await addCompromiseEntries(entries);
  const gazetteer = { source: `factwire src/ner/data + compromise@${compromiseVersion} lexicon (MIT)`, entries };
  const t0 = Date.now();
  const log = (l: string) => process.stderr.write(`[train-ner] ${((Date.now() - t0) / 1000).toFixed(1)}s ${l}\n`);
  log(`${train.length} training docs, ${dev.length} dev docs, gazetteer ${Object.keys(entries).length} phrases`);
  const model = trainModel(train.map(conllTrainDoc), gazetteer, {
    ...DEFAULT_TRAIN_OPTIONS, iterations, twoPass, stacked, log,
    provenance: {
      data: `${data} (sha256 ${createHash('sha256').update(readFileSync(data)).digest('hex').slice(0, 16)})`,
      trainIds: `conll2003-eng.train-* (${train.length} docs)`,
      devIds: `conll2003-eng.testa-* (${dev.length} docs, scoring only)`,
      command: 'npm run train:ner',
    },
  });
  log('training done; scoring eng.testa');
  const report = evalTokenized(model, dev);
  process.stderr.write(`${report}\n`);
  const bytes = model.serialize();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)})`);
}
