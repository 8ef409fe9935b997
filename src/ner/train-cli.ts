/**
 * `npm run train:ner`: trains models/ner/ner.bin on CoNLL-2003 eng.train (+ GUM train documents with
 * `--gum`) and reports strict F1 on eng.testa. `--seeds a,b,c` trains one model per shuffle seed and ships their
 * weight average (seed soup, see `trainSoup`; measured, not shipped: models/ner/README.md).
 *
 * Reads `conll2003.dev.jsonl` (ids `conll2003-eng.train-*` for training, `conll2003-eng.testa-*` for the dev
 * score) and, with `--gum FILE`, the records of `gum.dev.jsonl` whose `source` says `split=train` (never
 * `split=dev`; partially labelled, see `gum.ts`). No test split is read (eng.testb is not on the machine).
 */
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { addCompromiseEntries } from './compromise-gazetteer.js';
import { conllTrainDoc, type GoldRecord } from './conll.js';
import { GAZ_CLASSES, ownGazetteerEntries } from './gazetteer.js';
import * as NAMES from './data/names.js';
import { evalTokenized } from './dev-eval.js';
import { gumSplit, gumTrainDoc } from './gum.js';
import { DEFAULT_TRAIN_OPTIONS, trainSoup, type TrainDoc } from './train.js';
import { NerModel } from './model.js';
import { averageWeights } from './perceptron.js';
import { join } from 'node:path';
import { createLayerRunner } from '../quotes/layers.js';

/** Default location of the gold data on the development machine. */
/** ../shared/eval/ner/conll2003.dev.jsonl beside the repository (this file runs from dist/ner/). */
export const DEFAULT_CONLL = fileURLToPath(new URL('../../../shared/eval/ner/conll2003.dev.jsonl', import.meta.url));

function arg(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}

/** ../shared/eval/ner/gum.dev.jsonl beside the repository. */
export const DEFAULT_GUM = fileURLToPath(new URL('../../../shared/eval/ner/gum.dev.jsonl', import.meta.url));

/** Reads a JSONL gold file. */
export function readJsonl(path: string): (GoldRecord & { source?: string })[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
}

const sha16 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);

/** Which GUM documents to add to the training data. */
export interface GumSelection {
  readonly path: string;
  /** Visits per iteration of each GUM document (up-sampling). */
  readonly weight: number;
  /** Leave out ids matching this (cross-fitting holds folds out). */
  readonly exclude?: RegExp;
  /** Leave every token outside GUM's spans open to MISC, not only nationality/language/religion words. */
  readonly openOutside?: boolean;
}

/**
 * Words GUM leaves unannotated that CoNLL tags MISC: gazetteer demonyms (`American`), languages and religious
 * groups (`src/ner/data/names.ts`), singular or plural.
 */
export function miscWordTest(entries: Record<string, number>): (word: string) => boolean {
  const own = new Set([...NAMES.LANGUAGES, ...NAMES.RELIGIOUS_GROUPS].map((w) => w.toLowerCase()));
  const demonym = (w: string) => ((entries[w] ?? 0) & (1 << GAZ_CLASSES.demonym)) !== 0;
  return (word) => {
    const w = word.toLowerCase();
    const sing = w.endsWith('s') ? w.slice(0, -1) : w;
    return /^\p{Lu}/u.test(word) && (demonym(w) || own.has(w) || own.has(sing) || demonym(sing));
  };
}

/**
 * The GUM `split=train` documents as partially labelled training documents, tokenized and split into
 * sentences by the product's own segmenter (`meta@1` + `segment@1`), as the `entities` stage sees them.
 * `split=dev` records are never returned; a record without a split is an error.
 */
export async function gumTrainingDocs(sel: GumSelection, entries: Record<string, number>, log?: (l: string) => void): Promise<{ docs: TrainDoc[]; ids: string[] }> {
  const records = readJsonl(sel.path);
  for (const r of records) if (gumSplit(r) === null) throw new Error(`GUM record ${r.id} has no split in its source`);
  const chosen = records.filter((r) => gumSplit(r) === 'train' && !sel.exclude?.test(r.id));
  const run = await createLayerRunner({ entities: false });
  const miscWord = miscWordTest(entries);
  const totals = { fixed: 0, nested: 0, open: 0, unaligned: 0 };
  const docs = chosen.map((r) => {
    const d = gumTrainDoc(r, run(r.text, r.id), sel.openOutside ? undefined : miscWord);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += d.stats[k];
    return { sentences: d.sentences, tags: d.tags, allowed: d.allowed, weight: sel.weight };
  });
  log?.(`GUM: ${docs.length} split=train docs (weight ${sel.weight}); top-level spans fixed ${totals.fixed}, open ${totals.open} (+${totals.nested} nested PER/ORG/LOC allowed), unaligned ${totals.unaligned}`);
  return { docs, ids: chosen.map((r) => r.id) };
}

