/**
 * Claims inside the content of a tagger claim whose cue is no reporting word. The tagger sometimes builds a claim
 * on a stance phrase or a noun (`The mayor's budget plan drew fire as the auditor warned that costs would rise`,
 * cue `plan`) and lets its content run over a clause that reports a claim of its own, with a subject and a cue of
 * the lexicon (`the auditor warned …`). PolNeAR marks the inner claim; the outer one, when it is a claim at all,
 * ends before the inner subject. So the inner clause becomes a claim of its own and the outer content ends before
 * its subject (the outer claim is dropped when fewer than two tokens would remain).
 *
 * Chosen on the PolNeAR train documents (issue #5, error class `other-claim-overlaps`: a gold claim inside a
 * predicted content of another cue; 369 train cases whose predicted claim is wrong, 187 of them on a predicted cue
 * that is no gold cue). With the committed files: 48 inner claims on train, 35 matching a gold content; the 23
 * outer claims cut before them match about as often as uncut (10 against 11), and better than dropping them or
 * keeping them whole. Product path, train content F1 0.7617 → 0.7623, dev 0.7309 → 0.7318 (models/quotes/README.md,
 * "Claims overlapping another cue's claim").
 */
import { matchCue, subjectEnd, trimContent, withParts, type Candidate, type CueScorer } from './extract.js';
import { secondCueAt } from './coordinated-cues.js';
import type { CompiledLexicon } from './lexicon.js';
import { overlaps } from './ranges.js';
import { speakerLeft, type TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** One inner-claim rule. */
export interface InnerClaimRule {
  /** Stable id (`inner-claim:weak-outer-cue`). */
  readonly id: string;
  /** Lowest cue score (cue model or lexicon prior) of the inner cue. */
  readonly minScore: number;
  /** A sentence with a weak outer claim and an inner claim, for documentation and tests. */
  readonly example: string;
}

/**
 * The rules. `minScore` was chosen on train: 0.5 / 0.7 / 0.9 / 0.97 gave train content F1 0.7621 / 0.7621 /
 * 0.7623 / 0.7623 and attribution 0.7140 / 0.7142 / 0.7146 / 0.7146.
 */
export const INNER_CLAIM_RULES: readonly InnerClaimRule[] = [
  { id: 'inner-claim:weak-outer-cue', minScore: 0.9, example: 'Voters grew restless this spring, and the governor warned that turnout could fall.' },
];

/** Fewest tokens the outer content keeps before the inner subject; a shorter rest drops the outer claim. */
const MIN_OUTER = 2;
/** Auxiliaries that make an `-ing` cue finite (`is seeking`); a bare participle (`groups supporting X`) is a modifier. */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been']);
/**
 * Last words of a subject that show the "cue" is a noun, not a verb: a preposition, an article or a possessive
 * before it (`the spike of attacks`, `his support`), or a superlative (`her greatest support`).
 */
const NOUN_CUE_BEFORE = new Set(['of', 'for', 'to', 'in', 'on', 'with', 'by', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Whether no token of claim `c`'s cue starts a lexicon cue (the cue is a stance phrase, a noun or a stray word). */
function weakCue(v: View, c: Candidate, lex: CompiledLexicon): boolean {
  if (!c.cue) return false;
  for (let t = c.cue.a; t < c.cue.b; t++) if (matchCue(v, lex, t)) return false;
  return true;
}

/** The first inner claim in content piece `r` of a weak claim, or null. */
function innerClaimIn(v: View, r: TokRange, lex: CompiledLexicon, scorer: CueScorer, rule: InnerClaimRule, taken: readonly TokRange[]): Candidate | null {
  for (let k = r.a + 1; k < r.b - 1; k++) {
    // Lower-case words outside quotation marks only: a capitalized match inside a sentence is a name.
    if (v.regionOf[k] !== -1 || !/^[a-z]+$/.test(v.tokens[k]!.text)) continue;
    const m = secondCueAt(v, k, r.b, lex, scorer);
    if (!m || m.score < rule.minScore || m.content.b - m.content.a < 1) continue;
    if (v.lower[k]!.endsWith('ing') && !BE_FORMS.has(v.lower[k - 1]!)) continue;
    if (taken.some((t) => overlaps(t, m.cue))) continue;
    const speaker = speakerLeft(v, subjectEnd(v, k, r.a), r.a);
    if (!speaker) continue;
    const last = v.lower[speaker.b - 1]!;
    if (NOUN_CUE_BEFORE.has(last) || last.endsWith('est')) continue;
    return { pattern: 'inner-claim', cue: m.cue, cueEntry: m.e, speaker, content: [m.content], score: m.score };
  }
  return null;
}

/**
 * Splits tagger claims whose cue holds no lexicon word at the first inner claim of their content
 * ({@link INNER_CLAIM_RULES}): a subject and a lexicon cue the scorer rates at least `minScore` (no bare
 * participle, no noun cue), whose cue is no other claim's. The inner claim takes the rest of that content piece;
 * the outer claim keeps its earlier pieces and the words before the inner subject, or is dropped when fewer than
 * {@link MIN_OUTER} would remain. Returns the claims in text order of their contents; `cands` and its claims are
 * not changed.
 */
export function splitAtInnerClaims(v: View, cands: readonly Candidate[], lex: CompiledLexicon, scorer: CueScorer, table: readonly InnerClaimRule[] = INNER_CLAIM_RULES): Candidate[] {
  if (table.length === 0) return [...cands];
  const taken: TokRange[] = [];
  for (const c of cands) if (c.cue) taken.push(c.cue);
  const out: Candidate[] = [];
  let changed = false;
  for (const c of cands) {
    let inner: Candidate | null = null;
    if (c.pattern === 'tagger' && weakCue(v, c, lex)) {
      for (let p = 0; p < c.content.length && !inner; p++) {
        const r = c.content[p]!;
        for (const rule of table) {
          inner = innerClaimIn(v, r, lex, scorer, rule, taken);
          if (!inner) continue;
          if (inner.speaker!.a - r.a >= MIN_OUTER) out.push(withParts(c, c.speaker, [...c.content.slice(0, p), trimContent(v, { a: r.a, b: inner.speaker!.a })]));
          out.push(inner);
          taken.push(inner.cue!);
          break;
        }
      }
    }
    if (inner) changed = true;
    else out.push(c);
  }
  return changed ? out.sort((x, y) => x.content[0]!.a - y.content[0]!.a) : out;
}
