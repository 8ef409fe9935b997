/**
 * Gazetteer: lowercased phrases → class bits. Used (a) as tagger features and (b) by the fine-typing
 * rules. It is built at training time from factwire's own data (src/ner/data) plus compromise's lexicon
 * (MIT), and stored next to the model (models/ner/gazetteer.json) so tagging never loads compromise and
 * the model always sees the gazetteer it was trained with.
 */
import { COMPANIES, MARKETS } from './data/companies.js';
import { COUNTRIES, OTHER_STATES, REGIONS, US_STATES } from './data/countries.js';

/** Gazetteer classes; the value is the bit index. */
export const GAZ_CLASSES = {
  first: 0, last: 1, person: 2, city: 3, country: 4, state: 5, region: 6, org: 7, team: 8, demonym: 9, title: 10,
  month: 11, weekday: 12, company: 13, market: 14,
} as const;

/** Number of gazetteer classes (bits 0 .. N_GAZ − 1). */
export const N_GAZ = 15;

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
  OTHER_STATES.forEach((s) => addGaz(e, s, 'state'));
  REGIONS.forEach((s) => addGaz(e, s, 'region'));
  TITLE_WORDS.forEach((s) => addGaz(e, s, 'title'));
  MONTHS.forEach((s) => addGaz(e, s, 'month'));
  WEEKDAYS.forEach((s) => addGaz(e, s, 'weekday'));
  COMPANIES.forEach((s) => addGaz(e, s, 'company'));
  MARKETS.forEach((s) => addGaz(e, s, 'market'));
  return e;
}

/** A node of the phrase trie: class bits of the phrase ending here (0: a prefix only) and the next tokens. */
export interface TrieNode {
  bits: number;
  readonly next: Map<string, TrieNode>;
}

/** Phrase lookup over a token sequence. */
export class Gazetteer {
  private readonly map: Map<string, number>;
  /**
   * Multi-token phrases as a token trie (`bits` = 0 for a prefix that is no phrase), so phrase matching
   * walks one map lookup per token instead of joining candidate strings for every length.
   */
  private readonly trie = new Map<string, TrieNode>();
  constructor(readonly data: GazetteerData) {
    this.map = new Map(Object.entries(data.entries));
    for (const [key, bits] of this.map) {
      const parts = key.split(' ');
      if (parts.length < 2 || parts.length > MAX_GAZ_TOKENS) continue;
      let level = this.trie;
      let node: TrieNode | undefined;
      for (const w of parts) {
        node = level.get(w);
        if (!node) level.set(w, (node = { bits: 0, next: new Map() }));
        level = node.next;
      }
      node!.bits = bits;
    }
  }

  /** Trie node of the multi-token phrases starting with the lowercase token `first` (callers may cache it per word). */
  phraseStart(first: string): TrieNode | null {
    return this.trie.get(first) ?? null;
  }

  /** Class bits of one phrase (already lowercased key), 0 when absent. */
  bits(key: string): number {
    return this.map.get(key) ?? 0;
  }
}
