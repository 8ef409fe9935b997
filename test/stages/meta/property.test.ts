/** Invariants on any input: the stage never throws, its output validates against the schema, every span slices to its text, and it is deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../../src/core/doc.js';
import type { Message, Meta, PlainSpan } from '../../../src/types/annotation.js';
import { META_DEFAULTS, metaStage } from '../../../src/stages/meta/index.js';
import { createAjv, formatAjvErrors } from '../../../src/core/ajv.js';
import annotationSchema from '../../../schemas/annotation.schema.json' with { type: 'json' };

// The meta layer must satisfy the output contract, not just the TypeScript type.
const ajv = createAjv();
ajv.addSchema(annotationSchema);
const validateMeta = ajv.compile({ $ref: 'https://factwire.dev/schemas/annotation/1.0.0#/$defs/Meta' });

const transform = metaStage.init(META_DEFAULTS) as (d: Doc, c: { report(m: Message): void }) => Doc;

function annotate(text: string, recordMeta?: Record<string, unknown>): { meta: Meta; messages: Message[] } {
  const messages: Message[] = [];
  const doc = transform(createDoc({ id: 'p', text, source: { path: null, sha256: '0', format: 'stdin-text' }, ...(recordMeta ? { recordMeta } : {}) }), { report: (m) => messages.push(m) });
  return { meta: doc.meta!, messages };
}

function spans(meta: Meta): PlainSpan[] {
  const d = meta.dateline;
  return [meta.body, ...meta.header, meta.dct?.span, d, d?.place, d?.region, d?.date, d?.agency, meta.byline, meta.byline?.name]
    .filter((s): s is PlainSpan => s !== undefined && s !== null);
}

function check(text: string, recordMeta?: Record<string, unknown>) {
  const { meta, messages } = annotate(text, recordMeta);
  if (!validateMeta(meta)) expect.fail(formatAjvErrors(validateMeta.errors));
  for (const s of spans(meta)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  // Header spans are ordered, do not overlap, and the body starts after them.
  for (let i = 1; i < meta.header.length; i++) expect(meta.header[i]!.start).toBeGreaterThanOrEqual(meta.header[i - 1]!.end);
  for (const h of meta.header) expect(meta.body.start).toBeGreaterThanOrEqual(h.end);
  for (const m of messages) {
    expect(m.ruleId).toMatch(/^[a-z][a-z0-9-]*:[a-z0-9-]+$/);
    if (m.start !== undefined) expect(m.end ?? m.start).toBeLessThanOrEqual(text.length);
  }
  expect(annotate(text, recordMeta)).toEqual({ meta, messages });
}

/** Pieces that exercise the rules: metadata keys, datelines, bylines, separators, odd whitespace. */
const piece = fc.constantFrom(
  ' date 2024-11-01 ', 'date: 2024-02-30\n', 'title: T\n', 'MOSCOW, November 1. /TASS/. ', 'NAIROBI, Kenya (AP) _', 'WASHINGTON (Reuters) -',
  'LONDON 1996-08-30\n', 'SALT LAKE CITY — ', 'BEIJING, Nov. 3 (Xinhua) --', 'By Jane Doe\n', 'By JANE DOE, Associated Press\n', '\r\n', '\r', '\n\n',
  ' ', '\t', '—', '_', '(', ')', '/', 'The ', 'said. ', '🎉', '\u00a0', '\ufeff', 'É', 'ǅ', '\ud800', 'x'.repeat(250),
);

describe('meta: properties', () => {
  it('never throws and spans slice on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text)), { numRuns: 1500 });
  });

  it('never throws and spans slice on random header-like texts', () => {
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 25 }), (parts) => check(parts.join(''))), { numRuns: 3000 });
  });

  it('never throws on odd record metadata', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('wire', 'agency', 'title', 'other'), fc.jsonValue()), (recordMeta) => check('PARIS — Body.', recordMeta)));
  });
});
