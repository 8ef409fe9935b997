import { describe, expect, it } from 'vitest';
import { allowed, spansToTags, tagsToSpans, TAG_NAMES } from '../../src/ner/tags.js';

const T = (name: string) => TAG_NAMES.indexOf(name);

describe('BIO tags', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    [['B-ORG', 'B-ORG'], [[0, 1, 'ORG'], [1, 2, 'ORG']]],
    [['I-MISC', 'I-MISC'], [[0, 2, 'MISC']]],
    [['B-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
  ])('%j decodes to %j', (names, spans) => {
    const got = tagsToSpans(names.map(T)).map((s) => [s.start, s.end, s.type]);
    expect(got).toEqual(spans);
  });

  it('round-trips spans', () => {
    const spans = [{ start: 1, end: 3, type: 'ORG' as const }, { start: 3, end: 4, type: 'ORG' as const }];
    expect(tagsToSpans(spansToTags(5, spans))).toEqual(spans);
  });

  it.each([
    ['O', 'I-PER', false], ['B-PER', 'I-PER', true], ['I-PER', 'I-PER', true], ['B-LOC', 'I-PER', false], ['O', 'B-PER', true],
  ])('%s → %s allowed: %s', (a, b, ok) => {
    expect(allowed(T(a as string), T(b as string))).toBe(ok);
  });
});
