import { describe, expect, it } from 'vitest';
import { mapNerLabel } from '../../src/eval/labels.js';

describe('NER label map', () => {
  it.each([
    // CoNLL as is
    ['PER', 'PER'], ['ORG', 'ORG'], ['LOC', 'LOC'], ['MISC', 'MISC'],
    // MEANTIME
    ['FIN', 'ORG'], ['PRO', 'MISC'],
    // GUM
    ['person', 'PER'], ['organization', 'ORG'], ['place', 'LOC'],
    ['event', 'MISC'], ['object', 'MISC'], ['abstract', 'MISC'], ['substance', 'MISC'], ['animal', 'MISC'], ['plant', 'MISC'],
    ['time', null],
    // OntoNotes (our EntityType)
    ['PERSON', 'PER'], ['GPE', 'LOC'], ['FAC', 'LOC'],
    ['NORP', 'MISC'], ['EVENT', 'MISC'], ['PRODUCT', 'MISC'], ['WORK_OF_ART', 'MISC'], ['LAW', 'MISC'],
    ['CARDINAL', null], ['DATE', null],
    // unknown: undefined, including names that exist on Object.prototype
    ['Person', undefined], ['constructor', undefined], ['toString', undefined],
  ])('%s → %s', (label, expected) => {
    expect(mapNerLabel(label)).toBe(expected);
  });
});
