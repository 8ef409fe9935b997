/**
 * The extent of a named mention: the whole noun phrase the name heads, as ACE-style corpora (ACE, MEANTIME) mark
 * it, next to the name-only span factwire's mentions follow (CoNLL/OntoNotes). "the Tarvo stock index",
 * "Kessler analyst Mara Voss", "Millbrook, Ohio": the mention is the name, its extent the phrase around it.
 *
 * The phrase is read off the tokens with word lists (the stage has no part-of-speech tags): going left from the
 * name, a title or a descriptor noun ("analyst", "carmaker") with its own premodifiers (adjectives, nouns, places,
 * other names: "Kessler chief executive", "Norland auto maker"), a possessor ("Norland's", "the company's"), a role
 * with an of-phrase ("the chairman of Velta Motors"), or a country before an institution ("Norland Air Force");
 * going right, a head noun that keeps the phrase about the name's referent ("index", "exchanges", "government"); a
 * city's region after a comma; a facility's city after "in"; and a leading determiner when the name (with what was
 * added) ends the noun phrase — not when it only modifies a noun after it ("the Velta plant"). Each rule is a typed
 * row with an id below; the word lists are written for factwire from general knowledge (no evaluation file was read
 * into them).
 */
import type { EntityType, Token } from '../../types/annotation.js';
import { ROLE_WORDS } from '../../ner/data/names.js';
import { PERSON_NOUNS } from '../../ner/data/persons.js';
import { GAZ_CLASSES, gazKey, type Gazetteer } from '../../ner/gazetteer.js';
import { isCapWord, startsUpper, TITLES, tokText, tokTexts, type TokenRange } from '../../ner/spans.js';
import type { Candidate } from './candidates.js';
import { COMPANY_NOUNS } from './news-rules.js';

/** The rules' word tables, for the stage's fingerprint (a change to them changes the output). */
export function extentTables(): Record<string, unknown> {
  return { rules: EXTENT_RULES, trailing: TRAILING_HEADS, person: [...PERSON_HEADS], org: [...ORG_HEADS_BEFORE], verbLike: [...VERB_LIKE_HEADS],
    premodifiers: [...PREMODIFIERS], adjectives: [...NAME_ADJECTIVES], enders: [...PHRASE_ENDERS], plurals: [...PLURAL_NOUNS], government: [...GOVERNMENT_MODIFIERS],
    possessorDeterminers: [...POSSESSOR_DETERMINERS] };
}

/** The ids of the extent rules (documentation, and the tests' tables name them). */
export type ExtentRuleId = 'title' | 'descriptor' | 'possessor' | 'place-based' | 'trailing-head' | 'government-of' | 'city-region' | 'located-in'
  | 'country-prefix' | 'role-of' | 'chain-possessor' | 'determiner';

/** One extent rule, as documentation: what it adds to the name, with an example written for factwire. */
export interface ExtentRule {
  readonly id: ExtentRuleId;
  readonly description: string;
  readonly example: string;
}

/** The rules, in the order they apply (right side first, then the left side, then the determiner). */
export const EXTENT_RULES: readonly ExtentRule[] = [
  { id: 'city-region', description: 'a city followed by a comma and its state or country (a known one)', example: 'Millbrook, Ohio' },
  { id: 'located-in', description: 'a facility followed by "in" and the city (with its region) it stands in, when the phrase ends there', example: 'the Velta Arena in Millbrook, Ohio' },
  { id: 'trailing-head', description: 'a lowercase head noun after the name, optionally with its own noun modifiers, that keeps the phrase about the name\'s referent', example: 'the Tarvo stock index' },
  { id: 'government-of', description: '"(the) government of" before a country or region', example: 'the government of Norland' },
  { id: 'country-prefix', description: 'a country or state right before an organization\'s name, naming that country\'s institution', example: 'the Norland Air Force' },
  { id: 'title', description: 'the title the entity stage split off the person\'s name', example: 'Senator Ada Brook' },
  { id: 'role-of', description: 'a role with an of-phrase naming an organization or a place, right before a person\'s name', example: 'the chairman of Velta Motors Kai Lund' },
  { id: 'descriptor', description: 'a descriptor noun for the type (a role for a person, a company noun for an organization) and its premodifiers', example: 'Kessler analyst Mara Voss' },
  { id: 'possessor', description: 'a possessor name with its possessive mark', example: 'Norland\'s Tarvo index' },
  { id: 'chain-possessor', description: 'a possessor (a name, or a determiner and a noun) with its possessive mark before a title or descriptor', example: 'the company\'s chief executive Ada Brook' },
  { id: 'place-based', description: 'a place with "based" (or "-based") before an organization', example: 'Millbrook based Velta Motors' },
  { id: 'determiner', description: '"the" before the phrase, when the phrase ends there (the name is its head, not a modifier), or before a plural name with a bare possessive apostrophe', example: 'the Bank of Norland said' },
];

/**
 * A trailing head: a lowercase noun after a name of one of `types` that heads the phrase while the phrase still
 * names the same thing ("the Tarvo index" is the index Tarvo), with the noun modifiers that may come between.
 */
