/**
 * The gold JSONL record shape of `shared/eval`, used for gold and predictions alike, and a validator for it.
 *
 * Offsets are Unicode code points. The scorer only ever compares offsets of the two sides with each other, so it
 * works in any unit as long as gold and prediction agree; the validator slices by code points to check `text`.
 */

/** A half-open character range `[start, end)` of the record's `text`, in code points, with the text it covers. */
export interface EvalSpan {
  start: number;
  end: number;
  text: string;
}

/** A named-entity mention with its dataset's own label (mapped by the scorer, see `labels.ts`). */
export interface EvalEntity extends EvalSpan {
  label: string;
}

/** A TIMEX3 expression: `type` is DATE, TIME, DURATION or SET; `value` the TIMEX3 value. */
export interface EvalTimex extends EvalSpan {
  type: string;
  value: string;
}

/** Quote content: `start..end` covers all of it; `fragments`, when present, are the pieces that are scored. */
export interface EvalQuoteContent extends EvalSpan {
  fragments?: EvalSpan[];
}

/** One attribution: content, speaker (source) and cue; extra keys (`kind_by_marks`, `relation_id`, ...) pass through. */
export interface EvalQuote {
  quote: EvalQuoteContent;
  speaker: EvalSpan | null;
  cue: EvalSpan | null;
  kind: string | null;
  /** PolNeAR's heuristic direct/mixed/indirect label, computed from quotation marks (not gold). */
  kind_by_marks?: string;
  [extra: string]: unknown;
}

/** One document of an eval JSONL file. Layers that are absent are treated as empty. */
export interface EvalRecord {
  id: string;
  text: string;
  dct?: string | null;
  entities?: EvalEntity[];
  timexes?: EvalTimex[];
  quotes?: EvalQuote[];
  meta?: Record<string, unknown>;
  [extra: string]: unknown;
}

/** Outcome of {@link validateEvalRecord}: the record (when usable) plus its problems. */
export interface EvalRecordCheck {
  /** The record, or null when it is unusable (not an object, no string `id`/`text`, a malformed layer). */
  record: EvalRecord | null;
  /** Fatal problems: the record is dropped. */
  errors: string[];
  /** Non-fatal problems: the record is kept (e.g. a span whose `text` does not match the document text). */
  warnings: string[];
}

/** How many span-text warnings one record may produce before they are summarised, so a bad file stays readable. */
const MAX_WARNINGS_PER_RECORD = 3;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check that `value` is a usable {@link EvalRecord}: string `id` and `text`; every span has integer offsets with
 * `0 <= start <= end <= length` (in code points) and string `text`; entities have a string `label`, timexes string
 * `type`/`value`. A span whose `text` differs from the document text at its offsets is only a warning: the offsets are
 * what gets scored, and gold sets have been seen to carry truncated surface strings (PolNeAR README).
 */
export function validateEvalRecord(value: unknown): EvalRecordCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!isObject(value)) return { record: null, errors: ['record is not a JSON object'], warnings };
  if (typeof value.id !== 'string') errors.push('`id` is not a string');
  if (typeof value.text !== 'string') errors.push('`text` is not a string');
  if (errors.length > 0) return { record: null, errors, warnings };
  const text = value.text as string;
  const slicer = codePointSlicer(text);
  let mismatches = 0;

  const checkSpan = (span: unknown, where: string): boolean => {
    if (!isObject(span)) {
      errors.push(`${where}: not an object`);
      return false;
    }
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      errors.push(`${where}: start/end are not integers`);
      return false;
    }
    if ((start as number) < 0 || (start as number) > (end as number) || (end as number) > slicer.length) {
      errors.push(`${where}: offsets ${String(start)}..${String(end)} outside 0..${slicer.length}`);
      return false;
    }
    if (typeof span.text !== 'string') {
      errors.push(`${where}: \`text\` is not a string`);
      return false;
    }
    if (slicer.slice(start as number, end as number) !== span.text) {
      mismatches++;
      if (mismatches <= MAX_WARNINGS_PER_RECORD) {
        warnings.push(`${where}: text ${JSON.stringify(span.text)} does not match the document text at ${String(start)}..${String(end)}`);
      }
    }
    return true;
  };

  const checkLayer = (key: string, each: (item: Record<string, unknown>, where: string) => void): void => {
    const layer = value[key];
    if (layer === undefined || layer === null) return;
    if (!Array.isArray(layer)) {
      errors.push(`\`${key}\` is not an array`);
      return;
    }
    layer.forEach((item, i) => {
      const where = `${key}[${i}]`;
      if (!isObject(item)) errors.push(`${where}: not an object`);
      else each(item, where);
    });
  };

  checkLayer('entities', (e, where) => {
    if (checkSpan(e, where) && typeof e.label !== 'string') errors.push(`${where}: \`label\` is not a string`);
  });
  checkLayer('timexes', (t, where) => {
    if (checkSpan(t, where) && (typeof t.type !== 'string' || typeof t.value !== 'string')) {
      errors.push(`${where}: \`type\`/\`value\` are not strings`);
    }
  });
  checkLayer('quotes', (q, where) => {
    if (!checkSpan(q.quote, `${where}.quote`)) return;
    const fragments = (q.quote as Record<string, unknown>).fragments;
    if (fragments !== undefined) {
      if (!Array.isArray(fragments)) errors.push(`${where}.quote.fragments: not an array`);
      else fragments.forEach((f, j) => checkSpan(f, `${where}.quote.fragments[${j}]`));
    }
    for (const role of ['speaker', 'cue'] as const) {
      // Absent and null both mean "none"; gold files always write null, hand-written preds may omit it.
      if (q[role] !== undefined && q[role] !== null) checkSpan(q[role], `${where}.${role}`);
    }
    if (q.kind !== undefined && q.kind !== null && typeof q.kind !== 'string') errors.push(`${where}.kind: not a string or null`);
  });
  if (value.dct !== undefined && value.dct !== null && typeof value.dct !== 'string') errors.push('`dct` is not a string or null');
  if (value.meta !== undefined && value.meta !== null && !isObject(value.meta)) errors.push('`meta` is not an object');

  if (mismatches > MAX_WARNINGS_PER_RECORD) warnings.push(`... and ${mismatches - MAX_WARNINGS_PER_RECORD} more span text mismatches`);
  if (errors.length > 0) return { record: null, errors, warnings };
  return { record: value as EvalRecord, errors, warnings };
}

/** Slicing by code points; plain `String#slice` when the text has no surrogates (the common, fast case). */
function codePointSlicer(text: string): { length: number; slice: (start: number, end: number) => string } {
  if (!/[\uD800-\uDFFF]/.test(text)) return { length: text.length, slice: (s, e) => text.slice(s, e) };
  const chars = Array.from(text);
  return { length: chars.length, slice: (s, e) => chars.slice(s, e).join('') };
}
