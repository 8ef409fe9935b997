import { describe, expect, it } from 'vitest';
import { GAZ_CLASSES, gazKey, gazTokens, ownGazetteerEntries, type GazClass } from '../../src/ner/gazetteer.js';

const entries = ownGazetteerEntries();
/** Does factwire's own gazetteer list `phrase` in class `cls`? */
const listed = (phrase: string, cls: GazClass) => ((entries[gazKey(gazTokens(phrase))] ?? 0) & (1 << GAZ_CLASSES[cls])) !== 0;

describe("factwire's own gazetteer", () => {
  it.each<[string, GazClass, boolean]>([
    // States and provinces outside the US (OTHER_STATES).
    ['New South Wales', 'state', true],
    ['NSW', 'state', true],
    ['Western Australia', 'state', true],
    ['Ontario', 'state', true],
    ['British Columbia', 'state', true],
    // US states still there.
    ['Texas', 'state', true],
    // Left out on purpose: a first name and many cities; a region in the model's gazetteer; gigabytes.
    ['Victoria', 'state', false],
    ['Queensland', 'state', false],
    ['GB', 'country', false],
    // "LA" and "L.A." as the city's short names.
    ['LA', 'city', true],
    ['L.A.', 'city', true],
    ['LA', 'state', false],
  ])('%s as %s: %s', (phrase, cls, expected) => {
    expect(listed(phrase, cls)).toBe(expected);
  });
});
