/**
 * Nested claims. The `quotes` schema puts no constraint on how claims overlap, and a reported claim can
 * itself report one: in `A spokesman said on Wednesday that it remained "open to a compromise," according to
 * the news agency`, the agency reports the spokesman's claim. Both are claims; the inner one is the spokesman's.
 * The tagger sees only one cue per stretch of content, so both come from the rules: an outer rule claim of a
 * nesting pattern whose content holds a whole inner rule claim (speaker, cue and content) with an explicit
 * speech verb. The pair replaces the merged claims that share either cue.
 */
import { trimContent, withParts, type Candidate } from './extract.js';
import type { View } from './view.js';
import type { PatternId } from './patterns.js';
import { inside, overlaps } from './ranges.js';
import type { TokRange } from './speaker-span.js';
import type { CompiledLexicon } from './lexicon.js';

/** Outer patterns whose content may hold a claim. */
export const NESTING_OUTER: ReadonlySet<PatternId> = new Set<PatternId>(['according-to']);
/** Inner patterns: speaker, cue and content all in the outer content. */
export const NESTED_INNER: ReadonlySet<PatternId> = new Set<PatternId>(['speaker-cue-content', 'speaker-cue-quote']);
/** Cue lexicon ids that are explicit speech verbs (stance and evidence cues such as `believe`, `show` are not). */
export const SPEECH_CUE_IDS: ReadonlySet<string> = new Set([
  'cue:say', 'cue:tell', 'cue:add', 'cue:write', 'cue:note', 'cue:point-out', 'cue:announce', 'cue:explain', 'cue:warn',
  'cue:insist', 'cue:stress', 'cue:reply', 'cue:tweet', 'cue:argue', 'cue:declare', 'cue:state', 'cue:reiterate', 'cue:mention',
  'cue:comment', 'cue:respond', 'cue:acknowledge', 'cue:ask', 'cue:claim', 'cue:deny', 'cue:confirm', 'cue:admit', 'cue:suggest',
]);

/** A test of whether a word form is an explicit speech verb of `lex` (one of {@link SPEECH_CUE_IDS}). */
export function speechVerbTest(lex: CompiledLexicon): (word: string) => boolean {
  return (word) => SPEECH_CUE_IDS.has(lex.byForm.get(word)?.id ?? '');
}

/** The inner claim with its content cut before the outer cue (`… would reopen in May, according to X`: the inner claim ends at `May`). */
function cutAtOuterCue(v: View, i: Candidate, o: Candidate): Candidate {
  const k = o.cue!.a;
  if (!i.content.some((r) => r.a < k && k < r.b)) return i;
  // A loop, not filter().map().filter(): an inlined map returns a HOLEY array, and the filter optimised on
  // PACKED ones deopts ("wrong map"; models/ner/README.md, "Elements kinds").
  const content: TokRange[] = [];
  for (const r of i.content) {
    if (r.a >= k) continue;
    const t = r.b > k ? trimContent(v, { a: r.a, b: k }) : r;
    if (t.b > t.a) content.push(t);
  }
  return withParts(i, i.speaker, content);
}

/** The (outer, inner) rule claim pairs of a document; the inner claim is cut at the outer cue. */
export function nestedPairs(v: View, rules: readonly Candidate[]): { outer: Candidate; inner: Candidate }[] {
  const out: { outer: Candidate; inner: Candidate }[] = [];
  for (const o of rules) {
    if (!NESTING_OUTER.has(o.pattern) || !o.cue) continue;
    for (const i0 of rules) {
      if (i0 === o || !NESTED_INNER.has(i0.pattern) || !i0.speaker || !i0.cue || !SPEECH_CUE_IDS.has(i0.cueEntry?.id ?? '')) continue;
      const i = cutAtOuterCue(v, i0, o);
      if (i.content.length === 0) continue;
      const last = i.content[i.content.length - 1]!;
      const whole = { a: Math.min(i.speaker!.a, i.cue!.a), b: Math.max(last.b, i.cue!.b) };
      if (o.content.some((r) => inside(whole, r))) out.push({ outer: o, inner: i });
    }
  }
  return out;
}

/**
 * Adds the nested pairs to the merged claims: a merged claim whose cue overlaps either cue of a pair is
 * replaced by the pair. Returns the claims in text order of their contents.
 */
export function addNestedClaims(v: View, rules: readonly Candidate[], merged: readonly Candidate[]): Candidate[] {
  const pairs = nestedPairs(v, rules);
  if (pairs.length === 0) return [...merged];
  const add = new Set<Candidate>();
  for (const p of pairs) add.add(p.outer).add(p.inner);
  const cues = [...add].map((c) => c.cue!);
  // The rule claims themselves may be in `merged` (merge mode `all`): the pair's copies replace them.
  const out = merged.filter((c) => !(c.cue && cues.some((k) => overlaps(c.cue!, k))));
  out.push(...add);
  return out.sort((x, y) => x.content[0]!.a - y.content[0]!.a);
}
