/**
 * `factwire eval`: join a gold and a prediction JSONL file by document id and score one task.
 *
 * Gold is read into memory (it is the smaller, fixed side, and missing predictions must be found); predictions are
 * streamed and scored as they arrive. Filters (`ids`, `compartment`) select gold documents; predictions follow gold.
 */
import { readEvalJsonlEntries, type EvalIssue } from './jsonl.js';
import { createNerScorer, resolveNerLabels, type NerResult } from './ner.js';
import { createQuoteScorer, type QuoteResult } from './quotes.js';
import type { EvalRecord } from './record.js';
import { createTimeScorer, type TimeResult } from './time.js';

export { formatReport } from './format.js';

/** The tasks `factwire eval` scores. */
export const EVAL_TASKS = ['ner', 'time', 'quotes'] as const;

/** One of {@link EVAL_TASKS}. */
export type EvalTask = (typeof EVAL_TASKS)[number];

/** Options of {@link runEval}. */
export interface RunEvalOptions {
  task: EvalTask;
  /** Gold JSONL path. */
  gold: string;
  /** Prediction JSONL path, or `-` for standard input. */
  pred: string;
  /** NER only: labels to score, some of PER, ORG, LOC, MISC (default all four). */
  labels?: string[];
  /** NER only: drop a leading "the"/"a"/"an" from every span before scoring (see `NerScoreOptions.trimDeterminers`). */
  trimDeterminers?: boolean;
  /** Score only gold documents whose id matches (e.g. `/^GUM_(news|interview)_/`). */
  ids?: RegExp;
  /** Score only gold documents whose `meta.compartment` equals this (PolNeAR: `dev` or `train`). */
  compartment?: string;
  /** Time only: false when the gold is not exhaustive (GUM dates); see `TimeScoreOptions`. Default true. */
  goldExhaustive?: boolean;
  /** Quotes only: minimum content Jaccard for a match (default 0.5). */
  minJaccard?: number;
}

/** How the documents of the two files were joined. */
export interface EvalDocCounts {
  /** Valid gold records read (before filters). */
  gold: number;
  /** Gold documents left out by `ids`/`compartment`. */
  filteredOut: number;
  /** Gold documents scored (with or without a prediction). */
  scored: number;
  /** Scored gold documents with no prediction: every gold item in them is a miss. */
  missingPred: number;
  /** Prediction documents whose id is not in the gold file: ignored. */
  extraPred: number;
  /** Scored documents whose prediction `text` differs from the gold `text` (offsets may not line up). */
  textMismatch: number;
  /** Repeated ids: only the first record of an id is used. */
  duplicateGold: number;
  duplicatePred: number;
}

/** Problems found while reading; the first {@link MAX_ISSUE_ITEMS} are listed. */
export interface EvalIssueSummary {
  errors: number;
  warnings: number;
  items: EvalIssue[];
}

/** At most this many issues are listed in a report; the counts cover all of them. */
export const MAX_ISSUE_ITEMS = 50;

/** The part of every report that does not depend on the task. */
export interface EvalReportHead<T extends EvalTask> {
  task: T;
  gold: string;
  pred: string;
  filters: { ids: string | null; compartment: string | null };
  docs: EvalDocCounts;
}

/** Report tail: remarks for the reader and reading problems. */
export interface EvalReportTail {
  /** Plain-language remarks (missing predictions, non-exhaustive gold, filters that matched nothing ...). */
  notes: string[];
  issues: EvalIssueSummary;
}

/** NER report. */
export type NerEvalReport = EvalReportHead<'ner'> & { scores: NerResult } & EvalReportTail;
/** Time report. */
export type TimeEvalReport = EvalReportHead<'time'> & { scores: TimeResult } & EvalReportTail;
/** Quotes report. */
export type QuoteEvalReport = EvalReportHead<'quotes'> & { scores: QuoteResult } & EvalReportTail;

/**
 * The result of {@link runEval}: plain data built in a fixed key order (task, gold, pred, filters, docs, scores,
 * notes, issues), so `JSON.stringify(report)` is stable and diffable. Ratios are unrounded; counts are integers.
 */
export type EvalReport = NerEvalReport | TimeEvalReport | QuoteEvalReport;

interface Scorer {
  add(gold: EvalRecord, pred: EvalRecord | null): void;
  result(): NerResult | TimeResult | QuoteResult;
}

