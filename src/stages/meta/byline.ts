/**
 * Bylines: `By Jane Doe`, `By JANE DOE, Associated Press`, `By Jane Doe and John Roe`, alone on
 * their line near the top. The whole line must fit, so `By the way, ...` or `By Monday the talks
 * had stalled.` stay body text.
 */
import type { PlainSpan } from '../../types/annotation.js';
import { lookupAgency } from './agencies.js';
import { MONTHS } from './dates.js';

/** A name word: `Jane`, `JANE`, `O'Brien`, `Smith-Jones`, `F.`, `Jr.`. */
const NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
/** Lower-case particles inside names: `Ursula von der Leyen`, `Luiz da Silva`. */
const PARTICLE = '(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|dos)';
/** One person: one to five words (a single word is accepted only for an agency: `By Reuters`). A list of names needs a final `and`, so that `By JANE DOE, Associated Press` keeps its affiliation apart. */
const NAME = `${NAME_WORD}(?: (?:${PARTICLE} ){0,2}${NAME_WORD}){0,4}`;

/** A byline rule as data. */
export interface BylineRule {
  id: string;
  /** Sticky pattern run at a line start; named groups `name` and optionally `affiliation`. */
  pattern: RegExp;
  /** `line|expected name`. */
  examples: readonly string[];
  counterexamples: readonly string[];
}

/** Byline rules. */
export const BYLINE_RULES: readonly BylineRule[] = [
  {
    id: 'by-name',
    pattern: new RegExp(
      `[ \\t]*(?:By|BY)[ \\t]+(?<name>${NAME}(?:(?:, ${NAME})*,? (?:and|AND|&) ${NAME})?)(?:[ \\t]*(?:,|\\||—|–| -)[ \\t]*(?<affiliation>\\p{Lu}[^\\r\\n]{0,79}?))?(?=[ \\t]*(?:\\r\\n|\\n|\\r|$))`,
      'duy',
    ),
    examples: ['By Jane Doe|Jane Doe', 'By JANE DOE, Associated Press|JANE DOE', 'By Jane Doe and John Roe|Jane Doe and John Roe',
      'BY Ursula von der Leyen|Ursula von der Leyen', 'By Reuters|Reuters', 'By John F. Smith Jr., AP Writer|John F. Smith Jr.',
      'By Miri Forbes, Nicholas Eaton, and Robert Krueger|Miri Forbes, Nicholas Eaton, and Robert Krueger'],
    counterexamples: ['By the way, it rained.', 'By Monday the talks had stalled.', 'By Friday', 'By far the largest',
      'Byron Smith', 'Bystanders said'],
  },
];

/** Words that start a time phrase, not a name (`By Monday`, `By March 2025`). */
const NOT_NAMES = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'Then', 'Now',
  ...MONTHS.flatMap((m) => m.names),
].map((w) => w.toLowerCase()));

/** A byline found in a text. */
export interface BylineMatch {
  rule: string;
  span: PlainSpan;
  name: PlainSpan;
  affiliation?: PlainSpan;
}

/** Tries the byline rules at line start `pos`. */
export function matchBylineAt(text: string, pos: number): BylineMatch | null {
  for (const r of BYLINE_RULES) {
    r.pattern.lastIndex = pos;
    const m = r.pattern.exec(text);
    const g = m?.indices?.groups;
    if (!m || !m.indices || !g?.name) continue;
    const [ns, ne] = g.name;
    const name = text.slice(ns, ne);
    const words = name.split(' ');
    if (NOT_NAMES.has((words[0] ?? '').replace(/\.$/, '').toLowerCase())) continue;
    if (words.length < 2 && lookupAgency(name) === null) continue;
    // The span starts at `By`, not at the line's leading blanks.
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.indices[0]![1];
    const out: BylineMatch = { rule: r.id, span: { start, end, text: text.slice(start, end) }, name: { start: ns, end: ne, text: name } };
    if (g.affiliation) out.affiliation = { start: g.affiliation[0], end: g.affiliation[1], text: text.slice(g.affiliation[0], g.affiliation[1]) };
    return out;
  }
  return null;
}
