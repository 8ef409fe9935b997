/**
 * Post-rules over the tagger's candidates (after span conventions and fine typing, before lexicons): words that
 * are never names (time zones, bare role words), trailing words that do not belong to an organization's name,
 * an organization run together with the person after it, known companies and products, person-shaped names the
 * tagger typed as places or organizations, and document-level consistency (a surname typed as a person once
 * is a person everywhere in the story). Each rule is a typed row with an id; a candidate a rule changes gets
 * `refine.<id>` as its rule (it goes into the mention's `by`).
 */
import type { EntityType, Token } from '../../types/annotation.js';
import { FAC_HEADS, LOC_HEADS } from '../../ner/data/countries.js';
import { COMMON_ACRONYMS, DISCIPLINES, LANGUAGES, RELIGIOUS_GROUPS, NON_PERSON_WORDS, ORG_HEADS, ORG_TRAILING_WORDS, PRODUCTS, ROLE_WORDS, TIME_ZONES } from '../../ner/data/names.js';
import { CAPTION_WORDS, GREETINGS, INTERJECTIONS, LEADING_FUNCTION_WORDS, PERSON_NOUNS, PERSON_POSSESSIONS, SENTENCE_OPENERS } from '../../ner/data/persons.js';
import { EVENT_HEADS } from '../../ner/finetype.js';
import { gazKey, type GazClass, type Gazetteer } from '../../ner/gazetteer.js';
import { isCapWord, overlaps, TITLES, tokText, tokTexts, trimRange, type TokenRange } from '../../ner/spans.js';
import type { Candidate } from './candidates.js';
import { CONTEXT_RULES } from './context-rules.js';
import { NEWS_RULES } from './news-rules.js';
import { candidate, coveringIndex, flatMapCandidates, fromTagger, hasLower, mapChanged, PLACE_TYPES, reshape, retype, classMask, hasAny } from './rule-kit.js';

/** What the rules see besides the candidates. */
export interface RefineContext {
  /** The document's text (the tokens' offsets point into it). */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
}

/**
 * What a rule sees: the {@link RefineContext} plus per-document memos. The 29 rules ask the same questions about
 * the same spans again and again (gazetteer bits of a candidate, of its first word; is it person-shaped), and
 * each answer used to slice, join and lowercase token strings; the memos compute each answer once per document.
 */
export interface RuleContext extends RefineContext {
  /** The normalized text of every token (`norm ?? text`), once per document. */
  readonly words: readonly string[];
  /** Gazetteer class bits of the phrase `r` (memoized). */
  bits(r: TokenRange): number;
  /** Is token `i` a capitalized word that may be part of a person's name (see {@link personShaped}; memoized)? */
  nameWord(i: number): boolean;
  /**
   * Does token `i` open a sentence (see {@link sentenceInitial}; memoized)? Several rules ask it of every one-word
   * candidate, and each answer walked back over tokens with regular expressions.
   */
  sentenceStart(i: number): boolean;
  /**
   * {@link coveringIndex} of `cands` over the story's tokens, memoized for the last list asked (most rules return the
   * list they were given unchanged, so the rules that read it share one array). Read-only.
   */
  covering(cands: readonly Candidate[]): Int32Array;
}

/** One post-rule: rewrites the candidate list (sorted by start, non-overlapping) of one document. */
export interface RefineRule {
  readonly id: string;
  /** What the rule is for, with an example (documentation; the tests use their own sentences). */
  readonly description: string;
  /**
   * Words of which the story must contain at least one (as a token's text or normalized text) for the rule to change
   * anything — a necessary condition the rule's own tests already imply, never a new one. A rule with a trigger is
   * skipped for stories without any (most stories): one pass over the tokens decides for all rules at once. Absent:
   * the rule always runs.
   */
  readonly trigger?: Iterable<string>;
  apply(cands: readonly Candidate[], cx: RuleContext): Candidate[];
}

/**
 * The words of tokens `start`…`end`. Bounds, not a range object: callers passed candidates and `{ start, end }`
 * literals, two object layouts, and the compiled reader was thrown away ("wrong map") when the rarer one came.
 */
const texts = (cx: RuleContext, start: number, end: number) => cx.words.slice(start, end);
const bits = (cx: RuleContext, r: TokenRange) => cx.bits(r);

const TZ = new Set(TIME_ZONES);
const SUBJECTS = new Set(DISCIPLINES);
const LANGS = new Set(LANGUAGES);
const RELIGIOUS = new Set(RELIGIOUS_GROUPS);
const ACRONYMS = new Set(COMMON_ACRONYMS);
/** Does `w` start with an ASCII lowercase letter (as every {@link EPITHET} does; tested before the expression)? */
const lowerAscii = (w: string) => w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122;
/** The shape of a Latin species epithet ("flavus", "vulgaris", "japonica"): a lowercase word with a Latin ending. */
const EPITHET = /^[a-z]{3,}(?:a|us|um|ae|ii|is|ensis|oides|ata|ica|iana|ana|ina)$/;
const ROLES = new Set(ROLE_WORDS);
const TRAILING = new Set([...ROLE_WORDS, ...ORG_TRAILING_WORDS]);
const ORGH = new Set(ORG_HEADS);
/** Words that make a name something other than a person (organization, facility, place, event, team heads). */
const NOT_PERSON_HEADS = new Set([...ORG_HEADS, ...FAC_HEADS, ...LOC_HEADS, ...EVENT_HEADS, ...NON_PERSON_WORDS]);
const isRoleOrTitle = (w: string) => ROLES.has(w) || TITLES.has(w);
/** Gazetteer classes that say a phrase names something other than a person. */
const NON_PERSON: readonly GazClass[] = ['city', 'country', 'state', 'region', 'org', 'team', 'demonym', 'company', 'market', 'month', 'weekday'];
/** The same without `city`: with evidence from context, a city's name can be a person's ("Paris said she …"). */
const NON_PERSON_EXCEPT_CITY: readonly GazClass[] = NON_PERSON.filter((c) => c !== 'city');
const M_NON_PERSON = classMask(...NON_PERSON);
const M_NON_PERSON_EXCEPT_CITY = classMask(...NON_PERSON_EXCEPT_CITY);
const M_FIRST = classMask('first');
const M_LAST = classMask('last');
const M_COMPANY = classMask('company');
const M_COUNTRY_CITY_STATE = classMask('country', 'city', 'state');
const M_STATE_COUNTRY = classMask('state', 'country');
const M_COMPANY_ORG_TEAM_MARKET = classMask('company', 'org', 'team', 'market');
const M_COUNTRY_STATE_COMPANY_MARKET_DEMONYM = classMask('country', 'state', 'company', 'market', 'demonym');
const M_FIRST_LAST_PERSON_NON_PERSON = classMask('first', 'last', 'person', ...NON_PERSON);