export interface TrailingHead {
  readonly id: string;
  readonly types: readonly EntityType[];
  readonly heads: readonly string[];
  /** Lowercase nouns that may stand between the name and the head ("stock" in "Tarvo stock index"). */
  readonly modifiers: readonly string[];
  readonly example: string;
}

/** Trailing heads. Nouns that name something the organization owns or runs ("plant", "shares", "deal") are not heads. */
export const TRAILING_HEADS: readonly TrailingHead[] = [
  { id: 'market-index', types: ['ORG'], heads: ['index', 'indices', 'indexes', 'average', 'exchange', 'exchanges', 'bourse'],
    modifiers: ['stock', 'share', 'stocks', 'shares', 'industrial', 'benchmark', 'composite', 'blue-chip', 'technology', 'tech', 'futures'], example: 'the Tarvo stock index' },
  { id: 'company-noun', types: ['ORG'], heads: ['company', 'corporation', 'firm', 'group', 'conglomerate', 'unit', 'units', 'division', 'divisions', 'subsidiary', 'airline', 'carrier'],
    modifiers: ['insurance', 'business', 'holding', 'parent', 'car', 'auto', 'oil', 'energy', 'software', 'computer', 'media', 'mining', 'steel', 'chemicals',
      'investment', 'banking', 'telecom', 'telecommunications', 'technology', 'tech', 'retail', 'airline', 'aerospace', 'defence', 'defense', 'pharmaceutical',
      'drug', 'food', 'shipping', 'logistics', 'engineering', 'construction', 'state-owned', 'private', 'public', 'budget', 'regional', 'national', 'flag'],
    example: 'Velta insurance company' },
];
// "the Norland government" is left out: there the name is a premodifier of "government" (the phrase names the
// government, the name the country), and MEANTIME-style gold mostly marks the name alone; "the government of
// Norland", where the name is the complement, is rule `government-of`.

/** Nouns that may follow "the" and precede "of <place>" to make a government's phrase: "the government of Norland". */
const GOVERNMENT_OF: ReadonlySet<string> = new Set(['government', 'governments']);
/** Words between "the" and "government of" ("the provincial government of ..."). */
const GOVERNMENT_MODIFIERS: ReadonlySet<string> = new Set(['federal', 'central', 'national', 'provincial', 'state', 'regional', 'local', 'interim',
  'transitional', 'military', 'coalition']);

/**
 * Descriptor heads per type: the noun right before the name that says what the name is. Matched in lower case
 * (a headline or a sentence start capitalizes them: "Chief executive Ada Brook").
 */
const PERSON_HEADS: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ROLE_WORDS.map((w) => w.toLowerCase()), ...[...TITLES].map((w) => w.toLowerCase()),
  'executive', 'officer', 'chief', 'head', 'boss', 'trader', 'strategist', 'chairman', 'ceo', 'cfo', 'coo', 'cto', 'counterpart', 'official',
  'aide', 'adviser', 'successor', 'predecessor', 'expert', 'rival']);
const ORG_HEADS_BEFORE: ReadonlySet<string> = new Set([...COMPANY_NOUNS, 'company', 'corporation', 'group', 'automaker', 'airframer', 'index', 'exchange',
  'bourse', 'agency', 'regulator', 'watchdog', 'court', 'party', 'union', 'club', 'team', 'band', 'giant', 'outlet', 'daily', 'paper']);
/**
 * Descriptor heads that are also verbs ("did not exchange Velta shares", "index Tarvo"): read only with something
 * before them that makes them a noun (a premodifier, a name, a determiner).
 */
const VERB_LIKE_HEADS: ReadonlySet<string> = new Set(['exchange', 'index', 'paper', 'band', 'team', 'club', 'daily', 'outlet', 'court', 'party',
  'union', 'agency', 'firm', 'label', 'network', 'studio', 'operator', 'supplier', 'developer', 'group', 'company', 'giant']);

/**
 * Premodifiers a descriptor may carry (lower case): noun modifiers and adjectives of industries, rank and status
 * ("aircraft manufacturer", "chief executive", "low-cost airline", "former minister").
 */
