/**
 * Names inside names: the optional `inner` layer of a mention. `University of Helsinki` is one ORG mention, and
 * corpora that annotate nested names (GUM; MEANTIME now and then: `US` in `US Air Force`) also count the place
 * `Helsinki` inside it; CoNLL-2003 and OntoNotes do not. So the mention layer stays flat (the default output is what
 * it was) and the names found inside a mention are listed on it as `inner`; `factwire export --to eval-jsonl
 * --nested` adds them as entities.
 *
 * Rules are typed data rows with ids (the id goes into the inner name's `by`). Each rule proposes token sub-ranges
 * of a parent mention; the proposals are pooled and chosen longest first (then by rule order, then leftmost), never
 * overlapping one another and never holding the parent's head word, so the layer is deterministic and every inner
 * name is a strict sub-span of its parent on token edges. Rules and guards were chosen on GUM train documents and
 * MEANTIME dev (precision of each rule's inner names against their nested gold names), not on GUM's official dev.
 */
import type { EntityType, InnerName, Token } from '../../types/annotation.js';
import { GAZ_CLASSES, gazKey, type Gazetteer } from '../../ner/gazetteer.js';
import { DISCIPLINES } from '../../ner/data/names.js';
import { isCapWord, overlaps, tokText, tokTexts, type TokenRange } from '../../ner/spans.js';
import { BY } from './apply.js';
import type { Candidate } from './candidates.js';

/** A mention's `inner` list: at least one name (the key is absent when there is none). */
export type InnerNames = [InnerName, ...InnerName[]];

/** A proposed inner name over global token indices. */
export interface InnerProposal extends TokenRange {
  readonly type: EntityType;
  readonly rule: string;
}

/** What a rule sees: the document's text and tokens, the gazetteer, and the document's names. */
export interface InnerContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  /** Text of each mention → its type and how many mentions have that text. */
  readonly names: NameLookup;
  /** Can a name start or end on token `i` (see {@link nameEdge})? */
  nameEdge(i: number): boolean;
  /** The gazetteer bits of tokens `[a, b)` as one phrase. */
  gazBits(a: number, b: number): number;
}

/** The document's names by text ({@link DocumentNames} resolves them on demand). */
export interface NameLookup {
  /** The name written `text`, if the document has it and it has at least `minCount` mentions. */
  get(text: string, minCount?: number): DocName | undefined;
}

/** A name the document uses as a mention of its own. */
export interface DocName {
  readonly type: EntityType;
  readonly count: number;
}

/** One inner-name rule. */
export interface InnerRule {
  readonly id: string;
  /** Parent mention types the rule looks inside. */
  readonly parents: ReadonlySet<EntityType>;
  /** An example the rule is meant for: the parent, and the inner name it yields (documentation, and a test case). */
  readonly example: { readonly parent: string; readonly inner: string; readonly type: EntityType };
  /** Proposals inside `parent` (strict sub-ranges; the caller checks it again). */
  find(cx: InnerContext, parent: Candidate): InnerProposal[];
}

/** Longest sub-range looked at, in tokens (gazetteer phrases are at most 6 tokens; names in this layer are short). */
const MAX_INNER_TOKENS = 6;
/** How many mentions of its own a one-word name needs before rule `doc-name` finds it inside another name. */
const MIN_ONE_WORD_COUNT = 2;
/** Parents longer than this are not searched (a run-on mention is a tagging error, not a name with names in it). */
const MAX_PARENT_TOKENS = 12;

const PLACE_BITS = (1 << GAZ_CLASSES.country) | (1 << GAZ_CLASSES.city) | (1 << GAZ_CLASSES.state);
const REGION_BIT = 1 << GAZ_CLASSES.region;
const FIRST_BIT = 1 << GAZ_CLASSES.first;
const LAST_BITS = (1 << GAZ_CLASSES.last) | (1 << GAZ_CLASSES.person);

/**
 * Lowercase words that end the head part of a name (`University` in `University of Oslo`, `Instituto` in
 * `Instituto de Física`): the name's head is the word before the first of them, else its last word.
 */
export const HEAD_BREAKERS: readonly string[] = ['of', 'for', 'de', 'da', 'do', 'du', 'del', 'della', 'di', 'des', 'von', 'van', 'on', 'in', 'at'];
const BREAKERS = new Set(HEAD_BREAKERS);

