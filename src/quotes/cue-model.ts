/**
 * The learned cue model: an averaged perceptron that says whether a lexicon match is an attribution
 * cue in context (PolNeAR annotates `said` nearly always, `called`, `show`, `believe` only sometimes).
 * Weights live in models/quotes/cue-model.json, written by scripts/train-quote-cues.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CueEntry } from './lexicon.js';
import type { CueScorer } from './extract.js';
import type { View } from './view.js';

/** Where the committed weights live (same relative path from src/ and dist/). */
export const CUE_MODEL_PATH = fileURLToPath(new URL('../../models/quotes/cue-model.json', import.meta.url));

/** Feature strings of a lexicon match at token `i`. Shared by training and inference. */
export function cueFeatures(v: View, i: number, e: CueEntry): string[] {
  const w = v.lower[i]!;
  const p1 = v.lower[i - 1] ?? '<s>';
  const p2 = v.lower[i - 2] ?? '<s>';
  const n1 = v.lower[i + 1] ?? '</s>';
  const n2 = v.lower[i + 2] ?? '</s>';
  const shape = (j: number) => {
    const t = v.tokens[j];
    if (!t) return 'none';
    if (t.kind !== 'word') return t.kind === 'quote' ? 'Q' : t.text;
    return /^[A-Z]/.test(t.text) ? 'Cap' : 'low';
  };
  const s = v.sentences[v.sentOf[i]!];
  const atEnd = s ? i >= s.tokenEnd - 2 : false;
  const nearQuote = v.regionOf[i - 1] !== -1 || v.regionOf[i - 2] !== -1 || v.regionOf[i + 1] !== -1 || v.regionOf[i + 2] !== -1;
  const f = [
    'bias', `lem=${e.id}`, `w=${w}`, `p1=${p1}`, `n1=${n1}`, `w|n1=${w}|${n1}`, `p1|w=${p1}|${w}`, `p2=${p2}`, `n2=${n2}`,
    `sh=${shape(i - 1)}|${shape(i + 1)}`, `end=${atEnd}`, `nq=${nearQuote}`, `lem|end=${e.id}|${atEnd}`, `lem|nq=${e.id}|${nearQuote}`,
    `lem|n1=${e.id}|${n1 === 'that' ? 'that' : shape(i + 1)}`, `cap0=${/^[A-Z]/.test(v.tokens[i]!.text)}`,
  ];
  return f;
}

/** Loaded model. */
export interface CueModel {
  weights: Map<string, number>;
  scorer: CueScorer;
}

/** Loads the committed weights, or returns null when the file is absent (priors are used then). */
export function loadCueModel(path = CUE_MODEL_PATH): CueModel | null {
  if (!existsSync(path)) return null;
  const json = JSON.parse(readFileSync(path, 'utf8')) as { weights: Record<string, number> };
  const weights = new Map(Object.entries(json.weights));
  const scorer: CueScorer = (v: View, i: number, e: CueEntry) => {
    let s = 0;
    for (const f of cueFeatures(v, i, e)) s += weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-s));
  };
  return { weights, scorer };
}