const PREMODIFIERS: ReadonlySet<string> = new Set([
  // industries and products
  'aircraft', 'engine', 'car', 'auto', 'automobile', 'automotive', 'motor', 'computer', 'electronics', 'insurance', 'software', 'hardware', 'oil', 'gas',
  'energy', 'steel', 'mining', 'chemicals', 'chemical', 'pharmaceutical', 'pharmaceuticals', 'drug', 'defence', 'defense', 'aerospace', 'telecom',
  'telecommunications', 'media', 'internet', 'search', 'technology', 'tech', 'investment', 'financial', 'banking', 'retail', 'food', 'beverage',
  'shipping', 'logistics', 'airline', 'aviation', 'railway', 'rail', 'music', 'record', 'film', 'entertainment', 'news', 'fashion', 'luxury',
  'manufacturing', 'industrial', 'construction', 'engineering', 'stock', 'share', 'market', 'industry', 'equity', 'bank', 'fund', 'hedge', 'credit',
  'security', 'securities', 'brokerage', 'mobile', 'phone', 'chip', 'semiconductor', 'budget', 'cost', 'low-cost', 'low', 'no-frills', 'cargo',
  'sports', 'football', 'soccer', 'racing', 'truck', 'vehicle', 'electric', 'consumer', 'magazine', 'newspaper', 'television', 'tv', 'radio',
  // rank and status
  'chief', 'executive', 'operating', 'vice', 'deputy', 'senior', 'junior', 'assistant', 'acting', 'interim', 'former', 'late', 'then', 'presiding',
  'managing', 'general', 'associate', 'principal', 'lead', 'head', 'top', 'prime', 'foreign', 'finance', 'state', 'federal', 'national',
  'international', 'global', 'multinational', 'regional', 'local', 'private', 'public', 'state-owned', 'government', 'independent', 'rival', 'parent',
  'new', 'emerging', 'embattled', 'struggling', 'ailing', 'troubled', 'beleaguered', 'bankrupt', 'giant', 'major', 'leading', 'largest', 'biggest',
  'flag', 'main', 'primary', 'benchmark', 'blue-chip', 'composite',
]);
/** Adjectives that may stand right before a name with no descriptor ("the embattled Velta"), read only after "the". */
const NAME_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'emerging', 'embattled', 'struggling', 'ailing', 'troubled', 'beleaguered', 'bankrupt',
  'former', 'late', 'merged', 'combined', 'restructured', 'rival', 'old', 'young', 'mighty', 'legendary']);

/** Types whose names may stand before a descriptor as its premodifier ("Kessler analyst", "Norland carmaker"). */
const MODIFIER_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
/** Types a possessor may have ("Norland's Tarvo index", "Velta's Kai Lund"). */
const POSSESSOR_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'PERSON']);

/**
 * Lowercase words after a name that say the noun phrase ended with it: function words, auxiliaries and common
 * verbs. A lowercase word not listed (and not shaped like a verb, see {@link endsPhrase}) is read as a noun the
 * name modifies ("the Velta plant"), and no determiner is added.
 */
const PHRASE_ENDERS: ReadonlySet<string> = new Set([
  // prepositions, conjunctions, relatives
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'about', 'over', 'under', 'into', 'onto', 'after', 'before', 'during', 'since',
  'until', 'against', 'between', 'among', 'amid', 'through', 'across', 'despite', 'as', 'than', 'like', 'per', 'via', 'toward', 'towards', 'near',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'if', 'while', 'when', 'where', 'which', 'who', 'whose', 'whom', 'that', 'this', 'these', 'those',
  'what', 'whether', 'although', 'though', 'unless', 'once',
  // determiners and pronouns: a new phrase starts
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'all', 'no', 'any', 'every', 'each', 'both', 'another', 'such',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there',
  // auxiliaries and modals
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could',
  'may', 'might', 'must', 'not',
  // adverbs
  'also', 'still', 'now', 'then', 'already', 'recently', 'today', 'yesterday', 'tomorrow', 'again', 'first', 'last', 'later', 'earlier', 'too',
  'even', 'just', 'only', 'never', 'always', 'often', 'up', 'down', 'out', 'off', 'back', 'here', 'there', 'itself', 'themselves', 'alone',
  'instead', 'however', 'together', 'jointly', 'almost', 'nearly',
  // irregular past tenses (regular ones end in -ed)
  'said', 'made', 'took', 'gave', 'got', 'held', 'told', 'led', 'sold', 'bought', 'cut', 'set', 'put', 'hit', 'began', 'became', 'came', 'went',
  'saw', 'won', 'lost', 'fell', 'rose', 'grew', 'paid', 'met', 'left', 'kept', 'felt', 'found', 'brought', 'thought', 'sent', 'spent', 'built',
  'upheld', 'withdrew', 'shed', 'struck', 'ran', 'wrote', 'chose', 'drew', 'broke', 'spoke', 'knew', 'stood', 'fought', 'sought', 'meant', 'let',
  // common present-tense verbs not ending in -s that follow a subject name
  'say', 'want', 'need', 'expect', 'hope', 'agree', 'remain', 'continue', 'include', 'includes',
]);
/** Plural nouns a name often modifies ("the Velta shares"): a word ending in -s after a name is otherwise read as a verb. */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['shares', 'sales', 'officials', 'executives', 'workers', 'employees', 'jobs', 'stocks', 'talks',
  'forces', 'troops', 'members', 'operations', 'plants', 'products', 'results', 'profits', 'earnings', 'exports', 'imports', 'elections', 'losses',
  'prices', 'customers', 'investors', 'fans', 'players', 'lawyers', 'leaders', 'authorities', 'markets', 'bonds', 'funds', 'models', 'services',
  'plans', 'orders', 'deliveries', 'flights', 'planes', 'jets', 'cars', 'vehicles', 'engines', 'units', 'headquarters', 'news', 'series', 'laws',
  'rules', 'rights', 'affairs', 'interests', 'assets', 'debts', 'accounts', 'staff', 'costs', 'revenues', 'policies', 'negotiators', 'police',
  'students', 'residents', 'clients', 'agents', 'parents', 'patients', 'governments', 'departments', 'investments', 'payments', 'shipments',
  'documents', 'statements', 'stores', 'sites', 'lines', 'teams', 'fleets', 'routes', 'tickets', 'deals', 'bids', 'contracts', 'loans', 'cuts',
  'layoffs', 'stakes', 'brands', 'phones', 'devices', 'games', 'rates', 'figures', 'data', 'reports', 'files', 'emails']);

