/** Builders for segment tests: hand-made Docs with a minimal Meta, and a runner for the stage. */
import { createDoc, withLayers, type Doc } from '../../../src/core/doc.js';
import type { HeaderSpan, Message, Meta } from '../../../src/types/annotation.js';
import { segmentStage, type SegmentOptions } from '../../../src/stages/segment/index.js';

/** A Doc for `text` with a minimal Meta (no dateline, body = whole text) and the given header spans. */
export function makeDoc(text: string, header: HeaderSpan[] = []): Doc {
  const doc = createDoc({ id: 'test', text, source: { path: null, sha256: '0'.repeat(64), format: 'txt' } });
  const meta: Meta = { dct: null, dateline: null, agency: null, byline: null, title: null, header, body: { start: 0, end: text.length, text } };
  return withLayers(doc, { meta });
}

/** A header span over the first occurrence of `needle` in `text`. */
export function headerSpan(text: string, needle: string, kind: HeaderSpan['kind']): HeaderSpan {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length, text: needle, kind };
}

/** Runs the segment stage with default (or given) options; returns the doc and the reported messages. */
export function segment(text: string, header: HeaderSpan[] = [], options: Partial<SegmentOptions> = {}): { doc: Doc; messages: Message[] } {
  const messages: Message[] = [];
  const transform = segmentStage.init({ ...segmentStage.defaults, ...options }) as (d: Doc, c: { report(m: Message): void }) => Doc;
  const doc = transform(makeDoc(text, header), { report: (m) => messages.push(m) });
  return { doc, messages };
}

/** Token texts of `text`. */
export function tokenTexts(text: string, options: Partial<SegmentOptions> = {}): string[] {
  return (segment(text, [], options).doc.tokens ?? []).map((t) => t.text);
}

/** Sentence texts of `text`. */
export function sentenceTexts(text: string, header: HeaderSpan[] = []): string[] {
  return (segment(text, header).doc.sentences ?? []).map((s) => s.text);
}
