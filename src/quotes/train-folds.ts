/**
 * What the quote stage's training scripts share: the PolNeAR train documents with their pipeline layers, the
 * tagger's training options, and the cross-fitted fold taggers that the linker, the claim filter and the content-end
 * ranker are trained on (`scripts/train-quote-cues.mjs`, `scripts/train-content-end.mjs`). Both scripts had their
 * own copy of each; the copies differed in how a fold tagger was used (see {@link foldTaggers}).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createLayerRunner, type Layers } from './layers.js';
import { QuoteTagger } from './tagger.js';
import { trainTagger, type GoldQuote, type TrainDoc, type TrainOptions } from './train-tagger.js';

/** The tagger's training options (`npm run train:quotes` defaults); fold taggers are trained with the same. */
export const TAGGER_TRAIN_OPTIONS: Readonly<Omit<TrainOptions, 'log'>> = { epochs: 12, seed: 1, minWeight: 0.001, minCueCount: 3, beam: 4, beamMargin: 200 };

/** One PolNeAR train record as the scripts read it. */
export interface TrainRecord { id: string; text: string; quotes: readonly GoldQuote[]; meta: { compartment: string } }

/** The train compartment of a PolNeAR eval file, with the file's sha256 for the models' provenance. */
export interface TrainSet { raw: string; sha256: string; docs: TrainRecord[] }

/** Reads `file` and keeps the records with `meta.compartment == "train"` (the dev compartment is never read). */
export function readTrainSet(file: string): TrainSet {
  const raw = readFileSync(file, 'utf8');
  const docs = raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as TrainRecord).filter((d) => d.meta.compartment === 'train');
  return { raw, sha256: createHash('sha256').update(raw).digest('hex'), docs };
}

/**
 * The pipeline layers of `docs`: read from `cacheFile` (a JSON array of `{id, …layers}` that `createLayerRunner`
 * produced for the same documents, saved earlier) when given, else computed by the real stages here.
 */
export async function trainLayers(docs: readonly TrainRecord[], cacheFile: string | null): Promise<Layers[]> {
  if (cacheFile) {
    const byId = new Map((JSON.parse(readFileSync(cacheFile, 'utf8')) as (Layers & { id: string })[]).map((l) => [l.id, l]));
    return docs.map((d) => {
      const l = byId.get(d.id);
      if (!l) throw new Error(`layer cache ${cacheFile} has no document ${d.id}`);
      return { ...l, paragraphs: l.paragraphs ?? [], text: d.text };
    });
  }
  const layersOf = await createLayerRunner();
  return docs.map((d) => layersOf(d.text, d.id));
}

/** Fold taggers and the sha256 of each one's file (for the provenance of what is trained on them). */
export interface FoldTaggers { taggers: QuoteTagger[]; sha256: string[] }

/**
 * Trains `folds` taggers, fold k on the documents whose index mod `folds` is not k (document i is then tagged by
 * tagger i mod `folds`, which never saw it). With `cacheDir`, `fold-K-of-N.bin` is read from there when present and
 * written there when trained (the folder is created if needed); a cached file trained with other optional templates
 * (`wordnet`) than `options` ask for is refused.
 *
 * Each tagger is always the one its file holds (serialized, then read back: weights quantized to int16 as at run
 * time), so a cached run and a fresh run train the same linker. train-quote-cues used the float weights of a freshly
 * trained fold tagger but the int16 ones of a cached file, and could give a slightly different linker from the cache.
 */
export function foldTaggers(docs: readonly TrainDoc[], opts: { folds: number; cacheDir?: string | null; options?: Omit<TrainOptions, 'log'>; log?: (s: string) => void }): FoldTaggers {
  const { folds } = opts;
  const options = opts.options ?? TAGGER_TRAIN_OPTIONS;
  const taggers: QuoteTagger[] = [];
  const sha256: string[] = [];
  if (opts.cacheDir) mkdirSync(opts.cacheDir, { recursive: true });
  for (let k = 0; k < folds; k++) {
    const file = opts.cacheDir ? `${opts.cacheDir}/fold-${k + 1}-of-${folds}.bin` : null;
    let bytes: Uint8Array;
    if (file && existsSync(file)) bytes = readFileSync(file);
    else {
      const log = opts.log;
      bytes = trainTagger(docs.filter((_, i) => i % folds !== k), { ...options, log: log && ((s) => log(`fold ${k + 1}/${folds} tagger ${s}`)) }).serialize();
      if (file) writeFileSync(file, bytes);
    }
    const tagger = QuoteTagger.deserialize(bytes);
    // A cached file trained with other optional templates than asked for is not the fold tagger these options give.
    if (tagger.wordnet !== (options.wordnet ?? false)) throw new Error(`fold tagger ${file} ${options.wordnet ? 'lacks' : 'has'} the WordNet templates`);
    taggers.push(tagger);
    sha256.push(createHash('sha256').update(bytes).digest('hex'));
  }
  return { taggers, sha256 };
}
