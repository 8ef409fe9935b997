import { describe, expect, it } from 'vitest';
import { allowed, continuesSpan, endsSpan, spansToTags, tagClass, tagsToSpans, TAG_NAMES } from '../../src/ner/tags.js';

const T = (name: string) => TAG_NAMES.indexOf(name);

describe('BIO tags', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    [['B-ORG', 'B-ORG'], [[0, 1, 'ORG'], [1, 2, 'ORG']]],
    [['I-MISC', 'I-MISC'], [[0, 2, 'MISC']]],
    [['B-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
    [['O', 'I-ORG', 'I-ORG', 'B-ORG'], [[1, 3, 'ORG'], [3, 4, 'ORG']]],
    [['I-LOC'], [[0, 1, 'LOC']]],
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

  it.each([
    ['B-PER', 'I-PER', true], ['I-PER', 'I-PER', true], ['B-PER', 'B-PER', false], ['B-PER', 'I-LOC', false],
    ['O', 'I-PER', false], ['I-MISC', 'O', false],
  ])('%s then %s continues the span: %s', (a, b, ok) => {
    expect(continuesSpan(T(a as string), T(b as string))).toBe(ok);
  });

  // endsSpan marks exactly the last token of every span tagsToSpans decodes.
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], 4, [1, 3]],
    [['B-ORG', 'B-ORG', 'I-ORG'], 3, [0, 2]],
    [['B-ORG', 'B-ORG', 'I-ORG'], 2, [0, 1]],
    [['O', 'I-MISC', 'I-PER'], 3, [1, 2]],
  ])('%j up to %i: spans end at %j', (names, end, ends) => {
    const tags = names.map(T);
    const got = tags.map((_, i) => i).filter((i) => i < end && endsSpan(tags, i, end));
    expect(got).toEqual(ends);
    if (end === tags.length) expect(tagsToSpans(tags).map((s) => s.end - 1)).toEqual(ends);
  });

  it.each([['O', 0], ['B-PER', 1], ['I-PER', 1], ['B-ORG', 2], ['I-LOC', 3], ['B-MISC', 4]])('%s has class %i', (name, cls) => {
    expect(tagClass(T(name as string))).toBe(cls);
  });
});
