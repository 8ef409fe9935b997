/**
 * Recognition: runs every rule's precompiled regex over the text, applies the guards, and keeps the
 * longest non-overlapping matches (ties go to the earlier rule). Normalization happens later, in text
 * order, so that "a day later" can see the timex before it.
 */
import { GUARDS } from './guards.js';
import { RULES, type TimexRule } from './rules.js';

/** A recognized extent, not yet normalized. */
export interface RawMatch {
  start: number;
  end: number;
  rule: TimexRule;
  /** Index of the rule in {@link RULES} (priority for ties). */
  order: number;
  groups: Readonly<Record<string, string | undefined>>;
}

interface CompiledRule {
  rule: TimexRule;
  order: number;
  /** Sticky: tried only at candidate start positions, never searched across the text. */
  re: RegExp;
  lead: number;
}

/** Compiles a rule's pattern the way the scanner does: whole words only, case-insensitive. */
export function compileRule(rule: TimexRule, flags = 'gi'): RegExp {
  // Letters or digits on either side would mean a match inside a word ("Mayor", "20245").
  return new RegExp(`(?<![A-Za-z0-9])(?:${rule.parts.join('')})(?![A-Za-z0-9])`, flags);
}

// Compiled once at module load; `lastIndex` is set before each use, so sharing them is safe.
const compiled: readonly CompiledRule[] = RULES.map((rule, order) => ({ rule, order, re: compileRule(rule, 'iy'), lead: rule.lead }));

/** Trigger word (lower case, or `#digit`) to the indexes of the rules it anchors. */
const RULES_BY_TRIGGER = new Map<string, number[]>();
for (const [i, rule] of RULES.entries()) {
  for (const w of rule.triggers) {
    const list = RULES_BY_TRIGGER.get(w) ?? [];
    if (!list.includes(i)) list.push(i);
    RULES_BY_TRIGGER.set(w, list);
  }
}
const DIGIT_RULES = RULES_BY_TRIGGER.get('#digit') ?? [];
const DIGIT4_RULES = [...DIGIT_RULES, ...(RULES_BY_TRIGGER.get('#digit4') ?? [])];
const DIGIT0_RULES = [...DIGIT_RULES, ...(RULES_BY_TRIGGER.get('#digit0') ?? [])];
const DIGIT40_RULES = [...new Set([...DIGIT4_RULES, ...DIGIT0_RULES])].sort((a, b) => a - b);
// Quick rejection before a word is sliced: which (length, first letter) pairs some trigger word has.
const WORD_SHAPES = new Uint8Array(32 * 26);
for (const w of RULES_BY_TRIGGER.keys()) {
  if (w.startsWith('#')) continue;
  if (!/^[a-z]{1,31}$/.test(w)) throw new Error(`trigger "${w}" must be 1-31 lower-case letters`);
  WORD_SHAPES[w.length * 26 + w.charCodeAt(0) - 97] = 1;
}

/**
 * Positions (sorted, per rule) where a trigger of the rule starts. One pass over the characters:
 * maximal runs of ASCII letters are looked up as words, maximal runs of digits as `#digit...`.
 */
function triggerPositions(text: string): (number[] | undefined)[] {
  const at: (number[] | undefined)[] = new Array(RULES.length);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const s = i;
      while (++i < n && isDigit(text.charCodeAt(i)));
      const len = i - s;
      const zero = (len === 2 || len === 4) && text.charCodeAt(i - 1) === 48;
      const rules = len === 4 ? (zero ? DIGIT40_RULES : DIGIT4_RULES) : zero ? DIGIT0_RULES : DIGIT_RULES;
      for (const r of rules) (at[r] ??= []).push(s);
    } else if ((c | 32) >= 97 && (c | 32) <= 122) {
      const s = i;
      while (++i < n && isLetter(text.charCodeAt(i)));
      const len = i - s;
      if (len < 32 && WORD_SHAPES[len * 26 + (c | 32) - 97] === 1) {
        const rules = RULES_BY_TRIGGER.get(text.slice(s, i).toLowerCase());
        if (rules) for (const r of rules) (at[r] ??= []).push(s);
      }
    } else i++;
  }
  return at;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when month and weekday names are capitalized (or the whole word is upper case). */
function properlyCased(word: string | undefined): boolean {
  if (!word) return true;
  const c = word.charAt(0);
  return c !== c.toLowerCase() || word === word.toUpperCase();
}

