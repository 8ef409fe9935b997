/**
 * Annotation half (spaCy's `set_annotations`): turns candidates into schema `Quote` objects with
 * character spans, kind, sentence indexes and resolved speakers.
 */
import type { Entity, Mention, Quote } from '../types/annotation.js';
import { speakerHost, type Candidate } from './extract.js';
import type { TokRange } from './speaker-span.js';
import { splitAtLineBreaks } from './paragraph-pieces.js';
import { createResolver, type Resolution } from './resolve.js';
import type { View } from './view.js';

export type { TokRange };

/** Character span of a token range. */
export function spanOf(v: View, r: TokRange): { start: number; end: number; text: string } {
  const start = v.tokens[r.a]!.start;
  const end = v.tokens[r.b - 1]!.end;
  return { start, end, text: v.text.slice(start, end) };
}

/** direct when every word of the content is inside quote marks, mixed when some are, else indirect. */
export function kindOf(v: View, content: readonly TokRange[]): Quote['kind'] {
  let inside = 0;
  let outside = 0;
  for (const r of content) {
    for (let i = r.a; i < r.b; i++) {
      const k = v.tokens[i]!.kind;
      if (k !== 'word' && k !== 'number') continue;
      if (v.regionOf[i] !== -1) inside++;
      else outside++;
    }
  }
  return inside === 0 ? 'indirect' : outside === 0 ? 'direct' : 'mixed';
}

/** Builds the `quotes` layer. `stageId` is `quotes@1`. */
export function buildQuotes(
  v: View, cands: readonly Candidate[], mentions: readonly Mention[], entities: readonly Entity[], stageId: string,
): Quote[] {
  const resolver = createResolver(mentions, entities);
  const previous: string[] = [];
  const resolved = new Map<Candidate, Resolution>();
  const out: Quote[] = [];
  // A floating claim takes its speaker's entity from the claim it continues (when that claim is still there).
  const host = new Map<Candidate, Candidate>();
  cands.forEach((c, i) => {
    if (c.pattern !== 'floating') return;
    const k = speakerHost(cands, i);
    if (k >= 0) host.set(c, cands[k]!);
  });
  // Resolve in order of the speaker position so that "previous speakers" means earlier in the text.
  const bySpeaker = [...cands].sort((x, y) => (x.speaker?.a ?? 0) - (y.speaker?.a ?? 0));
  for (const c of bySpeaker) {
    if (!c.speaker) continue;
    if (host.has(c)) continue;
    const r = resolver.resolve(spanOf(v, c.speaker), previous);
    resolved.set(c, r);
    if (r.entity) previous.push(r.entity);
  }
  for (const c of cands) {
    // A loop, not filter().map(): an inlined map returns a HOLEY array and the readers optimised on PACKED ones
    // deopt ("wrong map"; models/ner/README.md, "Elements kinds").
    const frags: ReturnType<typeof spanOf>[] = [];
    // A piece ends at a line break (paragraph-pieces.ts): PolNeAR's contents have one piece per line.
    for (const r of splitAtLineBreaks(v, c.content)) if (r.b > r.a) frags.push(spanOf(v, r));
    if (frags.length === 0) continue;
    const first = frags[0]!;
    const last = frags[frags.length - 1]!;
    const content: Quote['content'] = { start: first.start, end: last.end, text: v.text.slice(first.start, last.end) };
    if (frags.length >= 2) content.fragments = frags as [typeof first, typeof first, ...(typeof first)[]];
    let speaker: Quote['speaker'] = null;
    if (c.speaker) {
      const src = host.get(c);
      const r = src ? resolved.get(src) : resolved.get(c);
      // Object literals in the layer's key order (a spread of spanOf's result costs a copy per claim).
      const sa = v.tokens[c.speaker.a]!.start;
      const sb = v.tokens[c.speaker.b - 1]!.end;
      speaker = { start: sa, end: sb, text: v.text.slice(sa, sb), entity: r?.entity ?? null, name: r?.name ?? null };
      const by = src ? 'inherited' : r?.resolvedBy;
      if (by && (speaker.entity || src)) speaker.resolvedBy = by;
      if (r?.affiliation) speaker.affiliation = r.affiliation;
    }
    let cue: Quote['cue'] = null;
    if (c.cue && c.cueEntry) {
      const ca = v.tokens[c.cue.a]!.start;
      const cb = v.tokens[c.cue.b - 1]!.end;
      cue = { start: ca, end: cb, text: v.text.slice(ca, cb), lemma: c.cueEntry.lemma };
    }
    const sents = new Set<number>();
    const addSents = (r: TokRange) => { for (let i = r.a; i < r.b; i++) if (v.sentOf[i]! >= 0) sents.add(v.sentOf[i]!); };
    c.content.forEach(addSents);
    if (c.cue) addSents(c.cue);
    // A floating claim's speaker sits in an earlier paragraph, not in the claim's sentences.
    if (c.speaker && c.pattern !== 'floating') addSents(c.speaker);
    out.push({
      id: `q${out.length + 1}`,
      kind: kindOf(v, c.content),
      content,
      speaker,
      cue,
      sentences: [...sents].sort((a, b) => a - b),
      confidence: Math.round(c.score * 1000) / 1000,
      by: `${stageId}/${c.pattern}`,
    });
  }
  return out;
}
