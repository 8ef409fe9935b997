/**
 * Named-entity scoring: entity-level micro P/R/F1, overall and per label, in two modes.
 * - strict: exact span and label (the conlleval convention);
 * - overlap: any shared character and the same label, aligned one-to-one (greedy, best Jaccard first).
 * Both sides go through the same label map first (see `labels.ts`).
 */
import { alignGreedy, byPosition, countExact, overlapCandidates } from './align.js';
import { CONLL_LABELS, NER_LABEL_MAP, isConllLabel, mapNerLabel, type ConllLabel } from './labels.js';
import { addCounts, countsOf, prf, sortedRecord, zeroCounts, type Counts, type Prf } from './metrics.js';
import type { EvalEntity, EvalRecord } from './record.js';

/** Options of {@link createNerScorer}. */
export interface NerScoreOptions {
  /** Labels to score (both sides are filtered to them); default all of {@link CONLL_LABELS}. */
  labels?: readonly string[];
  /** Replace the default label map (e.g. to score a dataset with its own labels). */
  labelMap?: Readonly<Record<string, ConllLabel | null>>;
  /**
   * Drop a leading article ("the", "a", "an" and the space after it) from every span on both sides before scoring.
   * For corpora whose span convention keeps determiners (MEANTIME: "the Pentagon") when the system follows
   * CoNLL/OntoNotes (no leading "the"); the report says how many spans were trimmed on each side.
   */
  trimDeterminers?: boolean;
}

/** Leading article and the whitespace after it, as `trimDeterminers` removes it. ASCII only, so code points = UTF-16 units. */
const LEADING_ARTICLE = /^(?:the|a|an)\s+(?=\S)/i;

/** Overall and per-label scores of one mode. Per-label keys follow {@link CONLL_LABELS} order. */
export interface NerPrfTable {
  overall: Prf;
  perLabel: Record<string, Prf>;
}

/** What happened to one side's labels before scoring: source label → number of mentions. */
export interface NerLabelStats {
  /** Mapped to `null` on purpose (GUM `time`, OntoNotes DATE/CARDINAL ...). */
  dropped: Record<string, number>;
  /** Not in the label map at all (dropped too); a non-empty list usually means a wrong file or a missing map row. */
  unknown: Record<string, number>;
  /** Mapped to a CoNLL label that `labels` excludes (e.g. MISC under `--labels PER,ORG,LOC`). */
  excluded: Record<string, number>;
}

/** Result of NER scoring. */
export interface NerResult {
  labels: ConllLabel[];
  /** Gold and predicted mentions that were scored (after mapping and label filtering). */
  mentions: { gold: number; pred: number };
  strict: NerPrfTable;
  overlap: NerPrfTable;
  labelMapping: { gold: NerLabelStats; pred: NerLabelStats };
  /** Present when `trimDeterminers` was set: spans trimmed per side. */
  trimmedDeterminers?: { gold: number; pred: number };
}

/** Accumulates NER counts document by document. */
export interface NerScorer {
  /** Score one document; `pred` null means the prediction is missing (every gold mention is a miss). */
  add(gold: EvalRecord, pred: EvalRecord | null): void;
  /** The scores so far. */
  result(): NerResult;
}

interface Mapped {
  start: number;
  end: number;
  label: ConllLabel;
}

/** Check `labels` up front (a typo must not silently score nothing) and return them in canonical order. */
export function resolveNerLabels(labels: readonly string[] | undefined): ConllLabel[] {
  if (labels === undefined) return [...CONLL_LABELS];
  if (!Array.isArray(labels) || labels.length === 0) throw new TypeError('labels: expected a non-empty array of PER, ORG, LOC, MISC');
  for (const l of labels) {
    if (!isConllLabel(l)) throw new TypeError(`labels: unknown label ${JSON.stringify(l)}; expected some of ${CONLL_LABELS.join(', ')}`);
  }
  return CONLL_LABELS.filter((l) => labels.includes(l));
}

/** Create a NER scorer. Throws a `TypeError` for invalid options. */
export function createNerScorer(options: NerScoreOptions = {}): NerScorer {
  const labels = resolveNerLabels(options.labels);
  const map = options.labelMap ?? NER_LABEL_MAP;
  const strict = new Map<ConllLabel, Counts>(labels.map((l) => [l, zeroCounts()]));
  const overlap = new Map<ConllLabel, Counts>(labels.map((l) => [l, zeroCounts()]));
  const stats = { gold: emptyStats(), pred: emptyStats() };
  const mentions = { gold: 0, pred: 0 };
  const trimmed = { gold: 0, pred: 0 };

  const normalise = (items: readonly EvalEntity[] | undefined, side: 'gold' | 'pred'): Map<ConllLabel, Mapped[]> => {
    const byLabel = new Map<ConllLabel, Mapped[]>(labels.map((l) => [l, []]));
    for (const e of items ?? []) {
      const label = mapNerLabel(e.label, map);
      const list = label ? byLabel.get(label) : undefined;
      if (!list) {
        const bucket = label === undefined ? stats[side].unknown : label === null ? stats[side].dropped : stats[side].excluded;
        bucket[e.label] = (bucket[e.label] ?? 0) + 1;
        continue;
      }
      let start = e.start;
      if (options.trimDeterminers && typeof e.text === 'string') {
        const article = LEADING_ARTICLE.exec(e.text);
        if (article) {
          start += article[0].length;
          trimmed[side]++;
        }
      }
      list.push({ start, end: e.end, label: label as ConllLabel });
      mentions[side]++;
    }
    for (const list of byLabel.values()) list.sort(byPosition);
    return byLabel;
  };

  return {
    add(goldDoc, predDoc) {
      const gold = normalise(goldDoc.entities, 'gold');
      const pred = normalise(predDoc?.entities, 'pred');
      for (const label of labels) {
        const g = gold.get(label)!;
        const p = pred.get(label)!;
        const key = (m: Mapped): string => `${m.start}:${m.end}`;
        addCounts(strict.get(label)!, countsOf(countExact(g.map(key), p.map(key)), g.length, p.length));
        addCounts(overlap.get(label)!, countsOf(alignGreedy(overlapCandidates(g, p)).length, g.length, p.length));
      }
    },
    result() {
      return {
        labels: [...labels],
        mentions: { ...mentions },
        strict: table(labels, strict),
        overlap: table(labels, overlap),
        labelMapping: { gold: finishStats(stats.gold), pred: finishStats(stats.pred) },
        ...(options.trimDeterminers ? { trimmedDeterminers: { ...trimmed } } : {}),
      };
    },
  };
}

/** Score a list of (gold, pred) document pairs in one go; see {@link createNerScorer}. */
export function scoreNer(pairs: Iterable<{ gold: EvalRecord; pred: EvalRecord | null }>, options: NerScoreOptions = {}): NerResult {
  const scorer = createNerScorer(options);
  for (const { gold, pred } of pairs) scorer.add(gold, pred);
  return scorer.result();
}

function table(labels: readonly ConllLabel[], counts: Map<ConllLabel, Counts>): NerPrfTable {
  const total = zeroCounts();
  const perLabel: Record<string, Prf> = {};
  for (const l of labels) {
    const c = counts.get(l)!;
    addCounts(total, c);
    perLabel[l] = prf(c);
  }
  return { overall: prf(total), perLabel };
}

const emptyStats = (): NerLabelStats => ({ dropped: {}, unknown: {}, excluded: {} });

const finishStats = (s: NerLabelStats): NerLabelStats => ({
  dropped: sortedRecord(s.dropped),
  unknown: sortedRecord(s.unknown),
  excluded: sortedRecord(s.excluded),
});
