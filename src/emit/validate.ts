/**
 * Verifies an AnnotationDocument before it is written: JSON Schema validation (ajv, compiled once)
 * plus the offsets invariant `text.slice(start, end) === span.text` (in the document's unit) for every
 * span. A violation is a bug in factwire, reported as a fatal problem for that document.
 */
import { createAjv, formatAjvErrors } from '../core/ajv.js';
import { offsetMapper, sliceIn } from '../core/offsets.js';
import type { AnnotationDocument } from '../types/annotation.js';
import annotationSchema from '../../schemas/annotation.schema.json' with { type: 'json' };

const validateSchema = createAjv().compile(annotationSchema);

/** One problem found by {@link verifyAnnotation}. */
export interface VerifyProblem {
  /** JSON pointer into the document. */
  path: string;
  message: string;
}

/** Validates against the schema and checks every span's offsets; returns the problems (empty = valid). */
export function verifyAnnotation(doc: unknown): VerifyProblem[] {
  if (!validateSchema(doc)) {
    return (validateSchema.errors ?? []).slice(0, 20).map((e) => ({ path: e.instancePath || '/', message: formatAjvErrors([e]).replace(/^[^:]*: /, '') }));
  }
  return checkSpans(doc as unknown as AnnotationDocument);
}

/** Checks `text.slice(start, end) === text` for every object in the document that has all three fields. */
export function checkSpans(doc: AnnotationDocument): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  const mapper = offsetMapper(doc.text);
  const limit = doc.offsets === 'utf16' || mapper.identity ? doc.text.length : mapper.toCodePoint(doc.text.length);
  // The JSON pointer of a node is built only for a problem: a parent chain of keys instead of a string per node
  // (most documents have none, and the strings were most of this check's cost).
  type At = { up: At | null; key: string | number } | null;
  const pathOf = (at: At): string => {
    const keys: (string | number)[] = [];
    for (let a = at; a; a = a.up) keys.push(a.key);
    return keys.reverse().map((k) => `/${k}`).join('');
  };
  const visit = (value: unknown, at: At): void => {
    if (problems.length >= 20) return;
    if (Array.isArray(value)) { for (let i = 0; i < value.length; i++) visit(value[i], { up: at, key: i }); return; }
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      if (o.start > o.end || o.end > limit) problems.push({ path: pathOf(at), message: `span [${o.start}, ${o.end}) is out of range (text length ${limit})` });
      else if (sliceIn(doc.text, o.start, o.end, doc.offsets, mapper) !== o.text) {
        problems.push({ path: pathOf(at), message: `span [${o.start}, ${o.end}) text ${JSON.stringify(o.text).slice(0, 60)} does not match the document text` });
      }
    }
    for (const k in o) {
      // meta.record is the user's own object passed through: its fields are not our spans.
      if (k === 'text' || k === 'record' || !Object.hasOwn(o, k)) continue;
      const v = o[k];
      if (typeof v === 'object') visit(v, { up: at, key: k });
    }
  };
  const { text: _text, ...rest } = doc;
  visit(rest, null);
  return problems;
}
