/** Options of the `entities` stage. */
import { LEXICON_ENTRY_SCHEMA } from '../../ner/lexicon.js';
import type { LexiconEntry } from '../../ner/data/lexicon.js';

/** Options of the `entities` stage. */
export interface EntitiesOptions {
  /**
   * Extra names: a path to a JSON file holding `[{text, type, canonical?}]`, or the entries inline.
   * Matches override the model where they overlap.
   */
  lexicon?: string | LexiconEntry[];
  /** Path of the model file; defaults to the shipped `models/ner/ner.bin`. */
  model?: string;
  /** Use the built-in lexicon (news agencies) to fill gaps the model leaves. */
  builtinLexicon: boolean;
  /** Give mentions their noun-phrase `extent` (ACE/MEANTIME style; `extent.ts`). Off saves its time. */
  extents: boolean;
  /** List the names nested inside mentions as their `inner` (GUM style; `nested.ts`). Off saves its time. */
  innerNames: boolean;
}

/** Defaults. */
export const ENTITIES_DEFAULTS: EntitiesOptions = { builtinLexicon: true, extents: true, innerNames: true };

/** JSON Schema of {@link EntitiesOptions}. */
export const ENTITIES_OPTIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['builtinLexicon', 'extents', 'innerNames'],
  properties: {
    lexicon: {
      description: 'Extra names: path to a JSON array of {text, type, canonical?}, or the array inline.',
      oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: LEXICON_ENTRY_SCHEMA }],
    },
    model: { type: 'string', minLength: 1, description: 'Model file path (default: the shipped models/ner/ner.bin).' },
    builtinLexicon: { type: 'boolean', description: 'Fill gaps with the built-in lexicon (news agencies).' },
    extents: { type: 'boolean', description: 'Give mentions their noun-phrase extent (ACE/MEANTIME style).' },
    innerNames: { type: 'boolean', description: 'List the names nested inside mentions as their inner names (GUM style).' },
  },
} as const;
