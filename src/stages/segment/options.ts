/** Options of the segment stage, their defaults and JSON schema, and the lexicon compiled from them. */
import {
  ABBREVIATIONS, CURRENCY_PREFIXES, SENTENCE_STARTERS, lookupForms, type SentenceEndPolicy,
} from './lexicon.js';

/** Options of `segment@1`. */
export interface SegmentOptions {
  /**
   * More abbreviations (with or without the final period: `Approx.`, `Gov't`-style forms are not
   * supported, only letters and inner periods). They get the `starter` policy: they end a sentence only
   * before a common sentence starter.
   */
  extraAbbreviations: string[];
  /** More sentence-starter words (capitalized, as they appear at a sentence start). */
  extraSentenceStarters: string[];
}

/** Defaults: the built-in lexicons only. */
export const SEGMENT_DEFAULTS: SegmentOptions = { extraAbbreviations: [], extraSentenceStarters: [] };

/** JSON schema of {@link SegmentOptions} (validated by the pipeline builder before any document runs). */
export const SEGMENT_OPTIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    extraAbbreviations: {
      type: 'array',
      description: 'Extra abbreviations, e.g. ["Approx", "Corp."]: letters with optional inner periods and an optional final period.',
      items: { type: 'string', pattern: '^[\\p{L}][\\p{L}.]{0,15}$' },
    },
    extraSentenceStarters: {
      type: 'array',
      description: 'Extra words that signal a new sentence after an ambiguous abbreviation such as "U.S.".',
      items: { type: 'string', pattern: '^[\\p{L}]{1,30}$' },
    },
  },
} as const;

/** Abbreviation data the tokenizer and splitter look up. */
export interface AbbreviationRule {
  /** Lexicon id (`abbr/month`), or `abbr/option` for {@link SegmentOptions.extraAbbreviations}. */
  readonly id: string;
  readonly ends: SentenceEndPolicy;
  readonly needsNumber: boolean;
}

/** The lexicons compiled once per pipeline (in `init`). */
export interface CompiledLexicon {
  /** Abbreviation form without its final period → rule. */
  readonly abbreviations: ReadonlyMap<string, AbbreviationRule>;
  /** All-caps abbreviation form (`ST`, `GEN`) → rule (policy `starter`), for entries marked `allCaps`. */
  readonly upperAbbreviations: ReadonlyMap<string, AbbreviationRule>;
  /** Longest abbreviation form, so longer words skip the lookup. */
  readonly maxAbbreviationLength: number;
  /** Currency prefixes before `$` (`US`, `C`, `HK`). */
  readonly currencyPrefixes: ReadonlySet<string>;
  readonly starters: ReadonlySet<string>;
}

/** Compiles the lexicons plus the options' extras. Tolerates junk entries (skips them) when called without schema validation. */
export function compileLexicon(options: Partial<SegmentOptions> = {}): CompiledLexicon {
  const abbreviations = new Map<string, AbbreviationRule>();
  const upperAbbreviations = new Map<string, AbbreviationRule>();
  for (const entry of ABBREVIATIONS) {
    const rule: AbbreviationRule = { id: entry.id, ends: entry.ends, needsNumber: entry.needsNumber ?? false };
    for (const form of entry.forms) for (const f of lookupForms(form)) if (!abbreviations.has(f)) abbreviations.set(f, rule);
    if (!entry.allCaps) continue;
    const upper: AbbreviationRule = { ...rule, ends: 'starter' };
    for (const form of entry.forms) {
      const u = form.toUpperCase();
      if (u.length >= 2 && !upperAbbreviations.has(u)) upperAbbreviations.set(u, upper);
    }
  }
  const extra: AbbreviationRule = { id: 'abbr/option', ends: 'starter', needsNumber: false };
  for (const raw of options.extraAbbreviations ?? []) {
    if (typeof raw !== 'string') continue;
    const form = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    if (form.length > 0 && !abbreviations.has(form)) abbreviations.set(form, extra);
  }
  let maxAbbreviationLength = 0;
  for (const k of abbreviations.keys()) maxAbbreviationLength = Math.max(maxAbbreviationLength, k.length);
  const starters = new Set<string>();
  for (const g of SENTENCE_STARTERS) for (const w of g.words) starters.add(w);
  for (const w of options.extraSentenceStarters ?? []) if (typeof w === 'string' && w.length > 0) starters.add(w);
  const currencyPrefixes = new Set(CURRENCY_PREFIXES.map((c) => c.prefix));
  return { abbreviations, upperAbbreviations, maxAbbreviationLength, starters, currencyPrefixes };
}
