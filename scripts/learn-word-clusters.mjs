#!/usr/bin/env node
/**
 * Learns hierarchical word classes for the quote tagger (models/quotes/word-clusters.json): words that occur in
 * the same positional contexts share a class, so a cue seen a few times (`pledged`, `refuses`) could borrow the
 * evidence of its class-mates (`promised`, `vowed`). Tagger features reading the classes were measured on
 * 2026-11-29 and not adopted (models/quotes/README.md, "Word classes for the cue tagger"), so the classes file is
 * not committed; this script reproduces it (two runs give byte-identical files).
 *
 * Reads ONLY training texts, at run time: the PolNeAR train compartment of ../shared/eval/quotes/polnear.dev.jsonl
 * (records with meta.compartment == "train"; the dev compartment is never read) and, unless `--no-conll`, the
 * CoNLL-2003 eng.train documents of ../shared/eval/ner/conll2003.dev.jsonl (ids `conll2003-eng.train-*`; eng.testa is
 * never read). Gold annotations are not read, only `text`. Texts are tokenized by the real `segment@1` stage
 * (`createLayerRunner({ entities: false })`) and lower-cased as the quote view does (`’` → `'`).
 *
 * Method (deterministic, no randomness): every word form seen ≥ `--min-count` times is a vector of positive PMI
 * values over its contexts — the word 1 and 2 tokens to the left and to the right, among the `--contexts` most
 * frequent forms (other forms share one context per position) — normalised to unit length. The words are then split
 * top-down by bisecting spherical 2-means (seeds: the most frequent word of the node, then the word least similar to
 * the node's centroid; `--iters` rounds), to `--depth` levels or until a node has fewer than `--min-node` words. A
 * word's class is its bit path from the root (`0`/`1` per split), so a prefix is a coarser class.
 *
 * Output: `{ provenance, depth, classes: { PATH: [word, …] } }`, words sorted within each class; no running text.
 * Needs the compiled code (`npx tsc -p tsconfig.build.json`).
 *
 *   node scripts/learn-word-clusters.mjs [--file PATH] [--conll PATH] [--no-conll] [--min-count 3] [--contexts 1000]
 *     [--classes 1000] [--depth 20] [--min-node 6] [--iters 12] [--common 25] [--out models/quotes/word-clusters.json]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bisectTopDown, refineSplit } from './lib/bisect-classes.mjs';
import { createLayerRunner } from '../dist/quotes/layers.js';
import { arg } from './lib/args.mjs';

const FILE = arg('--file', fileURLToPath(new URL('../../shared/eval/quotes/polnear.dev.jsonl', import.meta.url)));
const CONLL = process.argv.includes('--no-conll') ? null : arg('--conll', fileURLToPath(new URL('../../shared/eval/ner/conll2003.dev.jsonl', import.meta.url)));
const MIN_COUNT = Number(arg('--min-count', 3));
const N_CTX = Number(arg('--contexts', 1000));
const DEPTH = Number(arg('--depth', 20));
const N_CLASSES = Number(arg('--classes', 1000));
const MIN_NODE = Number(arg('--min-node', 6));
const ITERS = Number(arg('--iters', 12));
const COMMON = Number(arg('--common', 25));
const OUT = arg('--out', fileURLToPath(new URL('../models/quotes/word-clusters.json', import.meta.url)));

const sha = (s) => createHash('sha256').update(s).digest('hex');
/** Records of a JSONL file that `keep` accepts, with the file's sha256. */
function read(file, keep) {
  const raw = readFileSync(file, 'utf8');
  return { sha256: sha(raw), docs: raw.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter(keep) };
}
const polnear = read(FILE, (d) => d.meta?.compartment === 'train');
const conll = CONLL ? read(CONLL, (d) => /^conll2003-eng\.train-/.test(d.id)) : null;
const texts = [...polnear.docs, ...(conll?.docs ?? [])].map((d) => d.text);

// Tokens, lower-cased as src/quotes/view.ts does; sentences are the context windows' limits.
const run = await createLayerRunner({ entities: false });
const sentences = [];
for (const text of texts) {
  const { tokens, sentences: ss } = run(text);
  for (const s of ss) {
    const out = [];
    for (let i = s.tokenStart; i < s.tokenEnd && i < tokens.length; i++) {
      const l = (tokens[i].norm ?? tokens[i].text).toLowerCase();
      out.push(l.indexOf('’') >= 0 ? l.replace(/’/g, "'") : l);
    }
    if (out.length) sentences.push(out);
  }
}
const freq = new Map();
for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
// Ties in frequency broken by the form itself, so the order (and everything after it) is deterministic.
const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const vid = new Map(vocab.map((w, i) => [w, i]));
const cid = new Map(byFreq.slice(0, N_CTX).map(([w], i) => [w, i]));
const OTHER = N_CTX; // one context for every rarer form, per position
const BOUND = N_CTX + 1; // sentence boundary
const DIM = 4 * (N_CTX + 2);
console.error(`${texts.length} texts, ${sentences.length} sentences, ${freq.size} forms, ${vocab.length} with count ≥ ${MIN_COUNT}`);

