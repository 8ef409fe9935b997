/**
 * Turns a processed Doc into the emitted AnnotationDocument: adds the envelope (schema id, offsets
 * unit, provenance), fills layers no stage assigned with empty defaults, and converts every offset to
 * the requested unit.
 */
import type { Doc } from '../core/doc.js';
import { offsetMapper, type OffsetMapper, type OffsetUnit } from '../core/offsets.js';
import type { AnnotationDocument, Meta, Provenance } from '../types/annotation.js';

/** The `$id` of the annotation schema this build writes. */
export const ANNOTATION_SCHEMA_ID = 'https://factwire.dev/schemas/annotation/1.0.0' as const;

/** Meta for documents processed by a pipeline without the meta stage: no header, the whole trimmed text is body. */
export function defaultMeta(text: string): Meta {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const s = Math.min(start, end);
  return { dct: null, dateline: null, agency: null, byline: null, title: null, header: [], body: { start: s, end, text: text.slice(s, end) } };
}

/** Assembles the output document. `doc` offsets are UTF-16; the result's are in `unit`. */
export function assembleAnnotation(doc: Doc, provenance: Provenance, unit: OffsetUnit): AnnotationDocument {
  const out: AnnotationDocument = {
    schema: ANNOTATION_SCHEMA_ID,
    id: doc.id,
    source: doc.source,
    offsets: unit,
    text: doc.text,
    meta: doc.meta ?? defaultMeta(doc.text),
    paragraphs: [...(doc.paragraphs ?? [])],
    sentences: [...(doc.sentences ?? [])],
    tokens: [...(doc.tokens ?? [])],
    mentions: [...(doc.mentions ?? [])],
    entities: [...(doc.entities ?? [])],
    timexes: [...(doc.timexes ?? [])],
    quotes: [...(doc.quotes ?? [])],
    messages: [...doc.messages],
    provenance,
  };
  if (unit === 'utf16') return out;
  const mapper = offsetMapper(doc.text);
  if (mapper.identity) return out;
  // Convert every object that carries numeric start/end: the schema names offsets `start`/`end` everywhere.
  const { text, source, provenance: prov, schema, id, offsets, ...layers } = out;
  return { schema, id, source, offsets, text, ...(convertOffsets(layers, mapper) as typeof layers), provenance: prov };
}

/** Deep-copies `value`, mapping every `{start: number, end: number}` pair to code points. */
function convertOffsets(value: unknown, mapper: OffsetMapper): unknown {
  if (Array.isArray(value)) return value.map((v) => convertOffsets(v, mapper));
  if (value && typeof value === 'object') {
    const src = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(src)) copy[k] = convertOffsets(v, mapper);
    if (typeof src.start === 'number' && typeof src.end === 'number') {
      copy.start = mapper.toCodePoint(src.start);
      copy.end = mapper.toCodePoint(src.end);
    }
    return copy;
  }
  return value;
}
