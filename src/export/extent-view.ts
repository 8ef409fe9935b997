/**
 * The ACE/MEANTIME view of a document's mentions, which `export --to eval-jsonl --spans extent` writes: besides each
 * mention's noun-phrase extent (`stages/entities/extent.ts`), three conventions of those corpora that a flat name layer
 * does not show. Each is a typed rule with an id below; the example sentences are written for factwire.
 *
 * - `demonym-premodifier`: a nationality or regional adjective before a noun ("the Norwegian carmaker") is a
 *   pre-modifying name of the place (MEANTIME's PRE.NAM, ACE's GPE premodifier), so it is written as a place (GPE),
 *   not as a group (NORP). Not when it is a noun itself ("the Norwegians said", "the winner was Norwegian").
 * - `country-government`: "the Norland Government", "the Norwegian Government" (capitalized: the name of the
 *   country's government) is a mention of the country, as a place-and-polity (ACE's GPE; MEANTIME types it LOC), not
 *   an organization. The lowercase "the Norland government" stays the name alone (MEANTIME mostly marks it so).
 * - `currency-as-market`: a currency spoken of as a traded thing, "the dollar" or "the Norwegian krone" (what rises
 *   and falls against another), is a financial entity in MEANTIME (FIN, which the scorer counts as ORG); the mention
 *   layer has no such type, so the view writes the phrase as ORG. Not a currency as a unit ("40 billion dollars",
 *   "a dollar amount"): only after "the" and at the end of its phrase.
 *
 * Nothing here changes the annotation: the view is computed at export time from the mentions and tokens.
 */
import type { AnnotationDocument, EntityType, Mention, Token } from '../types/annotation.js';
import { GAZ_CLASSES, gazKey, Gazetteer, ownGazetteerEntries } from '../ner/gazetteer.js';
import { endsPhrase, sentenceIndex } from '../stages/entities/extent.js';

/** The ids of the view's rules. */
export type ExtentViewRuleId = 'demonym-premodifier' | 'country-government' | 'currency-as-market';

/** One rule of the view, as documentation: what it writes, with an example written for factwire. */
export interface ExtentViewRule {
  readonly id: ExtentViewRuleId;
  readonly description: string;
  readonly example: string;
}

/** The rules of the view. */
export const EXTENT_VIEW_RULES: readonly ExtentViewRule[] = [
  { id: 'demonym-premodifier', description: 'a NORP mention that is a nationality or regional adjective before a noun is written as GPE (a pre-modifying name of the place)',
    example: 'the Norwegian carmaker -> "Norwegian" GPE' },
  { id: 'country-government', description: 'a country (or its adjective) with a capitalized "Government" after it names the country as a political body: written as one GPE phrase (with its "the" when the phrase ends there)',
    example: 'the Norland Government said -> "the Norland Government" GPE' },
  { id: 'currency-as-market', description: '"the", optionally a country or its adjective, and a currency noun ending the phrase: the currency as a traded thing, written as ORG (MEANTIME FIN)',
    example: 'the krone rose against the euro -> "the krone" ORG, "the euro" ORG' },
];

/**
 * Currency nouns (lower case, singular: the traded currency is singular, "the dollar"; plurals are amounts). Words
 * that are also common English words ("won", "real", "rand", "mark") are left out.
 */
const CURRENCY_NOUNS: ReadonlySet<string> = new Set(['dollar', 'euro', 'yen', 'pound', 'sterling', 'yuan', 'renminbi', 'rouble', 'ruble', 'franc',
  'rupee', 'peso', 'lira', 'krona', 'krone', 'zloty', 'forint', 'shekel', 'ringgit', 'baht', 'rupiah', 'dinar', 'dirham', 'riyal', 'hryvnia']);

/**
 * Adjectives of world regions, which the country tables' demonyms do not cover ("European" is Europe's adjective,
 * not a country's). Lower case.
 */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set(['european', 'asian', 'african', 'north american', 'south american', 'latin american',
  'middle eastern', 'scandinavian', 'nordic', 'caribbean', 'balkan', 'baltic', 'arctic', 'antarctic', 'pacific', 'atlantic', 'mediterranean']);

