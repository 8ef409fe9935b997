/** Builders for hand-made eval records: spans are found by their text, so tests read like the sentence they test. */
import type { EvalEntity, EvalQuote, EvalRecord, EvalSpan, EvalTimex } from '../../src/eval/record.js';

/** The `nth` (0-based) occurrence of `needle` in `text` as a span; throws when absent, so a typo fails loudly. */
export function at(text: string, needle: string, nth = 0): EvalSpan {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${JSON.stringify(needle)} #${nth} not in ${JSON.stringify(text)}`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

/** A span from raw offsets (for partial overlaps that are not words). */
export const range = (text: string, start: number, end: number): EvalSpan => ({ start, end, text: text.slice(start, end) });

/** Entity `needle` with `label`. */
export const ent = (text: string, needle: string, label: string, nth = 0): EvalEntity => ({ ...at(text, needle, nth), label });

/** Timex `needle`. */
export const tx = (text: string, needle: string, type: string, value: string, nth = 0): EvalTimex => ({ ...at(text, needle, nth), type, value });

/** A quote with content `content` (a needle, or a list of needles → fragments) and optional speaker/cue needles. */
export function quote(text: string, content: string | string[], speaker: string | null, cue: string | null, extra: Partial<EvalQuote> = {}): EvalQuote {
  const parts = (Array.isArray(content) ? content : [content]).map((c) => at(text, c));
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const q: EvalQuote['quote'] =
    parts.length > 1 ? { start: first.start, end: last.end, text: text.slice(first.start, last.end), fragments: parts } : first;
  return { quote: q, speaker: speaker === null ? null : at(text, speaker), cue: cue === null ? null : at(text, cue), kind: null, ...extra };
}

/** A record with the given layers. */
export const doc = (id: string, text: string, layers: Partial<EvalRecord> = {}): EvalRecord => ({ id, text, ...layers });
