import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/batch/process.js';
import { verifyAnnotation } from '../../../src/emit/validate.js';
import type { AnnotationDocument, EntityType } from '../../../src/types/annotation.js';
import { addGaz, Gazetteer, type GazClass } from '../../../src/ner/gazetteer.js';
import { candidate } from '../../../src/stages/entities/rule-kit.js';
import type { Candidate } from '../../../src/stages/entities/candidates.js';
import { findInnerNames, headIndex, INNER_RULES } from '../../../src/stages/entities/nested.js';
import { shippedPipeline, textInput } from '../../helpers.js';
import { docOf, rangeOf } from '../../ner/helpers.js';

// A small hand-made gazetteer, so that the cases test the rules and not the shipped tables.
const GAZ_ROWS: [string, GazClass][] = [
  ['Oslo', 'city'], ['Norway', 'country'], ['US', 'country'], ['New York', 'city'], ['York', 'city'], ['Europe', 'region'],
  ['St', 'region'], ['LA', 'city'], ['Paris', 'city'], ['Maria', 'first'], ['Lindqvist', 'last'], ['Brennholt', 'last'],
];
const entries: Record<string, number> = {};
for (const [phrase, cls] of GAZ_ROWS) addGaz(entries, phrase, cls);
const GAZ = new Gazetteer({ source: 'test', entries });

/** Token range of the `n`-th (1-based) occurrence of `phrase` as a whole-word run of tokens. */
function nthRange(text: string, tokens: ReturnType<typeof docOf>['tokens'] & object, phrase: string, n: number) {
  let from = 0;
  for (let k = 1; ; k++) {
    const a = text.indexOf(phrase, from);
    if (a < 0) throw new Error(`no occurrence ${n} of "${phrase}"`);
    const start = tokens.findIndex((t) => t.start === a);
    const end = tokens.findIndex((t) => t.end === a + phrase.length) + 1;
    if (start >= 0 && end > start && k === n) return { start, end };
    from = a + 1;
  }
}

/**
 * Runs the inner-name rules over `text` with the given mentions and returns `inner text/type/rule` per parent that
 * has any. A mention is a phrase and its type, found at its first occurrence, or at its n-th with a `#n` suffix.
 */
function innerOf(text: string, mentions: readonly (readonly [string, EntityType])[]): Record<string, string[]> {
  const doc = docOf(text);
  const tokens = doc.tokens!;
  const cands: Candidate[] = mentions.map(([spec, type]) => {
    const [phrase, n] = spec.split('#') as [string, string | undefined];
    const r = nthRange(text, tokens, phrase, n === undefined ? 1 : Number(n));
    return candidate(r.start, r.end, type, 'test', null);
  }).sort((a, b) => a.start - b.start);
  const inner = findInnerNames(text, tokens, cands, GAZ);
  const out: Record<string, string[]> = {};
  cands.forEach((c, i) => {
    const names = inner[i];
    if (names) out[text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)] = names.map((n) => `${n.text}/${n.type}/${n.by.replace('entities@1/inner.', '')}`);
  });
  return out;
}