/** Refuses digit-initial matches that are part of a larger number or amount ("$1949", "3.2024", "1949%"). */
function numericContextOk(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) {
    const b1 = text.charAt(start - 1);
    if (b1 === '$' || b1 === '£' || b1 === '€' || b1 === '#') return false;
    if ((b1 === '.' || b1 === ',' || b1 === '/' || b1 === ':') && isDigit(text.charCodeAt(start - 2))) return false;
  }
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) {
    const a1 = text.charAt(end);
    if (a1 === '%') return false;
    if ((a1 === '.' || a1 === ',' || a1 === '/' || a1 === ':') && isDigit(text.charCodeAt(end + 1))) return false;
  }
  return true;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where a match anchored at `trigger` may start: the trigger itself and the starts of up to `lead`
 * words before it (a word = a run of ASCII letters or digits), each also one character earlier when
 * an apostrophe precedes it ("'82", "the late '70s"). Ascending.
 */
function candidateStarts(text: string, trigger: number, lead: number, out: number[]): void {
  out.length = 0;
  let i = trigger;
  out.push(i);
  for (let k = 0; k < lead && i > 0; k++) {
    // Skip separators, then the word before them.
    while (i > 0 && !isAlnum(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    while (i > 0 && isAlnum(text.charCodeAt(i - 1))) i--;
    out.push(i);
  }
  out.reverse();
  // An apostrophe before a word can open a match ("'82").
  for (let k = out.length - 1; k >= 0; k--) {
    const p = out[k]!;
    const b = text.charCodeAt(p - 1);
    if (p > 0 && (b === 39 || b === 0x2019)) out.splice(k, 0, p - 1);
  }
}

/**
 * Finds all candidate extents: guarded, then resolved to the longest non-overlapping set. A rule is
 * tried only at the starts its triggers allow; the matches are those a left-to-right global search
 * would find (after a match, even a guarded-out one, the search resumes at its end).
 */
export function scan(text: string): RawMatch[] {
  const found: RawMatch[] = [];
  const triggers = triggerPositions(text);
  const starts: number[] = [];
  for (const { rule, order, re, lead } of compiled) {
    const positions = triggers[order];
    if (!positions) continue;
    let resume = 0; // the search may not start before this (end of the previous match)
    let tried = -1; // starts at or before this were tried already
    for (const t of positions) {
      if (t < resume) continue;
      candidateStarts(text, t, lead, starts);
      for (const start of starts) {
        if (start <= tried || start < resume) continue;
        tried = start;
        re.lastIndex = start;
        const m = re.exec(text);
        if (m === null || m[0].length === 0) continue;
        const end = start + m[0].length;
        resume = end;
        const groups = m.groups ?? {};
        if (accepts(text, start, end, rule, groups)) found.push({ start, end, rule, order, groups });
      }
    }
  }
  return resolveOverlaps(found);
}

/** The checks every regex match must pass, shared by the trigger scan and its exhaustive reference. */
function accepts(text: string, start: number, end: number, rule: (typeof RULES)[number], groups: Record<string, string | undefined>): boolean {
  if (!properlyCased(groups.mon) || !properlyCased(groups.wd)) return false;
  if (!numericContextOk(text, start, end)) return false;
  return !rule.guard || GUARDS[rule.guard]({ text, start, end, groups });
}

/**
 * The reference the trigger scan must agree with: every rule's regex searched across the whole text
 * (slow; for tests, which check that `triggers` and `lead` of every rule lose nothing).
 */
export function scanExhaustive(text: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (const [order, rule] of RULES.entries()) {
    const re = compileRule(rule);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const groups = m.groups ?? {};
      if (accepts(text, start, end, rule, groups)) found.push({ start, end, rule, order, groups });
    }
  }
  return resolveOverlaps(found);
}

/** Longest match first, then earlier rule, then leftmost; returns the kept matches in text order. */
export function resolveOverlaps(found: RawMatch[]): RawMatch[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: RawMatch[] = [];
  // Taken character positions; matches are short, so marking them costs little.
  const taken = new Set<number>();
  outer: for (const f of found) {
    for (let i = f.start; i < f.end; i++) if (taken.has(i)) continue outer;
    for (let i = f.start; i < f.end; i++) taken.add(i);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
