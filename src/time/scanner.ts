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
  re: RegExp;
}

/** Compiles a rule's pattern the way the scanner does: whole words only, case-insensitive. */
export function compileRule(rule: TimexRule): RegExp {
  // Letters or digits on either side would mean a match inside a word ("Mayor", "20245").
  return new RegExp(`(?<![A-Za-z0-9])(?:${rule.parts.join('')})(?![A-Za-z0-9])`, 'gi');
}

// Compiled once at module load; `lastIndex` is reset before each use, so sharing them is safe.
const compiled: readonly CompiledRule[] = RULES.map((rule, order) => ({ rule, order, re: compileRule(rule) }));

const DIGIT = /\d/;

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
    if ((b1 === '.' || b1 === ',' || b1 === '/' || b1 === ':') && DIGIT.test(text.charAt(start - 2))) return false;
  }
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) {
    const a1 = text.charAt(end);
    if (a1 === '%') return false;
    if ((a1 === '.' || a1 === ',' || a1 === '/' || a1 === ':') && DIGIT.test(text.charAt(end + 1))) return false;
  }
  return true;
}

/** Finds all candidate extents: guarded, then resolved to the longest non-overlapping set. */
export function scan(text: string): RawMatch[] {
  const found: RawMatch[] = [];
  const lower = text.toLowerCase();
  for (const { rule, order, re } of compiled) {
    if (rule.requires && !rule.requires.some((w) => lower.includes(w))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const groups = m.groups ?? {};
      if (!properlyCased(groups.mon) || !properlyCased(groups.wd)) continue;
      if (!numericContextOk(text, start, end)) continue;
      if (rule.guard && !GUARDS[rule.guard]({ text, start, end, groups })) continue;
      found.push({ start, end, rule, order, groups });
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
