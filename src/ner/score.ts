/**
 * Entity-level micro P/R/F1 (conlleval convention: exact span and label), plus an overlap ("relaxed")
 * variant. A quick scorer for the NER dev scripts until src/eval lands.
 */

/** A labelled character span. */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** Counts for one label. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** P/R/F1 of counts. */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Accumulates per-label counts across documents. */
export class Scorer {
  readonly counts = new Map<string, Counts>();

  private get(label: string): Counts {
    let c = this.counts.get(label);
    if (!c) this.counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Adds one document; `overlap` counts a prediction correct when it overlaps a same-label gold span (one-to-one). */
  add(gold: readonly LabelledSpan[], pred: readonly LabelledSpan[], overlap = false): void {
    const used = new Set<number>();
    for (const p of pred) {
      const k = gold.findIndex((g, i) => !used.has(i) && g.label === p.label && (overlap ? g.start < p.end && p.start < g.end : g.start === p.start && g.end === p.end));
      if (k >= 0) {
        used.add(k);
        this.get(p.label).tp++;
      } else this.get(p.label).fp++;
    }
    gold.forEach((g, i) => {
      if (!used.has(i)) this.get(g.label).fn++;
    });
  }

  /** Per-label and micro-averaged table as text. */
  report(): string {
    const labels = [...this.counts.keys()].sort();
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    const lines = labels.map((l) => {
      const c = this.counts.get(l)!;
      all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
      const { p, r, f } = prf(c);
      return `${l.padEnd(6)} P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${f.toFixed(4)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
    });
    const { p, r, f } = prf(all);
    lines.push(`${'ALL'.padEnd(6)} P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${f.toFixed(4)}  (tp ${all.tp} fp ${all.fp} fn ${all.fn})`);
    return lines.join('\n');
  }
}
