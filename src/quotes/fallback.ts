/**
 * Rule fallbacks. With the tagger loaded, the lexicon rules without quotation marks no longer add claims
 * (merge mode `quotes`): the tagger finds the same claims with better boundaries. Where neither the tagger nor
 * any other finder left a claim, though, a few rule forms are precise enough to stand alone: `…, according to
 * X`, `…, X said`, and `X said …` with a cue the learned cue model finds likely. Those rule claims are added back
 * after linking, when no kept claim overlaps their content or cue; the linker then chooses the speakers of the
 * added reported-speech claims ({@link linkFallbacks}), as it does for the tagger's.
 */
import { withParts, type Candidate } from './extract.js';
import { LINKED_PATTERNS, linkClaims } from './link.js';
import type { Linker } from './linker.js';
import type { PatternId } from './patterns.js';
import { tokenCount } from './ranges.js';
import type { TagInput } from './tagger.js';
import type { View } from './view.js';

/** One fallback: the rule claims of `pattern` whose cue score is at least `minScore`. */
export interface FallbackRule {
  /** Stable id (`fallback:according-to`). */
  readonly id: string;
  readonly pattern: PatternId;
  /** Lowest cue score (lexicon prior or cue-model probability) of a claim that may stand alone. */
  readonly minScore: number;
  /** Example of a claim the rule adds back, for documentation and tests. */
  readonly example: string;
}

/**
 * The fallbacks. Chosen on the PolNeAR train documents (rule claims with no overlapping product claim, by
 * pattern and cue score): `according-to` and `content-speaker-cue` claims match a missed gold content about
 * 70 % of the time, `speaker-cue-content` ones about 50 %. The `speaker-cue-content` bound was 0.995 until its
 * claims were linked ({@link linkFallbacks}); with linked speakers, lowering it to 0.7 added claims matching a
 * gold content 55 % of the time and raised train content F1 by 0.002 at the same attribution F1 (train documents
 * tagged by cross-fitted fold taggers; 0.5–0.7 were within 0.0001 of each other, 0.8–0.995 lower).
 */
export const FALLBACK_RULES: readonly FallbackRule[] = [
  { id: 'fallback:according-to', pattern: 'according-to', minScore: 0, example: 'Turnout fell sharply, according to the county clerk.' },
  { id: 'fallback:content-speaker-cue', pattern: 'content-speaker-cue', minScore: 0, example: 'The bridge will reopen in May, the mayor said.' },
  { id: 'fallback:speaker-cue-content', pattern: 'speaker-cue-content', minScore: 0.7, example: 'The mayor said the bridge will reopen in May.' },
  // The claim forms of extra-claims.ts, which only ever stand alone.
  { id: 'fallback:referring-to', pattern: 'referring-to', minScore: 0, example: '"It is too late," she said, referring to the new tariffs.' },
  { id: 'fallback:speaker-label', pattern: 'speaker-label', minScore: 0, example: 'SMITH: We will not back down on this.' },
  { id: 'fallback:in-poll', pattern: 'in-poll', minScore: 0, example: 'In a county survey released Monday, most voters backed the levy.' },
  // The stance frame of stance-frames.ts, which only ever stands alone.
  { id: 'fallback:stance-adjective', pattern: 'stance-adjective', minScore: 0, example: 'The governor has been critical of the plan.' },
  { id: 'fallback:colon-paragraph', pattern: 'colon-paragraph', minScore: 0, example: 'The mayor wrote:\n\nThe bridge will reopen in May.' },
];

/**
 * Largest share of a fallback's content that another claim may already hold. 0.4 since 2026-11-30 (h/knobs' sweep,
 * models/quotes/README.md, "Numeric knobs re-tuned on the cross-fit output"): on the cross-fit train output 0.35–0.7
 * all beat the former 0.3 in content and attribution, 0.2 and below lose both; dev checked alone afterwards.
 */
export const MAX_SHARED = 0.4;

/**
 * Adds the rule claims of {@link FALLBACK_RULES} that no claim of `kept` overlaps (more than
 * {@link MAX_SHARED} of the rule claim's content, or any of its cue). Returns the claims in text order of
 * their contents; `kept` is not changed.
 */
export function addRuleFallbacks(rules: readonly Candidate[], kept: readonly Candidate[], table: readonly FallbackRule[] = FALLBACK_RULES): Candidate[] {
  // One past the last token any claim reaches (a loop: spreading every range into Math.max costs more than the rest).
  let n = 0;
  for (const list of [rules, kept]) for (const c of list) {
    for (const r of c.content) if (r.b > n) n = r.b;
    if (c.cue && c.cue.b > n) n = c.cue.b;
  }
  const inContent = new Uint8Array(n);
  const inCue = new Uint8Array(n);
  for (const c of kept) {
    for (const r of c.content) inContent.fill(1, r.a, r.b);
    if (c.cue) inCue.fill(1, c.cue.a, c.cue.b);
  }
  const out = [...kept];
  for (const c of rules) {
    if (!c.cue || !table.some((f) => f.pattern === c.pattern && c.score >= f.minScore)) continue;
    let shared = 0;
    for (const r of c.content) for (let i = r.a; i < r.b; i++) shared += inContent[i]!;
    if (shared > MAX_SHARED * tokenCount(c.content)) continue;
    let cueTaken = false;
    for (let i = c.cue.a; i < c.cue.b; i++) if (inCue[i]) cueTaken = true;
    if (cueTaken) continue;
    out.push(c);
    // Two fallbacks may not share tokens either.
    for (const r of c.content) inContent.fill(1, r.a, r.b);
    inCue.fill(1, c.cue.a, c.cue.b);
  }
  return out.sort((x, y) => x.content[0]!.a - y.content[0]!.a);
}

/**
 * Lets the linker choose the speakers of the claims {@link addRuleFallbacks} added to `kept` (those of its
 * linked patterns, `speaker-cue-content` and `content-speaker-cue`; the others keep the rule's speaker). The rule
 * NP finder alone takes an adverb, a relative pronoun or a modifier for the subject more often than the linker,
 * which also weighs the tagger's SOURCE spans and the speakers seen earlier (those of `kept`). `all` is the
 * output of `addRuleFallbacks(…, kept)`; returns the same claims in the same order, with linked speakers.
 */
export function linkFallbacks(v: View, x: TagInput, tags: Uint8Array, kept: readonly Candidate[], all: readonly Candidate[], linker: Linker): Candidate[] {
  const old = new Set(kept);
  const added = all.filter((c) => !old.has(c));
  // Linking reads the tagger's source spans of the whole document: skip it when no added claim is linked.
  if (!added.some((c) => LINKED_PATTERNS.has(c.pattern))) return [...all];
  const seen = new Set<number>();
  for (const c of kept) if (c.speaker) seen.add(x.wh[c.speaker.b - 1]!);
  // The linker reads the tagger's source spans of a claim's own paragraph (a tagging unit) only.
  const units = x.units.filter((u) => added.some((c) => c.cue && u.a <= c.cue.a && c.cue.a < u.b));
  // A loop, not added.map(): an inlined map returns a HOLEY array, and linkClaims' store into it then made every
  // later candidate list HOLEY, so the readers optimised on PACKED lists deopted ("wrong map").
  const copies: Candidate[] = [];
  for (const c of added) copies.push(withParts(c, c.speaker, c.content));
  const linked = linkClaims(v, { ...x, units }, tags, copies, linker, { v, ner: x.ner, wh: x.wh, seen });
  return [...kept, ...linked].sort((p, q) => p.content[0]!.a - q.content[0]!.a);
}
