/**
 * Lexicon matching: exact, case-sensitive surface forms anchored on token boundaries. User entries
 * (stage option `lexicon`) override the model where they overlap; built-in entries only fill gaps.
 */
import type { Token } from '../types/annotation.js';
import type { LexiconEntry } from './data/lexicon.js';

/** The entity types a lexicon entry may use (the schema's EntityType). */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'MISC'] as const;

/** JSON Schema of one lexicon entry. */
export const LEXICON_ENTRY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'type'],
  properties: {
    text: { type: 'string', minLength: 1 },
    type: { enum: ENTITY_TYPES },
    canonical: { type: 'string', minLength: 1 },
  },
} as const;

/** A lexicon match over global token indices `[start, end)`. */
export interface LexiconMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: LexiconEntry;
}

/** A compiled lexicon: entries indexed by their first two characters. */
export class Lexicon {
  private readonly byPrefix = new Map<string, LexiconEntry[]>();
  constructor(readonly entries: readonly LexiconEntry[]) {
    for (const e of entries) {
      const k = e.text.slice(0, 2);
      const list = this.byPrefix.get(k) ?? [];
      list.push(e);
      this.byPrefix.set(k, list);
    }
    // Longest first, so the longest entry starting at a token wins.
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Non-overlapping longest matches, left to right. */
  match(text: string, tokens: readonly Token[]): LexiconMatch[] {
    if (this.entries.length === 0) return [];
    const endAt = new Map<number, number>();
    tokens.forEach((t, i) => endAt.set(t.end, i));
    const out: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const list = this.byPrefix.get(text.slice(t.start, t.start + 2));
      if (!list) continue;
      for (const e of list) {
        const j = endAt.get(t.start + e.text.length);
        if (j !== undefined && j >= i && text.startsWith(e.text, t.start)) {
          out.push({ start: i, end: j + 1, entry: e });
          i = j;
          break;
        }
      }
    }
    return out;
  }
}
