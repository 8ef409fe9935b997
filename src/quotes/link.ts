/**
 * Applies the learned linker (linker.ts) to the merged claims: builds the candidate sources of each claim
 * with a cue (tagger SOURCE spans of its paragraph, rule NPs left/right of the cue, a rule claim's speaker
 * for the same cue, NULL), lets the ranker choose, then lets the claim filter drop weak tagger claims.
 * Shared by the extractor and the linker's training (which passes `onExample`).
 */
import { hasTopicVerb, roleSpans } from './assemble.js';
import { sentRange, subjectLeft, withParts, type Candidate } from './extract.js';
import { FROM_RULE_CLAIM, FROM_RULE_LEFT, FROM_RULE_RIGHT, FROM_TAGGER, Linker, type LinkContext, type SourceCand } from './linker.js';
import type { PatternId } from './patterns.js';
import { speakerRight, type TokRange } from './speaker-span.js';
import { speakerVeto } from './speaker-veto.js';
import type { TagInput } from './tagger.js';
import type { View } from './view.js';

/** Patterns whose speaker the linker chooses (quotation-mark patterns keep the rule's speaker). */
export const LINKED_PATTERNS = new Set<PatternId>(['tagger', 'speaker-cue-content', 'content-speaker-cue']);
/** Patterns whose claims the claim filter may drop. */
export const FILTERED_PATTERNS = new Set<PatternId>(['tagger']);

/** Candidate sources of a claim with a cue; NULL is first. */
export function sourceCandidates(v: View, c: Candidate, unitSources: readonly TokRange[]): SourceCand[] {
  const out: SourceCand[] = [{ r: null, from: 0 }];
  const add = (r: TokRange | null | undefined, from: number) => {
    if (!r || r.b <= r.a) return;
    for (const o of out) if (o.r && o.r.a === r.a && o.r.b === r.b) { o.from |= from; return; }
    out.push({ r: { a: r.a, b: r.b }, from });
  };
  const cue = c.cue!;
  for (const s of unitSources) add(s, FROM_TAGGER);
  add(subjectLeft(v, cue.a), FROM_RULE_LEFT);
  add(speakerRight(v, cue.b, Math.max(sentRange(v, cue.a).b, cue.b)), FROM_RULE_RIGHT);
  add(c.ruleSpeaker, FROM_RULE_CLAIM);
  if (c.pattern !== 'tagger') add(c.speaker, FROM_RULE_CLAIM);
  return out;
}

/** Claims with quoted passages are never filtered (the quotation marks are strong evidence of a claim). */
const KEEP_QUOTED = true;
const quoted = (v: View, c: Candidate) => {
  // At least four quoted words: scare quotes and titles (`the so-called "reset"`) stay filtered.
  let n = 0;
  for (const r of c.content) for (let i = r.a; i < r.b; i++) if (v.regionOf[i] !== -1 && v.tokens[i]!.kind === 'word') n++;
  return n >= 4;
};

/** Hook for training: the candidates of one claim and the index the model chose. */
export type ExampleHook = (cx: LinkContext, c: Candidate, cands: SourceCand[], chosen: number, margin: number) => void;
/** Hook for training: a claim exactly as the claim filter scores it (final speaker, the ranker's first margin). */
export type KeepHook = (cx: LinkContext, c: Candidate, margin: number) => void;

/**
 * Chooses the speakers of the linked claims (in text order of their cues) and drops the tagger claims the
 * filter scores ≤ 0. Returns the kept claims. `onExample` sees each ranker choice, `onKeep` each claim the filter scores.
 */
export function linkClaims(v: View, x: TagInput, tags: Uint8Array, cands: Candidate[], linker: Linker, cx: LinkContext, onExample?: ExampleHook, onKeep?: KeepHook): Candidate[] {
  // Tagger SOURCE spans by paragraph.
  const byPara = new Map<number, TokRange[]>();
  for (const u of x.units) {
    const spans = roleSpans(v, tags, u.a, u.b);
    for (const s of spans) {
      if (s.role !== 1) continue;
      const p = v.sentences[s.sent]?.paragraph ?? -1;
      const l = byPara.get(p);
      if (l) l.push({ a: s.a, b: s.b });
      else byPara.set(p, [{ a: s.a, b: s.b }]);
    }
  }
  // A loop, not map().filter(): an inlined map returns a HOLEY array, and the filter optimised on PACKED ones
  // deopts ("wrong map"; models/ner/README.md, "Elements kinds").
  const order: number[] = [];
  for (let i = 0; i < cands.length; i++) if (cands[i]!.cue && LINKED_PATTERNS.has(cands[i]!.pattern)) order.push(i);
  order.sort((i, j) => cands[i]!.cue!.a - cands[j]!.cue!.a);
  const drop = new Set<number>();
  const buf: number[] = [];
  const linked = new Set(order);
  // Speakers of claims not re-linked count as seen in text order too.
  for (let i = 0; i < cands.length; i++) {
    const sp = cands[i]!.speaker;
    if (!linked.has(i) && sp) cx.seen.add(cx.wh[sp.b - 1]!);
  }
  for (const i of order) {
    let c = cands[i]!;
    const para = v.sentences[v.sentOf[c.cue!.a]!]?.paragraph ?? -1;
    const sc = sourceCandidates(v, c, byPara.get(para) ?? []);
    const { best, margin } = linker.choose(cx, c, sc, buf);
    onExample?.(cx, c, sc, best, margin);
    let r = sc[best]!.r;
    // A candidate that cannot be the cue's subject (speaker-veto.ts): the ranker chooses again without the vetoed ones.
    // The hook above saw the ranker's own choice, so training is unchanged; the claim filter keeps the first margin.
    if (r && speakerVeto(v, r, c.cue!)) {
      const left = sc.filter((s) => !s.r || !speakerVeto(v, s.r, c.cue!));
      r = left[linker.choose(cx, c, left, buf).best]!.r;
    }
    // The rule NP finders give whole NPs (titles, appositives): when the choice overlaps the rule's speaker, keep the rule's span.
    const rule = c.pattern === 'tagger' ? c.ruleSpeaker : c.speaker;
    if (r && rule && r.a < rule.b && rule.a < r.b) r = rule;
    cands[i] = c = withParts(c, r, c.content);
    // A speaker holding a topic verb is a clause, not a source: the tagger misread a participle as the cue
    // (`during the talks, they discussed X, proclaimed Y`), so the claim goes.
    if (c.pattern === 'tagger' && r && hasTopicVerb(v, r)) { drop.add(i); continue; }
    if (FILTERED_PATTERNS.has(c.pattern) && !(KEEP_QUOTED && quoted(v, c))) {
      onKeep?.(cx, c, margin);
      if (linker.keepScore(cx, c, margin, buf) <= 0) { drop.add(i); continue; }
    }
    if (r) cx.seen.add(cx.wh[r.b - 1]!);
  }
  return drop.size ? cands.filter((_, i) => !drop.has(i)) : cands;
}