/**
 * Does `r` look like a person's name: 1–3 capitalized (not all-capital) words, none a title or a non-person
 * head, no leading part a known place/organization, and (when `needFirst`) the first word a known first name.
 */
function personShaped(cx: RuleContext, r: TokenRange, needFirst: boolean, nonPerson: number = M_NON_PERSON): boolean {
  const n = r.end - r.start;
  if (n < 1 || n > 3) return false;
  for (let i = r.start; i < r.end; i++) if (!cx.nameWord(i)) return false;
  for (let i = r.start; i < r.end; i++) if (NOT_PERSON_HEADS.has(cx.words[i]!)) return false;
  for (let e = r.start + (n > 1 ? 2 : 1); e <= r.end; e++) if (hasAny(bits(cx, { start: r.start, end: e }), nonPerson)) return false;
  if (!needFirst) return true;
  const first = bits(cx, { start: r.start, end: r.start + 1 });
  return hasAny(first, M_FIRST) && !hasAny(first, M_NON_PERSON);
}

const PERSON_NOUN = new Set(PERSON_NOUNS);
const POSSESSIONS = new Set(PERSON_POSSESSIONS);
const NOT_NAMES = new Set([...INTERJECTIONS, ...SENTENCE_OPENERS]);
const LEADING = new Set(LEADING_FUNCTION_WORDS);
const GREETING = new Set(GREETINGS);
const OPENER_WORDS: ReadonlySet<string> = new Set(SENTENCE_OPENERS);
const INTERJECTION_WORDS: ReadonlySet<string> = new Set(INTERJECTIONS);
/**
 * `/^\p{Lu}\p{Ll}+$/u.test(w)` (a capital, then lower-case letters only): an all-ASCII word is tested by its units
 * (`\p{Lu}`/`\p{Ll}` in ASCII are A–Z/a–z), any other by the expression.
 */
function capitalizedWord(w: string): boolean {
  const n = w.length;
  for (let i = 0; i < n; i++) if (w.charCodeAt(i) >= 128) return /^\p{Lu}\p{Ll}+$/u.test(w);
  if (n < 2) return false;
  const u = w.charCodeAt(0);
  if (u < 65 || u > 90) return false;
  for (let i = 1; i < n; i++) {
    const v = w.charCodeAt(i);
    if (v < 97 || v > 122) return false;
  }
  return true;
}
const CAPTION = new Set(CAPTION_WORDS);
/** Verbs of telling after which "he"/"she" shows the speaker is a person ("Jo said she would stay"). */
const TELL_VERBS = new Set(['said', 'says', 'told', 'tells', 'explained', 'explains', 'claimed', 'claims', 'added', 'stated', 'insisted', 'recalled', 'wrote', 'admitted', 'argued', 'noted']);
const HE_SHE = new Set(['he', 'she']);
/** English words after a hyphen that make a name an adjective ("Acme-owned", "Paris-based"), not a given name. */
const HYPHEN_SUFFIXES = new Set(['based', 'born', 'bred', 'led', 'run', 'owned', 'made', 'style', 'era', 'area', 'wide', 'bound', 'free',
  'like', 'type', 'backed', 'linked', 'listed', 'held', 'built', 'class', 'level', 'scale', 'sized', 'size', 'day', 'year', 'old']);
/** Honorifics that only ever precede a person's name (unlike `Major`, `King`, `General`, `Miss` ("Miss World", racehorses), which also open other names). */
const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame']);
/** Suffixes of person nouns not in the list: "pianist", "geneticist", "statistician". */
const PERSON_SUFFIX = /^[a-z]{4,}(?:ist|ician)$/;
const NOT_PERSON_IST = new Set(['exist', 'assist', 'resist', 'insist', 'persist', 'consist', 'subsist', 'desist', 'amidst']);
/** Is this lowercase word a noun for a person ("musician", "singer-songwriter", "co-founder")? */
function isPersonNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  // ASCII first letters are tested without a regular expression (most tokens).
  const u = t.text.charCodeAt(0);
  if (u < 128 ? u < 97 || u > 122 : !/^\p{Ll}/u.test(t.text)) return false;
  // The last part of a hyphenated word (as `split('-').pop()`, without the array).
  const w = t.text.slice(t.text.lastIndexOf('-') + 1);
  return PERSON_NOUN.has(w) || (PERSON_SUFFIX.test(w) && !NOT_PERSON_IST.has(w));
}

/**
 * Evidence in the words around `c` that it names a person: a person noun before it ("the musician Jo Bloggs",
 * "their child, Jo"), an apposition after it (", a retired teacher", ", 34,", ", who"), a possessive of kin
 * ("Jo's wife") or "said she". Returns what it found, for the rule id, or null.
 */
