import { describe, expect, it } from 'vitest';
import { findStanceFrames, STANCE_FRAMES } from '../../src/quotes/stance-frames.js';
import { FALLBACK_RULES } from '../../src/quotes/fallback.js';
import { PATTERNS } from '../../src/quotes/patterns.js';
import type { Candidate } from '../../src/quotes/extract.js';
import type { View } from '../../src/quotes/view.js';
import { extractText, rangeText, viewOf } from './helpers.js';

/** [speaker, cue, content] of each claim. */
const show = (v: View, cs: readonly Candidate[]) => cs.map((c) => [c.speaker ? rangeText(v, c.speaker) : null, rangeText(v, c.cue!), c.content.map((r) => rangeText(v, r)).join('|')]);

describe('stance frames', () => {
  it('every frame has an id of its own, a pattern row and a fallback row', () => {
    expect(new Set(STANCE_FRAMES.map((f) => f.id)).size).toBe(STANCE_FRAMES.length);
    for (const f of STANCE_FRAMES) {
      expect(PATTERNS.some((p) => p.id === f.pattern)).toBe(true);
      expect(FALLBACK_RULES.some((r) => r.pattern === f.pattern)).toBe(true);
    }
  });

  it.each(STANCE_FRAMES.map((f) => [f.id, ...f.example] as const))('%s reads its example', (_id, text, cue, content) => {
    const v = viewOf(text);
    const got = show(v, findStanceFrames(v));
    expect(got.map(([, c, x]) => [c, x])).toEqual([[cue, content]]);
  });

  it.each([
    // [case, text, claims as [speaker, cue, content]]
    ['a copula before the adjective', 'The union was sharply critical of the new rota.', [['The union', 'critical of', 'the new rota']]],
    ['an auxiliary and an adverb before the copula', 'Local grocers have long been wary of the bypass road.', [['Local grocers', 'wary of', 'the bypass road']]],
    ['a verb of becoming', 'Parents grew increasingly skeptical of the testing scheme.', [['Parents', 'skeptical of', 'the testing scheme']]],
    ['a belief adjective with a that clause', 'The harbour master is confident that the pier will hold.', [['The harbour master', 'confident', 'that the pier will hold']]],
    ['the content ends at a clause break', 'Farmers remain doubtful that the canal will open, but they have signed up.', [['Farmers', 'doubtful', 'that the canal will open']]],
    ['a comma-set phrase has no source', 'Ravel voted no, suspicious of the late changes.', [[null, 'suspicious of', 'the late changes']]],
    // Negative rows: no claim.
    ['an attributive adjective', 'The auditors wrote a critical review of the accounts.', []],
    ['an adjective of the frame before another word', 'The ferry crew is critical to the rescue plan.', []],
    ['a feeling about oneself is no stance frame', 'The players were proud of the result.', []],
    ['a that clause of one word', 'Ravel is sure that much.', []],
    ['inside a quotation', 'She told us, "We are wary of the bypass road," and left.', []],
  ] as const)('%s', (_case, text, want) => {
    const v = viewOf(text);
    expect(show(v, findStanceFrames(v))).toEqual(want);
  });

  it.each([
    // [text, the claim's cue lemma]: the words the text has, not the frame's example entry.
    ['The union was sharply critical of the new rota.', 'critical of'],
    ['Local grocers have long been wary of the bypass road.', 'wary of'],
    ['The harbour master is confident that the pier will hold.', 'confident'],
    ['Farmers remain doubtful that the canal will open.', 'doubtful'],
  ] as const)('lemma of %s', (text, lemma) => {
    const v = viewOf(text);
    expect(findStanceFrames(v).map((c) => c.cueEntry?.lemma)).toEqual([lemma]);
  });

  it.each([
    // [case, text, whether the extractor reports a stance-frame claim]
    ['a stance frame nothing else reports', 'Officials met on Tuesday. The union was sharply critical of the new rota, which starts in May.', true],
    ['a stance frame inside the content of a reporting verb', 'Officials met on Tuesday. Roe said the union was sharply critical of the new rota.', false],
    ['a stance frame no finder of it holds', 'Officials met on Tuesday. The union had a critical look at the new rota.', false],
  ] as const)('through the extractor: %s', (_case, text, reported) => {
    const { quotes } = extractText(text);
    expect(quotes.some((q) => q.by === 'quotes@1/stance-adjective')).toBe(reported);
  });
});
