/**
 * Trailing attributions over a claim found inside their content. In `The group is now spending money on mailers,
 * according to FEC filings` or `Novak rejected the offer, aides said`, the whole clause before the comma is what
 * the filings or the aides report. The rule finders see that (`according-to`, `content-speaker-cue`,
 * `content-cue-speaker` claims), but when the tagger has put its own claim on the clause (cue `is now spending`,
 * speaker `The group`), the rule claim shares its content and no fallback adds it.
 *
 * `outer-attribution`: a trailing rule claim whose content holds the cue and the speaker of every kept claim
 * sharing it replaces those claims: they are the narration the outer source reports (`The group is now
 * spending`). Where the nested claim has an explicit speech verb and the rules found it (`Novak said the talks
 * failed, according to Reuters`), nested.ts has already kept both, and the outer cue is taken. Keeping the
 * nested speech-verb claims found by the tagger as well (cut before the outer cue) was measured on the PolNeAR
 * train documents and lost content, attribution and per-role F1 against dropping them.
 */
import { withParts, type Candidate } from './extract.js';
import type { PatternId } from './patterns.js';
import { inside, overlaps, tokenCount } from './ranges.js';

/**
 * Share of a trailing claim's content that nested claims must hold before the trailing claim replaces them (the
 * fallback bound before h/knobs; 0.1–0.35 score the same on the cross-fit train output, 0.5 lower).
 */
const MAX_OUTER_SHARED = 0.3;

/** Rule patterns of a trailing attribution (`…, according to X`, `…, X said`, `…, said X`). */
export const OUTER_PATTERNS: ReadonlySet<PatternId> = new Set<PatternId>(['according-to', 'content-speaker-cue', 'content-cue-speaker']);

/** Example for documentation and tests: the sentence, the kept claim's cue, the outer claim's cue. */
export const OUTER_ATTRIBUTION_EXAMPLE = ['The union is now spending heavily on ads, according to filings.', 'is now spending', 'according to'] as const;

/**
 * Adds the trailing rule claims of `rules` whose content the kept claims hold only as nested claims, in place
 * of those claims (see the module comment). Returns the claims in text order of their contents; `kept` is not changed. `fired`, when given,
 * receives one id per added claim.
 */
export function addOuterAttributions(rules: readonly Candidate[], kept: readonly Candidate[], fired?: { push(id: 'outer-attribution'): unknown }): Candidate[] {
  let out = [...kept];
  for (const o of rules) {
    if (!OUTER_PATTERNS.has(o.pattern) || !o.cue || !o.speaker || o.content.length !== 1) continue;
    const body = o.content[0]!;
    // Only a content before the attribution: `…, according to X.` (not `According to X, …`).
    if (body.b > o.cue.a || body.b > o.speaker.a) continue;
    if (out.some((c) => c.cue && overlaps(c.cue, o.cue!))) continue;
    const sharing = out.filter((c) => c.content.some((r) => overlaps(r, body)));
    let shared = 0;
    for (const c of sharing) for (const r of c.content) shared += Math.max(0, Math.min(r.b, body.b) - Math.max(r.a, body.a));
    // Not taken: the plain fallback adds it (or already did).
    if (sharing.length === 0 || shared <= MAX_OUTER_SHARED * tokenCount(o.content)) continue;
    if (!sharing.every((c) => c.cue && inside(c.cue, body) && (!c.speaker || inside(c.speaker, body)))) continue;
    const nested = new Set(sharing);
    out = out.filter((c) => !nested.has(c));
    out.push(o);
    fired?.push('outer-attribution');
  }
  return out.sort((x, y) => x.content[0]!.a - y.content[0]!.a);
}

/** Example for documentation and tests: the sentence, the tagger's late content, the trailing rule claim's content. */
export const OUTER_CONTENT_START_EXAMPLE = ['Turnout in the county fell by a third since the last election, according to the clerk.', 'since the last election', 'Turnout in the county fell by a third since the last election'] as const;

/**
 * `outer-content-start`: a tagger claim on the cue of a trailing attribution (`…, according to X`, `…, X said`,
 * `…, said X`), whose single content lies inside the rule claim's content and starts later, starts where the rule's
 * content starts; its end is left as it is. Before a trailing cue the tagger often marks only the last words of the
 * clause (`… in at least four coastal counties, according to …` gives the content `counties`), while PolNeAR's content is the
 * whole clause before the comma, as the rule finders read it. Chosen on the PolNeAR train documents tagged by the
 * cross-fitted fold taggers (models/quotes/README.md). Changes the claims of `kept` in place of themselves (a new
 * claim object per widened claim); returns the same list order. `fired`, when given, receives one id per widened claim.
 */
export function widenToOuterContent(rules: readonly Candidate[], kept: readonly Candidate[], fired?: { push(id: 'outer-content-start'): unknown }): Candidate[] {
  const out = [...kept];
  for (const o of rules) {
    if (!OUTER_PATTERNS.has(o.pattern) || !o.cue || o.content.length !== 1) continue;
    const body = o.content[0]!;
    // Only a content before the attribution (as in addOuterAttributions).
    if (body.b > o.cue.a) continue;
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if (c.pattern !== 'tagger' || !c.cue || c.content.length !== 1 || !overlaps(c.cue, o.cue)) continue;
      const r = c.content[0]!;
      if (r.a <= body.a || !inside(r, body)) continue;
      out[i] = withParts(c, c.speaker, [{ a: body.a, b: r.b }]);
      fired?.push('outer-content-start');
    }
  }
  return out;
}
