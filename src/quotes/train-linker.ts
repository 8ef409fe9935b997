/**
 * Training of the speaker linker and claim filter (src/quotes/linker.ts) from gold attributions in
 * PolNeAR's JSONL shape. The rules, the tagger and the extractor's own pre-linking step (`linkerInput` in
 * index.ts) run once per document; the linker is then trained online (averaged perceptron ranking, the model's
 * own earlier choices as the "seen" history), and the claim filter on the claims `linkClaims` hands it with the
 * trained linker (its `onKeep` hook: final speaker, quoted and topic-verb claims left out, as at run time).
 * Deterministic for the same inputs.
 */
import type { MergeMode } from './assemble.js';
import { findCandidates, type Candidate, type CueScorer } from './extract.js';
import { compileLexicon, type CompiledLexicon } from './lexicon.js';
import { linkerInput, type QuoteInput } from './index.js';
import { linkClaims } from './link.js';
import { speechVerbTest } from './nested.js';
import { keepFeatures, Linker, linkFeatures, rankOf, type SourceCand } from './linker.js';
import type { QuoteTagger } from './tagger.js';
import { tagInput, type TagInput } from './tagger.js';
import type { GoldQuote, GoldSpan, TrainDoc } from './train-tagger.js';
import { SparseAveraged } from './sparse-perceptron.js';
import { buildView, type View } from './view.js';
import type { TokRange } from './speaker-span.js';

interface Prepared { v: View; x: TagInput; tags: Uint8Array; cands: Candidate[]; gold: readonly GoldQuote[] }

const pieces = (s: GoldSpan) => (s.fragments && s.fragments.length ? s.fragments : [s]);

/** Character Jaccard of a claim's content and a gold content (fragments). */
function jaccard(v: View, c: Candidate, g: GoldSpan): number {
  const a = c.content.filter((r) => r.b > r.a).map((r) => [v.tokens[r.a]!.start, v.tokens[r.b - 1]!.end] as const);
  const b = pieces(g).map((p) => [p.start, p.end] as const);
  let inter = 0, sa = 0, sb = 0;
  for (const [x, y] of a) sa += y - x;
  for (const [x, y] of b) sb += y - x;
  for (const [x, y] of a) for (const [p, q] of b) inter += Math.max(0, Math.min(y, q) - Math.max(x, p));
  const u = sa + sb - inter;
  return u > 0 ? inter / u : 0;
}

const overlapsChars = (v: View, r: TokRange, s: GoldSpan) => v.tokens[r.a]!.start < s.end && s.start < v.tokens[r.b - 1]!.end;

/** The gold attribution of a claim: same cue (char overlap), best content overlap; undefined when none. */
function goldOf(p: Prepared, c: Candidate): GoldQuote | undefined {
  let best: GoldQuote | undefined, bj = -1;
  for (const g of p.gold) {
    if (!g.cue || !overlapsChars(p.v, c.cue!, g.cue)) continue;
    const j = jaccard(p.v, c, g.quote);
    if (j > bj) { bj = j; best = g; }
  }
  return best;
}

/** True when the claim's content and speaker match a gold attribution (the eval's attribution rule). */
function attributed(p: Prepared, c: Candidate): boolean {
  for (const g of p.gold) {
    if (jaccard(p.v, c, g.quote) < 0.5) continue;
    if (!g.speaker && !c.speaker) return true;
    if (g.speaker && c.speaker && overlapsChars(p.v, c.speaker, g.speaker)) return true;
  }
  return false;
}

/** Options. */
export interface LinkerTrainOptions {
  epochs: number; keepEpochs: number; seed: number; keepBias: number;
  /** Merge mode of rule and tagger claims (stored in the model; the extractor uses it). Default `all`. */
  merge?: MergeMode;
  log?: (s: string) => void;
}

/** Averaged weights below this magnitude are dropped from both models. */
const MIN_WEIGHT = 1e-3;

/**
 * One document as the linker is trained on it: the extractor's own steps up to linking (rule claims, the tagger's
 * tags, `linkerInput` in index.ts), so training sees the claims the linker is applied to. `isSpeech` is
 * `speechVerbTest(lex)`.
 */
export function linkerTrainingInput(input: QuoteInput, tagger: QuoteTagger, scorer: CueScorer, lex: CompiledLexicon, isSpeech: (w: string) => boolean, merge: MergeMode): { v: View; x: TagInput; tags: Uint8Array; cands: Candidate[] } {
  const v = buildView(input.text, input.tokens, input.sentences);
  const rules = findCandidates(v, lex, scorer, { threshold: 0.5, floating: 'claim' });
  const x = tagInput(v, lex, tagger.cueLex, input.mentions, tagger);
  const tags = tagger.tag(x);
  return { v, x, tags, cands: linkerInput(v, x, tags, rules, lex, isSpeech, merge) };
}

