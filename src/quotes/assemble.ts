/**
 * Turns the tagger's BIO tags into claim candidates (each content span goes to the nearest cue of its
 * paragraph, each cue takes the nearest source), and merges them with the rule candidates: the rule
 * claims stay, the tagger adds the claims whose content no rule claim covers.
 */
import type { Candidate } from './extract.js';
import { matchCue, trimContent, withParts } from './extract.js';

/** Topic verbs (`they discussed the potential for ...`), never cues of a claim. */
const TOPIC_VERB = /^(discuss(es|ed|ing)?|consider(s|ed|ing)?)$/;

/** True when token range `r` holds a topic verb: it introduces a subject, not a claim. */
export function hasTopicVerb(v: View, r: TokRange): boolean {
  for (let i = r.a; i < r.b; i++) if (TOPIC_VERB.test(v.lower[i]!)) return true;
  return false;
}

/** Largest run of untagged tokens joined into a content. */
const MAX_GAP = 3;
import type { CompiledLexicon, CueEntry } from './lexicon.js';
import { cueLemma } from './cue-lemma.js';
import { cueEntry } from './lexicon.js';
import { QUOTATION_MARK_PATTERNS, type PatternId } from './patterns.js';
import type { TokRange } from './speaker-span.js';
import { roleOf, type TagInput } from './tagger.js';
import type { View } from './view.js';

interface RoleSpan extends TokRange { role: number; sent: number }

/** Contiguous runs of the same role (a B tag starts a new run). */
export function roleSpans(v: View, tags: Uint8Array, a: number, b: number): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (let i = a; i < b; i++) {
    const t = tags[i]!;
    if (t === 0) continue;
    const r = roleOf(t);
    const last = out[out.length - 1];
    if ((t & 1) === 0 && last && last.role === r && last.b === i) last.b = i + 1;
    else out.push({ a: i, b: i + 1, role: r, sent: v.sentOf[i]! });
  }
  return out;
}

const dist = (x: RoleSpan, y: RoleSpan) => (x.b <= y.a ? y.a - x.b : x.a >= y.b ? x.a - y.b : 0) + (x.sent === y.sent ? 0 : 60);

/** Lexicon entry of a cue span, or a learned one named after its words. */
function cueEntryOf(v: View, lex: CompiledLexicon, r: TokRange): CueEntry {
  for (let i = r.a; i < r.b; i++) {
    const e = matchCue(v, lex, i);
    if (e) return e;
  }
  const words: string[] = [];
  for (let i = r.a; i < r.b; i++) if (v.tokens[i]!.kind === 'word' || v.tokens[i]!.kind === 'clitic') words.push(v.lower[i]!);
  const lemma = words.length ? cueLemma(words) : v.lower[r.a]!;
  return cueEntry(`cue:learned`, lemma, 'clause', 0.5, '');
}

/** Punctuation that ends a quotation just inside its closing mark (`"…,"`, `"…?"`). */
const QUOTE_END_PUNCT = /^[.?!]$/;

/**
 * A content that opens with a quotation ending in punctuation (`"Hold the line," until the bell rang`): the
 * quotation is the whole content, and the words after it are the narrator's. Other contents are unchanged.
 */
export function endAtClosedQuotation(v: View, r: TokRange): TokRange {
  const ri = v.regionOf[r.a]!;
  if (ri === -1) return r;
  const R = v.regions[ri]!;
  if (R.openToken !== r.a || R.closeToken >= r.b - 1 || !QUOTE_END_PUNCT.test(v.tokens[R.closeToken - 1]?.text ?? '')) return r;
  return { a: r.a, b: R.closeToken + 1 };
}