const DEMONYM_BIT = 1 << GAZ_CLASSES.demonym;
let ownTables: Gazetteer | null = null;

/** factwire's own place tables (countries with their demonyms, states, regions), built on first use. */
function own(): Gazetteer {
  ownTables ??= new Gazetteer({ source: 'factwire', entries: ownGazetteerEntries() });
  return ownTables;
}

const COUNTRY_STATE_DEMONYM = (1 << GAZ_CLASSES.country) | (1 << GAZ_CLASSES.state) | DEMONYM_BIT;

/** Is `text` (a name without "the") a country, a state, or the adjective of one (factwire's own tables)? */
function isCountryName(text: string): boolean {
  return (own().bits(gazKey(text.split(/\s+/u))) & COUNTRY_STATE_DEMONYM) !== 0;
}

/** Is `text` a country's demonym (factwire's own tables) or a region's adjective? */
function isPlaceAdjective(text: string): boolean {
  const key = gazKey(text.split(/\s+/u));
  return REGION_ADJECTIVES.has(key) || (own().bits(key) & DEMONYM_BIT) !== 0;
}

/** One entity of the view: a span in the document's offset unit, its type, and the rule that wrote it (if any). */
export interface ViewEntity {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly rule?: ExtentViewRuleId;
}

/** Index of the token ending exactly at offset `end`, or -1 (binary search: tokens are sorted and disjoint). */
function tokenEndingAt(tokens: readonly Token[], end: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end === end) return mid;
    if (t.end < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The entity the extent view writes for each mention of `doc`, in mention order: the extent (or the span), typed by
 * the view's rules. Deterministic; every span slices `doc.text`.
 */
export function extentView(doc: AnnotationDocument): ViewEntity[] {
  const tokens = doc.tokens;
  let sentenceOf: Int32Array | null = null;
  // Where a mention starting at token `i` ends ("the Norwegian and Danish carmakers": the phrase goes on past both).
  let nameEnds: Map<number, number> | null = null;
  const out: ViewEntity[] = [];
  for (const m of doc.mentions) {
    let type = m.type;
    let rule: ExtentViewRuleId | undefined;
    if (m.type === 'NORP' && isPlaceAdjective(m.text)) {
      sentenceOf ??= sentenceIndex(tokens.length, doc.sentences);
      nameEnds ??= mentionEnds(doc.mentions, tokens);
      const last = tokenEndingAt(tokens, m.end);
      const ends = nameEnds;
      if (last >= 0 && !endsPhrase({ text: doc.text, tokens, sentenceOf, gazetteer: own() }, last + 1, (i) => ends.get(i) ?? -1)) {
        type = 'GPE';
        rule = 'demonym-premodifier';
      }
    }
    let span: { start: number; end: number; text: string } = m.extent ?? { start: m.start, end: m.end, text: m.text };
    // country-government (a): the tagger took "Norland Government" as one name (typed ORG, or MISC after a demonym).
    const gov = /^(?:the\s+)?(.+)\s+Government$/u.exec(m.text);
    if (m.type !== 'PERSON' && m.type !== 'GPE' && gov && isCountryName(gov[1]!)) {
      type = 'GPE';
      rule = 'country-government';
    } else if (m.type === 'GPE' && isCountryName(m.text)) {
      // country-government (b): the country is the name and "Government" the next word.
      sentenceOf ??= sentenceIndex(tokens.length, doc.sentences);
      nameEnds ??= mentionEnds(doc.mentions, tokens);
      const g = governmentAfter(doc, sentenceOf, nameEnds, m);
      if (g) {
        span = g;
        rule = 'country-government';
      }
    }
    out.push(rule ? { ...span, type, rule } : { ...span, type });
  }
  return out;
}

/**
 * Rule `currency-as-market`: the phrases "the (COUNTRY|DEMONYM) CURRENCY" of `doc` that end their noun phrase and
 * overlap no mention, in text order, typed ORG. Deterministic; every span slices `doc.text` in the document's unit.
 */
export function currencyPhrases(doc: AnnotationDocument): ViewEntity[] {
  const tokens = doc.tokens;
  const out: ViewEntity[] = [];
  let sentenceOf: Int32Array | null = null;
  let covered: Uint8Array | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !CURRENCY_NOUNS.has(t.text)) continue;
    sentenceOf ??= sentenceIndex(tokens.length, doc.sentences);
    covered ??= coveredTokens(doc.mentions, tokens);
    if (covered[i]) continue;
    // "the dollar", "the U.S. dollar", "the Norwegian krone": a place (or its adjective) may stand between.
    let k = i - 1;
    if (covered[k]) {
      const m = doc.mentions.find((x) => x.end === tokens[k]!.end && (x.type === 'GPE' || x.type === 'NORP'));
      if (!m) continue;
      while (k > 0 && tokens[k - 1]!.end > m.start) k--;
      k--;
    }
    if (k < 0 || tokens[k]!.text.toLowerCase() !== 'the' || sentenceOf[k] !== sentenceOf[i]) continue;
    if (!endsPhrase({ text: doc.text, tokens, sentenceOf, gazetteer: own() }, i + 1)) continue;
    out.push({ start: tokens[k]!.start, end: t.end, text: textBetween(doc, tokens, k, i), type: 'ORG', rule: 'currency-as-market' });
  }
  return out;
}