function personEvidence(cx: RefineContext, c: TokenRange): string | null {
  const tk = cx.tokens;
  const prev = tk[c.start - 1];
  if (isPersonNoun(prev) || (prev?.text === ',' && isPersonNoun(tk[c.start - 2]) && !/^[,;]$/.test(tk[c.start - 3]?.text ?? ''))) return 'descriptor';
  // "the Cardinals, who won": a name after "the" is a team, band or ship more often than a person.
  if (prev && /^the$/i.test(prev.text)) return null;
  const n1 = tk[c.end];
  const n2 = tk[c.end + 1];
  if (n1?.text === ',' && n2) {
    if (n2.text === 'who') return 'who';
    if (/^\d{1,2}$/.test(n2.text) && tk[c.end + 2] && /^[,)]$/.test(tk[c.end + 2]!.text)) return 'age';
    if (/^(?:a|an|the)$/.test(n2.text)) {
      for (let j = c.end + 2; j < Math.min(c.end + 7, tk.length); j++) {
        const t = tk[j]!;
        if (t.kind !== 'word') break;
        if (isPersonNoun(t) && !/^(?:of|for)$/.test(tk[j + 1]?.text ?? '')) return 'apposition';
      }
    }
  }
  if (n1 && /^['’]s$/.test(n1.text) && n2 && POSSESSIONS.has(n2.text)) return 'kin';
  if (n1 && /^(?:was|is)$/.test(n1.text) && n2?.text === 'born') return 'born';
  if (n1 && TELL_VERBS.has(n1.text)) {
    // "said she", "said that she", "explained how she".
    const k = n2 && /^(?:that|how|why|when)$/.test(n2.text) ? c.end + 2 : c.end + 1;
    if (tk[k] && HE_SHE.has(tk[k]!.text)) return 'said-she';
  }
  return null;
}

/**
 * A one-word person found by evidence, right after a capitalized word the tagger left out, is named in full:
 * "Valeska Paris, a retired teacher" with only `Paris` tagged → PERSON `Valeska Paris`. The word must not be a
 * title, role, sentence opener or a known place/organization, nor follow another capitalized word or candidate.
 */
function extendGivenName(cx: RuleContext, c: Candidate, before: Candidate | undefined): Candidate {
  if (!c.rule.startsWith('refine.person-evidence') || c.end - c.start !== 1 || c.start < 1) return c;
  const w = cx.tokens[c.start - 1]!;
  if (before && before.end >= c.start) return c;
  if (!isCapWord(w) || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || NOT_NAMES.has(w.text) || isRoleOrTitle(w.text) || NOT_PERSON_HEADS.has(w.text)) return c;
  if (hasAny(bits(cx, { start: c.start - 1, end: c.start }), M_NON_PERSON)) return c;
  const ww = cx.tokens[c.start - 2];
  if (ww && (isCapWord(ww) || /^['’]s$/.test(ww.text)) && !cx.sentenceStart(c.start - 1)) return c;
  return reshape(c, c.start - 1, c.end, c.type, c.rule, c.title);
}

/** First UTF-16 units of the product names' first tokens, as a bit set (most tokens start with none: no Map lookup). */
const PRODUCT_FIRST_UNITS: Int32Array = (() => {
  const bits = new Int32Array(65536 / 32);
  for (const p of PRODUCTS) {
    const c = p.text.charCodeAt(0);
    bits[c >>> 5]! |= 1 << (c & 31);
  }
  return bits;
})();
/**
 * Are `ws` the words from `i` on? A plain loop, not `ws.every(closure)`: the `every` call site in the product rule
 * was deoptimised ("wrong map") in a warm process; the loop reads only inside both arrays.
 */
function wordsAt(words: readonly string[], i: number, ws: readonly string[]): boolean {
  if (i + ws.length > words.length) return false;
  for (let k = 0; k < ws.length; k++) if (words[i + k] !== ws[k]) return false;
  return true;
}
/** Token sequences of the product names, by first token. */
const PRODUCT_INDEX: ReadonlyMap<string, readonly string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const p of PRODUCTS) {
    // Copied into a fresh literal: `split` results (some cached by V8 per string) did not all share one array map,
    // and the product rule's reads of them were deoptimised ("wrong map").
    const ws: string[] = [];
    for (const w of p.text.split(' ')) ws.push(w);
    const list = m.get(ws[0]!) ?? [];
    list.push(ws);
    m.set(ws[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();
/**
 * A model designation after a maker's name: `787`, `A330`, `737s`, `A350`. Bare numbers must have three digits
 * and no number after them (`Samsung 10 Haitai 3` is a results table, not a model).
 */
const MODEL_NUMBER = /^(?:[A-Z]{1,2}-?\d{2,4}[a-zA-Z]{0,3}|\d{3}[a-zA-Z]{0,3})$/;
const isNumber = (t: Token | undefined) => t !== undefined && DIGIT_FIRST.test(t.text);
const DIGIT_FIRST = /^\d/;
/**
 * Do the tokens right before and right after `c` start with a digit? Bounds-checked: `tokens[-1]` and `tokens[length]`
 * read past the array, and each first such read deopted the rule's compiled code.
 */
const numberAround = (tokens: readonly Token[], c: { readonly start: number; readonly end: number }) =>
  (c.start > 0 && isNumber(tokens[c.start - 1])) || (c.end < tokens.length && isNumber(tokens[c.end]));

const within = (a: TokenRange, b: TokenRange) => b.start <= a.start && a.end <= b.end;

/** A word list whose words, standing alone as a tagger name, are never names (one {@link singleWordRule} each). */
interface SingleWordDrop {
  readonly id: string;
  readonly description: string;
  readonly words: ReadonlySet<string>;
  /** Types a match keeps (left alone); none when absent. */
  readonly keep?: ReadonlySet<EntityType>;
}

/** The single-word drops, in the order they run (first among the post-rules). */
const SINGLE_WORD_DROPS: readonly SingleWordDrop[] = [
  {
    id: 'drop-time-zone',
    description: 'A time-zone abbreviation is not an organization, person or place: "trading resumed at 14:00 UTC". One typed MISC is left alone (CoNLL-2003 annotates "GMT" MISC).',
    words: TZ,
    keep: new Set<EntityType>(['MISC']),
  },
  { id: 'drop-discipline', description: 'An academic subject is no name: "she studied Linguistics and Philosophy".', words: SUBJECTS },
  {
    id: 'drop-common-acronym',
    description: 'An acronym that is a common noun, degree or post-nominal is no name: "a sample of DNA", "Jo Bloggs, QC, said".',
    words: ACRONYMS,
  },
];

/** The rule of a {@link SingleWordDrop}: drops one-word tagger names in its list (unless typed one of its `keep` types). */
function singleWordRule(d: SingleWordDrop): RefineRule {
  return {
    id: d.id,
    description: d.description,
    trigger: d.words,
    apply: (cands, cx) => cands.filter((c) => !(fromTagger(c) && c.end - c.start === 1 && !(d.keep?.has(c.type) ?? false) && d.words.has(cx.words[c.start]!))),
  };
}

/** The post-rules, in the order they run. */
export const REFINE_RULES: readonly RefineRule[] = [
  ...SINGLE_WORD_DROPS.map(singleWordRule),
  {
    id: 'drop-genus',
    description: 'A genus before a Latin species name is no place or organization: "colonies of Formica exsecta" (the pair recurs in the story and the epithet never stands alone).',
    apply: (cands, cx) => {
      // Only a one-word tagger name before an epithet-shaped word can be dropped; most stories have none, and the
      // census below is a full pass over the tokens, so it runs only when there is something to decide.
      const open = (c: Candidate) => fromTagger(c) && c.type !== 'PERSON' && c.end - c.start === 1 && cx.tokens[c.end] !== undefined && lowerAscii(cx.tokens[c.end]!.text)
        && EPITHET.test(cx.tokens[c.end]!.text);
      if (!cands.some(open)) return cands as Candidate[];
      const pairs = new Map<string, number>();
      const alone = new Set<string>();
      cx.tokens.forEach((t, i) => {
        if (t.kind !== 'word' || !EPITHET.test(t.text)) return;
        const p = cx.tokens[i - 1];
        if (p && /^\p{Lu}\p{Ll}+$/u.test(p.text)) pairs.set(`${p.text} ${t.text}`, (pairs.get(`${p.text} ${t.text}`) ?? 0) + 1);
        else alone.add(t.text);
      });
      return cands.filter((c) => {
        const next = cx.tokens[c.end];
        if (!fromTagger(c) || c.type === 'PERSON' || c.end - c.start !== 1 || !next || !EPITHET.test(next.text) || alone.has(next.text)) return true;
        return (pairs.get(`${cx.tokens[c.start]!.text} ${next.text}`) ?? 0) < 2 || hasAny(bits(cx, c), M_NON_PERSON);
      });
    },
  },
  {
    id: 'religious-group',
    trigger: [...RELIGIOUS].flatMap((w) => [w, `${w}s`]),
    description: 'Followers of a religion are a group of people (NORP), not a place or organization: "the rights of Muslims".',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.end - c.start !== 1 || c.type === 'NORP') return c;
      const w = tokText(cx.tokens[c.start]!);
      return RELIGIOUS.has(w) || (w.endsWith('s') && RELIGIOUS.has(w.slice(0, -1))) ? retype(c, 'NORP', 'religious-group') : c;
    }),
  },
  {
    id: 'language',
    trigger: LANGS,
    description: 'A language is not a person, organization or place: "he speaks Hebrew and Swahili" → MISC.',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.end - c.start === 1 && LANGS.has(tokText(cx.tokens[c.start]!)) && c.type !== 'NORP' && c.type !== 'MISC'
      ? retype(c, 'MISC', 'language') : c)),
  },
  {
    id: 'drop-role',
    description: 'A span made only of role words is no name: "the company\'s CEO" (titles such as "Lord" also open place names: "Lord\'s").',
    apply: (cands, cx) => cands.filter((c) => !(fromTagger(c) && c.type !== 'PERSON' && texts(cx, c.start, c.end).every((w) => ROLES.has(w)))),
  },
  {
    id: 'caption-word',
    trigger: CAPTION,
    description: 'A caption word before a colon is not part of the name before it: "… with Jo Bloggs Image: Acme" → "Jo Bloggs".',
    apply: (cands, cx) => flatMapCandidates(cands, (c): Candidate[] => {
      if (!fromTagger(c) || !CAPTION.has(tokText(cx.tokens[c.end - 1]!)) || cx.tokens[c.end]?.text !== ':') return [c];
      return c.end - c.start === 1 ? [] : [reshape(c, c.start, c.end - 1, c.type, 'refine.caption-word', c.title)];
    }),
  },
  {
    id: 'leading-function-word',
    trigger: [...GREETING, ...LEADING, ...SENTENCE_OPENERS],
    description: 'A greeting or preposition opening a sentence is not part of the name after it: "Hey Jo, come in", "Like Acme, we grew" → "Jo", "Acme".',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.end - c.start < 2) return c;
      const w = cx.tokens[c.start]!.text;
      if (!GREETING.has(w) && !((LEADING.has(w) || OPENER_WORDS.has(w)) && cx.sentenceStart(c.start))) return c;
      return reshape(c, c.start + 1, c.end, c.type, 'refine.leading-function-word', c.title);
    }),
  },
  {
    id: 'apostrophe-name',
    trigger: ['O', 'D', 'L', 'Dell', 'Degli'],
    description: 'A name cut at the apostrophe of an Irish, French or Italian surname takes it back: "Michael O\' Leary" with only "Michael O" tagged → "Michael O\' Leary" (a candidate on the rest is absorbed).',
    apply: (cands, cx) => {
      const out: Candidate[] = [];
      for (let i = 0; i < cands.length; i++) {
        const c = cands[i]!;
        const [q, rest] = [cx.tokens[c.end], cx.tokens[c.end + 1]];
        if (!fromTagger(c) || !/^(?:O|D|L|Dell|Degli)$/.test(cx.tokens[c.end - 1]!.text) || !q || !/^['’]$/.test(q.text) || !rest || !isCapWord(rest)) {
          out.push(c);
          continue;
        }
        out.push(reshape(c, c.start, c.end + 2, c.type, 'refine.apostrophe-name', c.title));
        if (cands[i + 1] && cands[i + 1]!.start <= c.end + 1) i++;
      }
      return out;
    },
  },
  {
    id: 'org-trailing-word',
    trigger: TRAILING,
    description: 'Role words and "Flight" after an organization are not part of it: "Acme Motors CEO" → "Acme Motors", "Air Lanka Flight 12" → "Air Lanka".',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'ORG') return c;
      let end = c.end;
      while (end - c.start > 1 && TRAILING.has(tokText(cx.tokens[end - 1]!))) end--;
      if (end === c.end || !isCapWord(cx.tokens[end - 1]!) || isRoleOrTitle(tokText(cx.tokens[end - 1]!))) return c;
      return reshape(c, c.start, end, c.type, 'refine.org-trailing-word', c.title);
    }),
  },
  {
    id: 'org-person-split',
    description: 'An organization run together with the person named after it: "chairman of Acme Corp. John Smith" → ORG "Acme Corp." + PERSON "John Smith".',
    apply: (cands, cx) => flatMapCandidates(cands, (c): Candidate[] => {
      if (!fromTagger(c) || c.type !== 'ORG' || c.end - c.start < 3) return [c];
      for (let k = c.start + 1; k <= c.end - 2; k++) {
        const org = { start: c.start, end: k };
        const orgEnds = ORGH.has(tokText(cx.tokens[k - 1]!)) || hasAny(bits(cx, org), M_COMPANY);
        if (orgEnds && personShaped(cx, { start: k, end: c.end }, true)) {
          return [reshape(c, c.start, k, c.type, 'refine.org-person-split', c.title), reshape(c, k, c.end, 'PERSON', 'refine.org-person-split', null)];
        }
      }
      return [c];
    }),
  },
  {
    id: 'person-of-org',
    description: 'A person and the organization after "of" run together: "Maria Lopez of the Green Party" → PERSON "Maria Lopez" + ORG "Green Party".',
    apply: (cands, cx) => flatMapCandidates(cands, (c): Candidate[] => {
      if (!fromTagger(c) || c.end - c.start < 4) return [c];
      const k = texts(cx, c.start, c.end).indexOf('of') + c.start;
      if (k <= c.start + 1 || k >= c.end - 1 || !personShaped(cx, { start: c.start, end: k }, true)) return [c];
      const org = trimRange(cx.tokens, { start: k + 1, end: c.end }, true);
      if (!org || !isCapWord(cx.tokens[org.start]!)) return [c];
      return [reshape(c, c.start, k, 'PERSON', 'refine.person-of-org', c.title), reshape(c, org.start, org.end, 'ORG', 'refine.person-of-org', null)];
    }),
  },
  {
    id: 'title-person',
    trigger: [...ROLES, ...TITLES, ...HONORIFICS],
    description: 'A title or role word opens a person\'s name the tagger typed otherwise: "Spokeswoman Jane Doe" → PERSON "Jane Doe", title "Spokeswoman".',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      const opens = (w: string) => isRoleOrTitle(w) || HONORIFICS.has(w);
      if (!fromTagger(c) || c.type === 'PERSON' || !opens(tokText(cx.tokens[c.start]!))) return c;
      let k = c.start;
      while (k < c.end && opens(tokText(cx.tokens[k]!))) k++;
      const rest = { start: k, end: c.end };
      // A role word (`Spokeswoman`) or honorific (`Prof.`) always announces a person; a title that also opens names
      // (`Major League`) only before a first name.
      if (k === c.end || !personShaped(cx, rest, !texts(cx, c.start, k).some((w) => ROLES.has(w) || HONORIFICS.has(w)))) return c;
      return retype(c, 'PERSON', 'title-person', { start: k, title: { start: c.start, end: k } });
    }),
  },
  {
    id: 'known-company',
    description: 'A known company the tagger typed as a person ("Acme said" with Acme in the company list), unless the story names a person with that word ("Henry Ford").',
    apply: (cands, cx) => {
      // The words of the story's full person names, built only when a candidate gets that far (most stories: none).
      let personWords: Set<string> | null = null;
      return mapChanged(cands, (c) => {
        if (!fromTagger(c) || c.type !== 'PERSON' || c.title) return c;
        const b = bits(cx, c);
        if (!hasAny(b, M_COMPANY) || hasAny(b, M_COUNTRY_CITY_STATE)) return c;
        personWords ??= new Set(cands.filter((o) => o.type === 'PERSON' && o.end - o.start > 1).flatMap((o) => texts(cx, o.start, o.end)));
        if (texts(cx, c.start, c.end).some((w) => personWords!.has(w))) return c;
        return retype(c, 'ORG', 'known-company');
      });
    },
  },
  {
    id: 'company-model',
    description: 'A maker followed by a model number is a product: "a Boeing 747", "an Airbus A380".',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      const next = cx.tokens[c.end];
      if (!fromTagger(c) || c.type !== 'ORG' || !next || !MODEL_NUMBER.test(next.text) || isNumber(cx.tokens[c.end + 1]) || !hasAny(bits(cx, c), M_COMPANY)) return c;
      if (cands[i + 1] && cands[i + 1]!.start <= c.end) return c;
      return retype(c, 'PRODUCT', 'company-model', { end: c.end + 1 });
    }),
  },
  {
    id: 'product',
    trigger: [...PRODUCT_INDEX.keys()],
    description: 'A well-known product is a PRODUCT ("the new iPod Nano", "runs Windows Vista"); multi-word and camel-case ones are added where the tagger found nothing.',
    apply: (cands, cx) => {
      const matches: TokenRange[] = [];
      const words = cx.words;
      for (let i = 0; i < words.length; i++) {
        const c = words[i]!.charCodeAt(0);
        if ((PRODUCT_FIRST_UNITS[c >>> 5]! & (1 << (c & 31))) === 0) continue;
        const list = PRODUCT_INDEX.get(words[i]!);
        if (list === undefined) continue;
        for (const ws of list) {
          if (wordsAt(words, i, ws)) {
            matches.push({ start: i, end: i + ws.length });
            i += ws.length - 1;
            break;
          }
        }
      }
      if (matches.length === 0) return cands as Candidate[];
      let out = [...cands];
      for (const m of matches) {
        const inside = out.filter((c) => overlaps(c, m));
        const camel = /\p{Ll}\p{Lu}/u.test(cx.tokens[m.start]!.text);
        if (inside.length === 0 ? m.end - m.start > 1 || camel : inside.every((c) => fromTagger(c) && within(c, m))) {
          // An array to `concat` (a bare object gives a HOLEY list; see `findCandidates`).
          out = out.filter((c) => !overlaps(c, m)).concat([candidate(m.start, m.end, 'PRODUCT', 'refine.product', null)]);
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  },
  {
    id: 'first-name-person',
    description: 'A name opening with a known first name, typed as a place or organization, is a person: "Elena Markova" typed ORG (not next to a number: results tables list teams).',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || !(c.type === 'ORG' || PLACE_TYPES.has(c.type)) || c.end - c.start < 2) return c;
      // A number beside the name marks a results table ("Wigan 42 Bradford Bulls 36"): team names, not people.
      if (numberAround(cx.tokens, c)) return c;
      return personShaped(cx, c, true) ? retype(c, 'PERSON', 'first-name-person') : c;
    }),
  },
  {
    id: 'place-before-region',
    description: 'A name typed as an organization (or a one-word person after "from"/"in"/"near"/"of") right before ", <state or country>" is a town: "born in Ashby, Ohio" with "Ashby" typed ORG → GPE (and so is every other "Ashby" typed ORG or PERSON in the story).',
    apply: (cands, cx) => {
      const towns = new Set<string>();
      const out = mapChanged(cands, (c, i) => {
        const next = cands[i + 1];
        // A person-typed one-word name counts only after "from"/"in"/"near" ("a boy from Ashbury, Ohio").
        const personHere = c.type === 'PERSON' && c.end - c.start === 1 && /^(?:from|in|near|of)$/.test(cx.tokens[c.start - 1]?.text ?? '');
        if (!fromTagger(c) || !(c.type === 'ORG' || personHere) || !next || next.start !== c.end + 1 || cx.tokens[c.end]!.text !== ',' || !PLACE_TYPES.has(next.type)) return c;
        if (!hasAny(bits(cx, next), M_STATE_COUNTRY) || hasAny(bits(cx, c), M_COMPANY_ORG_TEAM_MARKET) || texts(cx, c.start, c.end).some((w) => ORGH.has(w))) return c;
        towns.add(texts(cx, c.start, c.end).join(' '));
        return retype(c, 'GPE', 'place-before-region');
      });
      return towns.size === 0 ? out : mapChanged(out, (c) => (fromTagger(c) && (c.type === 'ORG' || c.type === 'PERSON') && towns.has(texts(cx, c.start, c.end).join(' ')) ? retype(c, 'GPE', 'place-before-region') : c));
    },
  },
  {
    id: 'initials-person',
    description: 'Initials before a surname make a person, whatever the tagger typed: "the O.K. Barlow case" with "O.K. Barlow" typed ORG (not "U.S. Steel": the initials must not be a known place, and one surname must follow).',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || !(c.type === 'ORG' || PLACE_TYPES.has(c.type)) || c.end - c.start < 2) return c;
      let k = c.start;
      while (k < c.end - 1 && /^(?:\p{Lu}\.){1,3}$/u.test(cx.tokens[k]!.text)) k++;
      if (k === c.start || hasAny(bits(cx, { start: c.start, end: k }), M_NON_PERSON) || hasAny(bits(cx, c), M_NON_PERSON)) return c;
      // One surname after the initials ("U.N. Interim Force" is no person).
      return c.end - k === 1 && personShaped(cx, { start: k, end: c.end }, false) ? retype(c, 'PERSON', 'initials-person') : c;
    }),
  },
  {
    id: 'person-list',
    description: 'A two- or three-word name joined by "and" to a person named in full is a person: "Sam Tate and Rin Oda" with "Rin Oda" typed ORG.',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || !(c.type === 'ORG' || PLACE_TYPES.has(c.type)) || c.end - c.start < 2 || !personShaped(cx, c, false)) return c;
      const fullPerson = (o: Candidate | undefined) => o !== undefined && o.type === 'PERSON' && o.end - o.start > 1;
      // Only "and": a comma also joins a person to an affiliation ("Jo Bloggs, Acme Newsroom") or a place.
      const joined = (a: Candidate, b: Candidate) => b.start - a.end === 1 && /^(?:and|&)$/.test(cx.tokens[a.end]!.text);
      const prev = cands[i - 1];
      const next = cands[i + 1];
      if ((fullPerson(prev) && joined(prev!, c)) || (fullPerson(next) && joined(c, next!))) return retype(c, 'PERSON', 'person-list');
      return c;
    }),
  },
  {
    id: 'person-evidence',
    description: 'A name typed as a place or organization with a person noun before it ("the musician Jo Bloggs", "their child, Jo"), a person\'s apposition or kin after it ("Jo, 34,", "Jo, who", "Jo\'s wife") or "said she" is a person; then every other mention of that name in the story is too.',
    apply: (cands, cx) => {
      const named = new Set<string>();
      const out = mapChanged(cands, (c) => {
        if (!fromTagger(c) || !(c.type === 'ORG' || PLACE_TYPES.has(c.type)) || !personShaped(cx, c, false, M_NON_PERSON_EXCEPT_CITY)) return c;
        const ev = personEvidence(cx, c);
        if (!ev) return c;
        named.add(texts(cx, c.start, c.end).join(' '));
        return retype(c, 'PERSON', `person-evidence.${ev}`);
      });
      if (named.size === 0) return out;
      // The same name elsewhere, or a fuller name ending in a one-word evidence name ("Jo Prosk" after "Prosk's wife").
      const sameName = (c: Candidate) => named.has(texts(cx, c.start, c.end).join(' ')) || (c.end - c.start > 1 && named.has(tokText(cx.tokens[c.end - 1]!)));
      const same = mapChanged(out, (c) => (fromTagger(c) && c.type !== 'PERSON' && sameName(c) && personShaped(cx, c, false, M_NON_PERSON_EXCEPT_CITY)
        ? retype(c, 'PERSON', 'person-evidence.same-name') : c));
      return mapChanged(same, (c, i) => extendGivenName(cx, c, same[i - 1]));
    },
  },
  {
    id: 'plural-product',
    description: 'The plural of a company\'s name is its products, not a person or place: "a wall of Polaroids" → PRODUCT.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.end - c.start !== 1 || c.type === 'PRODUCT') return c;
      const w = tokText(cx.tokens[c.start]!);
      // `bits(cx, c)` is the memoized `gazetteer.bits(gazKey([w]))` of a one-word candidate.
      if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || bits(cx, c) !== 0) return c;
      return hasAny(cx.gazetteer.bits(gazKey([w.slice(0, -1)])), M_COMPANY) ? retype(c, 'PRODUCT', 'plural-product') : c;
    }),
  },
  {
    id: 'romanized-name',
    description: 'A short family name before a hyphenated given name is a person, whatever the tagger typed: "Chan Tai-man", "Park Ji-woo" typed MISC or ORG.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'PERSON' || c.end - c.start !== 2) return c;
      const [a, b] = [cx.tokens[c.start]!.text, cx.tokens[c.start + 1]!.text];
      if (!/^\p{Lu}\p{Ll}{1,5}$/u.test(a) || !/^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u.test(b) || hasAny(bits(cx, c), M_NON_PERSON)) return c;
      // "New York-based", "Hong Kong-born": a place with an English suffix, not a given name.
      const [head, tail] = b.split('-') as [string, string];
      if (HYPHEN_SUFFIXES.has(tail) || hasAny(cx.gazetteer.bits(gazKey([a, head])), M_NON_PERSON)) return c;
      return hasAny(bits(cx, { start: c.start, end: c.start + 1 }), M_NON_PERSON) ? c : retype(c, 'PERSON', 'romanized-name');
    }),
  },
  {
    id: 'surname-person',
    description: 'A two-word name typed as a place or organization whose second word is a known surname and whose first word the gazetteer does not know at all is a person: "Talvin Harris" typed ORG (not next to a number: results tables list teams).',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || !(c.type === 'ORG' || PLACE_TYPES.has(c.type)) || c.end - c.start !== 2) return c;
      if (numberAround(cx.tokens, c) || !personShaped(cx, c, false)) return c;
      const first = bits(cx, { start: c.start, end: c.start + 1 });
      const second = bits(cx, { start: c.start + 1, end: c.end });
      return first === 0 && hasAny(second, M_LAST) && !hasAny(second, M_NON_PERSON) ? retype(c, 'PERSON', 'surname-person') : c;
    }),
  },
  {
    id: 'doc-person-name',
    description: 'The surname (or known first name) of a person named in full elsewhere in the story is that person: "Rick Doe … Doe said" with "Doe" typed LOC.',
    apply: (cands, cx) => {
      const parts = new Set<string>();
      for (const c of cands) {
        if (c.type !== 'PERSON' || (c.end - c.start < 2 && !c.rule.startsWith('refine.person-evidence'))) continue;
        const ws = texts(cx, c.start, c.end);
        parts.add(ws[ws.length - 1]!);
        if (hasAny(bits(cx, { start: c.start, end: c.start + 1 }), M_FIRST)) parts.add(ws[0]!);
      }
      if (parts.size === 0) return cands as Candidate[];
      return mapChanged(cands, (c) => {
        if (!fromTagger(c) || c.type === 'PERSON' || c.end - c.start !== 1) return c;
        const w = tokText(cx.tokens[c.start]!);
        if (!parts.has(w) || hasAny(bits(cx, c), M_COUNTRY_STATE_COMPANY_MARKET_DEMONYM)) return c;
        return retype(c, 'PERSON', 'doc-person-name');
      });
    },
  },
  {
    id: 'doc-majority',
    description: 'A name the tagger typed one way most of the time in a story takes that type everywhere in it: "Acme" ORG four times and PERSON once → ORG five times.',
    apply: (cands, cx) => {
      const byText = new Map<string, Candidate[]>();
      for (const c of cands) {
        // All-capital copy (headlines, schedules) is typed from weaker evidence and does not vote.
        if (!fromTagger(c) && !c.rule.startsWith('refine.')) continue;
        // One-word names (most) are keyed by their word without a slice and join; the joining spaces are no
        // lowercase letter, so "has a lowercase letter" is asked of the words.
        const key = c.end - c.start === 1 ? cx.words[c.start]! : texts(cx, c.start, c.end).join(' ');
        if (!hasLower(key)) continue;
        const group = byText.get(key);
        if (group) group.push(c);
        else byText.set(key, [c]);
      }
      const swap = new Map<Candidate, EntityType>();
      for (const group of byText.values()) {
        // A name seen once cannot outvote anything (n − (1 − n) < 2).
        if (group.length < 2) continue;
        const counts = new Map<EntityType, number>();
        for (const c of group) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
        // The most frequent type, ties to the first seen (as a stable sort by count would give).
        let top: EntityType = group[0]!.type;
        let n = 0;
        for (const [t, k] of counts) if (k > n) [top, n] = [t, k];
        if (n * 3 < group.length * 2 || n - (group.length - n) < 2) continue;
        for (const c of group) if (c.type !== top && fromTagger(c)) swap.set(c, top);
      }
      return swap.size === 0 ? (cands as Candidate[]) : mapChanged(cands, (c) => (swap.has(c) ? retype(c, swap.get(c)!, 'doc-majority') : c));
    },
  },
  {
    id: 'drop-interjection',
    trigger: NOT_NAMES,
    description: 'A reply word or auxiliary alone at the start of a sentence is no name: "Sure. We met twice.", "Have you met her?"',
    apply: (cands, cx) => cands.filter((c) => {
      if (!fromTagger(c) || c.end - c.start !== 1 || !cx.sentenceStart(c.start)) return true;
      const w = cx.tokens[c.start]!.text;
      if (INTERJECTION_WORDS.has(w)) return !/^[.,!?;:…—–-]$/.test(cx.tokens[c.start + 1]?.text ?? '.');
      return !OPENER_WORDS.has(w);
    }),
  },
  {
    id: 'initial-common-word',
    description: 'A capitalized word opening a sentence that the story otherwise writes in lower case and never capitalizes mid-sentence is no name: "Sure. We met on a sure footing."',
    apply: (cands, cx) => {
      // Only one-word tagger names opening a sentence can be dropped; most stories have none, and the word
      // census below is a full pass over the tokens, so it runs only when there is something to decide.
      const open = cands.filter((c) => fromTagger(c) && c.end - c.start === 1 && capitalizedWord(cx.tokens[c.start]!.text) && cx.sentenceStart(c.start));
      if (open.length === 0) return cands as Candidate[];
      const words = new Set(open.map((c) => cx.tokens[c.start]!.text.toLowerCase()));
      // Fast path: a token can only lowercase to one of `words` if its lowercase has one of their lengths, and
      // lowercasing keeps the length of every string without U+0130 (`İ` → `i̇`, the one code point whose lowercase
      // is longer), so in a text without it most tokens are skipped without building their lowercase.
      const lengths = cx.text.includes('\u0130') ? null : new Set([...words].map((w) => w.length));
      // And a token whose first unit is ASCII lowercases to a string starting with that unit lowercased (A–Z → a–z,
      // the rest unchanged), so it is skipped when no word starts with that.
      const firsts = new Uint8Array(128);
      for (const w of words) if (w.charCodeAt(0) < 128) firsts[w.charCodeAt(0)] = 1;
      const lower = new Set<string>();
      const capMid = new Set<string>();
      cx.tokens.forEach((t, i) => {
        const u = t.text.charCodeAt(0);
        if (u < 128 && firsts[u >= 65 && u <= 90 ? u + 32 : u] === 0) return;
        if (t.kind !== 'word' || (lengths !== null && !lengths.has(t.text.length)) || !words.has(t.text.toLowerCase())) return;
        if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
        else if (/^\p{Lu}\p{Ll}/u.test(t.text) && !cx.sentenceStart(i)) capMid.add(t.text.toLowerCase());
      });
      const drop = new Set(open.filter((c) => {
        const w = cx.tokens[c.start]!.text.toLowerCase();
        return lower.has(w) && !capMid.has(w) && !hasAny(bits(cx, c), M_FIRST_LAST_PERSON_NON_PERSON);
      }));
      return drop.size === 0 ? (cands as Candidate[]) : cands.filter((c) => !drop.has(c));
    },
  },
  ...NEWS_RULES,
  ...CONTEXT_RULES,
];