/**
 * Index of the head word of a name: a name inside another one is a modifier of it (`Oslo` in `University of
 * Oslo`, `Ada Quill` in `Ada Quill Foundation`); the head (`University`, `Foundation`) names the parent itself, so
 * a sub-span holding it is the parent under a shorter name (`Red Sox` of `Boston Red Sox`), not a second name.
 */
export function headIndex(tokens: readonly Token[], parent: TokenRange): number {
  for (let i = parent.start + 1; i < parent.end - 1; i++) if (BREAKERS.has(tokens[i]!.text)) return i - 1;
  return parent.end - 1;
}

/**
 * Words that make an organization name without naming anything else (`Apple Inc.`, `Qantas Airways`): an ORG
 * inside an ORG followed only by these is the same organization.
 */
export const SAME_ORG_SUFFIXES: readonly string[] = [
  'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Co', 'Company', 'Ltd.', 'Ltd', 'LLC', 'LLP', 'PLC', 'plc', 'AG', 'GmbH',
  'SA', 'S.A.', 'NV', 'N.V.', 'SpA', 'Group', 'Holdings', 'Industries', 'Enterprises', 'International', 'Computer', 'Computers',
  'Airways', 'Airlines', 'Motors', 'Motor', 'Corps', 'Aircraft',
];
const SAME_ORG = new Set(SAME_ORG_SUFFIXES);

/** Can a name start or end on this token? A capitalised word or an acronym (`US`, `U.S.`, `LA`), not punctuation. */
const nameEdge = (t: Token): boolean => isCapWord(t) || /^\p{Lu}[\p{Lu}.]*$/u.test(t.text);
/** A one-word name of one or two letters must be an acronym (`US`, `LA`), not an abbreviation (`St`, `Mt`). */
const tooShort = (tokens: readonly Token[], q: TokenRange) => q.end - q.start === 1 && tokens[q.start]!.text.replace(/\./g, '').length <= 2
  && !/^[\p{Lu}.]+$/u.test(tokens[q.start]!.text);

/** Every sub-range `[a, b)` of `parent` (strict, at most {@link MAX_INNER_TOKENS} tokens) with name-like edges. */
function subRanges(cx: InnerContext, parent: TokenRange, visit: (a: number, b: number) => void): void {
  for (let a = parent.start; a < parent.end; a++) {
    if (!cx.nameEdge(a)) continue;
    for (let b = a + 1; b <= parent.end && b - a <= MAX_INNER_TOKENS; b++) {
      if (a === parent.start && b === parent.end) continue;
      if (cx.nameEdge(b - 1)) visit(a, b);
    }
  }
}

const sliceText = (cx: InnerContext, a: number, b: number) => cx.text.slice(cx.tokens[a]!.start, cx.tokens[b - 1]!.end);

/**
 * Head words named after a person (`Einstein Institute`, `Nobel Prize`, `McMurdo Station`): the capitalised words
 * right before one of them, at the start of the mention, are a person's name when the gazetteer knows them as one.
 */
export const EPONYM_HEADS: readonly string[] = [
  'Foundation', 'Institute', 'Prize', 'Award', 'Awards', 'Medal', 'Trophy', 'Fellowship', 'Lecture', 'Center', 'Centre',
  'Station', 'Telescope', 'Bridge', 'Tower', 'Building', 'Academy', 'Museum', 'Memorial', 'Library', 'Stadium', 'Hall',
  'Park', 'School', 'College', 'University', 'Hospital', 'Airport', 'Theatre', 'Theater', 'Collection', 'Trust', 'Fund',
];
const EPONYM = new Set(EPONYM_HEADS);

/**
 * Head words whose `of` phrase names a place (`University of Leeds`, `Municipality of Varna`): the capitalised words
 * after `of` (and an optional `the`) up to the end of the mention are a place, gazetteer or not. Heads whose `of`
 * phrase is usually a subject or a field (`Department of Energy`, `Institute of Technology`) are not in the list.
 */
export const PLACE_OF_HEADS: readonly string[] = [
  'University', 'Universities', 'Municipality', 'City', 'Town', 'Province', 'County', 'Diocese', 'Archdiocese',
];
const PLACE_OF = new Set(PLACE_OF_HEADS);
/** Fields of study and similar words that are not places after `of` (`University of Technology`). */
const NOT_PLACES = new Set([...DISCIPLINES, 'Technology', 'Science', 'Sciences', 'Arts', 'Art', 'Applied', 'Health', 'Music', 'Design', 'Law', 'Management']);

