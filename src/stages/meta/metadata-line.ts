/**
 * Metadata lines at the very start of a text, such as the seed's ` date 2024-11-01` (which shares its
 * line with the dateline and the body) or `title: ...` header lines. Conservative on purpose: only
 * whitelisted keys count, so that a headline like `Poll: Voters Abandon Party` stays body text.
 */
import type { PlainSpan } from '../../types/annotation.js';

/** What a metadata line feeds. `other` lines are header, but set no field. */
export type MetadataField = 'dct' | 'title' | 'agency' | 'other';

/** A metadata-line rule as data. */
export interface MetadataRule {
  id: string;
  field: MetadataField;
  /**
   * Sticky (`y`) pattern with `d` indices and named groups `key` and `value`; it is run at a
   * position, never searched for.
   */
  pattern: RegExp;
  /** True when the rest of the line may continue with other content (the seed's date is followed by the dateline). */
  inline: boolean;
  examples: readonly string[];
  counterexamples: readonly string[];
}

/** End of a line (or of the text), without consuming it. */
const EOL = '(?=[ \\t]*(?:\\r\\n|\\n|\\r|$))';

/** Metadata rules, tried in order at each metadata position. */
export const METADATA_RULES: readonly MetadataRule[] = [
  {
    id: 'date-key',
    field: 'dct',
    // `date` may omit the colon (` date 2024-11-01`); the value is an ISO date, maybe followed by more text.
    pattern: /[ \t]*(?<key>[Dd]ate|DATE|[Dd]ct|DCT|[Dd]ated|[Pp]ublished|[Pp]ub[Dd]ate)[ \t]*:?[ \t]*(?<value>\d{4}-\d{2}-\d{2})(?=\s|$)/dy,
    inline: true,
    examples: [' date 2024-11-01 MOSCOW, November 1. /TASS/. The', 'date: 2024-11-01\nBody.', 'Date 2024-11-01\n', 'published: 1998-08-07'],
    counterexamples: ['Date night is 2024-11-01', 'dates 2024-11-01', 'date 2024-11-01T10:00 body', 'The date 2024-11-01'],
  },
  {
    id: 'key-value',
    field: 'other',
    // Only whole lines with a known key and a colon; the key decides the field (see METADATA_KEYS).
    pattern: new RegExp(`[ \\t]*(?<key>[Tt]itle|TITLE|[Hh]eadline|HEADLINE|[Ss]ource|SOURCE|[Aa]gency|AGENCY|[Ww]ire|WIRE|[Aa]uthor|AUTHOR|[Uu]rl|URL|[Ll]ang(?:uage)?|LANG(?:UAGE)?|[Ss]ection|SECTION|[Cc]ategory|CATEGORY|[Ss]lug|SLUG|[Kk]eywords|KEYWORDS|[Tt]ags|TAGS|[Ii]d|ID)[ \\t]*:[ \\t]*(?<value>[^\\r\\n]*?)${EOL}`, 'dy'),
    inline: false,
    examples: ['title: Lavrov on the treaty\n', 'Source: TASS\n', 'agency: Reuters'],
    counterexamples: ['Poll: Wealthy Voters Abandon Party', 'Sources: officials said', 'title is missing: yes'],
  },
];

/** Which field a `key: value` line feeds, by lower-cased key. */
export const METADATA_KEYS: Readonly<Record<string, MetadataField>> = {
  title: 'title', headline: 'title', agency: 'agency', wire: 'agency', source: 'agency',
  date: 'dct', dct: 'dct', dated: 'dct', published: 'dct', pubdate: 'dct',
};

/** One metadata line found in a text. Spans are UTF-16 offsets into the text. */
export interface MetadataLineMatch {
  rule: string;
  field: MetadataField;
  /** The whole item, from the key to the end of the value (leading blanks excluded). */
  span: PlainSpan;
  key: PlainSpan;
  value: PlainSpan;
}

function spanOf(text: string, start: number, end: number): PlainSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Runs one sticky rule at `pos`; returns its match or null. */
function matchAt(rule: MetadataRule, text: string, pos: number): MetadataLineMatch | null {
  rule.pattern.lastIndex = pos;
  const m = rule.pattern.exec(text);
  const keyAt = m?.indices?.groups?.key;
  const valueAt = m?.indices?.groups?.value;
  if (!m || !keyAt || !valueAt) return null;
  const key = spanOf(text, keyAt[0], keyAt[1]);
  const field = rule.field === 'other' ? METADATA_KEYS[key.text.toLowerCase()] ?? 'other' : rule.field;
  return { rule: rule.id, field, span: spanOf(text, keyAt[0], valueAt[1]), key, value: spanOf(text, valueAt[0], valueAt[1]) };
}

/** Offset of the start of the next line after `pos`, or -1 at the last line. */
export function nextLineStart(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  return -1;
}

/**
 * Finds the metadata lines at the start of `text`: a run of consecutive items, the first at the
 * very start (after blanks and blank lines), each next one on the following line. An inline item
 * (a date) followed by other text on its line ends the run.
 */
export function findMetadataLines(text: string, limit: number): MetadataLineMatch[] {
  const out: MetadataLineMatch[] = [];
  let pos = skipBlankLines(text, 0);
  while (pos < text.length && pos < limit) {
    let found: MetadataLineMatch | null = null;
    let rule: MetadataRule | undefined;
    for (const r of METADATA_RULES) {
      found = matchAt(r, text, pos);
      if (found) {
        rule = r;
        break;
      }
    }
    if (!found || !rule) break;
    out.push(found);
    if (!restOfLineIsBlank(text, found.span.end)) break; // an inline item followed by content: the content is not metadata
    const next = nextLineStart(text, found.span.end);
    if (next === -1) break;
    pos = skipBlankLines(text, next);
  }
  return out;
}

/** True when only spaces and tabs follow `pos` on its line. */
export function restOfLineIsBlank(text: string, pos: number): boolean {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** Skips spaces, tabs and line breaks from `pos`. */
export function skipBlankLines(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}
