/**
 * Rule fallbacks. With the tagger loaded, the lexicon rules without quotation marks no longer add claims
 * (merge mode `quotes`): the tagger finds the same claims with better boundaries. Where neither the tagger nor
 * any other finder left a claim, though, a few rule forms are precise enough to stand alone: `…, according to
 * X`, `…, X said`, and `X said …` with a cue the learned cue model is sure of. Those rule claims are added back
 * after linking, with the rule's speaker, when no kept claim overlaps their content or cue.
 */
import type { Candidate } from './extract.js';
import type { PatternId } from './patterns.js';
import type { TokRange } from './speaker-span.js';

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
 * 70 % of the time; `speaker-cue-content` ones only when the cue model is near certain (lower scores fall
 * to 50 % and below).
 */
export const FALLBACK_RULES: readonly FallbackRule[] = [
  { id: 'fallback:according-to', pattern: 'according-to', minScore: 0, example: 'Turnout fell sharply, according to the county clerk.' },
  { id: 'fallback:content-speaker-cue', pattern: 'content-speaker-cue', minScore: 0, example: 'The bridge will reopen in May, the mayor said.' },
  { id: 'fallback:speaker-cue-content', pattern: 'speaker-cue-content', minScore: 0.995, example: 'The mayor said the bridge will reopen in May.' },
  // The claim forms of extra-claims.ts, which only ever stand alone.
  { id: 'fallback:referring-to', pattern: 'referring-to', minScore: 0, example: '"It is too late," she said, referring to the new tariffs.' },
  { id: 'fallback:speaker-label', pattern: 'speaker-label', minScore: 0, example: 'SMITH: We will not back down on this.' },
  { id: 'fallback:in-poll', pattern: 'in-poll', minScore: 0, example: 'In a county survey released Monday, most voters backed the levy.' },
  { id: 'fallback:colon-paragraph', pattern: 'colon-paragraph', minScore: 0, example: 'The mayor wrote:\n\nThe bridge will reopen in May.' },
];

/** Largest share of a fallback's content that another claim may already hold. */
const MAX_SHARED = 0.3;

const len = (rs: readonly TokRange[]) => rs.reduce((n, r) => n + r.b - r.a, 0);

/**
 * Adds the rule claims of {@link FALLBACK_RULES} that no claim of `kept` overlaps (more than
 * {@link MAX_SHARED} of the rule claim's content, or any of its cue). Returns the claims in text order of
 * their contents; `kept` is not changed.
 */
export function addRuleFallbacks(rules: readonly Candidate[], kept: readonly Candidate[], table: readonly FallbackRule[] = FALLBACK_RULES): Candidate[] {
  return new FallbackCoverage(kept).add(rules, table);
}

/**
 * The claims kept so far and the tokens their contents and cues cover, for adding several lists of rule claims
 * in turn (the extractor adds the rule claims, then the extra claims): the coverage arrays are built once over
 * the kept claims and then only extended by each added fallback. `add(a)` then `add(b)` gives what
 * `addRuleFallbacks(b, addRuleFallbacks(a, kept))` gives (the sort is stable, so sorting once at the end of each
 * call orders equal starts the same way).
 */
export class FallbackCoverage {
  private readonly claims: Candidate[];
  private inContent: Uint8Array;
  private inCue: Uint8Array;

  constructor(kept: readonly Candidate[]) {
    this.claims = [...kept];
    const n = reach(kept, 0);
    this.inContent = new Uint8Array(n);
    this.inCue = new Uint8Array(n);
    for (const c of kept) {
      for (const r of c.content) this.inContent.fill(1, r.a, r.b);
      if (c.cue) this.inCue.fill(1, c.cue.a, c.cue.b);
    }
  }

  /** Adds the rule claims of `table` among `rules` that no claim so far overlaps; returns all claims in text order of their contents. */
  add(rules: readonly Candidate[], table: readonly FallbackRule[] = FALLBACK_RULES): Candidate[] {
    const n = reach(rules, this.inContent.length);
    if (n > this.inContent.length) {
      const content = new Uint8Array(n);
      content.set(this.inContent);
      this.inContent = content;
      const cue = new Uint8Array(n);
      cue.set(this.inCue);
      this.inCue = cue;
    }
    const { inContent, inCue, claims } = this;
    for (const c of rules) {
      if (!c.cue || !table.some((f) => f.pattern === c.pattern && c.score >= f.minScore)) continue;
      let shared = 0;
      for (const r of c.content) for (let i = r.a; i < r.b; i++) shared += inContent[i]!;
      if (shared > MAX_SHARED * len(c.content)) continue;
      let cueTaken = false;
      for (let i = c.cue.a; i < c.cue.b; i++) if (inCue[i]) cueTaken = true;
      if (cueTaken) continue;
      claims.push(c);
      // Two fallbacks may not share tokens either.
      for (const r of c.content) inContent.fill(1, r.a, r.b);
      inCue.fill(1, c.cue.a, c.cue.b);
    }
    return [...claims].sort((x, y) => x.content[0]!.a - y.content[0]!.a);
  }
}

/** One past the last token any claim of `list` reaches, at least `n` (a loop: spreading every range into Math.max costs more than the rest). */
function reach(list: readonly Candidate[], n: number): number {
  for (const c of list) {
    for (const r of c.content) if (r.b > n) n = r.b;
    if (c.cue && c.cue.b > n) n = c.cue.b;
  }
  return n;
}