/**
 * Trains the linker and the claim filter; the cue scorer is the one the stage uses. `tagger` is either the
 * stage's tagger or, better, one per document (`taggerOf(i)`) trained without that document (cross-fitting):
 * a tagger tags its own training documents almost perfectly, and a filter fitted on such claims learns to
 * trust tagger claims far more than they deserve on unseen text.
 */
export function trainLinker(docs: readonly TrainDoc[], tagger: QuoteTagger | ((doc: number) => QuoteTagger), scorer: CueScorer, opts: LinkerTrainOptions, provenance: Record<string, unknown> = {}): Linker {
  const lex = compileLexicon();
  const isSpeech = speechVerbTest(lex);
  const prepared: Prepared[] = docs.map((d, di) => ({
    ...linkerTrainingInput(d.input, typeof tagger === 'function' ? tagger(di) : tagger, scorer, lex, isSpeech, opts.merge ?? 'all'),
    gold: d.quotes,
  }));
  const ap = new SparseAveraged();
  const live = new Linker(ap.w, null);
  const buf: number[] = [];
  const fb: number[] = [];
  let seed = opts.seed >>> 0;
  const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
  const order = prepared.map((_, i) => i);
  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let n = 0, err = 0;
    for (const di of order) {
      const p = prepared[di]!;
      linkClaims(p.v, p.x, p.tags, p.cands.slice(), live, { v: p.v, ner: p.x.ner, wh: p.x.wh, seen: new Set() }, (cx, c, sc, chosen) => {
        const g = goldOf(p, c);
        if (!g) return;
        let target = -1, ts = -Infinity;
        const scores: number[] = [];
        for (let k = 0; k < sc.length; k++) { linkFeatures(cx, c, sc[k]!, rankOf(sc, k, c), sc.length - 1, buf); let s = 0; for (const f of buf) s += ap.w.get(f) ?? 0; scores.push(s); }
        for (let k = 0; k < sc.length; k++) {
          const r = sc[k]!.r;
          const ok = g.speaker ? !!r && overlapsChars(p.v, r, g.speaker) : !r;
          if (ok && scores[k]! > ts) { ts = scores[k]!; target = k; }
        }
        if (target < 0) return;
        n++;
        const okChosen = g.speaker ? !!sc[chosen]!.r && overlapsChars(p.v, sc[chosen]!.r!, g.speaker) : !sc[chosen]!.r;
        if (!okChosen) {
          err++;
          linkFeatures(cx, c, sc[target]!, rankOf(sc, target, c), sc.length - 1, buf);
          linkFeatures(cx, c, sc[chosen]!, rankOf(sc, chosen, c), sc.length - 1, fb);
          ap.add(buf, 1);
          ap.add(fb, -1);
        }
        ap.c++;
      });
    }
    opts.log?.(`linker epoch ${ep + 1}: ${err}/${n} wrong`);
  }
  const link = ap.average(MIN_WEIGHT);
  // Claim filter examples: the claims linkClaims hands the filter, as it hands them (the trained linker's speaker
  // after the veto and the rule's whole-NP span; quoted and topic-verb claims, which never reach it, left out).
  const final = new Linker(link, null);
  const ex: { f: number[]; y: number }[] = [];
  for (const p of prepared) {
    linkClaims(p.v, p.x, p.tags, p.cands.slice(), final, { v: p.v, ner: p.x.ner, wh: p.x.wh, seen: new Set() }, undefined, (cx, c, margin) => {
      const f: number[] = [];
      keepFeatures(cx, c, margin, f);
      ex.push({ f, y: attributed(p, c) ? 1 : -1 });
    });
  }
  const kp = new SparseAveraged();
  for (let ep = 0; ep < opts.keepEpochs; ep++) {
    for (let i = ex.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [ex[i], ex[j]] = [ex[j]!, ex[i]!]; }
    let err = 0;
    for (const e of ex) {
      let s = 0;
      for (const f of e.f) s += kp.w.get(f) ?? 0;
      if ((s > 0 ? 1 : -1) !== e.y) { err++; kp.add(e.f, e.y); }
      kp.c++;
    }
    opts.log?.(`filter epoch ${ep + 1}: ${err}/${ex.length} wrong (${ex.filter((e) => e.y > 0).length} positive)`);
  }
  return new Linker(link, kp.average(MIN_WEIGHT), opts.keepBias, provenance, opts.merge ?? 'all');
}