// Co-occurrence counts: word × (position, context form).
const rows = vocab.map(() => new Map());
const colSum = new Float64Array(DIM);
let total = 0;
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = vid.get(s[i]);
    if (v === undefined) continue;
    for (const [p, off] of [[0, -2], [1, -1], [2, 1], [3, 2]]) {
      const j = i + off;
      const c = j < 0 || j >= s.length ? BOUND : cid.get(s[j]) ?? OTHER;
      const k = p * (N_CTX + 2) + c;
      rows[v].set(k, (rows[v].get(k) ?? 0) + 1);
      colSum[k]++;
      total++;
    }
  }
}
// Positive PMI, unit length; sparse rows as sorted (index, value) arrays.
const idx = [], val = [];
for (const r of rows) {
  let rowSum = 0;
  for (const c of r.values()) rowSum += c;
  const ks = [...r.keys()].sort((a, b) => a - b);
  const is = [], vs = [];
  let norm = 0;
  for (const k of ks) {
    const pmi = Math.log((r.get(k) * total) / (rowSum * colSum[k]));
    if (pmi <= 0) continue;
    is.push(k); vs.push(pmi); norm += pmi * pmi;
  }
  norm = Math.sqrt(norm) || 1;
  idx.push(Int32Array.from(is));
  val.push(Float64Array.from(vs, (x) => x / norm));
}
const dot = (w, c) => { let s = 0; const is = idx[w], vs = val[w]; for (let k = 0; k < is.length; k++) s += vs[k] * c[is[k]]; return s; };
function centroid(ws) {
  const c = new Float64Array(DIM);
  for (const w of ws) { const is = idx[w], vs = val[w]; for (let k = 0; k < is.length; k++) c[is[k]] += vs[k]; }
  let n = 0;
  for (let k = 0; k < DIM; k++) n += c[k] * c[k];
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < DIM; k++) c[k] /= n;
  return c;
}
/**
 * Splits a node (word ids in frequency order) in two: by the sign of each word's projection on the node's first
 * principal direction (power iteration from the most frequent word's centred vector), then refined by spherical
 * 2-means. Null when it does not split.
 */
function split(ws) {
  const mean = new Float64Array(DIM);
  for (const w of ws) { const is = idx[w], vs = val[w]; for (let k = 0; k < is.length; k++) mean[is[k]] += vs[k] / ws.length; }
  let v = new Float64Array(DIM);
  { const is = idx[ws[0]], vs = val[ws[0]]; for (let k = 0; k < DIM; k++) v[k] = -mean[k]; for (let k = 0; k < is.length; k++) v[is[k]] += vs[k]; }
  const proj = new Float64Array(ws.length);
  for (let it = 0; it < 15; it++) {
    let n = 0;
    for (let k = 0; k < DIM; k++) n += v[k] * v[k];
    n = Math.sqrt(n) || 1;
    for (let k = 0; k < DIM; k++) v[k] /= n;
    let mv = 0;
    for (let k = 0; k < DIM; k++) mv += mean[k] * v[k];
    const nv = new Float64Array(DIM);
    let su = 0;
    ws.forEach((w, j) => { const u = dot(w, v) - mv; proj[j] = u; su += u; const is = idx[w], vs = val[w]; for (let k = 0; k < is.length; k++) nv[is[k]] += u * vs[k]; });
    for (let k = 0; k < DIM; k++) nv[k] -= su * mean[k];
    v = nv;
  }
  return refineSplit(ws, Uint8Array.from(proj, (p) => (p > 0 ? 1 : 0)), { dot, centroid, iters: ITERS });
}
const ordered = bisectTopDown(vocab, split, { classes: N_CLASSES, depth: DEPTH, minNode: MIN_NODE });
writeFileSync(OUT, JSON.stringify({
  what: 'word classes for the quote tagger (bisecting spherical 2-means over positive-PMI context vectors)',
  provenance: {
    script: 'scripts/learn-word-clusters.mjs',
    read: [{ file: 'polnear.dev.jsonl', compartment: 'train', docs: polnear.docs.length, sha256: polnear.sha256, fields: ['text'] },
      ...(conll ? [{ file: 'conll2003.dev.jsonl', ids: 'conll2003-eng.train-*', docs: conll.docs.length, sha256: conll.sha256, fields: ['text'] }] : [])],
    minCount: MIN_COUNT, contexts: N_CTX, classes: N_CLASSES, depth: DEPTH, minNode: MIN_NODE, iters: ITERS, common: COMMON,
  },
  words: vocab.length,
  // Forms seen ≥ --common times: a tagger's own word weights are reliable for them, so the variant that reads a
  // word's class only for rarer forms (README, variant B) reads theirs only as a neighbour's.
  common: { minCount: COMMON, words: vocab.filter((w) => freq.get(w) >= COMMON).sort() },
  classes: ordered,
}) + '\n');
console.error(`wrote ${Object.keys(ordered).length} classes of ${vocab.length} words to ${OUT}`);
