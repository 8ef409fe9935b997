/**
 * The TIMEX3 engine entry point: recognition (scanner), then normalization in text order (so relative
 * expressions can anchor on the previous timex), then merges of adjacent pieces ("9 a.m. Tuesday").
 * Independent of the Doc: it needs only the text, the DCT and, optionally, sentence bounds.
 */
import { parseDay, parseValue, type Ymd } from './calendar.js';
import { NORMALIZERS, type NormContext } from './normalizers.js';
import { scan, type RawMatch } from './scanner.js';
import { detectTense } from './tense.js';
import type { FindOptions, Tense, TimexCandidate } from './types.js';

/**
 * Finds and normalizes the temporal expressions of `text`. Never throws on content; never reads the
 * clock: without a DCT, relative values stay underspecified (`XXXX-06-18`, `PRESENT_REF`).
 *
 * @param text the text to search (offsets in the result are UTF-16 indices into it)
 * @param opts `dct` as `YYYY-MM-DD` (or null) and optional sentence spans for the tense window
 */
export function findTimexes(text: string, opts: FindOptions): TimexCandidate[] {
  if (typeof text !== 'string') throw new TypeError('findTimexes: text must be a string');
  if (!opts || typeof opts !== 'object') throw new TypeError('findTimexes: opts must be an object { dct }');
  const dct = opts.dct ? parseDay(String(opts.dct).slice(0, 10)) : null;
  if (opts.dct && !dct) throw new TypeError(`findTimexes: dct must be YYYY-MM-DD, got ${JSON.stringify(opts.dct)}`);
  const matches = scan(text);
  const out: TimexCandidate[] = [];
  const sentences = opts.sentences;
  for (const raw of matches) {
    const cand = normalizeMatch(text, raw, dct, out, sentences);
    if (cand) out.push(cand);
  }
  return fillTimeDays(text, mergeTimeAndDate(text, out), sentences);
}

/**
 * A clock time without a day ("at 10:35 a.m.") takes the day of the closest day-valued timex in the
 * same sentence ("... Friday"), and anchors on it; with none it stays `XXXX-XX-XXT10:35`.
 */
function fillTimeDays(text: string, cands: TimexCandidate[], sentences: FindOptions['sentences']): TimexCandidate[] {
  for (const [i, c] of cands.entries()) {
    if (c.type !== 'TIME' || !(c.value.startsWith('XXXX-XX-XXT') || dctDefaultTimes.has(c))) continue;
    const [lo, hi] = boundsAt(text, c.start, sentences);
    let best = -1;
    let dist = Infinity;
    for (const [j, d] of cands.entries()) {
      // A day-valued DATE, or a TIME on a known day ("4 a.m. EDT Thursday"): its day is what we want.
      // A time whose day is the DCT's only by default ("(0735 GMT)") says nothing about the day.
      if (j === i || d.start < lo || d.end > hi || dctDefaultTimes.has(d) || !/^\d{4}-\d\d-\d\d(?:T|$)/.test(d.value)) continue;
      const gap = d.start > c.end ? d.start - c.end : c.start - d.end;
      if (gap < dist) { dist = gap; best = j; }
    }
    if (best >= 0) {
      c.value = cands[best]!.value.slice(0, 10) + c.value.slice(c.value.indexOf('T'));
      c.anchor = { kind: 'timex', index: best };
    }
  }
  return cands;
}

// Candidates whose day is the DCT's only by default (weak, so no memory is kept past a call).
const dctDefaultTimes = new WeakSet<TimexCandidate>();

/** Sentence bounds around `at`: from the given sentences, else from nearby punctuation. */
function boundsAt(text: string, at: number, sentences: FindOptions['sentences']): [number, number] {
  if (sentences && sentences.length) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return [s.start, s.end];
    }
  }
  return [sentenceStartBefore(text, at), sentenceEndAfter(text, at)];
}

// "a.m.", "Nov.", "Mr.", "U.S.": a period after these does not end a sentence.
const ABBREV = /(?:\b[A-Za-z]|\b(?:a\.m|p\.m|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|St|Jr|Sr|Co|Corp|Inc|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|vs|etc|Lt|Col|Capt|Sgt|Prof|Rev))\.$/;

/** Start of the sentence holding `at`, by punctuation (when no sentence layer is given). */
function sentenceStartBefore(text: string, at: number): number {
  const lo = Math.max(0, at - 300);
  for (let i = at - 1; i > lo; i--) {
    const c = text.charAt(i);
    if (c === '\n' && text.charAt(i - 1) === '\n') return i + 1;
    if ((c === '.' || c === '?' || c === '!') && /\s/.test(text.charAt(i + 1))) {
      if (c === '.' && ABBREV.test(text.slice(Math.max(0, i - 5), i + 1))) continue;
      return i + 1;
    }
  }
  return lo;
}

/** End of the sentence holding `at`. */
function sentenceEndAfter(text: string, at: number): number {
  const hi = Math.min(text.length, at + 300);
  for (let i = at; i < hi; i++) {
    const c = text.charAt(i);
    if (c === '\n' && text.charAt(i + 1) === '\n') return i;
    if ((c === '.' || c === '?' || c === '!') && /\s/.test(text.charAt(i + 1))) {
      if (c === '.' && ABBREV.test(text.slice(Math.max(0, i - 5), i + 1))) continue;
      return i + 1;
    }
  }
  return hi;
}

// Words before a year that make it a start point or a term rather than the period a story is about.
const NOT_A_FRAME = /\b(?:since|due|dating(?: back)? to)\s+$/i;

const QUARTER = /^\d{4}-Q[1-4]$/;
const COMPARISON = /year[- ](?:ago|earlier)|last year|a year ago/i;