describe('inner names: rules', () => {
  it.each([
    ['a known city after `of`', 'She studied at the University of Oslo.', [['University of Oslo', 'ORG']], { 'University of Oslo': ['Oslo/GPE/place-gazetteer'] }],
    ['a country acronym before the head', 'The US Coast Guard said so.', [['US Coast Guard', 'ORG']], { 'US Coast Guard': ['US/GPE/place-gazetteer'] }],
    ['a city\'s two-letter short name before the head', 'She wrote for LA Weekday.', [['LA Weekday', 'ORG']], { 'LA Weekday': ['LA/GPE/place-gazetteer'] }],
    ['a region', 'The Council of Europe met.', [['Council of Europe', 'ORG']], { 'Council of Europe': ['Europe/LOC/place-gazetteer'] }],
    ['the longest known place, not the one inside it', 'The New York Ballet danced.', [['New York Ballet', 'ORG']], { 'New York Ballet': ['New York/GPE/place-gazetteer'] }],
    ['an unknown place after University of', 'She teaches at the University of Tromsø.', [['University of Tromsø', 'ORG']], { 'University of Tromsø': ['Tromsø/GPE/place-of'] }],
    ['two words after Municipality of the', 'The Municipality of the Green Hills voted.', [['Municipality of the Green Hills', 'ORG']], { 'Municipality of the Green Hills': ['Green Hills/GPE/place-of'] }],
    ['a person named elsewhere in the story', 'Ada Quill spoke. The Ada Quill Foundation pays.', [['Ada Quill', 'PERSON'], ['Ada Quill Foundation', 'ORG']], { 'Ada Quill Foundation': ['Ada Quill/PERSON/doc-name'] }],
    ['a one-word organization seen twice', 'Zentrix grew. Zentrix hired. The Zentrix Science Fair opened.', [['Zentrix', 'ORG'], ['Zentrix#2', 'ORG'], ['Zentrix Science Fair', 'EVENT']], { 'Zentrix Science Fair': ['Zentrix/ORG/doc-name'] }],
    ['a first name and a surname before an eponym head', 'The Maria Lindqvist Institute opened.', [['Maria Lindqvist Institute', 'ORG']], { 'Maria Lindqvist Institute': ['Maria Lindqvist/PERSON/eponym'] }],
    ['an initial in the middle of the eponym', 'The Maria K. Lindqvist Prize went to her.', [['Maria K. Lindqvist Prize', 'ORG']], { 'Maria K. Lindqvist Prize': ['Maria K. Lindqvist/PERSON/eponym'] }],
    ['a known surname alone before an eponym head', 'The Brennholt Medal went to her.', [['Brennholt Medal', 'ORG']], { 'Brennholt Medal': ['Brennholt/PERSON/eponym'] }],
    ['a known surname before words that say what the place is', 'The Brennholt Space Center opened.', [['Brennholt Space Center', 'FAC']], { 'Brennholt Space Center': ['Brennholt/PERSON/eponym'] }],
    ['two names in one mention', 'The US Embassy in Oslo closed.', [['US Embassy in Oslo', 'FAC']], { 'US Embassy in Oslo': ['US/GPE/place-gazetteer', 'Oslo/GPE/place-gazetteer'] }],
    ['a one-word name whose lowercase form is only part of a word', 'Summit won. Summit lost. The summits met. The Summit Science Fair opened.',
      [['Summit', 'ORG'], ['Summit#2', 'ORG'], ['Summit Science Fair', 'EVENT']], { 'Summit Science Fair': ['Summit/ORG/doc-name'] }],
    // Two one-word names with one lowercase form: the lowercase word drops the one seen last only.
    ['a one-word name another one-word name shares a lowercase form with', 'Zentrix grew. Zentrix hired. ZENTRIX fell. ZENTRIX rose. A zentrix met. The Zentrix Science Fair opened.',
      [['Zentrix', 'ORG'], ['Zentrix#2', 'ORG'], ['ZENTRIX', 'ORG'], ['ZENTRIX#2', 'ORG'], ['Zentrix Science Fair', 'EVENT']], { 'Zentrix Science Fair': ['Zentrix/ORG/doc-name'] }],
  ] as const)('finds %s', (_what, text, mentions, expected) => {
    expect(innerOf(text, mentions)).toEqual(expected);
  });

  it.each([
    ['the head of the parent (the same organization under a shorter name)', 'Air Norway flew.', [['Air Norway', 'ORG']]],
    ['names inside a place (a GPE parent)', 'New York City grew.', [['New York City', 'GPE']]],
    ['names inside a person', 'Paris Lindqvist sang.', [['Paris Lindqvist', 'PERSON']]],
    ['a one-word mention seen only once', 'Zentrix grew. The Zentrix Science Fair opened.', [['Zentrix', 'ORG'], ['Zentrix Science Fair', 'EVENT']]],
    ['a one-word mention the story also writes in lowercase', 'Summit won. Summit lost. A summit met. The Summit Science Fair opened.', [['Summit', 'ORG'], ['Summit#2', 'ORG'], ['Summit Science Fair', 'EVENT']]],
    ['a one-word mention the story writes in lowercase after it', 'Summit won. Summit lost. The Summit Science Fair opened. A summit met.', [['Summit', 'ORG'], ['Summit#2', 'ORG'], ['Summit Science Fair', 'EVENT']]],
    ['an organization followed only by a company suffix', 'Zentrix grew. Zentrix hired. Zentrix Inc. said so.', [['Zentrix', 'ORG'], ['Zentrix#2', 'ORG'], ['Zentrix Inc.', 'ORG']]],
    ['a field of study after University of', 'The University of Technology grew.', [['University of Technology', 'ORG']]],
    ['an abbreviation of two letters', 'The St Anne Society met.', [['St Anne Society', 'ORG']]],
    ['three words before an eponym head without an initial', 'The Maria Lindqvist Space Telescope flew.', [['Maria Lindqvist Space Telescope', 'ORG']]],
    ['a known surname before another known name and an eponym head', 'The Brennholt Lindqvist Center opened.', [['Brennholt Lindqvist Center', 'FAC']]],
    ['a known surname before two words and an eponym head', 'The Brennholt Space Flight Center opened.', [['Brennholt Space Flight Center', 'FAC']]],
    ['an unknown word before an eponym head', 'The Quorvane Institute opened.', [['Quorvane Institute', 'ORG']]],
    ['a one-word mention', 'Oslo is cold.', [['Oslo', 'GPE']]],
    ['a two-letter word in a name written in capitals (a headline)', 'LA VOZ REPORTS', [['LA VOZ', 'ORG']]],
  ] as const)('finds nothing in %s', (_what, text, mentions) => {
    expect(innerOf(text, mentions)).toEqual({});
  });

  it.each(INNER_RULES.map((r) => [r.id, r] as const))('rule %s finds its own example', (id, rule) => {
    const { parent, inner, type } = rule.example;
    // doc-name needs the name as a mention of its own (twice for one word); the other rules must not need it.
    const alone = id === 'doc-name' ? `${inner} spoke. ${inner} left. ` : '';
    const text = `${alone}Visitors came to the ${parent} today.`;
    const mentions: [string, EntityType][] = id === 'doc-name' ? [[inner, type], [`${inner}#2`, type], [parent, 'ORG']] : [[parent, 'ORG']];
    const found = innerOf(text, mentions)[parent] ?? [];
    expect(found.some((f) => f.startsWith(`${inner}/${type}/`))).toBe(true);
  });

  it.each([
    ['University of Oslo', 'University'], ['Ada Quill Foundation', 'Foundation'], ['Instituto de Física', 'Instituto'], ['US Air Force', 'Force'],
  ])('the head of %s is %s', (name, head) => {
    const doc = docOf(name);
    expect(doc.tokens![headIndex(doc.tokens!, { start: 0, end: doc.tokens!.length })]!.text).toBe(head);
  });

  it('inner names are strict sub-spans of their parent on token edges, in order, not overlapping, and slice to their text', () => {
    const text = 'Ada Quill spoke. The US Embassy in Oslo and the Ada Quill Foundation of New York met.';
    const doc = docOf(text);
    const tokens = doc.tokens!;
    const cands = [candidate(0, 2, 'PERSON', 'test', null), { ...rangeOf(tokens, text, 'US Embassy in Oslo') }, rangeOf(tokens, text, 'Ada Quill Foundation of New York')]
      .map((r, i) => (i === 0 ? (r as Candidate) : candidate(r.start, r.end, 'ORG', 'test', null)));
    const inner = findInnerNames(text, tokens, cands, GAZ);
    let n = 0;
    cands.forEach((c, i) => {
      let last = tokens[c.start]!.start;
      for (const name of inner[i] ?? []) {
        n++;
        expect(text.slice(name.start, name.end)).toBe(name.text);
        expect(name.start).toBeGreaterThanOrEqual(last);
        expect(name.end).toBeLessThanOrEqual(tokens[c.end - 1]!.end);
        expect(name.end - name.start).toBeLessThan(tokens[c.end - 1]!.end - tokens[c.start]!.start);
        expect(tokens.some((t) => t.start === name.start) && tokens.some((t) => t.end === name.end)).toBe(true);
        last = name.end;
      }
    });
    expect(n).toBeGreaterThanOrEqual(3);
  });
});