/** The text of tokens `a..b` (inclusive), sliced in the document's offset unit. */
function textBetween(doc: AnnotationDocument, tokens: readonly Token[], a: number, b: number): string {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return doc.offsets === 'utf16' ? doc.text.slice(start, end) : Array.from(doc.text).slice(start, end).join('');
}

/** 1 for each token inside a mention. */
function coveredTokens(mentions: readonly Mention[], tokens: readonly Token[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) {
    for (let last = tokenEndingAt(tokens, m.end); last >= 0 && tokens[last]!.start >= m.start; last--) covered[last] = 1;
  }
  return covered;
}

/**
 * Rule `country-government` (b): "(the) Norland Government" after the country mention `m`, when "Government" (so
 * capitalized) is no mention's and the phrase ends after it; "the" is taken when it stands right before the country.
 * The phrase, or null.
 */
function governmentAfter(doc: AnnotationDocument, sentenceOf: Int32Array, nameEnds: ReadonlyMap<number, number>, m: Mention):
  { start: number; end: number; text: string } | null {
  const tokens = doc.tokens;
  const last = tokenEndingAt(tokens, m.end);
  const g = last + 1;
  if (last < 0 || g >= tokens.length || tokens[g]!.text !== 'Government' || nameEnds.has(g) || sentenceOf[g] !== sentenceOf[last]) return null;
  if (!endsPhrase({ text: doc.text, tokens, sentenceOf, gazetteer: own() }, g + 1, (i) => nameEnds.get(i) ?? -1)) return null;
  let first = last;
  while (first > 0 && tokens[first - 1]!.end > m.start) first--;
  if (first > 0 && tokens[first - 1]!.text.toLowerCase() === 'the' && sentenceOf[first - 1] === sentenceOf[first]) first--;
  return { start: tokens[first]!.start, end: tokens[g]!.end, text: textBetween(doc, tokens, first, g) };
}

/** Token index of each mention's first token -> token index after its last (mentions on token edges only). */
function mentionEnds(mentions: readonly Mention[], tokens: readonly Token[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const m of mentions) {
    const last = tokenEndingAt(tokens, m.end);
    if (last < 0) continue;
    let first = last;
    while (first > 0 && tokens[first - 1]!.end > m.start) first--;
    if (tokens[first]!.start === m.start) ends.set(first, last + 1);
  }
  return ends;
}
