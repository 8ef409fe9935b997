/**
 * Offset units. Internally every offset is a UTF-16 code unit index (a JavaScript string index);
 * emitted JSON defaults to Unicode code points, which Python, brat, W3C Web Annotation and DuckDB count.
 */

/** The unit of emitted offsets. */
export type OffsetUnit = 'codepoint' | 'utf16';

/** Converts offsets of one text between UTF-16 and code points. Build once per document. */
export interface OffsetMapper {
  /** True when the text has no astral characters, so both units agree and conversion is the identity. */
  readonly identity: boolean;
  /** UTF-16 index → code point index. */
  toCodePoint(utf16: number): number;
  /** Code point index → UTF-16 index. */
  toUtf16(codePoint: number): number;
}

const IDENTITY: OffsetMapper = { identity: true, toCodePoint: (i) => i, toUtf16: (i) => i };

/**
 * Builds a mapper for `text`. Cost O(n) once, O(log n) per lookup; for BMP-only text (almost all news)
 * it is the identity and costs one scan.
 */
export function offsetMapper(text: string): OffsetMapper {
  // Astral positions (UTF-16 index of each high surrogate that starts a pair).
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { astral.push(i); i++; }
    }
  }
  if (astral.length === 0) return IDENTITY;
  // Number of astral pairs that start strictly before utf16 index i (an index inside a pair maps to the pair start).
  const pairsBefore = (utf16: number): number => {
    let lo = 0, hi = astral.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (astral[mid]! < utf16) lo = mid + 1; else hi = mid; }
    return lo;
  };
  // For code point → UTF-16: the code point index of each astral char is astral[k] - k.
  return {
    identity: false,
    toCodePoint(utf16) {
      // An index between the two surrogates of a pair is not a valid boundary; it maps to the pair's code point.
      return utf16 - pairsBefore(utf16);
    },
    toUtf16(cp) {
      let lo = 0, hi = astral.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (astral[mid]! - mid < cp) lo = mid + 1; else hi = mid; }
      return cp + lo;
    },
  };
}

/** Length of `text` in the given unit. */
export function lengthIn(text: string, unit: OffsetUnit): number {
  if (unit === 'utf16') return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** `text.slice(start, end)` with offsets in the given unit. */
export function sliceIn(text: string, start: number, end: number, unit: OffsetUnit, mapper = offsetMapper(text)): string {
  if (unit === 'utf16' || mapper.identity) return text.slice(start, end);
  return text.slice(mapper.toUtf16(start), mapper.toUtf16(end));
}
