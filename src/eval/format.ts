/** Plain-text rendering of an eval report: aligned tables, ratios to 4 decimals. */
import type { NerLabelStats } from './ner.js';
import type { Prf } from './metrics.js';
import type { EvalReport, NerEvalReport, QuoteEvalReport, TimeEvalReport } from './run.js';

/** Format a ratio to 4 decimals. */
const fx = (x: number): string => x.toFixed(4);

/** Render rows as a left-aligned first column and right-aligned others. */
function renderTable(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

const PRF_HEADER = ['P', 'R', 'F1', 'tp', 'fp', 'fn'];
const prfCells = (s: Prf): string[] => [fx(s.precision), fx(s.recall), fx(s.f1), String(s.tp), String(s.fp), String(s.fn)];

/**
 * A readable summary of a report for the terminal: header (files, filters, document join), one table per scoring
 * mode (P/R/F1 to 4 decimals with tp/fp/fn), per-label or per-type rows, notes and the first issues.
 */
export function formatReport(report: EvalReport): string {
  const d = report.docs;
  const lines: string[] = [
    `factwire eval: ${report.task}`,
    `gold  ${report.gold}`,
    `pred  ${report.pred}`,
    `docs  ${d.scored} scored, ${d.missingPred} without prediction, ${d.extraPred} extra predictions ignored, ${d.filteredOut} filtered out` +
      (d.textMismatch > 0 ? `, ${d.textMismatch} with a different text` : ''),
  ];
  if (report.filters.ids !== null || report.filters.compartment !== null) {
    lines.push(`filters  ids ${report.filters.ids ?? '-'}  compartment ${report.filters.compartment ?? '-'}`);
  }
  lines.push('');
  if (report.task === 'ner') lines.push(...formatNer(report));
  else if (report.task === 'time') lines.push(...formatTime(report));
  else lines.push(...formatQuotes(report));
  if (report.notes.length > 0) lines.push('', 'notes', ...report.notes.map((n) => `- ${n}`));
  const { errors, warnings, items } = report.issues;
  if (errors + warnings > 0) {
    lines.push('', `issues  ${errors} error(s), ${warnings} warning(s)${items.length < errors + warnings ? ` (first ${items.length} shown)` : ''}`);
    lines.push(...items.map((i) => `- ${i.file}:${i.line} ${i.severity}: ${i.message}`));
  }
  return lines.join('\n') + '\n';
}

function formatNer(report: NerEvalReport): string[] {
  const s = report.scores;
  const out: string[] = [`labels  ${s.labels.join(', ')}  (mentions: gold ${s.mentions.gold}, pred ${s.mentions.pred})`];
  if (s.trimmedDeterminers) {
    out.push(`spans   leading the/a/an trimmed before scoring: gold ${s.trimmedDeterminers.gold}, pred ${s.trimmedDeterminers.pred}`);
  }
  for (const [title, t] of [
    ['strict (exact span and label)', s.strict],
    ['overlap (shared character and label, one-to-one)', s.overlap],
  ] as const) {
    const rows = Object.entries(t.perLabel).map(([label, p]) => [label, ...prfCells(p)]);
    rows.push(['overall', ...prfCells(t.overall)]);
    out.push('', title, ...renderTable(['label', ...PRF_HEADER], rows));
  }
  const mapping = [describeStats('gold', s.labelMapping.gold), describeStats('pred', s.labelMapping.pred)].filter((x) => x !== '');
  if (mapping.length > 0) out.push('', 'label mapping', ...mapping);
  return out;
}

function describeStats(side: string, st: NerLabelStats): string {
  const part = (name: string, r: Record<string, number>): string | null => {
    const e = Object.entries(r);
    return e.length === 0 ? null : `${name} ${e.map(([k, n]) => `${k}×${n}`).join(' ')}`;
  };
  const parts = [part('dropped', st.dropped), part('unknown', st.unknown), part('excluded', st.excluded)].filter((x): x is string => x !== null);
  return parts.length === 0 ? '' : `- ${side}: ${parts.join('; ')}`;
}

function formatTime(report: TimeEvalReport): string[] {
  const s = report.scores;
  // With a non-exhaustive gold, precision and F1 mislead; print them as n/a (the JSON keeps the numbers).
  const ex = s.goldExhaustive;
  const na = (x: string): string => (ex ? x : 'n/a');
  const span = (name: string, p: Prf): string[] => [name, na(fx(p.precision)), fx(p.recall), na(fx(p.f1)), String(p.tp), String(p.fp), String(p.fn)];
  const out = [
    `timexes  gold ${s.timexes.gold}, pred ${s.timexes.pred}${ex ? '' : '  (gold not exhaustive)'}`,
    '',
    ...renderTable(['span', ...PRF_HEADER], [span('strict', s.strict), span('relaxed', s.relaxed)]),
    '',
    ...renderTable(
      ['attribute', 'accuracy', 'correct', 'matched', 'P', 'R', 'F1'],
      (['type', 'value'] as const).map((k) => {
        const a = s[k];
        return [k, fx(a.accuracy), String(a.correct), String(a.matched), na(fx(a.precision)), fx(a.recall), na(fx(a.f1))];
      }),
    ),
  ];
  const types = Object.entries(s.perType);
  if (types.length > 0) {
    out.push(
      '',
      'per type (relaxed, type-agnostic alignment)',
      ...renderTable(
        ['type', 'gold', 'matched', 'pred', 'matched', 'P', 'R', 'F1', 'type acc', 'value acc'],
        types.map(([t, r]) => [t, String(r.gold), String(r.goldMatched), String(r.pred), String(r.predMatched), na(fx(r.precision)), fx(r.recall), na(fx(r.f1)), fx(r.typeAccuracy), fx(r.valueAccuracy)]),
      ),
    );
  }
  return out;
}

function formatQuotes(report: QuoteEvalReport): string[] {
  const s = report.scores;
  const sa = s.speakerAccuracy;
  return [
    `quotes  gold ${s.quotes.gold}, pred ${s.quotes.pred}  (content match: character Jaccard >= ${s.minJaccard})`,
    '',
    ...renderTable(['relation', ...PRF_HEADER], [
      ['content', ...prfCells(s.content)],
      ['attribution', ...prfCells(s.attribution)],
    ]),
    `speaker accuracy on matched contents  ${fx(sa.accuracy)} (${sa.attributed}/${sa.matched})`,
    '',
    'per role, exact span, spans as a set per document (CofeNet protocol)',
    ...renderTable(['role', ...PRF_HEADER], [
      ['speaker', ...prfCells(s.roles.speaker)],
      ['cue', ...prfCells(s.roles.cue)],
      ['content', ...prfCells(s.roles.content)],
    ]),
    '',
    'recall of gold contents by kind (kind_by_marks, else kind; quoted = direct + mixed)',
    ...renderTable(
      ['kind', 'gold', 'matched', 'recall', 'attributed', 'attr. recall'],
      Object.entries(s.recallByKind).map(([k, r]) => [k, String(r.gold), String(r.matched), fx(r.recall), String(r.attributed), fx(r.attributionRecall)]),
    ),
  ];
}