/** Nouns in -ing a name often modifies ("the Velta building", "the Norland meeting"). */
const ING_NOUNS: ReadonlySet<string> = new Set(['building', 'meeting', 'offering', 'listing', 'holding', 'rating', 'funding', 'spending', 'ruling',
  'hearing', 'filing', 'opening', 'trading', 'ceiling', 'painting', 'recording', 'setting', 'training', 'pricing', 'marketing', 'banking',
  'shipping', 'engineering', 'housing', 'clothing', 'wedding', 'warning', 'bombing', 'shooting', 'uprising', 'landing', 'crossing', 'signing',
  'launching', 'sighting', 'screening', 'briefing', 'gathering', 'booking', 'spring', 'king', 'thing', 'string', 'wing', 'ring', 'evening', 'morning']);

/**
 * Possessive marks: a clitic `'s`, or a lone apostrophe after a plural ("the Pilots' union"). It is asked of the
 * token after every name, so it tests code units: the same as `/^['’]s?$/i` (whose `s` is `s` or `S` only).
 */
const isPossessive = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const w = tokText(t);
  const q = w.charCodeAt(0);
  if (q !== 39 && q !== 0x2019) return false;
  return w.length === 1 || (w.length === 2 && (w.charCodeAt(1) === 115 || w.charCodeAt(1) === 83));
};
const isLowerAscii = (u: number): boolean => u >= 97 && u <= 122;
/** Does `w` end with `suffix` right after a letter a–z (`/[a-z]<suffix>$/`)? */
const endsAfterLetter = (w: string, suffix: string): boolean => w.length > suffix.length && w.endsWith(suffix)
  && isLowerAscii(w.charCodeAt(w.length - suffix.length - 1));
/** Endings of plural-looking nouns that are not verbs in -s ("business", "politics", "ratings", "workers"). */
const NOUN_S_ENDINGS: readonly string[] = ['ss', 'ics', 'ness', 'ings', 'ions', 'ers', 'ors', 'ists'];

const GAZ_PLACE_OR_DEMONYM = (1 << GAZ_CLASSES.country) | (1 << GAZ_CLASSES.state) | (1 << GAZ_CLASSES.city) | (1 << GAZ_CLASSES.region)
  | (1 << GAZ_CLASSES.demonym);
const GAZ_COUNTRY_STATE = (1 << GAZ_CLASSES.country) | (1 << GAZ_CLASSES.state);

/** What the extent rules read besides the candidates. */
export interface ExtentContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Sentence of each token (extents never cross a sentence boundary). */
  readonly sentenceOf: Int32Array;
  readonly gazetteer: Gazetteer;
}

/** Builds the per-token sentence index an {@link ExtentContext} needs. */
export function sentenceIndex(nTokens: number, sentences: readonly { tokenStart: number; tokenEnd: number }[]): Int32Array {
  const of = new Int32Array(nTokens).fill(-1);
  // A loop rather than `fill` per sentence: a builtin call costs more than the few stores of a sentence's tokens.
  for (let k = 0; k < sentences.length; k++) {
    for (let i = sentences[k]!.tokenStart, e = Math.min(sentences[k]!.tokenEnd, nTokens); i < e; i++) of[i] = k;
  }
  return of;
}

/** The extent of one candidate with the ids of the rules that grew it. */
export interface Extent extends TokenRange {
  readonly rules: readonly ExtentRuleId[];
}

const TRAILING_BY_TYPE = new Map<EntityType, { heads: Set<string>; modifiers: Set<string> }[]>();
for (const h of TRAILING_HEADS) {
  for (const t of h.types) {
    const list = TRAILING_BY_TYPE.get(t) ?? [];
    list.push({ heads: new Set(h.heads), modifiers: new Set(h.modifiers) });
    TRAILING_BY_TYPE.set(t, list);
  }
}

const NO_TRAILING: readonly { heads: Set<string>; modifiers: Set<string> }[] = [];

/** The most tokens a descriptor chain before a name may take (a title, a descriptor, its modifiers, a name). */
const MAX_CHAIN = 8;

/*
 * Token helpers of the extent rules. Module functions rather than closures made per call of {@link findExtents}: a
 * call site that met one closure and then another of the same source was compiled for the first one, and its code was
 * thrown away ("wrong call target") and compiled again.
 */

/** Token `i` lowercased. */
function lowerAt(cx: ExtentContext, i: number): string {
  return tokText(cx.tokens[i]!).toLowerCase();
}

/** Are tokens `i` and `j` in one sentence (and `i`, `j` in the story)? */
function sameAt(cx: ExtentContext, i: number, j: number): boolean {
  return i >= 0 && j < cx.tokens.length && cx.sentenceOf[i] === cx.sentenceOf[j] && cx.sentenceOf[i]! >= 0;
}

