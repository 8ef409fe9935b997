/**
 * Applying header candidates (spaCy's `set_annotations` half): builds the `meta` layer from what
 * candidates.ts found and what the reader knew (`doc.input`), and says why when sources disagree.
 */
import type { Doc } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import type { Dct, HeaderSpan, Message, Meta, PlainSpan } from '../../types/annotation.js';
import { lookupAgency, normalizeAgency } from './agencies.js';
import type { HeaderCandidates } from './candidates.js';
import { parseFullDate } from './dates.js';

/** The meta layer and the messages found while building it. */
export interface MetaResult {
  meta: Meta;
  messages: Message[];
}

/** A date read from the text, with where it came from. */
interface TextDate {
  value: string;
  source: 'metadata-line' | 'dateline';
  span: PlainSpan;
}

/** JavaScript's `\s`, the same whitespace that `trim()` removes. */
const WS = /\s/;

/** The body: from the end of the header (or the start) past whitespace, to the last non-space character. */
export function bodySpan(text: string, headerEnd: number): PlainSpan {
  let start = headerEnd;
  while (start < text.length && WS.test(text[start]!)) start++;
  let end = text.length;
  while (end > start && WS.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Builds `meta` from the header candidates. DCT precedence: `doc.input.dct` (cli or record) >
 * metadata line > a dateline date with a year > null. Agency: dateline > record meta `wire`/`agency`
 * > metadata line. Title: record meta `title` > metadata line `title:`.
 */
export function buildMeta(doc: Pick<Doc, 'text' | 'input'>, c: HeaderCandidates): MetaResult {
  const { text, input } = doc;
  const messages: Message[] = [];

  // Dates read from the text, in precedence order.
  const textDates: TextDate[] = [];
  for (const line of c.metadataLines) {
    if (line.field !== 'dct') continue;
    const value = parseFullDate(line.value.text);
    if (value) textDates.push({ value, source: 'metadata-line', span: line.value });
    else messages.push(message('warning', 'meta:invalid-date', `metadata line date "${line.value.text}" is not a calendar date; ignored`, line.value));
  }
  if (c.dateline?.date && c.dateline.dateValue) textDates.push({ value: c.dateline.dateValue, source: 'dateline', span: c.dateline.date });

  let dct: Dct | null = null;
  if (input.dct) dct = { value: input.dct.value, source: input.dct.source };
  else if (textDates[0]) dct = { value: textDates[0].value, source: textDates[0].source, span: textDates[0].span };
  if (dct) {
    for (const d of textDates) {
      if (d.value !== dct.value) {
        messages.push(message('warning', 'meta:dct-conflict', `${d.source} says ${d.value}, but the DCT from ${dct.source} (${dct.value}) takes precedence`, d.span));
      }
    }
  }

  const header: HeaderSpan[] = [
    ...c.metadataLines.map((l): HeaderSpan => ({ ...l.span, kind: 'metadata-line' })),
    ...(c.dateline ? [{ ...c.dateline.span, kind: 'dateline' as const }] : []),
    ...(c.byline ? [{ ...c.byline.span, kind: 'byline' as const }] : []),
  ].sort((a, b) => a.start - b.start);
  const headerEnd = header.reduce((end, h) => Math.max(end, h.end), 0);

  const recordMeta = input.recordMeta;
  const metaLine = (field: 'title' | 'agency') => c.metadataLines.find((l) => l.field === field && l.value.text.trim() !== '');
  const agencyLine = metaLine('agency');
  // `source:` often names a publication rather than an agency, so only a known agency counts there.
  const lineAgency = agencyLine
    ? (agencyLine.key.text.toLowerCase() === 'source' ? lookupAgency(agencyLine.value.text) : normalizeAgency(agencyLine.value.text))
    : null;
  const agency = c.dateline?.agencyName ?? normalizeAgency(recordMeta?.wire) ?? normalizeAgency(recordMeta?.agency) ?? lineAgency ?? null;
  const recordTitle = typeof recordMeta?.title === 'string' && recordMeta.title.trim() !== '' ? recordMeta.title : null;
  const title = recordTitle ?? metaLine('title')?.value.text ?? null;

  const meta: Meta = {
    dct,
    dateline: c.dateline
      ? {
          ...c.dateline.span,
          place: c.dateline.place,
          ...(c.dateline.region ? { region: c.dateline.region } : {}),
          ...(c.dateline.date ? { date: c.dateline.date } : {}),
          ...(c.dateline.agency ? { agency: c.dateline.agency } : {}),
        }
      : null,
    agency,
    byline: c.byline ? { ...c.byline.span, name: c.byline.name, ...(c.byline.affiliation ? { affiliation: c.byline.affiliation } : {}) } : null,
    title,
    header,
    body: bodySpan(text, headerEnd),
  };
  if (recordMeta) meta.record = recordMeta;
  return { meta, messages };
}
