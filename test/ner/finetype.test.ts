import { describe, expect, it } from 'vitest';
import { FINE_TYPE_RULES, fineType } from '../../src/ner/finetype.js';
import { Gazetteer, ownGazetteerEntries } from '../../src/ner/gazetteer.js';
import type { CoarseType } from '../../src/ner/tags.js';

const gazetteer = new Gazetteer({ source: 'test', entries: ownGazetteerEntries() });
const ft = (coarse: CoarseType, text: string) => fineType({ coarse, tokens: text.replace(/'s\b/, " 's").split(' '), gazetteer });

describe('fine typing', () => {
  it.each(FINE_TYPE_RULES.map((r) => [r.id, r.coarse, r.example, r.type] as const))('rule %s: %s "%s" → %s', (id, coarse, example, type) => {
    expect(ft(coarse, example)).toEqual({ type, rule: id });
  });

  it.each<[CoarseType, string, string]>([
    ['LOC', 'Moscow', 'GPE'], ['LOC', "Democratic People's Republic of Korea", 'GPE'], ['LOC', 'U.S.', 'GPE'],
    ['LOC', 'Northeast Asia', 'LOC'], ['LOC', 'Korean Peninsula', 'LOC'], ['LOC', 'Volga River', 'LOC'],
    ['LOC', 'Vnukovo Airport', 'FAC'], ['MISC', 'Russian', 'NORP'], ['MISC', 'Soviet', 'NORP'], ['MISC', 'North Korean', 'NORP'],
    ['MISC', 'Korean War', 'EVENT'], ['MISC', 'Olympics', 'EVENT'], ['MISC', 'World Cup', 'EVENT'],
    ['LOC', 'University of Leeds', 'ORG'], ['LOC', 'Springfield Daily Herald', 'ORG'], ['LOC', 'West Bank', 'LOC'],
    ['LOC', 'Russian Federation', 'GPE'], ['MISC', 'American League', 'MISC'], ['PER', 'Ridgeway College', 'ORG'],
    ['ORG', 'Organisation of Islamic Conference', 'ORG'], ['ORG', 'Italian Bishops Conference', 'ORG'],
    ['ORG', 'Geneva Motor Show', 'EVENT'], ['LOC', 'Xinhua', 'ORG'],
    ['LOC', 'Coastal Institute of Marine Science', 'ORG'], ['LOC', 'Northern University of Bergen', 'ORG'],
    ['ORG', 'Lake Tarn', 'ORG'], ['ORG', 'Ross Glacier', 'LOC'], ['ORG', 'Anfield Road', 'FAC'],
    ['ORG', 'Tampa Bay', 'ORG'], ['ORG', 'Museum of Modern Art', 'ORG'], ['ORG', 'Grand Canal Bridge', 'FAC'],
  ])('%s "%s" → %s', (coarse, text, type) => {
    expect(ft(coarse, text).type).toBe(type);
  });
});