/**
 * Does token `i` open a sentence (after a line break, or after sentence-final punctuation, an opening quote
 * or bracket, or a colon)? Tokens carry no sentence index, so this reads the token before.
 */
function sentenceInitial(cx: RefineContext, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const p = cx.tokens[j]!;
    if (p.kind === 'quote' || (p.text.length === 1 && OPENERS.includes(p.text))) continue;
    if (p.text.length === 1 && ENDERS.includes(p.text)) return true;
    // A line break between the token and the next (as `text.slice(…).includes('\n')`, without the slice).
    for (let k = p.end, end = cx.tokens[j + 1]!.start; k < end; k++) if (cx.text.charCodeAt(k) === 10) return true;
    return false;
  }
  return true;
}
/** One-unit tokens skipped before a sentence start: opening brackets and quotes (`/^[(\[“‘"']$/`). */
const OPENERS = '([“‘"\'';
/** One-unit tokens that end a sentence or clause (`/^[.!?:;…—–-]$/`). */
const ENDERS = '.!?:;…—–-';

/**
 * Runs the post-rules over one document's candidates. `allRules` runs every rule whatever its trigger words (for
 * the tests: a trigger only skips rules that would change nothing, so the result is the same).
 */
export function refineCandidates(cands: readonly Candidate[], cx: RefineContext, allRules = false): Candidate[] {
  let out = [...cands].sort((a, b) => a.start - b.start);
  const rx: RuleContext = new DocRuleContext(cx);
  const on = allRules ? new Uint8Array(REFINE_RULES.length).fill(1) : triggeredRules(rx);
  for (let k = 0; k < REFINE_RULES.length; k++) if (on[k] !== 0) out = REFINE_RULES[k]!.apply(out, rx);
  return out;
}