/**
 * Is token `i` "the" (any case), in the sentence of token `s`? Words of other lengths are passed over without
 * lowercasing: no other length lowercases to "the" (the one mapping that changes a length, İ, adds U+0307).
 */
function isTheAt(cx: ExtentContext, i: number, s: number): boolean {
  return sameAt(cx, i, s) && tokText(cx.tokens[i]!).length === 3 && lowerAt(cx, i) === 'the';
}

/** The gazetteer bits of the words of `r`. */
function placeBits(cx: ExtentContext, r: TokenRange): number {
  return cx.gazetteer.bits(gazKey(tokTexts(cx.tokens, r.start, r.end)));
}

/**
 * The extents of `cands` (sorted, non-overlapping; as the entity stage builds them): one entry per candidate, `null`
 * when the extent is the name's span itself. Deterministic; every extent contains its candidate's span and stays
 * inside its sentence.
 */
export function findExtents(cands: readonly Candidate[], cx: ExtentContext): (Extent | null)[] {
  const tk = cx.tokens;
  // The candidate covering each token (-1: none): the rules read names next to a name.
  const at = new Int32Array(tk.length).fill(-1);
  // (A loop rather than `fill` per candidate: most names are a token or two, and a builtin call costs more.)
  for (let j = 0; j < cands.length; j++) for (let i = cands[j]!.start; i < cands[j]!.end; i++) at[i] = j;
  // The end of the name starting at token `i` (-1: none starts there).
  const nameEnd = (i: number) => (i < tk.length && at[i]! >= 0 && cands[at[i]!]!.start === i ? cands[at[i]!]!.end : -1);
  const out: (Extent | null)[] = [];
  for (let j = 0; j < cands.length; j++) {
    const c = cands[j]!;
    const rules: ExtentRuleId[] = [];
    let start = c.start;
    let end = c.end;

    // city-region: "Millbrook , Ohio" (the region a known state or country, the city none of them).
    // (Bounds-checked: a read past the end of the list made the loads generic.)
    const next = j + 1 < cands.length ? cands[j + 1] : undefined;
    if (c.type === 'GPE' && next && next.type === 'GPE' && next.start === end + 1 && tokText(tk[end]!) === ',' && sameAt(cx, c.start, next.end - 1)
      && (placeBits(cx, next) & GAZ_COUNTRY_STATE) !== 0 && (placeBits(cx, c) & GAZ_COUNTRY_STATE) === 0) {
      end = next.end;
      rules.push('city-region');
    }

    // located-in: "the Velta Arena in Millbrook , Ohio" (see {@link locatedIn}). Facilities are few: the rule's reads
    // live in a function of their own, so the first facility next to a place does not throw this function's compiled
    // code away (its branches had never run) and have it compiled again.
    if (c.type === 'FAC') end = locatedIn(cx, cands, j, end, nameEnd, rules);

    // trailing-head: "Tarvo stock index", "Norland government".
    for (const h of TRAILING_BY_TYPE.get(c.type) ?? NO_TRAILING) {
      let k = end;
      while (k < end + 3 && sameAt(cx, c.start, k) && tk[k]!.kind === 'word' && h.modifiers.has(tokText(tk[k]!)) && !h.heads.has(tokText(tk[k]!))) k++;
      if (sameAt(cx, c.start, k) && tk[k]!.kind === 'word' && h.heads.has(tokText(tk[k]!)) && at[k] === -1 && endsPhrase(cx, k + 1, nameEnd)) {
        end = k + 1;
        rules.push('trailing-head');
        break;
      }
    }

    // country-prefix: "Norland Air Force", "the Norland Central Bank": a country's (or state's) name right before an
    // institution's name is part of that name, whatever follows (also "Norland Air Force officials"), so it is read
    // before the left side and without the phrase-end test. Not after a possessive ("Velta 's Norland Airways").
    const before = start === c.start && sameAt(cx, start - 1, start) && at[start - 1]! >= 0 ? cands[at[start - 1]!]! : null;
    if (c.type === 'ORG' && before && before.type === 'GPE' && before.end === start && (placeBits(cx, before) & GAZ_COUNTRY_STATE) !== 0
      && !isPossessive(tk[before.start - 1])) {
      start = before.start;
      rules.push('country-prefix');
    }

    // Left side: a title, a descriptor with its premodifiers, a possessor, a place with "based", a role with "of".
    if (c.title && c.title.end === start) {
      start = c.title.start;
      rules.push('title');
    }
    // (After a country prefix nothing more is read to the left but the determiner: "Then Ohio Supreme Court judges".)
    const left = rules.includes('country-prefix') ? null
      : c.type === 'PERSON' && before && before.end === start && !c.title ? roleOf(cx, cands, at, c, before)
        : leftChain(cx, cands, at, c, start, rules.includes('trailing-head'));
    // Premodifiers belong to the name only when it heads the phrase: in "a major Kessler donor program" they modify
    // "program". A possessive mark after the name is fine ("Kessler analyst Mara Voss's report"), and so is "and" before
    // another name (not read as two premodifiers here: "Norland President Kai Lund and Ostvale leader Ada Brook").
    if (left && (endsPhrase(cx, end) || isPossessive(tk[end]))) {
      start = left.start;
      rules.push(...left.rules);
    }

    // government-of: "the (provincial) government of Norland".
    if ((c.type === 'GPE' || c.type === 'LOC') && start === c.start && sameAt(cx, start - 2, start) && lowerAt(cx, start - 1) === 'of' && GOVERNMENT_OF.has(lowerAt(cx, start - 2))) {
      let s = start - 2;
      while (sameAt(cx, s - 1, start) && GOVERNMENT_MODIFIERS.has(lowerAt(cx, s - 1))) s--;
      if (sameAt(cx, s - 1, start) && lowerAt(cx, s - 1) === 'the') {
        start = s - 1;
        rules.push('government-of');
      }
    }

    // determiner: "the" before the phrase, when the phrase ends here. (Where the phrase ends is read only with a "the"
    // one or two tokens before: most names have none.)
    const ends = (isTheAt(cx, start - 1, start) || isTheAt(cx, start - 2, start)) && endsPhrase(cx, end, nameEnd);
    if (!rules.includes('government-of') && isTheAt(cx, start - 1, start) && at[start - 1] === -1 && ends) {
      start--;
      rules.push('determiner');
    } else if (start === c.start && isTheAt(cx, start - 1, start) && at[start - 1] === -1 && pluralPossessor(cx, c)) {
      // "the Pilots ' union": a plural name keeps its article before a bare apostrophe (no outer phrase could own it).
      start--;
      rules.push('determiner');
    } else if (!rules.includes('government-of') && start === c.start && isTheAt(cx, start - 2, start) && at[start - 1] === -1
      && tk[start - 1]!.kind === 'word' && NAME_ADJECTIVES.has(lowerAt(cx, start - 1))) {
      // "the embattled Velta": an adjective right before the name, read only after a determiner. Before a possessive
      // mark the determiner is the outer phrase's ("the embattled Velta 's board"), and the adjective alone is added.
      if (ends) {
        start -= 2;
        rules.push('descriptor', 'determiner');
      } else if (isPossessive(tk[end])) {
        start -= 1;
        rules.push('descriptor');
      }
    }
    out.push(start === c.start && end === c.end ? null : { start, end, rules });
  }
  return out;
}

