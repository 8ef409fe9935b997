/**
 * Quote scoring used by the dev harness: content match by character Jaccard (fragments as a union of
 * characters), attribution match (content + speaker overlap or both null), exact role-span F1 per
 * role (CofeNet style), and recall of quoted contents.
 */

/** A span with optional fragments. */
export interface SSpan { start: number; end: number; fragments?: readonly { start: number; end: number }[] }

/** A claim reduced to what scoring needs. */
export interface ScoredClaim {
  content: SSpan;
  speaker: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
  /** Gold only: `kind_by_marks`. Prediction: kind. */
  kind?: string;
  /** Prediction only: producing rule. */
  by?: string;
}

const pieces = (s: SSpan) => (s.fragments && s.fragments.length ? s.fragments : [s]);

/** Character Jaccard of two contents, fragments taken as unions. */
export function jaccard(a: SSpan, b: SSpan): number {
  const pa = pieces(a);
  const pb = pieces(b);
  let inter = 0;
  for (const x of pa) for (const y of pb) inter += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  const len = (p: readonly { start: number; end: number }[]) => p.reduce((n, x) => n + Math.max(0, x.end - x.start), 0);
  const union = len(pa) + len(pb) - inter;
  return union > 0 ? inter / union : 0;
}

/** Greedy one-to-one matching by best Jaccard ≥ threshold. Returns pairs [goldIndex, predIndex]. */
export function matchContents(gold: readonly ScoredClaim[], pred: readonly ScoredClaim[], threshold = 0.5): [number, number][] {
  const pairs: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const ge = gold[g]!.content;
      const pe = pred[p]!.content;
      if (pe.end <= ge.start || pe.start >= ge.end) continue;
      const j = jaccard(ge, pe);
      if (j >= threshold) pairs.push([j, g, p]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const out: [number, number][] = [];
  for (const [, g, p] of pairs) {
    if (ug.has(g) || up.has(p)) continue;
    ug.add(g);
    up.add(p);
    out.push([g, p]);
  }
  return out;
}

/** Running counts. */
export class Counts {
  tp = 0; fp = 0; fn = 0;
  add(tp: number, pred: number, gold: number) { this.tp += tp; this.fp += pred - tp; this.fn += gold - tp; }
  get p() { return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0; }
  get r() { return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0; }
  get f() { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
  toString() { return `P ${(this.p * 100).toFixed(1)} R ${(this.r * 100).toFixed(1)} F1 ${(this.f * 100).toFixed(1)} (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`; }
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

function exactCount(gold: string[], pred: string[]): number {
  const m = new Map<string, number>();
  for (const g of gold) m.set(g, (m.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of pred) {
    const n = m.get(p) ?? 0;
    if (n > 0) { tp++; m.set(p, n - 1); }
  }
  return tp;
}

/** All measures over a set of documents. */
export class QuoteScores {
  content = new Counts();
  attribution = new Counts();
  exactSpeaker = new Counts();
  exactCue = new Counts();
  exactContent = new Counts();
  quotedRecall = new Counts();
  /** Precision by producing rule. */
  byRule = new Map<string, Counts>();
  /** Recall by gold kind_by_marks. */
  byGoldKind = new Map<string, Counts>();

  /** Scores one document; returns the matching for error analysis. */
  add(gold: readonly ScoredClaim[], pred: readonly ScoredClaim[]): [number, number][] {
    const pairs = matchContents(gold, pred);
    this.content.add(pairs.length, pred.length, gold.length);
    let att = 0;
    for (const [g, p] of pairs) {
      const gs = gold[g]!.speaker;
      const ps = pred[p]!.speaker;
      if ((!gs && !ps) || (gs && ps && ps.start < gs.end && gs.start < ps.end)) att++;
    }
    this.attribution.add(att, pred.length, gold.length);
    const sp = (xs: readonly ScoredClaim[]) => xs.flatMap((x) => (x.speaker ? [key(x.speaker)] : []));
    const cu = (xs: readonly ScoredClaim[]) => xs.flatMap((x) => (x.cue ? [key(x.cue)] : []));
    const co = (xs: readonly ScoredClaim[]) => xs.flatMap((x) => pieces(x.content).map(key));
    // Speakers and cues are shared by several claims; score each distinct span once (role spans, not relations).
    const uniq = (xs: string[]) => [...new Set(xs)];
    for (const [c, f] of [[this.exactSpeaker, sp], [this.exactCue, cu], [this.exactContent, co]] as const) {
      const g = f === co ? f(gold) : uniq(f(gold));
      const p = f === co ? f(pred) : uniq(f(pred));
      c.add(exactCount(g, p), p.length, g.length);
    }
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPred = new Set(pairs.map(([, p]) => p));
    const quoted = gold.map((g, i) => [g, i] as const).filter(([g]) => g.kind === 'direct' || g.kind === 'mixed');
    this.quotedRecall.add(quoted.filter(([, i]) => matchedGold.has(i)).length, quoted.length, quoted.length);
    pred.forEach((p, i) => {
      const k = p.by ?? '?';
      if (!this.byRule.has(k)) this.byRule.set(k, new Counts());
      this.byRule.get(k)!.add(matchedPred.has(i) ? 1 : 0, 1, 0);
    });
    gold.forEach((g, i) => {
      const k = g.kind ?? '?';
      if (!this.byGoldKind.has(k)) this.byGoldKind.set(k, new Counts());
      this.byGoldKind.get(k)!.add(matchedGold.has(i) ? 1 : 0, 0, 1);
    });
    return pairs;
  }

  /** Human-readable report. */
  report(title: string): string {
    const lines = [
      `== ${title}`,
      `content (J>=0.5)   ${this.content}`,
      `attribution        ${this.attribution}`,
      `exact speaker      ${this.exactSpeaker}`,
      `exact cue          ${this.exactCue}`,
      `exact content      ${this.exactContent}`,
      `quoted recall      R ${(this.quotedRecall.r * 100).toFixed(1)} (${this.quotedRecall.tp}/${this.quotedRecall.tp + this.quotedRecall.fn})`,
      'precision by rule:',
      ...[...this.byRule].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp)).map(([k, c]) => `  ${k.padEnd(34)} ${(c.p * 100).toFixed(1)}% of ${c.tp + c.fp}`),
      'recall by gold kind_by_marks:',
      ...[...this.byGoldKind].map(([k, c]) => `  ${k.padEnd(10)} ${(c.r * 100).toFixed(1)}% of ${c.tp + c.fn}`),
    ];
    return lines.join('\n');
  }
}
