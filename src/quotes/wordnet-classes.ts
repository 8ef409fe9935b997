/**
 * WordNet lexicographer classes of word forms for the quote tagger's optional `wordnet@1` templates
 * (src/quotes/tagger.ts): the semantic field of a form's first sense per part of speech (`verb.communication`,
 * `noun.cognition`, …) and of its first three senses. The long tail of cues the tagger misses (`backing`,
 * `criticism`, `decided`, `view`) shares these fields with cues it knows. File written by
 * scripts/learn-wordnet-classes.mjs from the WordNet 3.1 dictionary files; read only when a tagger was trained
 * with the templates, so a tagger without them never touches it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fnv1a, mix } from '../ner/hash.js';

/** Where the committed classes file lives (same relative path from src/ and dist/). */
export const WORDNET_CLASSES_PATH = fileURLToPath(new URL('../../models/quotes/wordnet-classes.json', import.meta.url));

/** The file as written by scripts/learn-wordnet-classes.mjs. */
interface ClassesFile { lexnames: string[]; classes: Record<string, string> }

/** The two values of a form: first sense per part of speech (one code) and the hashed three-sense set. */
export interface WordnetValue { readonly first: number; readonly set: number }

/** The values of a form with no WordNet entry (function words, names, numbers): shared by all of them. */
export const NO_CLASS: WordnetValue = { first: 0, set: 1 };

/** Lower-cased form hash (`fnv1a`, as the tagger's word hash) → classes. */
export type WordnetClasses = Map<number, WordnetValue>;

/**
 * Parses the file's signatures (`n.v.a.r/s1.s2…`, `-` for no sense) into tagger values: `first` packs the four
 * first-sense ids (+1, 0 for none) in 6 bits each; `set` mixes the 64-bit mask of the three-sense set.
 */
export function parseWordnetClasses(json: string): WordnetClasses {
  const file = JSON.parse(json) as ClassesFile;
  const out: WordnetClasses = new Map();
  for (const [sig, forms] of Object.entries(file.classes)) {
    const [firsts, set] = sig.split('/') as [string, string];
    let first = 0;
    for (const x of firsts.split('.')) first = first * 64 + (x === '-' ? 0 : Number(x) + 1);
    let lo = 0, hi = 0;
    for (const x of set.split('.')) {
      if (x === '') continue;
      const id = Number(x);
      if (id < 32) lo |= 1 << id; else hi |= 1 << (id - 32);
    }
    const value: WordnetValue = { first: first + 2, set: mix(lo >>> 0, hi >>> 0) };
    for (const form of forms.split(' ')) out.set(fnv1a(form), value);
  }
  return out;
}

let cached: WordnetClasses | null = null;

/** Sets the classes `wordnetClasses` returns (null: read the file again on next use); for tests and experiments. */
export function useWordnetClasses(classes: WordnetClasses | null): void {
  cached = classes;
}

/** The committed classes, read once; throws when the file is absent (a tagger trained with them needs them). */
export function wordnetClasses(path = WORDNET_CLASSES_PATH): WordnetClasses {
  if (cached) return cached;
  if (!existsSync(path)) throw new Error(`quote tagger uses WordNet classes but ${path} is missing`);
  return (cached = parseWordnetClasses(readFileSync(path, 'utf8')));
}