/**
 * located-in: a facility (candidate `j`, its extent so far ending at `end`) with the place it stands in (a city with
 * its region): "the Velta Arena in Millbrook , Ohio". Only when the phrase ends after the place ("the Velta Arena in
 * Millbrook hosts ..."), not when the place modifies a noun after it ("the Velta Arena in Millbrook City Hall").
 * The new end (and the rule's id pushed to `rules`), or `end` itself.
 */
function locatedIn(cx: ExtentContext, cands: readonly Candidate[], j: number, end: number, nameEnd: (i: number) => number, rules: ExtentRuleId[]): number {
  const tk = cx.tokens;
  const c = cands[j]!;
  const inPlace = j + 1 < cands.length ? cands[j + 1]! : undefined;
  if (!(inPlace && inPlace.type === 'GPE' && inPlace.start === end + 1 && lowerAt(cx, end) === 'in' && sameAt(cx, c.start, inPlace.end - 1))) return end;
  const regionAfter = j + 2 < cands.length ? cands[j + 2]! : undefined;
  let e = inPlace.end;
  if (regionAfter && regionAfter.type === 'GPE' && regionAfter.start === e + 1 && tokText(tk[e]!) === ',' && sameAt(cx, c.start, regionAfter.end - 1)
    && (placeBits(cx, regionAfter) & GAZ_COUNTRY_STATE) !== 0 && (placeBits(cx, inPlace) & GAZ_COUNTRY_STATE) === 0) e = regionAfter.end;
  if (!endsPhrase(cx, e, nameEnd)) return end;
  rules.push('located-in');
  return e;
}

/**
 * The descriptor chain before a name that starts at token `start` (after its title, if any): the start of the
 * chain and the rule that read it, or null. The token right before the name must be a descriptor head for the
 * type, a possessive mark after a name, or "based" after a place (or a title already taken, or a trailing head
 * already added: "the Norland Tarvo index"); the tokens before it premodifiers, descriptor heads, or names of
 * {@link MODIFIER_TYPES}.
 */
