/**
 * Header spans from `meta.header`, made safe to segment by: clamped to the text, never splitting a
 * surrogate pair, sorted, without overlaps. Problems are reported as warnings (the meta stage should
 * not produce them), never thrown.
 */
import type { HeaderSpan, Message } from '../../types/annotation.js';
import { message } from '../../core/messages.js';

/** A header span after sanitizing: `[start, end)` inside the text, `kind` as given. */
export interface HeaderRange {
  readonly start: number;
  readonly end: number;
  readonly kind: HeaderSpan['kind'];
}

const KINDS: ReadonlySet<string> = new Set<HeaderSpan['kind']>(['metadata-line', 'dateline', 'byline']);

function isHigh(c: number): boolean { return c >= 0xd800 && c <= 0xdbff; }
function isLow(c: number): boolean { return c >= 0xdc00 && c <= 0xdfff; }

/** Sanitizes header spans; reports each dropped or adjusted span through `report`. */
export function sanitizeHeaders(text: string, spans: readonly HeaderSpan[] | undefined, report: (m: Message) => void): HeaderRange[] {
  if (!Array.isArray(spans) || spans.length === 0) return [];
  const n = text.length;
  const ok: HeaderRange[] = [];
  for (const h of spans) {
    if (!h || !Number.isInteger(h.start) || !Number.isInteger(h.end) || !KINDS.has(h.kind)) {
      report(message('warning', 'segment:header-invalid', 'ignored a malformed header span'));
      continue;
    }
    let start = Math.max(0, Math.min(n, h.start));
    let end = Math.max(0, Math.min(n, h.end));
    if (start >= end) {
      report(message('warning', 'segment:header-empty', `ignored an empty or out-of-range ${h.kind} header span`, { start, end }));
      continue;
    }
    // A boundary between the halves of a surrogate pair would split a character: widen the span.
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end < n && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    if (typeof h.text === 'string' && text.slice(h.start, h.end) !== h.text) {
      report(message('warning', 'segment:header-text-mismatch', `${h.kind} header span text does not match the document text at its offsets`, { start, end }));
    }
    ok.push({ start, end, kind: h.kind });
  }
  ok.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HeaderRange[] = [];
  for (const h of ok) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      report(message('warning', 'segment:header-overlap', `ignored a ${h.kind} header span overlapping a ${prev.kind} span`, { start: h.start, end: h.end }));
      continue;
    }
    out.push(h);
  }
  return out;
}
