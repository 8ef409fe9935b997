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

/** Key of a two-character prefix (`text.slice(i, i + 2)`) as a number: one or two UTF-16 units. */
function prefixKey(text: string, i: number): number {
  const a = text.charCodeAt(i);
  return i + 1 < text.length ? a * 65537 + text.charCodeAt(i + 1) : a * 65537 + 65536;
}

/** A compiled lexicon: entries indexed by their first two characters. */
export class Lexicon {
  /** Entries by {@link prefixKey} of their first two characters (numeric keys: no string is sliced per token). */
  private readonly byPrefix = new Map<number, LexiconEntry[]>();
  /** First UTF-16 units of the entries, as a bit set (most tokens start with none of them: no Map lookup). */
  private readonly firstUnits = new Int32Array(65536 / 32);
  constructor(readonly entries: readonly LexiconEntry[]) {
    for (const e of entries) {
      const c = e.text.charCodeAt(0);
      this.firstUnits[c >>> 5]! |= 1 << (c & 31);
      const k = prefixKey(e.text, 0);
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
    // Token index by end offset, built on the first prefix hit (most documents have none).
    let endAt: Map<number, number> | null = null;
    const firstUnits = this.firstUnits;
    const out: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= text.length) continue;
      const c = text.charCodeAt(t.start);
      if ((firstUnits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      const list = this.byPrefix.get(prefixKey(text, t.start));
      if (!list) continue;
      if (!endAt) {
        endAt = new Map<number, number>();
        for (let k = 0; k < tokens.length; k++) endAt.set(tokens[k]!.end, k);
      }
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
