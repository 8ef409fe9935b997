/**
 * 32-bit hashing for feature hashing. Features are never stored as strings: a word's string parts are
 * hashed once (and cached), then combined with a template id by integer mixing, which keeps tagging fast
 * (the stage must sustain ≥ 1 MB/s on one core). The same functions run in training and tagging, so a
 * model file is only valid for this exact hashing scheme (the model header records `hashing: "fnv1a-mix1"`).
 */

/** FNV-1a over UTF-16 code units; unsigned 32-bit result. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `fnv1a(s.slice(from))` without the slice (word suffixes are hashed in hot loops). */
export function fnv1aFrom(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values (murmur3 finalizer style); order-sensitive, unsigned result. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines three 32-bit values. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/**
 * The first half of {@link mix}: `mix(a, b) === mixTail(mixHead(a), b)`, so a caller mixing one value with
 * many can do the work on `a` once.
 */
export function mixHead(a: number): number {
  return Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
}

/** The second half of {@link mix} (see {@link mixHead}). */
export function mixTail(head: number, b: number): number {
  let h = head ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