const ALL_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'MISC'];
const allBut = (...ts: EntityType[]): ReadonlySet<EntityType> => new Set(ALL_TYPES.filter((t) => !ts.includes(t)));

/**
 * The rules. Their proposals are pooled and chosen longest first (`George Washington` over `Washington`); for two
 * proposals of the same length, the earlier rule wins.
 */
export const INNER_RULES: readonly InnerRule[] = [
  {
    id: 'place-gazetteer',
    parents: allBut('PERSON', 'GPE', 'LOC'),
    example: { parent: 'University of Oslo', inner: 'Oslo', type: 'GPE' },
    // A country, state, city or region the gazetteer knows (`US` in `US Air Force`, `Oslo` in `University of Oslo`).
    find(cx, p) {
      const out: InnerProposal[] = [];
      // In a name written all in capitals (a headline: `LA PRESSE`) a one- or two-letter word is no acronym.
      const capitals = !/\p{Ll}/u.test(sliceText(cx, p.start, p.end));
      subRanges(cx, p, (a, b) => {
        if (capitals && b - a === 1 && cx.tokens[a]!.text.replace(/\./g, '').length <= 2) return;
        const bits = cx.gazBits(a, b);
        if ((bits & PLACE_BITS) !== 0) out.push({ start: a, end: b, type: 'GPE', rule: 'place-gazetteer' });
        else if ((bits & REGION_BIT) !== 0) out.push({ start: a, end: b, type: 'LOC', rule: 'place-gazetteer' });
      });
      return out;
    },
  },
  {
    id: 'place-of',
    parents: allBut('PERSON', 'GPE', 'LOC'),
    example: { parent: 'University of Tromsø', inner: 'Tromsø', type: 'GPE' },
    // `<place-of head> of [the] X Y`: X Y, capitalised words to the end of the mention, is a place.
    find(cx, p) {
      for (let i = p.start; i + 2 < p.end; i++) {
        if (!PLACE_OF.has(tokText(cx.tokens[i]!)) || cx.tokens[i + 1]!.text !== 'of') continue;
        let a = i + 2;
        if (cx.tokens[a]!.text === 'the' && a + 1 < p.end) a++;
        for (let k = a; k < p.end; k++) if (!isCapWord(cx.tokens[k]!) || NOT_PLACES.has(tokText(cx.tokens[k]!))) return [];
        return p.end - a <= 3 ? [{ start: a, end: p.end, type: 'GPE', rule: 'place-of' }] : [];
      }
      return [];
    },
  },
  {
    id: 'doc-name',
    parents: allBut('PERSON', 'GPE', 'LOC'),
    example: { parent: 'Ada Quill Foundation', inner: 'Ada Quill', type: 'PERSON' },
    // A sub-span that is, word for word, another mention of the same document takes that mention's type. A
    // one-word name must stand alone at least twice: one-word mentions seen once are too often capitalised words.
    find(cx, p) {
      const out: InnerProposal[] = [];
      subRanges(cx, p, (a, b) => {
        const name = cx.names.get(sliceText(cx, a, b), b - a > 1 ? 0 : MIN_ONE_WORD_COUNT);
        if (name !== undefined) out.push({ start: a, end: b, type: name.type, rule: 'doc-name' });
      });
      return out;
    },
  },
  {
    id: 'eponym',
    parents: allBut('PERSON', 'GPE', 'LOC'),
    example: { parent: 'Maria Lindqvist Institute', inner: 'Maria Lindqvist', type: 'PERSON' },
    // The words before an eponym head, from the mention's first word: a known first name and more words, or one
    // word the gazetteer knows as a surname or person and not as a place, alone or before words that say what the
    // place is (`Halvorsen Science Center`).
    find(cx, p) {
      for (let h = p.start + 1; h < p.end; h++) {
        if (!EPONYM.has(tokText(cx.tokens[h]!))) continue;
        const a = p.start;
        // `Ada Quill`, `Ada B. Quill`: two words, or three with an initial in the middle (not `James Webb Space`).
        if (h - a > 3 || (h - a === 3 && !/^\p{Lu}\.$/u.test(cx.tokens[a + 1]!.text))) return [];
        for (let i = a; i < h; i++) if (!isCapWord(cx.tokens[i]!)) return [];
        const first = cx.gazBits(a, a + 1);
        const whole = cx.gazBits(a, h);
        if (h - a >= 2 && (first & FIRST_BIT) !== 0 && (whole & (PLACE_BITS | REGION_BIT)) === 0) return [{ start: a, end: h, type: 'PERSON', rule: 'eponym' }];
        // One word the gazetteer knows as a surname or person and not as a place or a first name.
        if ((first & LAST_BITS) === 0 || (first & (PLACE_BITS | REGION_BIT | FIRST_BIT)) !== 0) return [];
        if (h - a === 1) return [{ start: a, end: h, type: 'PERSON', rule: 'eponym' }];
        // `Halvorsen Science Center`: the surname, then words (not names the gazetteer knows) that say what the place is.
        if ((cx.gazBits(a + 1, h) & (LAST_BITS | FIRST_BIT | PLACE_BITS | REGION_BIT)) === 0) return [{ start: a, end: a + 1, type: 'PERSON', rule: 'eponym' }];
        return [];
      }
      return [];
    },
  },
];

