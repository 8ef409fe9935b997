/**
 * Quote / attribution scoring.
 *
 * - Content match: a gold and a predicted quote match when the character Jaccard of their contents is ≥ 0.5. A
 *   content is the union of its `fragments` when it has them, else `start..end` (PolNeAR's discontinuous contents
 *   often have the speaker and cue in the gap, so the covering span would be wrong). Alignment is one-to-one,
 *   best Jaccard first, ties broken by text position.
 * - Content P/R/F1 over those matches. Attribution P/R/F1: a matched pair also needs overlapping speaker spans, or
 *   no speaker on either side.
 * - Per-role exact F1 (speaker, cue, content): each role's spans are scored on their own as a *set* per document,
 *   with no check that a speaker belongs to the right content — the protocol of CofeNet (COLING 2022), the published
 *   PolNeAR anchor. A span shared by several quotes counts once; a content is its merged fragment list.
 * - Recall of gold contents by kind: `kind_by_marks` (PolNeAR's direct/mixed/indirect heuristic), else `kind`,
 *   else `unknown`; plus `quoted` = direct + mixed.
 */
import { alignGreedy, byPosition, overlaps, type Candidate, type Range } from './align.js';
import { countsOf, prf, ratio, type Prf } from './metrics.js';
import type { EvalQuote, EvalRecord, EvalSpan } from './record.js';

/** Kinds reported first, in this order; others follow sorted, then `quoted`. */
export const QUOTE_KINDS = ['direct', 'mixed', 'indirect'] as const;

/** Options of {@link createQuoteScorer}. */
export interface QuoteScoreOptions {
  /** Minimum content Jaccard for a match, in (0, 1]; default 0.5 (inclusive). */
  minJaccard?: number;
}

/** Recall of gold contents of one kind. */
export interface KindRecall {
  gold: number;
  /** Gold contents of this kind with a content match. */
  matched: number;
  recall: number;
  /** Of those, matched with the right speaker (see attribution). */
  attributed: number;
  attributionRecall: number;
}

/** Result of quote scoring. */
export interface QuoteResult {
  minJaccard: number;
  quotes: { gold: number; pred: number };
  content: Prf;
  attribution: Prf;
  /** Attributed matches / content matches: how often the speaker is right when the content was found. */
  speakerAccuracy: { attributed: number; matched: number; accuracy: number };
  /** Exact span match per role, spans deduplicated per document (CofeNet protocol). */
  roles: { speaker: Prf; cue: Prf; content: Prf };
  recallByKind: Record<string, KindRecall>;
}

/** Accumulates quote counts document by document. */
export interface QuoteScorer {
  /** Score one document; `pred` null means the prediction is missing. */
  add(gold: EvalRecord, pred: EvalRecord | null): void;
  /** The scores so far. */
  result(): QuoteResult;
}

/** Sorted, merged, non-empty ranges covered by a quote's content: its fragments when it has them. */
export function contentRanges(q: EvalQuote): Range[] {
  const pieces: readonly EvalSpan[] = q.quote.fragments && q.quote.fragments.length > 0 ? q.quote.fragments : [q.quote];
  const sorted = pieces.filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end })).sort(byPosition);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged;
}

/** Size of the intersection and the union of two sorted, merged range lists. */
export function rangeSetOverlap(a: readonly Range[], b: readonly Range[]): { intersection: number; union: number } {
  let intersection = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    intersection += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end < y.end) i++;
    else j++;
  }
  const size = (l: readonly Range[]): number => l.reduce((n, r) => n + r.end - r.start, 0);
  return { intersection, union: size(a) + size(b) - intersection };
}

/** Character Jaccard of two quote contents (fragments as their union); 0 when both are empty. */
export function contentJaccard(a: EvalQuote, b: EvalQuote): number {
  const { intersection, union } = rangeSetOverlap(contentRanges(a), contentRanges(b));
  return union === 0 ? 0 : intersection / union;
}

