/**
 * The tag set of the sequence tagger: BIO over the four CoNLL-2003 types. Tag 0 is `O`; type k has
 * `B` = 1 + 2k and `I` = 2 + 2k. Fine OntoNotes types (GPE, FAC, NORP, ...) are assigned after tagging
 * by rules (see `finetype.ts`), because the training data only has these four.
 */

/** Coarse types the model predicts, in tag-index order. */
export const COARSE_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** A coarse (CoNLL) entity type. */
export type CoarseType = (typeof COARSE_TYPES)[number];

/** Number of BIO tags. */
export const N_TAGS = 1 + 2 * COARSE_TYPES.length;

/** Tag names by index (for debugging and the model header). */
export const TAG_NAMES: readonly string[] = ['O', ...COARSE_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Type index of a tag (−1 for O). */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1;
}

/** True for an `I-` tag. */
export function isInside(tag: number): boolean {
  return tag > 0 && (tag - 1) % 2 === 1;
}

/** BIO validity: `I-X` may only follow `B-X` or `I-X`. */
export function allowed(prev: number, tag: number): boolean {
  return !isInside(tag) || (prev > 0 && tagType(prev) === tagType(tag));
}

/** A token-index span `[start, end)` with its coarse type. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: CoarseType;
}

/**
 * Does tag `next` continue the span that tag `tag` is part of? Only an `I-` of the same type does: an `I` after
 * `O` or after a different type starts a new span, as conlleval reads it. The one rule of where a span ends
 * ({@link tagsToSpans}, {@link endsSpan}).
 */
export function continuesSpan(tag: number, next: number): boolean {
  return tag > 0 && isInside(next) && tagType(next) === tagType(tag);
}

/** Is token `i` the last token of a span of `tags[0 .. end)`? (False for `O`.) */
export function endsSpan(tags: ArrayLike<number>, i: number, end: number = tags.length): boolean {
  const t = tags[i]!;
  return t !== 0 && !(i + 1 < end && continuesSpan(t, tags[i + 1]!));
}

/** Label class of a tag: 0 for `O`, 1 + the type index otherwise (`O`, PER, ORG, LOC, MISC). */
export function tagClass(tag: number): number {
  return tag === 0 ? 0 : tagType(tag) + 1;
}

/** Decodes BIO tags to spans (a span ends where {@link endsSpan} says). */
export function tagsToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 0) continue;
    // A non-O token after a span's end (or after O) opens a span; otherwise it continues the open one.
    if (start < 0) start = i;
    if (endsSpan(tags, i)) {
      spans.push({ start, end: i + 1, type: COARSE_TYPES[tagType(t)]! });
      start = -1;
    }
  }
  return spans;
}

/** Encodes spans as BIO tags over `n` tokens. */
export function spansToTags(n: number, spans: readonly TokenSpan[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    const k = COARSE_TYPES.indexOf(s.type);
    for (let i = s.start; i < s.end; i++) tags[i] = i === s.start ? 1 + 2 * k : 2 + 2 * k;
  }
  return tags;
}