function leftChain(cx: ExtentContext, cands: readonly Candidate[], at: Int32Array, c: Candidate, start: number, headed: boolean): { start: number; rules: ExtentRuleId[] } | null {
  const tk = cx.tokens;
  const p = start - 1;
  if (!sameAt(cx, p, c.start)) return null;
  const heads = c.type === 'PERSON' ? PERSON_HEADS : c.type === 'ORG' ? ORG_HEADS_BEFORE : null;
  const hadTitle = start !== c.start;
  if (!hadTitle && at[p] !== -1 && !headed) return null;
  if (!hadTitle && at[p] === -1) {
    // The name right before the word before this one, ending there ("Norland" in "Norland 's", "Millbrook" in "Millbrook based").
    const prev = sameAt(cx, p - 1, c.start) && at[p - 1]! >= 0 && cands[at[p - 1]!]!.end === p ? cands[at[p - 1]!]! : null;
    // possessor: "Norland 's Tarvo index", "Velta 's Kai Lund".
    if (isPossessive(tk[p]) && prev && POSSESSOR_TYPES.has(prev.type) && (c.type === 'ORG' || c.type === 'PERSON')) return { start: prev.start, rules: ['possessor'] };
    // place-based: "Millbrook based Velta Motors", "Millbrook-based Velta Motors".
    if (c.type === 'ORG') {
      if (lowerAt(cx, p) === 'based' && prev && MODIFIER_TYPES.has(prev.type)) return { start: prev.start, rules: ['place-based'] };
      if (tk[p]!.kind === 'word' && tk[p]!.text.endsWith('-based') && /^\p{Lu}[\p{L}.]*-based$/u.test(tk[p]!.text)) return { start: p, rules: ['place-based'] };
    }
  }
  // descriptor: the word before the name (or its title) is a head, then premodifiers, heads and names leftwards. After a
  // trailing head the phrase is already headed ("the Norland Tarvo index"): premodifiers and names only.
  let s = start;
  if (!hadTitle && !headed) {
    if (heads === null || !(tk[p]!.kind === 'word' && heads.has(lowerAt(cx, p)) && (!isCapWord(tk[p]!) || sentenceFirst(cx, p) || c.type === 'PERSON'))) return null;
    s = p;
  }
  s = extendChain(cx, cands, at, c, s, start, heads ?? EMPTY);
  // A verb-like head alone ("did not exchange Velta"): not a descriptor.
  if (!hadTitle && !headed && s === p && VERB_LIKE_HEADS.has(lowerAt(cx, p)) && !(sameAt(cx, p - 1, c.start) && /^(?:the|a|an|its|their)$/i.test(tokText(tk[p - 1]!)))
    && !sentenceFirst(cx, p)) return null;
  // chain-possessor: "Norland 's President Kai Lund", "the company 's chief executive Ada Brook". Only after a title or
  // a descriptor (a possessor right before the bare name is rule `possessor`).
  const owner = s < start || hadTitle ? possessorBefore(cx, cands, at, c, s) : -1;
  if (owner >= 0) return { start: owner, rules: s < start ? ['descriptor', 'chain-possessor'] : ['chain-possessor'] };
  return s === start ? null : { start: s, rules: ['descriptor'] };
}

/**
 * role-of: a role with an of-phrase naming an organization or a place, right before a person's name ("the chairman of
 * Velta Motors Kai Lund", "President of Norland Kai Lund"); `before` is that name. The role may have premodifiers
 * and a coordinated second role ("vice president and chairman of ..."). Null when the words before `before` are not
 * "(the) of" after a person head.
 */
function roleOf(cx: ExtentContext, cands: readonly Candidate[], at: Int32Array, c: Candidate, before: Candidate): { start: number; rules: ExtentRuleId[] } | null {
  const tk = cx.tokens;
  if (!MODIFIER_TYPES.has(before.type)) return null;
  let k = before.start - 1;
  if (sameAt(cx, k, c.start) && lowerAt(cx, k) === 'the') k--;
  if (!sameAt(cx, k - 1, c.start) || lowerAt(cx, k) !== 'of' || tk[k - 1]!.kind !== 'word' || !PERSON_HEADS.has(lowerAt(cx, k - 1))) return null;
  const s = extendChain(cx, cands, at, c, k - 1, k, PERSON_HEADS);
  const owner = possessorBefore(cx, cands, at, c, s);
  return owner >= 0 ? { start: owner, rules: ['role-of', 'chain-possessor'] } : { start: s, rules: ['role-of'] };
}

/**
 * Extends a descriptor chain that starts at token `s` leftwards: premodifiers, descriptor heads (`chainHeads`), names of
 * {@link MODIFIER_TYPES}, and "and" between two of those words ("computer and electronics maker", "vice president
 * and chairman"). `start` is where the chain began (the chain takes at most {@link MAX_CHAIN} tokens before it).
 */
