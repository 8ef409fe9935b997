/**
 * Small helpers every entity post-rule uses (`refine.ts`, `news-rules.ts`, `context-rules.ts`): which candidates a rule may
 * rewrite, how a rewrite is recorded, and a copy-on-change map over the candidate list.
 */
import type { EntityType } from '../../types/annotation.js';
import { GAZ_CLASSES, type GazClass } from '../../ner/gazetteer.js';
import { primeFeedback, type TokenRange } from '../../ner/spans.js';
import type { Candidate } from './candidates.js';

/**
 * A candidate, always built by the same object literal (keys in one order; `canonical` always present, undefined
 * when unset): spread copies (`{ ...c, end }`) or an optional key each gave the object a hidden class of its own, so
 * the rules' property reads, which see every candidate, turned polymorphic and their compiled code was thrown away
 * again and again. Candidates are internal (never serialised), so the undefined key changes no output.
 */
export function candidate(start: number, end: number, type: EntityType, rule: string, title: TokenRange | null, canonical?: string): Candidate {
  return { start, end, type, rule, title, canonical };
}

/** `c` with a new span, type, rule and title (its `canonical` kept), as `{ ...c, start, end, type, rule, title }` gave. */
export function reshape(c: Candidate, start: number, end: number, type: EntityType, rule: string, title: TokenRange | null): Candidate {
  return candidate(start, end, type, rule, title, c.canonical);
}

/** `refine.<id>`, one flat string per id (a fresh template string per retyped candidate is a rope that `fromTagger` flattens). */
const REFINE_RULE_IDS = new Map<string, string>();
function refineRule(id: string): string {
  let r = REFINE_RULE_IDS.get(id);
  if (r === undefined) REFINE_RULE_IDS.set(id, (r = `refine.${id}`));
  return r;
}

/**
 * Only the tagger's own candidates are rewritten (not lexicon entries, not head extensions): rule ids `ner.…`, tested
 * by two character codes (`n`, `.`; no other rule id starts with `n`) because every rule asks it of every candidate.
 */
export const fromTagger = (c: Candidate) => c.rule.charCodeAt(0) === 110 && c.rule.charCodeAt(3) === 46;
/** `c` retyped (and optionally moved) by rule `id`; the mention records `refine.<id>`. */
export const retype = (c: Candidate, type: EntityType, id: string, extra: { readonly start?: number; readonly end?: number; readonly title?: TokenRange | null } = {}): Candidate =>
  reshape(c, extra.start ?? c.start, extra.end ?? c.end, type, refineRule(id), extra.title !== undefined ? extra.title : c.title);
/**
 * `w[i]`, or '' when `i` is outside the list: a read past either end of an array (`words[-1]`, `words[n]`) sends
 * the optimised code of the rule reading it back to the interpreter ("out of bounds"), so rules that look at the
 * words around a name ask here. No word is '', so '' compares unequal to every list entry, as undefined did.
 */
export function wordAt(w: readonly string[], i: number): string {
  return i >= 0 && i < w.length ? w[i]! : '';
}
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

/**
 * {@link mapChanged} for a rule that may replace a candidate by several: `f` returns null to keep `c`, or the
 * candidates that take its place. Copies `cands` only from the first replacement on, so a rule that changes
 * nothing returns `cands` itself.
 */
export function flatMapChanged(cands: readonly Candidate[], f: (c: Candidate, i: number) => readonly Candidate[] | null): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const d = f(c, i);
    if (d !== null && out === null) out = cands.slice(0, i);
    if (out !== null) {
      if (d !== null) out.push(...d);
      else out.push(c);
    }
  }
  return out ?? (cands as Candidate[]);
}

/**
 * Index in `cands` of the candidate covering each of the story's `n` tokens (-1: none; the later candidate where
 * two overlap): the rules that add names where the tagger found none read it to stay off tagged tokens.
 */
export function coveringIndex(cands: readonly Candidate[], n: number): Int32Array {
  const at = new Int32Array(n).fill(-1);
  for (let j = 0; j < cands.length; j++) at.fill(j, cands[j]!.start, cands[j]!.end);
  return at;
}

/**
 * `cands.flatMap(f)` as a plain loop: the builtin flatMap is generic (any iterable result, any depth check) and was
 * a visible share of the rules' time; same result.
 */
export function flatMapCandidates(cands: readonly Candidate[], f: (c: Candidate) => readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const r = f(cands[i]!);
    for (let k = 0; k < r.length; k++) out.push(r[k]!);
  }
  return out;
}

/** Does `w` contain a lowercase letter (ASCII tested without a regular expression)? */
export function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const u = w.charCodeAt(i);
    if (u >= 97 && u <= 122) return true;
    if (u >= 128) return LOWER_ANY.test(w);
  }
  return false;
}
const LOWER_ANY = /\p{Ll}/u;
// Both branches run at load (see `primeFeedback`): the rules inline `hasLower` too.
primeFeedback(hasLower);

/** The bit mask of gazetteer classes `cls` (rules compute theirs once per list, not per test). */
export const classMask = (...cls: GazClass[]): number => cls.reduce((m, c) => m | (1 << GAZ_CLASSES[c]), 0);

/** Do gazetteer bits `b` include any class of mask `m`? */
export const hasAny = (b: number, m: number): boolean => (b & m) !== 0;

/** A known first name. */
export const FIRST_NAME = classMask('first');
/** A known country. */
export const COUNTRY = classMask('country');
/** Classes of a word or name that is never part of a person's name: places, bodies, demonyms, markets. */
export const NOT_PERSONAL = classMask('city', 'country', 'state', 'region', 'org', 'team', 'demonym', 'company', 'market');
