/**
 * The `timexes` stage: TIMEX3 recognition and normalization over the whole text, resolved against
 * `meta.dct`, plus the dispatch date itself as a metadata timex when the DCT was read from the text.
 * Candidates come from the Doc-independent engine in src/time; this module only applies them.
 */
import { withLayers, type Doc } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import type { Stage, StageContext, Transformer } from '../../core/stage.js';
import { findTimexes } from '../../time/find.js';
import type { TimexCandidate } from '../../time/types.js';
import type { Timex } from '../../types/annotation.js';
import { linkRanges } from './ranges.js';

/** Options of the `timexes` stage. */
export interface TimexesOptions {
  /** Emit the DCT's own span (metadata line or dateline date) as a timex with `metadata: true`. */
  metadataTimex: boolean;
}

/** Defaults. */
export const TIMEXES_DEFAULTS: TimexesOptions = { metadataTimex: true };

/** JSON Schema of {@link TimexesOptions}. */
export const TIMEXES_OPTIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['metadataTimex'],
  properties: {
    metadataTimex: { type: 'boolean', description: 'Emit the dispatch date read from the text as a timex with metadata: true.' },
  },
} as const;

const BY = 'timexes@1';

/**
 * Turns engine candidates (and the metadata date) into the `timexes` layer: sorted by offset, ids
 * `t1`, `t2`... in text order, anchors re-pointed from candidate indexes to those ids.
 */
export function applyTimexes(doc: Doc, candidates: readonly TimexCandidate[], options: TimexesOptions, ctx?: StageContext): Timex[] {
  const dct = doc.meta?.dct ?? null;
  const span = options.metadataTimex && dct?.span && dct.span.end > dct.span.start ? dct.span : null;
  type Row = { cand: TimexCandidate | null; index: number; timex: Omit<Timex, 'id'> };
  const rows: Row[] = [];
  candidates.forEach((c, index) => {
    // The metadata date is emitted once, from meta, not also as an ordinary date.
    if (span && c.start < span.end && span.start < c.end) return;
    if (doc.text.slice(c.start, c.end) !== c.text) {
      ctx?.report(message('warning', 'timexes:reanchor-failed', `timex "${c.text}" does not slice to its offsets; dropped`, { start: c.start, end: c.end }));
      return;
    }
    const t: Omit<Timex, 'id'> = { start: c.start, end: c.end, text: c.text, type: c.type, value: c.value, anchor: null, by: `${BY}/${c.rule}` };
    if (c.mod) t.mod = c.mod;
    if (c.range) t.range = { ...c.range };
    if (c.quant) t.quant = c.quant;
    if (c.freq) t.freq = c.freq;
    rows.push({ cand: c, index, timex: t });
  });
  if (span && dct && doc.text.slice(span.start, span.end) === span.text) {
    rows.push({
      cand: null,
      index: -1,
      timex: { start: span.start, end: span.end, text: span.text, type: 'DATE', value: dct.value, anchor: null, metadata: true, by: `${BY}/metadata-dct` },
    });
  }
  rows.sort((a, b) => a.timex.start - b.timex.start || a.timex.end - b.timex.end);
  const idOf = new Map<number, string>();
  rows.forEach((r, i) => { if (r.cand) idOf.set(r.index, `t${i + 1}`); });
  return rows.map((r, i) => {
    const timex: Timex = { id: `t${i + 1}`, ...r.timex };
    const a = r.cand?.anchor;
    if (a?.kind === 'dct') timex.anchor = { kind: 'dct' };
    else if (a?.kind === 'timex') {
      const target = idOf.get(a.index);
      // An anchor on a dropped candidate falls back to "no anchor" rather than pointing nowhere.
      timex.anchor = target ? { kind: 'timex', timex: target } : null;
    }
    return timex;
  });
}

/** The DCT value to resolve against, or null (with a warning when it is not `YYYY-MM-DD...`). */
function dctValue(doc: Doc, ctx: StageContext): string | null {
  const v = doc.meta?.dct?.value;
  if (!v) return null;
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) {
    ctx.report(message('warning', 'timexes:dct-unusable', `meta.dct.value "${v}" is not a calendar day; relative dates stay underspecified`));
    return null;
  }
  return v.slice(0, 10);
}

/** The registered `timexes@1` stage. */
export const timexesStage: Stage<TimexesOptions> = {
  name: 'timexes',
  version: '1.0.0',
  description: 'TIMEX3 temporal expressions (DATE, TIME, DURATION, SET) normalized against the DCT.',
  requires: ['meta', 'sentences', 'tokens'],
  assigns: ['timexes'],
  defaults: TIMEXES_DEFAULTS,
  optionsSchema: TIMEXES_OPTIONS_SCHEMA,
  init(options: TimexesOptions): Transformer {
    return (doc, ctx) => {
      let dct = dctValue(doc, ctx);
      let candidates: TimexCandidate[];
      try {
        candidates = findTimexes(doc.text, { dct, sentences: doc.sentences ?? [] });
      } catch (err) {
        // Only a malformed DCT can make the engine throw; fall back to no DCT rather than no timexes.
        ctx.report(message('warning', 'timexes:dct-unusable', `DCT ignored: ${err instanceof Error ? err.message : String(err)}`));
        dct = null;
        candidates = findTimexes(doc.text, { dct, sentences: doc.sentences ?? [] });
      }
      return withLayers(doc, { timexes: linkRanges(doc.text, applyTimexes(doc, candidates, options, ctx)) });
    };
  },
};
