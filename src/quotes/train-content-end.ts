/**
 * Training of the content-end ranker (content-end.ts): examples from the claims the extractor makes on
 * annotated documents, labels from the gold claim on the same cue, an averaged ranking perceptron.
 */
import { ContentEndModel, endContext, endPiece, endSites, siteFeatures, type EndSite } from './content-end.js';
import type { Candidate } from './extract.js';
import type { View } from './view.js';
import { mulberry32 } from '../ner/train.js';
import { SparseAveraged } from './sparse-perceptron.js';
import type { GoldQuote } from './train-tagger.js';

/** A gold claim: content and cue (the cue may be null), as the tagger's training reads them. */
export type GoldClaim = Pick<GoldQuote, 'quote' | 'cue'>;

/** One ranking example: the feature hashes of every site of a claim and the index of the gold site. */
export interface EndExample {
  feats: number[][];
  gold: number;
  /** The sites (for reports). */
  sites: EndSite[];
  /** Whether the gold site ends exactly where the gold content does. */
  exact: boolean;
}

/** Options of {@link trainContentEnd}. */
export interface ContentEndTrainOptions {
  epochs: number;
  seed: number;
  /** Runs with seeds `seed`, `seed + 1`, … whose weights are averaged (default 1: one run). */
  seeds?: number;
  /** Averaged weights below this in magnitude are dropped (default 0.001). */
  minWeight?: number;
  /** Stored in the model: how much a site must outscore `keep` to be taken. */
  margin: number;
}

/**
 * The examples of one document: every claim open to a learned end whose cue overlaps a gold claim's cue, the
 * gold claim being the one of those whose content overlaps the claim's last piece most (claims with none are
 * skipped). The gold site is the one whose end is the gold content's end, else the one nearest to it in
 * characters (ties to the earlier site, `keep` first).
 */
export function endExamples(v: View, cands: readonly Candidate[], gold: readonly GoldClaim[], isCueForm: (w: string) => boolean): EndExample[] {
  const out: EndExample[] = [];
  const cx = endContext(v, cands, isCueForm);
  const T = v.tokens;
  for (const c of cands) {
    const sites = endSites(v, c, cx);
    if (sites.length < 2) continue;
    const r = c.content[endPiece(c)]!;
    const cs = T[c.cue!.a]!.start, ce = T[c.cue!.b - 1]!.end;
    const ps = T[r.a]!.start, pe = T[r.b - 1]!.end;
    let best: GoldClaim | null = null, bestOverlap = 0;
    for (const g of gold) {
      if (!g.cue || g.cue.end <= cs || g.cue.start >= ce) continue;
      let o = 0;
      for (const f of g.quote.fragments ?? [g.quote]) o += Math.max(0, Math.min(f.end, pe) - Math.max(f.start, ps));
      if (o > bestOverlap) { bestOverlap = o; best = g; }
    }
    if (!best) continue;
    const frags = best.quote.fragments ?? [best.quote];
    const goldEnd = frags[frags.length - 1]!.end;
    let k = 0, dist = Infinity;
    sites.forEach((s, j) => {
      const d = Math.abs(T[s.end - 1]!.end - goldEnd);
      if (d < dist) { dist = d; k = j; }
    });
    out.push({ feats: sites.map((s) => { const f: number[] = []; siteFeatures(v, cx, c, r, s, f); return f; }), gold: k, sites, exact: dist === 0 });
  }
  return out;
}

/**
 * Averaged ranking perceptron (Collins 2002): for each example, the best-scoring site (ties to the earlier);
 * when it is not the gold one, the gold site's features gain 1 and the chosen one's lose 1. Examples are visited
 * in a fresh seeded shuffle each epoch. With `seeds` > 1 the weights of that many runs (consecutive seeds) are
 * averaged, which evens out the visiting order (on train, cross-fitted: +0.0005 content F1 for 5 runs). Weights
 * |w| < 0.001 are dropped.
 */
export function trainContentEnd(examples: readonly EndExample[], opts: ContentEndTrainOptions, provenance: Record<string, unknown> = {}): ContentEndModel {
  const runs = opts.seeds ?? 1;
  const sum = new Map<number, number>();
  for (let k = 0; k < runs; k++) for (const [f, x] of trainOnce(examples, opts.epochs, opts.seed + k)) sum.set(f, (sum.get(f) ?? 0) + x / runs);
  const avg = new Map<number, number>();
  const min = opts.minWeight ?? 1e-3;
  for (const [f, x] of sum) if (Math.abs(x) >= min) avg.set(f, x);
  return new ContentEndModel(avg, opts.margin, provenance);
}

/** One run of the averaged ranking perceptron; the averaged weights. */
function trainOnce(examples: readonly EndExample[], epochs: number, seed: number): Map<number, number> {
  const p = new SparseAveraged();
  const score = (f: readonly number[]): number => { let s = 0; for (const k of f) s += p.w.get(k) ?? 0; return s; };
  const order = examples.map((_, i) => i);
  const next = mulberry32(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const i of order) {
      const x = examples[i]!;
      let best = 0, bestScore = -Infinity;
      x.feats.forEach((f, k) => { const s = score(f); if (s > bestScore) { bestScore = s; best = k; } });
      if (best !== x.gold) { p.add(x.feats[x.gold]!, 1); p.add(x.feats[best]!, -1); }
      p.c++;
    }
  }
  // Every averaged weight: the runs are averaged first, then pruned (trainContentEnd).
  return p.average(0);
}
