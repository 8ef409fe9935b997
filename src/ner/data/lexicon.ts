/**
 * Built-in lexicon entries (names the CoNLL-trained model rarely sees) and the alias table used to cluster
 * acronyms with long forms. Hand-written for factwire. Users add entries with the stage option `lexicon`.
 */
import type { EntityType } from '../../types/annotation.js';

/** One lexicon entry: an exact surface form, its type and optionally the canonical entity name. */
export interface LexiconEntry {
  /** Surface form, matched case-sensitively on token boundaries. */
  readonly text: string;
  readonly type: EntityType;
  /** Canonical name of the entity (defaults to the longest mention). */
  readonly canonical?: string;
}

/** A row of the alias table: every form names the same entity; `canonical` is the preferred name. */
export interface AliasRow {
  readonly id: string;
  readonly canonical: string;
  readonly forms: readonly string[];
}

/** News agencies and a few organizations that appear in datelines and credits. */
export const BUILTIN_LEXICON: readonly LexiconEntry[] = [
  { text: 'TASS', type: 'ORG' }, { text: 'Reuters', type: 'ORG' }, { text: 'AFP', type: 'ORG' },
  { text: 'Interfax', type: 'ORG' }, { text: 'Xinhua', type: 'ORG' }, { text: 'RIA Novosti', type: 'ORG' },
  { text: 'Kyodo', type: 'ORG' }, { text: 'Yonhap', type: 'ORG' }, { text: 'KCNA', type: 'ORG' },
  { text: 'Associated Press', type: 'ORG' }, { text: 'Bloomberg', type: 'ORG' }, { text: 'Wikinews', type: 'ORG' },
];

/** Acronym ↔ long-form table (data, so it can grow without code changes). */
export const ALIASES: readonly AliasRow[] = [
  { id: 'dprk', canonical: "Democratic People's Republic of Korea", forms: ["Democratic People's Republic of Korea", 'North Korea', 'DPRK', 'D.P.R.K.'] },
  { id: 'rok', canonical: 'Republic of Korea', forms: ['Republic of Korea', 'South Korea', 'ROK'] },
  { id: 'ussr', canonical: 'Union of Soviet Socialist Republics', forms: ['Union of Soviet Socialist Republics', 'Soviet Union', 'USSR', 'U.S.S.R.'] },
  { id: 'us', canonical: 'United States', forms: ['United States', 'United States of America', 'U.S.', 'US', 'USA', 'U.S.A.'] },
  { id: 'uk', canonical: 'United Kingdom', forms: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.'] },
  { id: 'prc', canonical: "People's Republic of China", forms: ["People's Republic of China", 'China', 'PRC'] },
  { id: 'russia', canonical: 'Russian Federation', forms: ['Russian Federation', 'Russia'] },
  { id: 'un', canonical: 'United Nations', forms: ['United Nations', 'UN', 'U.N.'] },
  { id: 'eu', canonical: 'European Union', forms: ['European Union', 'EU', 'E.U.'] },
  { id: 'nato', canonical: 'North Atlantic Treaty Organization', forms: ['North Atlantic Treaty Organization', 'NATO', 'Nato'] },
  { id: 'uae', canonical: 'United Arab Emirates', forms: ['United Arab Emirates', 'UAE', 'U.A.E.'] },
];
