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

/** The second UTF-16 unit at `i + 1` of `text`, or 65536 past its end (with the first unit: a two-character prefix key). */
function secondUnit(text: string, i: number): number {
  return i + 1 < text.length ? text.charCodeAt(i + 1) : 65536;
}

/**
 * The last token index ≥ `from` whose end is `end`, or −1. Tokens are in text order, so only tokens starting at
 * or before `end` can end there: a short forward scan (no per-document index of token ends).
 */
function lastTokenEndingAt(tokens: readonly Token[], from: number, end: number): number {
  let found = -1;
  for (let j = from; j < tokens.length && tokens[j]!.start <= end; j++) if (tokens[j]!.end === end) found = j;
  return found;
}

/** A compiled lexicon: entries indexed by their first two characters. */
export class Lexicon {
  /**
   * Entries by their first two characters (`text.slice(0, 2)`): first UTF-16 unit, then {@link secondUnit}
   * (small-integer keys: no string is sliced per token).
   */
  private readonly byPrefix = new Map<number, Map<number, LexiconEntry[]>>();
  /** First UTF-16 units of the entries, as a bit set (most tokens start with none of them: no Map lookup). */
  private readonly firstUnits = new Int32Array(65536 / 32);
  constructor(readonly entries: readonly LexiconEntry[]) {
    for (const e of entries) {
      const c = e.text.charCodeAt(0);
      this.firstUnits[c >>> 5]! |= 1 << (c & 31);
      let inner = this.byPrefix.get(c);
      if (!inner) this.byPrefix.set(c, (inner = new Map()));
      const k = secondUnit(e.text, 0);
      const list = inner.get(k) ?? [];
      list.push(e);
      inner.set(k, list);
    }
    // Longest first, so the longest entry starting at a token wins.
    for (const inner of this.byPrefix.values()) for (const list of inner.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Non-overlapping longest matches, left to right. */
  match(text: string, tokens: readonly Token[]): LexiconMatch[] {
    if (this.entries.length === 0) return [];
    const firstUnits = this.firstUnits;
    const out: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= text.length) continue;
      const c = text.charCodeAt(t.start);
      if ((firstUnits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      const list = this.byPrefix.get(c)?.get(secondUnit(text, t.start));
      if (!list) continue;
      for (const e of list) {
        const j = lastTokenEndingAt(tokens, i, t.start + e.text.length);
        if (j >= 0 && text.startsWith(e.text, t.start)) {
          out.push({ start: i, end: j + 1, entry: e });
          i = j;
          break;
        }
      }
    }
    return out;
  }
}