function extendChain(cx: ExtentContext, cands: readonly Candidate[], at: Int32Array, c: Candidate, s: number, start: number,
  chainHeads: ReadonlySet<string>): number {
  const tk = cx.tokens;
  const inChain = (w: string) => PREMODIFIERS.has(w) || chainHeads.has(w);
  while (start - s < MAX_CHAIN) {
    const q = s - 1;
    if (!sameAt(cx, q, c.start)) break;
    const t = tk[q]!;
    const j = at[q]!;
    if (j >= 0) {
      // Another name as a premodifier ("Kessler analyst", "Norland carmaker"); not across a possessive (handled above).
      const o = cands[j]!;
      if (!MODIFIER_TYPES.has(o.type) || o.end !== q + 1) break;
      s = o.start;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = lowerAt(cx, q);
    // "computer and electronics maker", "vice president and chairman": a conjunction between two chain words.
    if ((w === 'and' || w === '&') && s < start && inChain(lowerAt(cx, s)) && sameAt(cx, q - 1, c.start) && tk[q - 1]!.kind === 'word' && !isCapWord(tk[q - 1]!)
      && inChain(lowerAt(cx, q - 1))) {
      s = q - 1;
      continue;
    }
    // "the then chief executive": "then" premodifies in running text only; "Then" opening a sentence is the adverb.
    if (w === 'then' && isCapWord(t)) break;
    const listed = inChain(w);
    // A capitalized word counts only when listed and at the sentence start ("Automobile maker ..."), part of a title
    // ("Chief Operating Officer"), or a known place or demonym the tagger left untagged.
    if (isCapWord(t) && !(listed && (sentenceFirst(cx, q) || c.type === 'PERSON')) && (cx.gazetteer.bits(w) & GAZ_PLACE_OR_DEMONYM) === 0) break;
    if (!isCapWord(t) && !listed) break;
    s = q;
  }
  return s;
}

/** Determiners that may open a possessor phrase before a descriptor ("the company 's", "its parent 's"). */
const POSSESSOR_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * The start of a possessor right before token `s` (a possessive mark at `s - 1`): a name of {@link POSSESSOR_TYPES}
 * ("Norland 's"), or a determiner and one lowercase noun ("the company 's"); -1 when there is none.
 */
function possessorBefore(cx: ExtentContext, cands: readonly Candidate[], at: Int32Array, c: Candidate, s: number): number {
  const tk = cx.tokens;
  if (!sameAt(cx, s - 2, c.start) || !isPossessive(tk[s - 1])) return -1;
  const j = at[s - 2]!;
  if (j >= 0) return cands[j]!.end === s - 1 && POSSESSOR_TYPES.has(cands[j]!.type) ? cands[j]!.start : -1;
  const n = tk[s - 2]!;
  if (n.kind !== 'word' || isCapWord(n) || PHRASE_ENDERS.has(lowerAt(cx, s - 2)) || !sameAt(cx, s - 3, c.start)) return -1;
  return POSSESSOR_DETERMINERS.has(lowerAt(cx, s - 3)) && at[s - 3] === -1 ? s - 3 : -1;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Is `c` a plural-looking name (its last word ends in "s") followed by a bare possessive apostrophe ("the Pilots '
 * union")? Its article is then the name's own: the possessor fills the outer phrase's determiner slot.
 */
function pluralPossessor(cx: ExtentContext, c: Candidate): boolean {
  const t = cx.tokens[c.end];
  if (t === undefined || !isPossessive(t) || tokText(t).length !== 1 || cx.sentenceOf[c.end] !== cx.sentenceOf[c.start]) return false;
  const w = tokText(cx.tokens[c.end - 1]!);
  return w.length > 2 && w.endsWith('s') && isLowerAscii(w.charCodeAt(w.length - 2));
}

/** Is token `i` the first of its sentence (or the first after a line break: a headline)? */
function sentenceFirst(cx: ExtentContext, i: number): boolean {
  if (i === 0 || cx.sentenceOf[i - 1] !== cx.sentenceOf[i]) return true;
  for (let k = cx.tokens[i - 1]!.end; k < cx.tokens[i]!.start; k++) if (cx.text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Does the noun phrase end before token `i`: the end of the sentence, punctuation, or a lowercase word that is not a
 * noun (a function word, an auxiliary, an adverb, a verb shaped `-ed`/`-s`/listed)? A possessive mark, a capitalized
 * word or a number after a name make the name a modifier or a possessor: no.
 */
export function endsPhrase(cx: ExtentContext, i: number, nameEnd: (i: number) => number = () => -1): boolean {
  const t = cx.tokens[i];
  if (t === undefined || cx.sentenceOf[i] !== cx.sentenceOf[i - 1]) return true;
  if (isPossessive(t)) return false;
  if (t.kind === 'punct' || t.kind === 'quote') return true;
  if (t.kind !== 'word') return false;
  const w = tokText(t);
  // "the Velta and Norland plan": two names coordinated as premodifiers of one noun; the phrase goes on past both.
  if ((w === 'and' || w === 'or') && nameEnd(i + 1) > i + 1) return endsPhrase(cx, nameEnd(i + 1), nameEnd);
  // The shape tests are on code units rather than regular expressions: this runs after nearly every name.
  const u = w.charCodeAt(0);
  if (startsUpper(w) || (u >= 48 && u <= 57)) return false;
  if (PHRASE_ENDERS.has(w)) return true;
  if (endsAfterLetter(w, 'ed') || endsAfterLetter(w, 'ly')) return true;
  // A participle after a name is a verb ("Mara Voss commenting on ..."), except the few -ing nouns a name modifies.
  if (endsAfterLetter(w, 'ing')) return !ING_NOUNS.has(w);
  // A verb in -s ("Velta says"): a letter, then anything but `s`, then `s`.
  const n = w.length;
  if (!(n >= 3 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115 && isLowerAscii(w.charCodeAt(n - 3))) || PLURAL_NOUNS.has(w)) return false;
  for (const e of NOUN_S_ENDINGS) if (w.endsWith(e)) return false;
  return true;
}