/**
 * Score `pred` against `gold` for one task. Options are checked before any file is opened (a `TypeError` names the
 * bad one). Content problems — bad lines, duplicate ids, differing texts — never throw: they are counted and listed
 * in the report. A file that cannot be opened rejects the promise.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport> {
  const { task, gold: goldPath, pred: predPath } = options;
  if (!(EVAL_TASKS as readonly string[]).includes(task)) throw new TypeError(`task: expected one of ${EVAL_TASKS.join(', ')}, got ${JSON.stringify(task)}`);
  if (typeof goldPath !== 'string' || goldPath === '') throw new TypeError('gold: expected a file path');
  if (typeof predPath !== 'string' || predPath === '') throw new TypeError('pred: expected a file path or -');
  if (goldPath === '-') throw new TypeError('gold: standard input is only supported for pred');
  if (options.ids !== undefined && !(options.ids instanceof RegExp)) throw new TypeError('ids: expected a RegExp');
  if (options.compartment !== undefined && typeof options.compartment !== 'string') throw new TypeError('compartment: expected a string');
  if (options.labels !== undefined && task !== 'ner') throw new TypeError('labels: only valid for task ner');
  if (options.trimDeterminers !== undefined && task !== 'ner') throw new TypeError('trimDeterminers: only valid for task ner');
  if (options.goldExhaustive !== undefined && task !== 'time') throw new TypeError('goldExhaustive: only valid for task time');
  if (options.minJaccard !== undefined && task !== 'quotes') throw new TypeError('minJaccard: only valid for task quotes');
  // A /g or /y RegExp keeps state in lastIndex, and test() would then skip every other match.
  const ids = options.ids ? new RegExp(options.ids.source, options.ids.flags.replace(/[gy]/g, '')) : undefined;
  const scorer: Scorer =
    task === 'ner'
      ? createNerScorer({
          labels: options.labels !== undefined ? resolveNerLabels(options.labels) : undefined,
          trimDeterminers: options.trimDeterminers === true,
        })
      : task === 'time'
        ? createTimeScorer({ goldExhaustive: options.goldExhaustive })
        : createQuoteScorer({ minJaccard: options.minJaccard });

  const issues: EvalIssueSummary = { errors: 0, warnings: 0, items: [] };
  const addIssue = (issue: EvalIssue): void => {
    if (issue.severity === 'error') issues.errors++;
    else issues.warnings++;
    if (issues.items.length < MAX_ISSUE_ITEMS) issues.items.push(issue);
  };
  const docs: EvalDocCounts = { gold: 0, filteredOut: 0, scored: 0, missingPred: 0, extraPred: 0, textMismatch: 0, duplicateGold: 0, duplicatePred: 0 };
  let withCompartment = 0;

  // Gold: keep the selected records; remember the ids of the others, so their predictions are not "extra".
  const gold = new Map<string, EvalRecord>();
  const goldLeftOut = new Set<string>();
  for await (const { line, record } of readEvalJsonlEntries(goldPath, { onIssue: addIssue })) {
    if (gold.has(record.id) || goldLeftOut.has(record.id)) {
      docs.duplicateGold++;
      addIssue({ file: goldPath, line, severity: 'warning', message: `duplicate id ${JSON.stringify(record.id)}: only the first record is used` });
      continue;
    }
    docs.gold++;
    const compartment = record.meta?.compartment;
    if (compartment !== undefined) withCompartment++;
    const selected = (!ids || ids.test(record.id)) && (options.compartment === undefined || compartment === options.compartment);
    if (selected) gold.set(record.id, record);
    else goldLeftOut.add(record.id);
  }
  docs.filteredOut = goldLeftOut.size;

  // Predictions: score each against its gold as it streams in; a scored gold leaves the map.
  const seen = new Set<string>();
  for await (const { line, record } of readEvalJsonlEntries(predPath, { onIssue: addIssue })) {
    const g = gold.get(record.id);
    if (!g) {
      if (seen.has(record.id)) {
        docs.duplicatePred++;
        addIssue({ file: predPath, line, severity: 'warning', message: `duplicate id ${JSON.stringify(record.id)}: only the first record is used` });
      } else if (!goldLeftOut.has(record.id)) docs.extraPred++;
      continue;
    }
    if (record.text !== g.text) {
      docs.textMismatch++;
      addIssue({ file: predPath, line, severity: 'warning', message: `id ${JSON.stringify(record.id)}: text differs from the gold text; offsets may not line up` });
    }
    scorer.add(g, record);
    gold.delete(record.id);
    seen.add(record.id);
    docs.scored++;
  }
  for (const g of gold.values()) {
    scorer.add(g, null);
    docs.scored++;
    docs.missingPred++;
  }

  const notes: string[] = [];
  if (docs.scored === 0) notes.push('No gold document was scored: check the file and the --ids/--compartment filters.');
  if (options.compartment !== undefined && withCompartment === 0) notes.push(`No gold record has meta.compartment, so --compartment ${options.compartment} selected nothing.`);
  if (docs.missingPred > 0) notes.push(`${docs.missingPred} gold document(s) had no prediction and count as all misses.`);
  if (docs.extraPred > 0) notes.push(`${docs.extraPred} prediction document(s) are not in the gold file and were ignored.`);
  if (docs.textMismatch > 0) notes.push(`${docs.textMismatch} prediction document(s) have a different text than gold; their offsets may not line up.`);
  if (issues.errors > 0) notes.push(`${issues.errors} bad line(s) were skipped; see issues.`);
  if (task === 'time' && options.goldExhaustive === false) {
    notes.push('Gold is not exhaustive: precision and F1 count unannotated but correct expressions as false positives; read recall and value/type accuracy on matched spans.');
  } else if (task === 'time' && docs.scored > 0 && idsAllGum(gold, seen)) {
    notes.push('These look like GUM documents, whose date gold is not exhaustive; consider goldExhaustive: false (--gold-not-exhaustive).');
  }

  const head = {
    task,
    gold: goldPath,
    pred: predPath,
    filters: { ids: ids ? String(ids) : null, compartment: options.compartment ?? null },
    docs,
  };
  return { ...head, scores: scorer.result(), notes, issues } as EvalReport;
}

/** True when every scored id looks like a GUM document id. */
function idsAllGum(unscored: Map<string, EvalRecord>, scored: Set<string>): boolean {
  for (const id of unscored.keys()) if (!id.startsWith('GUM_')) return false;
  for (const id of scored) if (!id.startsWith('GUM_')) return false;
  return true;
}