// Hand-written fragments that make nested names (and emoji before them, so code points and UTF-16 units differ).
const FRAGMENTS = [
  'The University of Helsinki said. ', 'the US Air Force ', 'Ada Quill ', 'the Ada Quill Foundation ', 'the New York Times ',
  'Oslo ', 'said ', 'and ', '😀 ', '🇳🇴 ', '"', '. ', '\n', 'Mr. ', 'Norway ', 'University of Tromsø ',
];
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 30 }).map((ps) => ps.join(''));

describe('inner names: in the output', () => {
  it('every inner name validates, slices to its text in both units, and lies strictly inside its mention', async () => {
    const pipeline = await shippedPipeline();
    let seen = 0;
    fc.assert(fc.property(fragmentText, (text) => {
      for (const unit of ['codepoint', 'utf16'] as const) {
        const result = processDocument(pipeline, textInput(text), unit);
        expect(result.status).toBe('ok');
        const doc = JSON.parse(result.json!) as AnnotationDocument;
        expect(verifyAnnotation(doc)).toEqual([]);
        const slice = unit === 'utf16' ? (a: number, b: number) => text.slice(a, b) : (a: number, b: number) => Array.from(text).slice(a, b).join('');
        for (const m of doc.mentions) {
          let last = m.start;
          for (const n of m.inner ?? []) {
            seen++;
            expect(slice(n.start, n.end)).toBe(n.text);
            expect(n.start).toBeGreaterThanOrEqual(last);
            expect(n.end).toBeLessThanOrEqual(m.end);
            expect(n.end - n.start).toBeLessThan(m.end - m.start);
            last = n.end;
          }
        }
      }
    }), { numRuns: 60, seed: 11 });
    // The fragments do make nested names: the property was not checked on empty lists only.
    expect(seen).toBeGreaterThan(20);
  });

  it('is deterministic', async () => {
    const pipeline = await shippedPipeline();
    fc.assert(fc.property(fragmentText, (text) => {
      expect(processDocument(pipeline, textInput(text), 'codepoint').json).toBe(processDocument(pipeline, textInput(text), 'codepoint').json);
    }), { numRuns: 30, seed: 5 });
  });
});

