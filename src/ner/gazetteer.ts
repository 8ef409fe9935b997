/**
 * Gazetteer: lowercased phrases → class bits. Used (a) as tagger features and (b) by the fine-typing
 * rules. It is built at training time from factwire's own data (src/ner/data) plus compromise's lexicon
 * (MIT), and stored next to the model (models/ner/gazetteer.json) so tagging never loads compromise and
 * the model always sees the gazetteer it was trained with.
 */
import { COUNTRIES, REGIONS, US_STATES } from './data/countries.js';

/** Gazetteer classes; the value is the bit index. */
export const GAZ_CLASSES = {
  first: 0, last: 1, person: 2, city: 3, country: 4, state: 5, region: 6, org: 7, team: 8, demonym: 9, title: 10,
  month: 11, weekday: 12,
} as const;

/** A gazetteer class name. */
export type GazClass = keyof typeof GAZ_CLASSES;

/** The serialized gazetteer: phrase (lowercase, tokens joined by one space) → class bits. */
export interface GazetteerData {
  readonly source: string;
  readonly entries: Record<string, number>;
}

/** Longest phrase length (in tokens) considered when matching. */
export const MAX_GAZ_TOKENS = 6;

/** Splits a phrase into tokens the way the tokenizers do (possessive split off, punctuation kept on abbreviations). */
export function gazTokens(phrase: string): string[] {
  return phrase.replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
}

/** Normalized key of a phrase. */
export function gazKey(tokens: readonly string[]): string {
  return tokens.join(' ').toLowerCase();
}

/** Adds `phrase` with class `cls` to `entries`. */
export function addGaz(entries: Record<string, number>, phrase: string, cls: GazClass): void {
  const key = gazKey(gazTokens(phrase));
  if (!key) return;
  entries[key] = (entries[key] ?? 0) | (1 << GAZ_CLASSES[cls]);
}

/** Honorifics and titles that precede person names (kept outside person spans). */
export const TITLE_WORDS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sir', 'Dame', 'Mr', 'Mrs', 'Ms', 'Dr', 'Lord', 'Lady', 'President', 'Premier',
  'Minister', 'Chancellor', 'Secretary', 'General', 'Gen.', 'Col.', 'Lt.', 'Capt.', 'Sgt.', 'Adm.', 'Gov.', 'Sen.', 'Rep.',
  'Senator', 'Governor', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop',
  'Rabbi', 'Sheikh', 'Judge', 'Justice', 'Ambassador', 'Envoy', 'Chairman', 'Chairwoman', 'Director', 'Commissioner',
  'Colonel', 'Captain', 'Major', 'Lieutenant', 'Sergeant', 'Admiral', 'Marshal', 'Coach', 'Father', 'Brother', 'Sister',
  'Deputy', 'Vice', 'Prime', 'Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Justice', 'leader', 'Leader',
  'spokesman', 'spokeswoman', 'Spokesman', 'Spokeswoman', 'Emperor', 'Empress', 'Tsar', 'Czar', 'Ayatollah', 'Speaker',
];

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

/** Builds the gazetteer from factwire's own tables (no third-party data). */
export function ownGazetteerEntries(): Record<string, number> {
  const e: Record<string, number> = {};
  for (const c of COUNTRIES) {
    c.names.forEach((n) => addGaz(e, n, 'country'));
    c.demonyms.forEach((n) => addGaz(e, n, 'demonym'));
    c.cities.forEach((n) => addGaz(e, n, 'city'));
  }
  US_STATES.forEach((s) => addGaz(e, s, 'state'));
  REGIONS.forEach((s) => addGaz(e, s, 'region'));
  TITLE_WORDS.forEach((s) => addGaz(e, s, 'title'));
  MONTHS.forEach((s) => addGaz(e, s, 'month'));
  WEEKDAYS.forEach((s) => addGaz(e, s, 'weekday'));
  return e;
}

/** Phrase lookup over a token sequence. */
export class Gazetteer {
  private readonly map: Map<string, number>;
  /** First tokens of multi-token phrases, so most tokens skip phrase lookups entirely. */
  private readonly starts = new Set<string>();
  constructor(readonly data: GazetteerData) {
    this.map = new Map(Object.entries(data.entries));
    for (const key of this.map.keys()) {
      const sp = key.indexOf(' ');
      if (sp > 0) this.starts.add(key.slice(0, sp));
    }
  }

  /** Class bits of one phrase (already lowercased key), 0 when absent. */
  bits(key: string): number {
    return this.map.get(key) ?? 0;
  }

  /**
   * Longest-match phrase annotation of a token sequence: for each token, the class bits of the longest
   * multi-token phrase covering it and whether it begins that phrase. Single tokens are handled separately
   * (word features) so that `Kim` (a first name) does not hide `Kim Il Sung` patterns.
   */
  phrases(lower: readonly string[]): { bits: Int32Array; begin: Uint8Array } {
    const n = lower.length;
    const bits = new Int32Array(n);
    const begin = new Uint8Array(n);
    let i = 0;
    while (i < n) {
      let matched = 0;
      if (!this.starts.has(lower[i]!)) {
        i++;
        continue;
      }
      for (let len = Math.min(MAX_GAZ_TOKENS, n - i); len >= 2; len--) {
        const b = this.map.get(lower.slice(i, i + len).join(' '));
        if (b) {
          for (let k = i; k < i + len; k++) bits[k] = b;
          begin[i] = 1;
          matched = len;
          break;
        }
      }
      i += matched || 1;
    }
    return { bits, begin };
  }
}