/** The indices of the rules each trigger word ({@link RefineRule.trigger}) turns on. */
const TRIGGER_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  REFINE_RULES.forEach((r, k) => {
    if (r.trigger === undefined) return;
    for (const w of r.trigger) {
      const list = m.get(w) ?? [];
      if (!list.includes(k)) list.push(k);
      m.set(w, list);
    }
  });
  return m;
})();
/** The length and first unit of a word, as one small number (a word's "shape" for {@link TRIGGER_SHAPES}). */
const shapeOf = (w: string) => (Math.min(w.length, 31) << 7) | (w.charCodeAt(0) & 127);
/**
 * The shapes of the trigger words: a token whose shape is not here is no trigger word, and most tokens are ruled out
 * by this array read instead of a map lookup.
 */
const TRIGGER_SHAPES: Uint8Array = (() => {
  const a = new Uint8Array(32 << 7);
  for (const w of TRIGGER_INDEX.keys()) a[shapeOf(w)] = 1;
  return a;
})();
/** 1 for the rules without a trigger (they always run), 0 for the others. */
const UNTRIGGERED: Uint8Array = Uint8Array.from(REFINE_RULES, (r) => (r.trigger === undefined ? 1 : 0));

/**
 * Which rules may change anything in this story (1) and which cannot (0): the untriggered ones, and those with a
 * trigger word among the story's tokens (their normalized text or their text). One map lookup per token replaces a
 * pass over the candidates per rule — and rules that never run in a story are never compiled for it.
 */