describe('inner names: schema', () => {
  const TEXT = 'Staff of the University of Helsinki met.';
  let valid: AnnotationDocument;
  beforeAll(async () => {
    valid = JSON.parse(processDocument(await shippedPipeline(), textInput(TEXT), 'codepoint').json!) as AnnotationDocument;
  });
  const parent = (d: AnnotationDocument) => d.mentions.find((m) => m.inner)!;

  it('the shipped pipeline writes an inner name here, and the document validates', () => {
    const start = TEXT.indexOf('Helsinki');
    expect(parent(valid).inner).toEqual([{ start, end: start + 'Helsinki'.length, text: 'Helsinki', type: 'GPE', by: 'entities@1/inner.place-gazetteer' }]);
    expect(verifyAnnotation(valid)).toEqual([]);
  });

  it.each([
    ['an empty list', (d: AnnotationDocument) => { (parent(d) as { inner: unknown }).inner = []; }],
    ['an unknown key', (d: AnnotationDocument) => { (parent(d).inner![0] as unknown as Record<string, unknown>).score = 1; }],
    ['a missing by', (d: AnnotationDocument) => { delete (parent(d).inner![0] as unknown as Record<string, unknown>).by; }],
    ['an unknown type', (d: AnnotationDocument) => { (parent(d).inner![0] as unknown as Record<string, unknown>).type = 'CITY'; }],
    ['text that does not match the offsets', (d: AnnotationDocument) => { parent(d).inner![0]!.start += 1; }],
  ])('rejects %s', (_what, mutate) => {
    const d = structuredClone(valid);
    mutate(d);
    expect(verifyAnnotation(d)).not.toEqual([]);
  });
});
