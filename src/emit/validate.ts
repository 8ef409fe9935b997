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
  const visit = (value: unknown, path: string): void => {
    if (problems.length >= 20) return;
    if (Array.isArray(value)) { value.forEach((v, i) => visit(v, `${path}/${i}`)); return; }
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      if (o.start > o.end || o.end > limit) problems.push({ path, message: `span [${o.start}, ${o.end}) is out of range (text length ${limit})` });
      else if (sliceIn(doc.text, o.start, o.end, doc.offsets, mapper) !== o.text) {
        problems.push({ path, message: `span [${o.start}, ${o.end}) text ${JSON.stringify(o.text).slice(0, 60)} does not match the document text` });
      }
    }
    for (const [k, v] of Object.entries(o)) {
      // meta.record is the user's own object passed through: its fields are not our spans.
      if (k !== 'text' && k !== 'record' && typeof v === 'object') visit(v, `${path}/${k}`);
    }
  };
  const { text: _text, ...rest } = doc;
  visit(rest, '');
  return problems;
}