/** Claim candidates from tags. */
export function assemble(v: View, x: TagInput, tags: Uint8Array, lex: CompiledLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const u of x.units) {
    const spans = roleSpans(v, tags, u.a, u.b);
    const cues = spans.filter((s) => s.role === 2);
    if (cues.length === 0) continue;
    const contents = new Map<RoleSpan, TokRange[]>();
    const sources = new Map<RoleSpan, RoleSpan>();
    // Nearest cue on each side by position is the nearest by `dist` (sentences are contiguous).
    let ci = 0;
    for (const s of spans) {
      if (s.role === 2) continue;
      while (ci < cues.length && cues[ci]!.b <= s.a) ci++;
      const l = ci > 0 ? cues[ci - 1] : undefined;
      const rr = ci < cues.length ? cues[ci] : undefined;
      const best = !l ? rr : !rr ? l : dist(s, l) <= dist(s, rr) ? l : rr;
      if (!best) continue;
      if (s.role === 3) {
        const list = contents.get(best) ?? [];
        list.push({ a: s.a, b: s.b });
        contents.set(best, list);
      } else {
        const prev = sources.get(best);
        if (!prev || dist(s, best) < dist(prev, best)) sources.set(best, s);
      }
    }
    for (const c of cues) {
      const content = contents.get(c);
      if (!content) continue;
      // Topic verbs introduce a subject, not a claim (the lexicon leaves them out on purpose too).
      if (hasTopicVerb(v, c)) continue;
      // Pieces separated only by untagged tokens are one content (a stray O tag inside a clause).
      content.sort((p, q) => p.a - q.a);
      const joined: TokRange[] = [];
      for (const r of content) {
        const last = joined[joined.length - 1];
        let gapIsO = !!last && r.a - last.b <= MAX_GAP && !(last.b <= c.a && c.a < r.a);
        if (last && gapIsO) for (let i = last.b; i < r.a; i++) if (tags[i] !== 0 || v.regionOf[i] !== -1 && v.regionOf[i] !== v.regionOf[r.a]) { gapIsO = false; break; }
        if (last && gapIsO) last.b = r.b;
        else joined.push({ ...r });
      }
      // A loop, not map().filter(): an inlined map returns a HOLEY array, and the filter optimised on PACKED ones
      // deopts ("wrong map"; models/ner/README.md, "Elements kinds").
      const trimmed: TokRange[] = [];
      for (const r of joined) {
        const t = trimContent(v, endAtClosedQuotation(v, r));
        if (t.b > t.a) trimmed.push(t);
      }
      content.splice(0, content.length, ...trimmed);
      if (content.length === 0) continue;
      const src = sources.get(c);
      const pattern: PatternId = 'tagger';
      out.push({ pattern, cue: { a: c.a, b: c.b }, cueEntry: cueEntryOf(v, lex, c), speaker: src ? { a: src.a, b: src.b } : null, content, score: 0.7 });
    }
  }
  return out;
}


/** Merge modes: which rule claims survive next to the tagger's (`all`, the default: every rule claim; `quotes`: the quotation-mark patterns only). */
export type MergeMode = 'quotes' | 'all' | 'tagger';

/** Rule claims of the kept patterns first; tagger claims whose content does not overlap one of them. */
export function mergeCandidates(rules: readonly Candidate[], tagged: readonly Candidate[], mode: MergeMode): Candidate[] {
  const kept = mode === 'tagger' ? [] : rules.filter((c) => mode === 'all' || QUOTATION_MARK_PATTERNS.has(c.pattern));
  // Token → kept claim owning it in its content, and token → rule claim with a speaker whose cue covers it.
  let n = 0;
  for (const c of [...rules, ...tagged]) for (const r of [...c.content, ...(c.cue ? [c.cue] : [])]) n = Math.max(n, r.b);
  const owner = new Int32Array(n).fill(-1);
  const cueOf = new Int32Array(n).fill(-1);
  const len = (c: Candidate) => c.content.reduce((k, r) => k + r.b - r.a, 0);
  kept.forEach((c, ki) => { for (const r of c.content) owner.fill(ki, r.a, r.b); });
  rules.forEach((c, ri) => { if (c.cue && c.speaker) cueOf.fill(ri, c.cue.a, c.cue.b); });
  const out = [...kept];
  for (const t of tagged) {
    const inter = new Map<number, number>();
    for (const r of t.content) for (let i = r.a; i < r.b; i++) if (owner[i]! >= 0) inter.set(owner[i]!, (inter.get(owner[i]!) ?? 0) + 1);
    const lt = len(t);
    let clash = false;
    for (const [ki, k] of inter) if (k / Math.max(1, Math.min(lt, len(kept[ki]!))) > 0.3) { clash = true; break; }
    if (clash) continue;
    // Same cue as a rule claim: the rule's speaker finder (whole NPs, pronouns, relatives) is the better one.
    let r: Candidate | undefined;
    if (t.cue) for (let i = t.cue.a; i < t.cue.b && !r; i++) if (cueOf[i]! >= 0) r = rules[cueOf[i]!];
    out.push(r ? withParts(t, r.speaker, t.content, r.speaker) : t);
  }
  return out.sort((x, y) => x.content[0]!.a - y.content[0]!.a);
}