/**
 * Earnings stories: the quarter under discussion is the one named most often so far among those
 * read against the DCT ("third-quarter", "the quarter"), the first of them on a tie; quarters with a
 * written year or a year-ago comparison do not count. Its index in `earlier` (up to `upTo`), or -1.
 */
function discussedQuarter(earlier: readonly TimexCandidate[], upTo: number): number {
  const count = new Map<string, { n: number; first: number }>();
  for (let k = 0; k <= upTo; k++) {
    const f = earlier[k]!;
    if (!QUARTER.test(f.value) || f.anchor?.kind !== 'dct' || YEAR_AGO_RULES.has(f.rule) || COMPARISON.test(f.text)) continue;
    const c = count.get(f.value);
    if (c) c.n++;
    else count.set(f.value, { n: 1, first: k });
  }
  let best: { n: number; first: number } | null = null;
  for (const c of count.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best ? best.first : -1;
}

// Rules whose values compare with an earlier period ("a year ago", "year-earlier"): not a base for another comparison.
const YEAR_AGO_RULES = new Set(['rel-ago', 'rel-later-earlier', 'date-year-ago-adj']);

function normalizeMatch(
  text: string,
  raw: RawMatch,
  dct: Ymd | null,
  earlier: readonly TimexCandidate[],
  sentences: FindOptions['sentences'],
): TimexCandidate | null {
  let tense: Tense | undefined;
  let prevIndex = -1;
  const ctx: NormContext = {
    dct,
    match: text.slice(raw.start, raw.end),
    before: text.slice(Math.max(0, raw.start - 30), raw.start),
    after: text.slice(raw.end, raw.end + 40),
    narrativeYear() {
      for (let i = earlier.length - 1; i >= 0; i--) {
        const e = earlier[i]!;
        // Only within the paragraph: a blank line ends the story's frame.
        if (raw.start - e.end > 150 || text.slice(e.end, raw.start).includes('\n\n')) return null;
        if (e.anchor === null && /^\d{4}(?:-\d\d){0,2}$/.test(e.value)) {
          // "since 1980" runs up to the present and "bonds due 1993" is a term: neither sets the frame.
          if (NOT_A_FRAME.test(text.slice(Math.max(0, e.start - 16), e.start))) return null;
          return Number(e.value.slice(0, 4));
        }
      }
      return null;
    },
    tense() {
      if (tense === undefined) {
        const [lo, hi] = boundsAt(text, raw.start, sentences);
        tense = detectTense(text, raw.start, raw.end, lo, hi);
      }
      return tense;
    },
    previousAny() {
      const e = earlier[earlier.length - 1];
      if (!e || raw.start - e.end > 300 || text.slice(e.end, raw.start).includes('\n\n')) return null;
      prevIndex = earlier.length - 1;
      return { value: e.value, type: e.type };
    },
    previous(opts) {
      for (let i = earlier.length - 1; i >= 0; i--) {
        const e = earlier[i]!;
        if (opts?.base && (YEAR_AGO_RULES.has(e.rule) || (e.rule === 'date-quarter' && e.anchor?.kind === 'timex'))) continue;
        if ((e.type === 'DATE' || e.type === 'TIME') && parseValue(e.value)) {
          // Earnings comparisons: the quarter under discussion is the first one the story names (its
          // headline period), not a quarter mentioned in passing since ("after a flat second quarter").
          if (opts?.base && QUARTER.test(e.value)) {
            const main = discussedQuarter(earlier, i);
            if (main >= 0) i = main;
          }
          prevIndex = i;
          return { value: earlier[i]!.value };
        }
      }
      return null;
    },
  };
  let norm;
  try {
    norm = NORMALIZERS[raw.rule.normalizer](raw.groups, ctx);
  } catch {
    // A normalizer bug must not lose the document; the extent is dropped rather than guessed.
    return null;
  }
  if (!norm) return null;
  const cand: TimexCandidate = {
    start: raw.start,
    end: raw.end,
    text: ctx.match,
    type: norm.type ?? raw.rule.type,
    value: norm.value,
    anchor: norm.anchor === 'dct' ? { kind: 'dct' } : norm.anchor === 'previous' && prevIndex >= 0 ? { kind: 'timex', index: prevIndex } : null,
    rule: raw.rule.id,
  };
  if (norm.mod) cand.mod = norm.mod;
  if (norm.range) cand.range = norm.range;
  if (norm.quant) cand.quant = norm.quant;
  if (norm.freq) cand.freq = norm.freq;
  if (norm.dctDefault) dctDefaultTimes.add(cand);
  return cand;
}

/**
 * "9 a.m. Tuesday", "noon Thursday", "10 p.m. EST Nov. 9": a clock time directly followed by a day
 * becomes one TIME on that day (TE3 annotates them as one extent).
 */
function mergeTimeAndDate(text: string, cands: TimexCandidate[]): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  const remap = new Map<number, number>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    const timeOnly = c.type === 'TIME' && /T\d\d:\d\d/.test(c.value) && (c.rule.startsWith('time-'));
    if (timeOnly && next && next.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(next.value) && /^[ \t]*,?[ \t]*$/.test(text.slice(c.end, next.start))) {
      const t = c.value.slice(c.value.indexOf('T'));
      remap.set(i, out.length);
      remap.set(i + 1, out.length);
      out.push({ ...next, start: c.start, text: text.slice(c.start, next.end), type: 'TIME', value: next.value + t, rule: `${c.rule}/${next.rule}` });
      i++;
      continue;
    }
    remap.set(i, out.length);
    out.push(c);
  }
  // Re-point anchors at the merged indexes.
  for (const c of out) {
    if (c.anchor && c.anchor.kind === 'timex') c.anchor = { kind: 'timex', index: remap.get(c.anchor.index) ?? c.anchor.index };
  }
  return out;
}
