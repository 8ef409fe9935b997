#!/usr/bin/env node
// Generates src/quotes/first-name-genders.ts from compromise's lexicon (MIT): the first names it tags MaleName or
// FemaleName. Speaker resolution reads them for pronoun agreement (`she` cannot be `Boris Johnson`); generating a
// module keeps compromise out of the run time, as the NER gazetteer does (src/ner/compromise-gazetteer.ts).
// Names compromise tags only FirstName or Person (Jordan, Morgan, Alexis) carry no gender and are left out.
// `node scripts/gen-name-genders.mjs --check` exits 1 when the module is out of date (a test runs it).
import nlp from 'compromise';
import { wrapWords, writeOrCheck } from './lib/generated.mjs';

const out = 'src/quotes/first-name-genders.ts';
const male = [];
const female = [];
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  // A word with both tags says nothing; a multi-word entry is no first name.
  if (/\s/.test(word) || (list.includes('MaleName') && list.includes('FemaleName'))) continue;
  if (list.includes('MaleName')) male.push(word);
  else if (list.includes('FemaleName')) female.push(word);
}
male.sort();
female.sort();
const ts = `/* Generated from compromise ${nlp.version}'s lexicon by scripts/gen-name-genders.mjs. Do not edit by hand. */
/** First names compromise tags MaleName (${male.length}), lower-cased. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
${wrapWords(male)}).trim().split(' '));
/** First names compromise tags FemaleName (${female.length}), lower-cased. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
${wrapWords(female)}).trim().split(' '));
`;
await writeOrCheck(out, ts, 'scripts/gen-name-genders.mjs', `${male.length} male, ${female.length} female`);
