/**
 * Temporal-expression scoring, TempEval-3 task A on character offsets:
 * - strict P/R/F1: exact span (type and value ignored);
 * - relaxed P/R/F1: any shared character, aligned one-to-one (greedy, best Jaccard first, so exact spans win);
 * - type and value: accuracy over the relaxed matches, and attribute F1 = relaxed F1 × accuracy (as TE3 reports it;
 *   equivalently correct/pred and correct/gold as P and R).
 */
import { alignGreedy, byPosition, countExact, overlapCandidates } from './align.js';
import { countsOf, harmonic, prf, ratio, type Prf } from './metrics.js';
import type { EvalRecord, EvalTimex } from './record.js';

/** TIMEX3 types, in report order. Other types found in the data are listed after them, sorted. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

/** Options of {@link createTimeScorer}. */
export interface TimeScoreOptions {
  /**
   * False when the gold marks only some expressions (GUM dates: no durations or sets, no unresolved dates). The
   * numbers are computed the same way, but precision and F1 then count correct predictions as false positives, so
   * the report flags them and the useful figures are recall and value/type accuracy on matched spans. Default true.
   */
  goldExhaustive?: boolean;
}

/** Accuracy of one attribute (type or value) over relaxed matches, and the TE3 attribute P/R/F1. */
export interface AttributeScore {
  /** Relaxed matches whose attribute is equal on both sides (exact string comparison). */
  correct: number;
  /** Relaxed matches. */
  matched: number;
  accuracy: number;
  precision: number;
  recall: number;
  /** Relaxed F1 × accuracy. */
  f1: number;
}

/** Scores of one TIMEX3 type under the overall (type-agnostic) relaxed alignment. */
export interface TimexTypeRow {
  /** Gold timexes of this type, and how many of them were matched (by a prediction of any type). */
  gold: number;
  goldMatched: number;
  /** Predicted timexes of this type, and how many of them were matched. */
  pred: number;
  predMatched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Over matched gold timexes of this type: share predicted with the same type / the same value. */
  typeAccuracy: number;
  valueAccuracy: number;
}

/** Result of time scoring. */
export interface TimeResult {
  goldExhaustive: boolean;
  timexes: { gold: number; pred: number };
  strict: Prf;
  relaxed: Prf;
  type: AttributeScore;
  value: AttributeScore;
  perType: Record<string, TimexTypeRow>;
  /** Relaxed matches by gold type, then predicted type. */
  typeConfusion: Record<string, Record<string, number>>;
}

/** Accumulates time counts document by document. */
export interface TimeScorer {
  /** Score one document; `pred` null means the prediction is missing. */
  add(gold: EvalRecord, pred: EvalRecord | null): void;
  /** The scores so far. */
  result(): TimeResult;
}

interface TypeTally {
  gold: number;
  goldMatched: number;
  pred: number;
  predMatched: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** Create a time scorer. Throws a `TypeError` for invalid options. */
export function createTimeScorer(options: TimeScoreOptions = {}): TimeScorer {
  if (options.goldExhaustive !== undefined && typeof options.goldExhaustive !== 'boolean') {
    throw new TypeError('goldExhaustive: expected a boolean');
  }
  const goldExhaustive = options.goldExhaustive ?? true;
  let nGold = 0;
  let nPred = 0;
  let strictTp = 0;
  let matched = 0;
  let typeCorrect = 0;
  let valueCorrect = 0;
  const perType = new Map<string, TypeTally>();
  const confusion = new Map<string, Map<string, number>>();
  const tally = (type: string): TypeTally => {
    let t = perType.get(type);
    if (!t) perType.set(type, (t = { gold: 0, goldMatched: 0, pred: 0, predMatched: 0, typeCorrect: 0, valueCorrect: 0 }));
    return t;
  };

  return {
    add(goldDoc, predDoc) {
      const gold: EvalTimex[] = [...(goldDoc.timexes ?? [])].sort(byPosition);
      const pred: EvalTimex[] = [...(predDoc?.timexes ?? [])].sort(byPosition);
      nGold += gold.length;
      nPred += pred.length;
      for (const g of gold) tally(g.type).gold++;
      for (const p of pred) tally(p.type).pred++;
      const key = (t: EvalTimex): string => `${t.start}:${t.end}`;
      strictTp += countExact(gold.map(key), pred.map(key));
      for (const [gi, pi] of alignGreedy(overlapCandidates(gold, pred))) {
        const g = gold[gi]!;
        const p = pred[pi]!;
        matched++;
        const sameType = g.type === p.type;
        const sameValue = g.value === p.value;
        if (sameType) typeCorrect++;
        if (sameValue) valueCorrect++;
        const gt = tally(g.type);
        gt.goldMatched++;
        if (sameType) gt.typeCorrect++;
        if (sameValue) gt.valueCorrect++;
        tally(p.type).predMatched++;
        let row = confusion.get(g.type);
        if (!row) confusion.set(g.type, (row = new Map()));
        row.set(p.type, (row.get(p.type) ?? 0) + 1);
      }
    },
    result() {
      const strict = prf(countsOf(strictTp, nGold, nPred));
      const relaxed = prf(countsOf(matched, nGold, nPred));
      const types = orderTypes([...perType.keys()]);
      const perTypeOut: Record<string, TimexTypeRow> = {};
      for (const type of types) {
        const t = perType.get(type)!;
        const precision = ratio(t.predMatched, t.pred);
        const recall = ratio(t.goldMatched, t.gold);
        perTypeOut[type] = {
          gold: t.gold,
          goldMatched: t.goldMatched,
          pred: t.pred,
          predMatched: t.predMatched,
          precision,
          recall,
          f1: harmonic(precision, recall),
          typeAccuracy: ratio(t.typeCorrect, t.goldMatched),
          valueAccuracy: ratio(t.valueCorrect, t.goldMatched),
        };
      }
      const typeConfusion: Record<string, Record<string, number>> = {};
      for (const g of orderTypes([...confusion.keys()])) {
        const row = confusion.get(g)!;
        typeConfusion[g] = {};
        for (const p of orderTypes([...row.keys()])) typeConfusion[g][p] = row.get(p)!;
      }
      return {
        goldExhaustive,
        timexes: { gold: nGold, pred: nPred },
        strict,
        relaxed,
        type: attribute(typeCorrect, matched, nGold, nPred, relaxed.f1),
        value: attribute(valueCorrect, matched, nGold, nPred, relaxed.f1),
        perType: perTypeOut,
        typeConfusion,
      };
    },
  };
}

/** Score a list of (gold, pred) document pairs in one go; see {@link createTimeScorer}. */
export function scoreTime(pairs: Iterable<{ gold: EvalRecord; pred: EvalRecord | null }>, options: TimeScoreOptions = {}): TimeResult {
  const scorer = createTimeScorer(options);
  for (const { gold, pred } of pairs) scorer.add(gold, pred);
  return scorer.result();
}

function attribute(correct: number, matched: number, gold: number, pred: number, relaxedF1: number): AttributeScore {
  const accuracy = ratio(correct, matched);
  return { correct, matched, accuracy, precision: ratio(correct, pred), recall: ratio(correct, gold), f1: relaxedF1 * accuracy };
}

/** The TIMEX3 types first, in their usual order; anything else after, sorted. */
function orderTypes(types: string[]): string[] {
  const known = TIMEX_TYPES.filter((t) => types.includes(t));
  const other = types.filter((t) => !(TIMEX_TYPES as readonly string[]).includes(t)).sort();
  return [...known, ...other];
}