/** Training set and provenance for {@link trainModel}: CoNLL-2003 eng.train, plus GUM train documents if asked. */
export async function trainingSet(data: string, gum: GumSelection | null, entries: Record<string, number>, log?: (l: string) => void): Promise<{ docs: TrainDoc[]; dev: GoldRecord[]; provenance: Record<string, unknown> }> {
  const records = readJsonl(data);
  if (records.some((r) => r.id.includes('testb'))) throw new Error('refusing to run: the data contains eng.testb documents');
  const train = records.filter((r) => r.id.startsWith('conll2003-eng.train-'));
  const dev = records.filter((r) => r.id.startsWith('conll2003-eng.testa-'));
  const docs: TrainDoc[] = train.map(conllTrainDoc);
  const provenance: Record<string, unknown> = {
    data: `${data} (sha256 ${sha16(data)})`,
    trainIds: `conll2003-eng.train-* (${train.length} docs)`,
    devIds: `conll2003-eng.testa-* (${dev.length} docs, scoring only)`,
  };
  if (gum) {
    const g = await gumTrainingDocs(gum, entries, log);
    docs.push(...g.docs);
    provenance['gum'] = {
      data: `${gum.path} (sha256 ${sha16(gum.path)})`,
      ids: `records with split=train in source${gum.exclude ? `, ids not matching /${gum.exclude.source}/` : ''} (${g.docs.length} docs; split=dev never read for training)`,
      labels: `person/place/organization -> PER/LOC/ORG fixed; other types: O or MISC left open; tokens outside spans: ${gum.openOutside ? 'O or MISC' : 'O, or O/MISC for demonym/language/religion words'} (partial labels)`,
      weight: gum.weight,
    };
  }
  return { docs, dev, provenance };
}

/** Entry point; `argv` without node and script. */
export async function main(argv: readonly string[]): Promise<void> {
  const data = arg(argv, 'data', DEFAULT_CONLL);
  const out = arg(argv, 'out', 'models/ner/ner.bin');
  const iterations = Number(arg(argv, 'iterations', String(DEFAULT_TRAIN_OPTIONS.iterations)));
  const twoPass = !argv.includes('--one-pass');
  const stacked = argv.includes('--stacked');
  // `--gum [FILE]` adds the GUM split=train documents (FILE defaults to ../shared/eval/ner/gum.dev.jsonl).
  const gi = argv.indexOf('--gum');
  const gumPath = gi < 0 ? null : argv[gi + 1] && !argv[gi + 1]!.startsWith('--') ? argv[gi + 1]! : DEFAULT_GUM;
  const gumWeight = Number(arg(argv, 'gum-weight', '1'));
  const exclude = arg(argv, 'gum-exclude', '');
  const entries = ownGazetteerEntries();
  const compromiseVersion = await addCompromiseEntries(entries);
  const gazetteer = { source: `factwire src/ner/data + compromise@${compromiseVersion} lexicon (MIT)`, entries };
  const t0 = Date.now();
  const log = (l: string) => process.stderr.write(`[train-ner] ${((Date.now() - t0) / 1000).toFixed(1)}s ${l}\n`);
  const gum = gumPath ? { path: gumPath, weight: gumWeight, openOutside: argv.includes('--gum-open-outside'), ...(exclude ? { exclude: new RegExp(exclude) } : {}) } : null;
  const { docs, dev, provenance } = await trainingSet(data, gum, entries, log);
  log(`${docs.length} training docs, ${dev.length} dev docs, gazetteer ${Object.keys(entries).length} phrases`);
  // `--seeds a,b,c`: one model per shuffle seed, averaged into one (seed soup, `trainSoup`).
  const seeds = arg(argv, 'seeds', String(DEFAULT_TRAIN_OPTIONS.seed)).split(',').map(Number);
  if (seeds.some((x) => !Number.isInteger(x))) throw new Error('--seeds takes comma-separated integers');
  // `--seed-models DIR` (experiments): also write each seed's own model and the soups of the first k seeds.
  const seedDir = arg(argv, 'seed-models', '');
  // Where the files go does not change the model, so the recorded command leaves `--out` and `--seed-models` out: the
  // same training gives the same bytes wherever it is written.
  const unrecorded = new Set(['--seed-models', '--out']);
  const recorded = argv.filter((_, i) => !unrecorded.has(argv[i]!) && !unrecorded.has(argv[i - 1]!));
  const singles: NerModel[] = [];
  const write = (path: string, m: NerModel) => {
    const b = m.serialize();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, b);
    log(`wrote ${path} (${(b.length / 1e6).toFixed(2)} MB, sha256 ${createHash('sha256').update(b).digest('hex').slice(0, 16)})`);
  };
  const onSeed = !seedDir ? undefined : (seed: number, m: NerModel) => {
    singles.push(m);
    write(join(seedDir, `seed-${seed}.bin`), m);
    if (singles.length > 1 && singles.length < seeds.length) {
      const soup = new NerModel(gazetteer, averageWeights(singles.map((x) => x.pass1), DEFAULT_TRAIN_OPTIONS.minWeight),
        twoPass ? averageWeights(singles.map((x) => x.pass2!), DEFAULT_TRAIN_OPTIONS.minWeight) : null, { seeds: seeds.slice(0, singles.length) }, stacked);
      write(join(seedDir, `soup-${singles.length}.bin`), soup);
    }
  };
  const model = trainSoup(docs, gazetteer, {
    ...DEFAULT_TRAIN_OPTIONS, iterations, twoPass, stacked, log,
    provenance: { ...provenance, command: `node scripts/train-ner.mjs${recorded.length ? ` ${recorded.join(' ')}` : ''}` },
  }, seeds, onSeed);
  log('training done; scoring eng.testa');
  const report = evalTokenized(model, dev);
  process.stderr.write(`${report}\n`);
  write(out, model);
}