/** The inner-name rules' ids and word lists as one string, for the stage fingerprint (they are part of the output). */
export function innerRulesFingerprint(): string {
  return JSON.stringify({
    inner: INNER_RULES.map((r) => [r.id, [...r.parents]]), EPONYM_HEADS, PLACE_OF_HEADS, HEAD_BREAKERS, SAME_ORG_SUFFIXES,
    NOT_PLACES: [...NOT_PLACES], MIN_ONE_WORD_COUNT, MAX_INNER_TOKENS, MAX_PARENT_TOKENS,
  });
}

/**
 * The names of {@link InnerContext} built from the document's candidates. A name's type is the most frequent type of
 * its mentions (the first one's on a tie). A one-word name that the document also writes in lowercase (`Basic`,
 * `International` beside `basic`, `international`) is a capitalised common word, not a name to find inside others.
 *
 * Whether a name is written in lowercase elsewhere is asked only of a one-word name a rule looks up, and answered
 * by searching the text for the lowercase form (a pass over all the document's tokens for every document was the
 * costliest part of this layer).
 */
class DocumentNames implements NameLookup {
  /** Each mention text's counts per type, in first-seen order. */
  private readonly counts = new Map<string, Map<EntityType, number>>();
  /** A one-word name's lowercase form → the name (the last one-word name of that form, when there are several). */
  private readonly oneWord = new Map<string, string>();
  /** Lowercase form → whether a token is written so (filled on demand). */
  private readonly lowercaseToken = new Map<string, boolean>();

  constructor(private readonly text: string, private readonly tokens: readonly Token[], candidates: readonly Candidate[]) {
    for (const c of candidates) {
      const t = text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end);
      let byType = this.counts.get(t);
      if (!byType) this.counts.set(t, (byType = new Map()));
      byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
      if (c.end - c.start === 1) this.oneWord.set(t.toLowerCase(), t);
    }
  }

  get(t: string, minCount = 0): DocName | undefined {
    const byType = this.counts.get(t);
    if (byType === undefined) return undefined;
    let best: EntityType | null = null;
    let most = 0;
    let count = 0;
    // Map order is insertion order: the first type seen wins a tie.
    for (const [type, k] of byType) {
      count += k;
      if (k > most) { best = type; most = k; }
    }
    // Too few mentions: the caller has no use for the name, dropped or not, so the token pass is not made for it.
    if (count < minCount) return undefined;
    // A one-word name whose lowercase form is a token's text is dropped. When several one-word names share a lowercase
    // form (`Basic`, `BASIC`), only the last one seen is: the one the lowercase form keeps.
    if (this.oneWord.size > 0) {
      const low = t.toLowerCase();
      if (low !== t && this.oneWord.get(low) === t && this.isToken(low)) return undefined;
    }
    return { type: best!, count };
  }

  /**
   * Is `w` the text of a token? Each place the text holds `w` is checked for a token starting there (binary search):
   * a token's text is the text between its offsets, so every such token is at one of them.
   */
  private isToken(w: string): boolean {
    let found = this.lowercaseToken.get(w);
    if (found !== undefined) return found;
    found = false;
    for (let at = this.text.indexOf(w); at >= 0 && !found; at = this.text.indexOf(w, at + 1)) {
      const k = tokenStartingAt(this.tokens, at);
      found = k >= 0 && this.tokens[k]!.text === w;
    }
    this.lowercaseToken.set(w, found);
    return found;
  }
}

/** Index of the token starting at offset `at` in `tokens` (sorted by offset), or -1. */
function tokenStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === at ? lo : -1;
}

