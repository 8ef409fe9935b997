#!/usr/bin/env node
/**
 * Averages quote taggers weight by weight into one `tagger.bin` (a "model soup"). The tagger is linear (beam search over
 * summed static + history weights), so a weighted mean of the weight tables scores every tag path with the same
 * weighted mean of the members' scores: an ensemble at the decoding cost of one tagger.
 *
 * Reads the files' rows with `readModelFile` (format: src/quotes/tagger.ts), not through `QuoteTagger.load`, because the members
 * may have different feature layouts: a tagger of the 35-template layout (before the word-class templates) and taggers
 * of the 40-template layout. The 35 older templates hash identically in both (their template ids did not change; the
 * class templates are appended with ids 60-64), and a row is a hash bucket of the shared 2^18 table, so the rows are
 * merged by bucket; a row missing in a member counts as zeros. The output takes the largest `nStatic` of the members
 * (the templates of a smaller layout must be a prefix of it). Weights are dequantised (int16 × the member's scale),
 * averaged in float64, requantised to int16 with the new scale; rows that round to seven zeros are dropped.
 *
 * A member trained with an optional template set (header `templates`, e.g. the WordNet-class templates `wordnet@1`,
 * appended after the 35 templates with their own template ids) passes the set on to the output.
 *
 * The hashed cue lexicon (a per-form tagger input, not a weight) cannot be averaged: the output keeps the lexicon of
 * the first member (`--cue-from K` picks member K, 1-based). `beam` and `beamMargin` come from the first member.
 *
 * Usage:
 *   node scripts/soup-taggers.mjs --out OUT.bin A.bin:0.5 B.bin:0.5
 *   (a member without `:coef` gets 1/N; a coefficient may be a fraction `1/6`; used as given, not renormalised)
 *
 * Measured 2026-11-30 (h/soup, not adopted; models/quotes/README.md, "GloVe word classes for the cue tagger", last
 * paragraph): S1 = the committed tagger.bin (35 templates, sha256 687c864b…) : 0.5 + GloVe-B seed 1 : 0.5, S2 = the
 * committed tagger.bin : 0.5 + GloVe-B seeds 1, 2, 3 : 1/6 each. The GloVe-B members (40 templates) were trained and
 * decoded by the h/glove tagger patch (class templates appended to `tagInput`, `N_STATIC` 40, loader
 * src/quotes/word-classes.ts, classes from scripts/learn-glove-classes.mjs), which is not in the repository: a soup
 * with 40 templates does not load in the committed code, whose loader checks `nStatic`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { N_QTAGS, readModelFile, writeModelFile } from '../dist/quotes/tagger.js';

const args = process.argv.slice(2);
let out = null;
let cueFrom = 1;
const members = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--cue-from') cueFrom = Number(args[++i]);
  else {
    const m = /^(.*?)(?::([0-9.]+(?:\/[0-9.]+)?))?$/.exec(args[i]);
    const coef = m[2] === undefined ? null : m[2].includes('/') ? Number(m[2].split('/')[0]) / Number(m[2].split('/')[1]) : Number(m[2]);
    members.push({ path: m[1], coef });
  }
}
if (!out || members.length === 0) {
  console.error('usage: soup-taggers.mjs --out OUT.bin [--cue-from K] A.bin[:coef] B.bin[:coef] ...');
  process.exit(2);
}
for (const m of members) if (m.coef === null) m.coef = 1 / members.length;

/** Reads one model file's header, cue-lexicon rows and weight rows (no layout check) and its digest. */
function read(path) {
  const b = readFileSync(path);
  return { ...readModelFile(b), sha256: createHash('sha256').update(b).digest('hex') };
}

const files = members.map((m) => ({ ...m, ...read(m.path) }));
const first = files[0];
for (const f of files) {
  const h = f.header;
  if (h.hashing !== first.header.hashing || h.bucketBits !== first.header.bucketBits || h.tags.join() !== first.header.tags.join() || h.nHist !== first.header.nHist) {
    throw new Error(`${f.path}: another hashing, table size, tag set or history layout than ${first.path}`);
  }
}

// Sum of coef × dequantised weights per bucket, over the union of the members' rows.
const sum = new Map();
for (const f of files) {
  const s = f.coef * f.header.scale;
  for (let r = 0; r < f.keys.length; r++) {
    let row = sum.get(f.keys[r]);
    if (!row) sum.set(f.keys[r], (row = new Float64Array(N_QTAGS)));
    for (let t = 0; t < N_QTAGS; t++) row[t] += s * f.q[r * N_QTAGS + t];
  }
}
const keys = [...sum.keys()].sort((a, b) => a - b);
let max = 0;
for (const k of keys) for (const x of sum.get(k)) max = Math.max(max, Math.abs(x));
const scale = max === 0 ? 1 : max / 32767;
const kept = [];
for (const k of keys) {
  const row = sum.get(k);
  const qr = Array.from(row, (x) => Math.round(x / scale));
  if (qr.some((x) => x !== 0)) kept.push([k, qr]);
}

// Optional template sets (the header's `templates`, e.g. `wordnet@1`): members without any are a prefix of those with
// them; two different optional sets cannot be merged.
const templateSets = [...new Set(files.map((f) => (f.header.templates ?? []).join()).filter((t) => t !== ''))];
if (templateSets.length > 1) throw new Error(`members with different optional templates: ${templateSets.join(' / ')}`);
const templates = templateSets.length ? templateSets[0].split(',') : null;

const cue = files[cueFrom - 1];
const header = {
  format: 1, hashing: first.header.hashing, bucketBits: first.header.bucketBits, tags: first.header.tags,
  nStatic: Math.max(...files.map((f) => f.header.nStatic)), nHist: first.header.nHist, ...(templates ? { templates } : {}), rows: kept.length, scale,
  cueRows: cue.cueKeys.length, beam: first.header.beam, beamMargin: first.header.beamMargin,
  provenance: {
    model: 'quotes BIO tagger, weight average ("soup") of the member taggers (scripts/soup-taggers.mjs)',
    members: files.map((f) => ({ file: basename(f.path), sha256: f.sha256, coef: f.coef, nStatic: f.header.nStatic, provenance: f.header.provenance })),
    cueLexiconFrom: cueFrom,
    command: `node scripts/soup-taggers.mjs --out ${basename(out)}${cueFrom !== 1 ? ` --cue-from ${cueFrom}` : ''} ${files.map((f) => `${basename(f.path)}:${f.coef}`).join(' ')}`,
  },
};
const q = new Int16Array(kept.length * N_QTAGS);
kept.forEach(([, qr], r) => q.set(qr, r * N_QTAGS));
writeFileSync(out, writeModelFile({ header, cueKeys: cue.cueKeys, cueVals: cue.cueVals, keys: Uint32Array.from(kept, ([k]) => k), q }));
console.error(`soup-taggers: ${files.length} members, ${kept.length} rows (union ${keys.length}), nStatic ${header.nStatic} -> ${out}`);