function triggeredRules(cx: RuleContext): Uint8Array {
  const on = UNTRIGGERED.slice();
  const { words, tokens } = cx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    markTriggered(on, w);
    // A trigger may be written as the raw token (the normalized word differs for curly apostrophes, hyphens ...).
    const t = tokens[i]!.text;
    if (t !== w) markTriggered(on, t);
  }
  return on;
}

/** Turns on in `on` the rules that `word` triggers; the shape test skips the map lookup for most words. */
function markTriggered(on: Uint8Array, word: string): void {
  const ks = TRIGGER_SHAPES[shapeOf(word)] === 0 ? undefined : TRIGGER_INDEX.get(word);
  if (ks !== undefined) for (let j = 0; j < ks.length; j++) on[ks[j]!] = 1;
}

/**
 * The {@link RuleContext} of one document: its words, and empty memos filled as the rules ask. A class, not an
 * object literal of closures: a literal made fresh closures per document, so a rule whose compiled code had met
 * one document's `cx.bits` saw another function at the next document ("wrong call target") and was deoptimised;
 * prototype methods are the same functions for every document.
 */
class DocRuleContext implements RuleContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  /** A PACKED array whether or not the caller is optimised (see `tokTexts`): every rule reads it. */
  readonly words: readonly string[];
  /** One-token phrases (most questions) by token, in an array: −1 not computed yet (class bits are below 2^15). */
  private readonly wordBits: Int32Array;
  /** Longer ones keyed by start · 2^32 + end (exact in a double for any document that fits in memory). */
  private readonly bitsMemo = new Map<number, number>();
  /** 0: not computed yet, 1: a name word, 2: not. */
  private readonly nameMemo: Uint8Array;
  /** 0: not computed yet, 1: opens a sentence, 2: does not. */
  private readonly startMemo: Uint8Array;
  /** The last candidate list `covering` was asked about, and its answer. */
  private coveredOf: readonly Candidate[] | null = null;
  private covered: Int32Array = new Int32Array(0);

  constructor(private readonly base: RefineContext) {
    this.text = base.text;
    this.tokens = base.tokens;
    this.gazetteer = base.gazetteer;
    this.words = tokTexts(base.tokens, 0, base.tokens.length);
    this.wordBits = new Int32Array(base.tokens.length).fill(-1);
    this.nameMemo = new Uint8Array(base.tokens.length);
    this.startMemo = new Uint8Array(base.tokens.length);
  }

  bits(r: TokenRange): number {
    if (r.end - r.start === 1) {
      let b = this.wordBits[r.start]!;
      if (b < 0) this.wordBits[r.start] = b = this.gazetteer.bits(this.words[r.start]!.toLowerCase());
      return b;
    }
    const key = r.start * 4294967296 + r.end;
    let b = this.bitsMemo.get(key);
    if (b === undefined) this.bitsMemo.set(key, (b = this.gazetteer.bits(gazKey(this.words.slice(r.start, r.end)))));
    return b;
  }

  nameWord(i: number): boolean {
    let v = this.nameMemo[i]!;
    if (v === 0) {
      const t = this.tokens[i]!;
      v = isCapWord(t) && /^[\p{L}'’.-]+$/u.test(t.text) && /\p{Ll}/u.test(t.text) && !isRoleOrTitle(tokText(t)) ? 1 : 2;
      this.nameMemo[i] = v;
    }
    return v === 1;
  }

  sentenceStart(i: number): boolean {
    let v = this.startMemo[i]!;
    if (v === 0) this.startMemo[i] = v = sentenceInitial(this.base, i) ? 1 : 2;
    return v === 1;
  }

  covering(cands: readonly Candidate[]): Int32Array {
    if (cands !== this.coveredOf) {
      this.coveredOf = cands;
      this.covered = coveringIndex(cands, this.tokens.length);
    }
    return this.covered;
  }
}