/**
 * The {@link InnerContext} of one document. Whether a token is a name edge (asked of a token by every sub-range
 * around it, for each rule) is computed on first use and kept per token, and the document's names are gathered only
 * when a rule first reads them (a document may have no parent the rules look inside).
 */
class DocContext implements InnerContext {
  /** Per token: 0 not computed yet, 1 a name edge, 2 not. */
  private readonly edges: Uint8Array;
  private docNames: DocumentNames | undefined;

  constructor(readonly text: string, readonly tokens: readonly Token[], readonly gazetteer: Gazetteer, private readonly candidates: readonly Candidate[]) {
    this.edges = new Uint8Array(tokens.length);
  }

  get names(): NameLookup {
    return (this.docNames ??= new DocumentNames(this.text, this.tokens, this.candidates));
  }

  nameEdge(i: number): boolean {
    let e = this.edges[i]!;
    if (e === 0) this.edges[i] = e = nameEdge(this.tokens[i]!) ? 1 : 2;
    return e === 1;
  }

  gazBits(a: number, b: number): number {
    return this.gazetteer.bits(gazKey(tokTexts(this.tokens, a, b)));
  }
}

/**
 * The inner names of every candidate (same order; `undefined` for a candidate with none, so the mention's key can
 * be written as absent). Offsets are doc.text's (UTF-16), like the mentions' before output conversion.
 */
export function findInnerNames(text: string, tokens: readonly Token[], candidates: readonly Candidate[], gazetteer: Gazetteer,
  rules: readonly InnerRule[] = INNER_RULES): (InnerNames | undefined)[] {
  const out: (InnerNames | undefined)[] = [];
  if (candidates.length === 0) return out;
  const cx = new DocContext(text, tokens, gazetteer, candidates);
  // The parent types some rule looks inside: a mention of another type (PERSON, GPE, LOC for the shipped rules) has
  // no inner names, and is passed over before any work.
  const searched = new Set<EntityType>();
  for (const rule of rules) for (const t of rule.parents) searched.add(t);
  for (const p of candidates) {
    const n = p.end - p.start;
    if (n < 2 || n > MAX_PARENT_TOKENS || !searched.has(p.type)) { out.push(undefined); continue; }
    const chosen: InnerProposal[] = [];
    const head = headIndex(tokens, p);
    // The parent's words after the inner name are all company suffixes: the same organization (`Apple Inc.`).
    const sameOrg = (q: InnerProposal) => {
      if (q.type !== 'ORG' || p.type !== 'ORG' || q.start !== p.start) return false;
      for (let i = q.end; i < p.end; i++) if (!SAME_ORG.has(tokens[i]!.text)) return false;
      return true;
    };
    const pool: InnerProposal[] = [];
    const order: number[] = [];
    for (let r = 0; r < rules.length; r++) {
      if (!rules[r]!.parents.has(p.type)) continue;
      for (const q of rules[r]!.find(cx, p)) { pool.push(q); order.push(r); }
    }
    if (pool.length === 0) { out.push(undefined); continue; }
    // Longest first, then earlier rule, then leftmost. The indices by a loop, not `pool.map`: an optimised `map` returns
    // a HOLEY array, the builtin a PACKED one, and the sort's caller deopted on the second kind (as `tokTexts`).
    const idx: number[] = [];
    for (let i = 0; i < pool.length; i++) idx.push(i);
    idx.sort((x, y) => (pool[y]!.end - pool[y]!.start) - (pool[x]!.end - pool[x]!.start)
      || order[x]! - order[y]! || pool[x]!.start - pool[y]!.start);
    for (const i of idx) {
      const q = pool[i]!;
      if (q.start < p.start || q.end > p.end || q.end - q.start >= n) continue;
      if ((q.start <= head && head < q.end) || tooShort(tokens, q) || sameOrg(q)) continue;
      if (chosen.some((c) => overlaps(c, q))) continue;
      chosen.push(q);
    }
    if (chosen.length === 0) { out.push(undefined); continue; }
    chosen.sort((x, y) => x.start - y.start);
    const names = chosen.map((q): InnerName => {
      const start = tokens[q.start]!.start;
      const end = tokens[q.end - 1]!.end;
      return { start, end, text: text.slice(start, end), type: q.type, by: `${BY}/inner.${q.rule}` };
    });
    out.push(names as InnerNames);
  }
  return out;
}
