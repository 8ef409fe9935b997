/**
 * Exporter to the eval JSONL shape of `shared/eval` (see `src/eval/record.ts`), so `factwire eval` can score our
 * own output with the same code that reads any gold set.
 */
import { mapNerLabel } from '../eval/labels.js';
import type { EvalEntity, EvalQuote, EvalRecord, EvalSpan, EvalTimex } from '../eval/record.js';
import type { AnnotationDocument, EntityType } from '../types/annotation.js';
import { offsetMapper } from '../core/offsets.js';
import { currencyPhrases, extentView } from './extent-view.js';

/** Options of {@link toEvalRecord} and {@link exportEvalJsonl}. */
export interface EvalExportOptions {
  /**
   * Entity labels to write: `ontonotes` (default) keeps our types (PERSON, GPE, NORP ...) and lets the scorer map
   * them; `conll` maps them here to PER/ORG/LOC/MISC with the scorer's own table (`NER_LABEL_MAP`), for tools that
   * expect CoNLL labels.
   */
  labels?: 'ontonotes' | 'conll';
  /**
   * Which span of a mention to write: `name` (default) its span, the name alone (CoNLL/OntoNotes); `extent` its
   * `extent` when it has one (the whole noun phrase, as ACE and MEANTIME mark it), else its span, with the view's
   * conventions of `extent-view.ts` (a nationality adjective before a noun typed GPE, a country's capitalized
   * Government as the country, currencies as traded things).
   */
  spans?: 'name' | 'extent';
  /**
   * Also write each mention's `inner` names (`Helsinki` in `University of Helsinki`) as entities, right after their
   * mention: for gold sets that annotate nested names (GUM). Off by default (CoNLL/OntoNotes do not nest).
   */
  nested?: boolean;
}

const LABEL_SETS = ['ontonotes', 'conll'] as const;
const SPAN_KINDS = ['name', 'extent'] as const;

function checkOptions(options: EvalExportOptions): void {
  if (options.labels !== undefined && !(LABEL_SETS as readonly string[]).includes(options.labels)) {
    throw new TypeError(`labels: expected ${LABEL_SETS.join(' or ')}, got ${JSON.stringify(options.labels)}`);
  }
  if (options.spans !== undefined && !(SPAN_KINDS as readonly string[]).includes(options.spans)) {
    throw new TypeError(`spans: expected ${SPAN_KINDS.join(' or ')}, got ${JSON.stringify(options.spans)}`);
  }
}

/**
 * Convert one annotation document to an eval record, keys in this order: `id, text, dct, entities, timexes, quotes`.
 *
 * - Offsets are always code points: a `utf16` document is converted (the texts of the spans do not change).
 * - `entities` are the *mentions* (one per occurrence, what NER gold counts), `label` = mention type; the span is the
 *   name's, or with `spans: 'extent'` the mention's `extent` where it has one (and the rules of `extent-view.ts`,
 *   which may widen or retype it and add currency phrases); with `nested`, each mention is
 *   followed by its `inner` names.
 * - `timexes` are all of them, including the dispatch date read from a metadata line or dateline
 *   (`metadata: true`): MEANTIME and GUM gold annotate the dateline date too, and TE3 keeps its DCT outside `text`,
 *   so there is nothing to match it against and it only costs precision there. Filter it downstream if needed.
 * - `quotes`: content → `quote` (with `fragments` when discontinuous), speaker/cue reduced to plain spans, `kind`.
 *
 * Throws a `TypeError` for invalid options and a `RangeError` for a utf16 offset inside a surrogate pair (a bug in
 * the document; it would not validate against the schema's slicing invariant either).
 */
export function toEvalRecord(doc: AnnotationDocument, options: EvalExportOptions = {}): EvalRecord {
  checkOptions(options);
  const cp = doc.offsets === 'utf16' ? offsetMapper(doc.text).toCodePoint : (o: number): number => o;
  const span = (s: { start: number; end: number; text: string }): EvalSpan => ({ start: cp(s.start), end: cp(s.end), text: s.text });
  const conll = options.labels === 'conll';
  const extent = options.spans === 'extent';

  // Every EntityType has a row in the map; an unmapped future type keeps its name, and the scorer reports it.
  const entity = (m: { start: number; end: number; text: string; type: EntityType }): EvalEntity => ({ ...span(m), label: conll ? (mapNerLabel(m.type) ?? m.type) : m.type });
  const entities: EvalEntity[] = [];
  // The extent view (`extent-view.ts`) adds ACE/MEANTIME conventions: a nationality adjective before a noun as the
  // place's name, a country's capitalized Government as the country, and (after the mentions) currencies as traded things.
  const view = extent ? extentView(doc) : null;
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!;
    if (view) entities.push(entity(view[i]!));
    else entities.push(entity(m));
    if (options.nested && m.inner) for (const n of m.inner) entities.push(entity(n));
  }
  if (view) for (const c of currencyPhrases(doc)) entities.push(entity(c));
  const timexes: EvalTimex[] = doc.timexes.map((t) => ({ ...span(t), type: t.type, value: t.value }));
  const quotes: EvalQuote[] = doc.quotes.map((q) => ({
    quote: q.content.fragments ? { ...span(q.content), fragments: q.content.fragments.map(span) } : span(q.content),
    speaker: q.speaker ? span(q.speaker) : null,
    cue: q.cue ? span(q.cue) : null,
    kind: q.kind,
  }));
  return { id: doc.id, text: doc.text, dct: doc.meta.dct?.value ?? null, entities, timexes, quotes };
}

/**
 * Write one eval JSONL line per document, in input order. `write` receives each line *with* its trailing `\n`, so
 * it can be `process.stdout.write` or an array push. Options are checked before the first document is read.
 * Resolves to the number of documents written.
 */
export async function exportEvalJsonl(
  docs: AsyncIterable<AnnotationDocument> | Iterable<AnnotationDocument>,
  write: (line: string) => void,
  options: EvalExportOptions = {},
): Promise<number> {
  checkOptions(options);
  let n = 0;
  for await (const doc of docs) {
    write(`${JSON.stringify(toEvalRecord(doc, options))}\n`);
    n++;
  }
  return n;
}