/** Create a quote scorer. Throws a `TypeError` for invalid options. */
export function createQuoteScorer(options: QuoteScoreOptions = {}): QuoteScorer {
  const minJaccard = options.minJaccard ?? 0.5;
  if (typeof minJaccard !== 'number' || !(minJaccard > 0 && minJaccard <= 1)) throw new TypeError('minJaccard: expected a number in (0, 1]');
  let nGold = 0;
  let nPred = 0;
  let matchedTotal = 0;
  let attributedTotal = 0;
  const roles = { speaker: { tp: 0, gold: 0, pred: 0 }, cue: { tp: 0, gold: 0, pred: 0 }, content: { tp: 0, gold: 0, pred: 0 } };
  const kinds = new Map<string, { gold: number; matched: number; attributed: number }>();

  return {
    add(goldDoc, predDoc) {
      const gold = prepare(goldDoc.quotes);
      const pred = prepare(predDoc?.quotes);
      nGold += gold.length;
      nPred += pred.length;

      const candidates: Candidate[] = [];
      for (let g = 0; g < gold.length; g++) {
        const gq = gold[g]!;
        for (let p = 0; p < pred.length; p++) {
          const pq = pred[p]!;
          if (pq.cover.start >= gq.cover.end) break; // sorted by start: nothing further right overlaps
          if (!overlaps(gq.cover, pq.cover)) continue;
          const { intersection, union } = rangeSetOverlap(gq.ranges, pq.ranges);
          // Compare without dividing, so "exactly 0.5" is exactly 0.5 (intersection and union are integers).
          if (union > 0 && intersection >= minJaccard * union) candidates.push({ gold: g, pred: p, score: intersection / union });
        }
      }
      const matchedGold = new Map<number, boolean>(); // gold index → attributed?
      for (const [g, p] of alignGreedy(candidates)) {
        const attributed = sameSpeaker(gold[g]!.q.speaker, pred[p]!.q.speaker);
        matchedGold.set(g, attributed);
        matchedTotal++;
        if (attributed) attributedTotal++;
      }
      gold.forEach((gq, g) => {
        const kind = gq.q.kind_by_marks ?? gq.q.kind ?? 'unknown';
        let k = kinds.get(kind);
        if (!k) kinds.set(kind, (k = { gold: 0, matched: 0, attributed: 0 }));
        k.gold++;
        if (matchedGold.has(g)) k.matched++;
        if (matchedGold.get(g)) k.attributed++;
      });

      const spanKey = (s: EvalSpan | null | undefined): string | null => (s ? `${s.start}:${s.end}` : null);
      const contentKey = (x: Prepared): string => x.ranges.map((r) => `${r.start}:${r.end}`).join(',');
      tallyRole(roles.speaker, gold.map((x) => spanKey(x.q.speaker)), pred.map((x) => spanKey(x.q.speaker)));
      tallyRole(roles.cue, gold.map((x) => spanKey(x.q.cue)), pred.map((x) => spanKey(x.q.cue)));
      tallyRole(roles.content, gold.map(contentKey), pred.map(contentKey));
    },
    result() {
      const recallByKind: Record<string, KindRecall> = {};
      const known = QUOTE_KINDS.filter((k) => kinds.has(k));
      const other = [...kinds.keys()].filter((k) => !(QUOTE_KINDS as readonly string[]).includes(k)).sort();
      for (const k of [...known, ...other]) recallByKind[k] = kindRecall(kinds.get(k)!);
      const quoted = { gold: 0, matched: 0, attributed: 0 };
      for (const k of ['direct', 'mixed']) {
        const t = kinds.get(k);
        if (!t) continue;
        quoted.gold += t.gold;
        quoted.matched += t.matched;
        quoted.attributed += t.attributed;
      }
      recallByKind.quoted = kindRecall(quoted);
      const role = (r: { tp: number; gold: number; pred: number }): Prf => prf(countsOf(r.tp, r.gold, r.pred));
      return {
        minJaccard,
        quotes: { gold: nGold, pred: nPred },
        content: prf(countsOf(matchedTotal, nGold, nPred)),
        attribution: prf(countsOf(attributedTotal, nGold, nPred)),
        speakerAccuracy: { attributed: attributedTotal, matched: matchedTotal, accuracy: ratio(attributedTotal, matchedTotal) },
        roles: { speaker: role(roles.speaker), cue: role(roles.cue), content: role(roles.content) },
        recallByKind,
      };
    },
  };
}

/** Score a list of (gold, pred) document pairs in one go; see {@link createQuoteScorer}. */
export function scoreQuotes(pairs: Iterable<{ gold: EvalRecord; pred: EvalRecord | null }>, options: QuoteScoreOptions = {}): QuoteResult {
  const scorer = createQuoteScorer(options);
  for (const { gold, pred } of pairs) scorer.add(gold, pred);
  return scorer.result();
}

interface Prepared {
  q: EvalQuote;
  ranges: Range[];
  /** Covering range of the content, for the cheap overlap pre-check. */
  cover: Range;
}

/** Quotes with their content ranges, in text order (the tie-break order of the alignment). */
function prepare(quotes: readonly EvalQuote[] | undefined): Prepared[] {
  return (quotes ?? [])
    .map((q) => {
      const ranges = contentRanges(q);
      const cover = ranges.length > 0 ? { start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end } : { start: q.quote.start, end: q.quote.start };
      return { q, ranges, cover };
    })
    .sort((a, b) => byPosition(a.cover, b.cover));
}

/** Speakers agree when their spans share a character or both are absent (an unattributed quote found as such). */
function sameSpeaker(a: EvalSpan | null | undefined, b: EvalSpan | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return overlaps(a, b);
}

/** Add one document's role spans, deduplicated per side (set semantics), to a role tally. Null keys are no span. */
function tallyRole(t: { tp: number; gold: number; pred: number }, gold: (string | null)[], pred: (string | null)[]): void {
  const g = new Set(gold.filter((k): k is string => k !== null));
  const p = new Set(pred.filter((k): k is string => k !== null));
  t.gold += g.size;
  t.pred += p.size;
  for (const k of p) if (g.has(k)) t.tp++;
}

const kindRecall = (t: { gold: number; matched: number; attributed: number }): KindRecall => ({
  gold: t.gold,
  matched: t.matched,
  recall: ratio(t.matched, t.gold),
  attributed: t.attributed,
  attributionRecall: ratio(t.attributed, t.gold),
});
