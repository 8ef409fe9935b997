/**
 * Small helpers every entity post-rule uses (`refine.ts` and `news-rules.ts`): which candidates a rule may
 * rewrite, how a rewrite is recorded, and a copy-on-change map over the candidate list.
 */
import type { EntityType } from '../../types/annotation.js';
import type { Candidate } from './candidates.js';

/**
 * Only the tagger's own candidates are rewritten (not lexicon entries, not head extensions): rule ids `ner.…`, tested
 * by two character codes (`n`, `.`; no other rule id starts with `n`) because every rule asks it of every candidate.
 */
export const fromTagger = (c: Candidate) => c.rule.charCodeAt(0) === 110 && c.rule.charCodeAt(3) === 46;
/** `c` retyped (and optionally moved) by rule `id`; the mention records `refine.<id>`. */
export const retype = (c: Candidate, type: EntityType, id: string, extra: Partial<Candidate> = {}): Candidate => ({ ...c, type, rule: `refine.${id}`, ...extra });
/** The fine types that are places. */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/**
 * `cands.map(f)` that copies only when `f` changes a candidate: most rules change nothing in most stories, and a
 * fresh array per rule per story was a visible share of the rules' time.
 */
export function mapChanged(cands: readonly Candidate[], f: (c: Candidate, i: number) => Candidate): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const d = f(c, i);
    if (d !== c && out === null) out = cands.slice(0, i);
    if (out !== null) out.push(d);
  }
  return out ?? (cands as Candidate[]);
}

/** Does `w` contain a lowercase letter (ASCII tested without a regular expression)? */
export function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const u = w.charCodeAt(i);
    if (u >= 97 && u <= 122) return true;
    if (u >= 128) return /\p{Ll}/u.test(w);
  }
  return false;
}
