/**
 * News post-rules, run after the rules of `refine.ts` (appended to `REFINE_RULES`): names the tagger cut short
 * or typed by the wrong half of a compound (market indices with their number, a demonym opening an
 * organization's name, "Air" opening an airline's), heads that say what a name is (a museum is no person, a
 * cyclone is an event), a company noun or an acronym in brackets as evidence for an organization, and a name the
 * story repeats where the tagger missed it. Each rule is a typed row with an id (`refine.<id>` in the mention's
 * `by`); the word lists are data below, written for factwire from general knowledge (no evaluation file was read).
 * Every rule is a single pass over the candidates or the tokens (no pairwise comparison of candidates).
 */
import type { EntityType } from '../../types/annotation.js';
import { FAC_HEADS } from '../../ner/data/countries.js';
import { EAST_ASIAN_SURNAMES } from '../../ner/data/persons.js';
import { DEITIES, FAMOUS_PERSONS, FESTIVALS, ORG_HEADS, ORG_LEAD_HEADS, PRODUCTS, RELIGIONS, SECTION_HEADINGS } from '../../ner/data/names.js';
import { EVENT_HEADS } from '../../ner/finetype.js';
import { isCapWord, startsUpper, TITLES, type TokenRange } from '../../ner/spans.js';
import type { Candidate } from './candidates.js';
import type { RefineRule, RuleContext } from './refine.js';
import { candidate, flatMapCandidates, fromTagger, hasLower, mapChanged, PLACE_TYPES, retype, wordAt, classMask, hasAny, COUNTRY, FIRST_NAME, NOT_PERSONAL } from './rule-kit.js';

const MARKET_OR_COMPANY = classMask('market', 'company');
const MARKET = classMask('market');
const COMPANY = classMask('company');
const DEMONYM = classMask('demonym');
const PLACE_OR_DEMONYM = classMask('country', 'state', 'city', 'region', 'demonym');
const FIRST_OR_PLACE = classMask('first', 'country', 'city');
const NOT_A_PRODUCT = classMask('company', 'org', 'market', 'team', 'country', 'city', 'state', 'region');
const NOT_A_MAKER = classMask('country', 'city', 'state', 'region', 'demonym', 'market');
const NOT_A_PRODUCT_WORD = classMask('company', 'country', 'city', 'state', 'region', 'demonym');
const NOT_A_COMPANY_WORD = classMask('country', 'city', 'state', 'demonym', 'first');
const MONTH_OR_WEEKDAY = classMask('month', 'weekday');

// The word lists as sets: the rules ask about every candidate's words.
const ORG_HEAD: ReadonlySet<string> = new Set(ORG_HEADS);
const ORG_LEAD_HEAD: ReadonlySet<string> = new Set(ORG_LEAD_HEADS);
const FAC_HEAD: ReadonlySet<string> = new Set(FAC_HEADS);
/** Does a line break separate token `i` from the token before it (a headline, a caption, a list item)? */
function breakBefore(cx: RuleContext, i: number): boolean {
  if (i <= 0) return false;
  for (let k = cx.tokens[i - 1]!.end, end = cx.tokens[i]!.start; k < end; k++) if (cx.text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * The end of a web address used as a name ("Orvexnews.com", "Kiosk.co.uk", "Metro.us"): a generic or country
 * top-level domain after a dot, with at least two letters before the dot.
 */
const WEB_DOMAIN = /\p{L}{2}[\p{L}\d-]*\.(?:com|org|net|info|biz|co\.uk|co|io|tv|us|uk|de|fr|it|es|nl|ru|cn|jp|in|au|ca|nz|id)$/iu;

/** {@link RELIGIONS} and {@link FESTIVALS} as sets, with the type each takes. */
const BELIEF_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...RELIGIONS.map((w): [string, EntityType] => [w, 'NORP']),
  ...FESTIVALS.map((w): [string, EntityType] => [w, 'EVENT']),
]);

/**
 * Lowercase nouns for a creative work: a name right after one is the work's title ("the novel Emma by …", "the film
 * Jaws (1975)"). Nouns that are also verbs or name other things ("play", "show", "game", "record", "track", "single")
 * and outlets ("magazine", "newspaper", "blog": organizations, see {@link COMPANY_NOUNS}) are left out.
 */
const WORK_NOUNS: ReadonlySet<string> = new Set(['book', 'novel', 'novella', 'film', 'movie', 'song', 'album', 'poem', 'opera', 'musical',
  'documentary', 'sitcom', 'memoir', 'biography', 'autobiography', 'essay', 'painting', 'sculpture', 'symphony', 'anthology', 'trilogy',
  'webcomic', 'column', 'podcast', 'bestseller', 'series', 'miniseries', 'episode', 'ballad', 'sonata', 'cantata', 'oratorio',
  'screenplay', 'sequel', 'prequel', 'manga']);
/** Lowercase words a title may contain between capitalized ones ("Pride and Prejudice", "Forces of Production"). */
const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'or', 'for', 'in', 'on', 'a', 'an', 'to', 'from', 'with', 'at', '&']);
/**
 * Lowercase words that may follow a title ("the novel Emma was …", "the film Jaws in 1975"). Any other word — a
 * verb above all, as in "the book Smith wrote", "the song Lennon sang" — says the name is the work's author or
 * performer, and the name is left alone.
 */
const AFTER_TITLE: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'which', 'that', 'in', 'on', 'by', 'about', 'and',
  'or', 'but', 'as', 'from', 'with', 'for', 'at', 'to', 'will', 'would', 'won', 'became', 'remains', 'tells', 'follows', 'features', 'sold']);
/** The most tokens a title is read over. */
const MAX_TITLE_TOKENS = 8;

/**
 * The end (exclusive) of the title that starts at token `start`: capitalized words, with {@link TITLE_LINKS} between
 * them, on one line, ending in a capitalized word (not the pronoun "I": "the novel Emma I think …"). Returns `start`
 * when token `start` opens none.
 */
function titleEnd(cx: RuleContext, start: number): number {
  const tk = cx.tokens;
  let end = start;
  for (let k = start; k < Math.min(tk.length, start + MAX_TITLE_TOKENS); k++) {
    if (k > start && breakBefore(cx, k)) break;
    const t = tk[k]!;
    if (isCapWord(t) && t.text !== 'I') end = k + 1;
    else if (!(k > start && TITLE_LINKS.has(t.text))) break;
  }
  return end;
}

/** May the token after a title follow it: the end of the text or line, punctuation, or one of {@link AFTER_TITLE}? */
function endsTitle(cx: RuleContext, e: number): boolean {
  const t = cx.tokens[e];
  if (t === undefined || breakBefore(cx, e)) return true;
  if (t.kind === 'word' || t.kind === 'clitic') return AFTER_TITLE.has(t.text);
  // A possessive after the name ("the film Jaws's …" is rare; "the book Smith's …" is not a title) is a clitic above.
  return t.kind === 'punct' || t.kind === 'quote';
}

/**
 * Organization heads that are not also surnames or first names (`Press`, `Post`, `Church`, `Guardian`, `Daily` are
 * left out: "Jim Press", "Emily Post"), so a "person" ending in one is an organization: `Leigh Holt Institute`.
 */
const ORG_ONLY_HEADS: ReadonlySet<string> = new Set([
  ...ORG_HEADS.filter((w) => !['Press', 'Post', 'Daily', 'Times', 'Guardian', 'Monitor', 'Review', 'Trust', 'Front', 'Guard', 'Board', 'Fund',
    'Capital', 'Church', 'Club', 'Office', 'Army', 'Navy', 'Police', 'Journal', 'Herald', 'Tribune', 'Courier', 'Chronicle', 'Gazette', 'Paper',
    'Observer', 'Examiner', 'Telegraph', 'Weekly', 'News', 'Records', 'Insurance', 'Securities', 'Investments', 'Partners', 'Movement',
    'Alliance', 'Coalition', 'Brigade', 'Militia', 'Marines', 'Magazine', 'Broadcasting', 'Senate', 'Co.', 'AG', 'Group'].includes(w)),
  'Services', 'Aircraft', 'Aerospace', 'Laboratories', 'Labs', 'Bank', 'Bancorp', 'Federation', 'Union', 'Orchestra', 'Ensemble',
  // Not in ORG_HEADS ("School", "Lab" also end facility names), but never a surname either. Not "Government": MEANTIME
  // types "the Canadian Government" as the country (LOC).
  'School', 'Lab', 'Laboratory',
]);
/** Facility heads that are not surnames (`Tower`, `Square`, `Bridge`, `Street` are): a "person" ending in one is a facility. */
const FAC_ONLY_HEADS: ReadonlySet<string> = new Set(['Museum', 'Hospital', 'Stadium', 'Airport', 'Cathedral', 'Arena', 'Prison', 'Spaceport',
  'Cosmodrome', 'Gallery', 'Theatre', 'Theater', 'Hotel', 'Library', 'Zoo']);

/**
 * Capitalized heads that a demonym before them turns into a state body's name ("the Cuban Consulate", "the French
 * Academy"; not "Government", which MEANTIME types as the country): the tagger often types only the demonym (NORP) and leaves the head out.
 */
const DEMONYM_BODY_HEADS: ReadonlySet<string> = new Set(['Consulate', 'Embassy', 'Academy', 'Parliament', 'Army', 'Navy']);

/** Words that name a tournament's group by a letter or number after them ("Group G", "Pool B"). */
const TOURNAMENT_GROUP_WORDS: ReadonlySet<string> = new Set(['Group', 'Pool']);
/** The letter or number of a tournament's group. */
const GROUP_MARK = /^(?:[A-Z]|\d{1,2})$/;

/** Personal honorifics that stand right before a surname ("Ms. Orvex"). */
const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Miss']);

/**
 * Institution words that, capitalized after "the" on their own, name one body (an organization): "the Court",
 * "the Council". Not "Government" (MEANTIME types "the Government" as the country) nor "Police" (CoNLL leaves it out).
 */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['Court', 'Council', 'Parliament', 'Senate', 'Congress', 'Church', 'Army', 'Navy']);

/** A word of an inverted name: a capital and at least two lowercase letters ("Orvex", "Jane"). */
const INVERTED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** Storm words that open the name of a storm, an event in OntoNotes: `Hurricane Ana`, `Typhoon Lee`, `Cyclone Oru`. */
const STORM_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Tornado', 'Storm', 'Superstorm', 'Blizzard']);

/**
 * Lowercase nouns for a company or an outlet: a name right after one is an organization ("engine maker Orvex",
 * "the carmaker Velta", "the airline Skyjet"). Words that also precede persons ("the group's", "partner") or ships ("the carrier Intrepid") are left out.
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(['maker', 'makers', 'manufacturer', 'automaker', 'carmaker', 'airframer', 'chipmaker',
  'planemaker', 'shipbuilder', 'airline', 'firm', 'company', 'retailer', 'publisher', 'broadcaster', 'insurer', 'conglomerate',
  'newspaper', 'magazine', 'tabloid', 'daily', 'weekly', 'website', 'network', 'bank', 'lender', 'brokerage', 'startup', 'start-up',
  'subsidiary', 'supplier', 'distributor', 'operator', 'developer', 'studio', 'label']);

/**
 * Second words that make "<company> <word>" the company or one of its divisions, not a product
 * (`Acme Computer`, `Acme Motor`, `Acme Electronics`, `Acme Europe`).
 */
const DIVISION_WORDS: ReadonlySet<string> = new Set(['Computer', 'Computers', 'Motor', 'Electronics', 'Commercial', 'International',
  'Worldwide', 'Global', 'Europe', 'America', 'Americas', 'Asia', 'Research', 'Labs', 'Laboratories', 'Software', 'Music', 'Energy',
  'Chemical', 'Chemicals', 'Steel', 'Oil', 'Gas', 'Petroleum', 'Bank', 'Financial', 'Finance', 'Credit', 'Media', 'Digital', 'Aerospace',
  'Defence', 'Defense', 'Services', 'Solutions', 'Corps', 'Trucks', 'Automotive', 'Pharma', 'Health', 'Healthcare', 'Industrie', 'Express',
  'Online', 'Interactive', 'Stores', 'Foods', 'Brands', 'Mobile', 'Telecom', 'Airlines', 'Cargo', 'Logistics', 'Shipping', 'Power',
  'Semiconductor', 'Semiconductors', 'Insurance', 'Life', 'Capital', 'Ventures', 'Holdings', 'Group', 'Division', 'Unit', 'Canada', 'UK',
  // legal forms the organization heads do not list
  'Co', 'SpA', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'AB', 'ASA', 'AS', 'A/S', 'Oyj', 'KK', 'Bhd', 'Pty', 'Bros', 'Bros.', 'Brothers', 'Sons', 'SE', 'KGaA', 'Cie',
  // programmes, prizes and sports events named after a sponsor ("Acme Cup" is an event, not a product)
  'Program', 'Programme', 'Project', 'Cup', 'Open', 'Classic', 'Championship', 'Championships', 'Trophy', 'Prize', 'Award', 'Awards',
  'Festival', 'Conference', 'Series', 'Tour', 'Grand', 'Masters', 'League', 'Challenge', 'Invitational', 'Games', 'Marathon', 'Rally']);

/** Function words skipped when an acronym is read off a name's initials (`Bank of Upper Volta` → BUV). */
const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', '&', '-']);
/** An acronym's shape: two to eight capitals, digits or `&` (`WHO`, `UNHCR`, `G8`). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/** Does the acronym `a` spell the initials of the name `r` (function words may or may not count)? */
function spellsInitials(cx: RuleContext, r: TokenRange, a: string): boolean {
  let all = '';
  let content = '';
  for (let i = r.start; i < r.end; i++) {
    const w = cx.words[i]!;
    if (!/^\p{L}/u.test(w)) continue;
    all += w[0]!.toUpperCase();
    if (!ACRONYM_SKIP.has(w.toLowerCase())) content += w[0]!.toUpperCase();
    // Hyphenated words give one letter per part (`Anglo-Saxon` → AS).
    for (const m of w.slice(1).matchAll(/-(\p{L})/gu)) {
      all += m[1]!.toUpperCase();
      content += m[1]!.toUpperCase();
    }
  }
  const letters = a.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 2 && (letters === content || letters === all);
}

/** A token that may continue a market index's name: capitalized, a number, `&` or a possessive `'s`. */
const NAME_PART = /^(?:[\p{Lu}\d&]|['’]s$)/u;

/** Does the name `r` end in an organization head or open one followed by `of` ("Rowing Association", "Court of Appeal")? */
function hasOrgHead(cx: RuleContext, r: TokenRange): boolean {
  if (ORG_HEAD.has(cx.words[r.end - 1]!)) return true;
  for (let i = r.start; i < r.end - 1; i++) if (cx.words[i + 1] === 'of' && ORG_LEAD_HEAD.has(cx.words[i]!)) return true;
  return false;
}

/** Types an acronym in brackets may take from the name before it. */
const ACRONYM_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'EVENT', 'GPE', 'LOC', 'FAC']);

/**
 * Product names written with a capital inside (`MacBook`, `PowerBook`), by their lower case: a name the tagger
 * found that differs from one only in case ("Powerbook") is that product.
 */
const CAMEL_PRODUCTS: ReadonlySet<string> = new Set(PRODUCTS.map((p) => p.text).filter((t) => /\p{Ll}\p{Lu}/u.test(t)).map((t) => t.toLowerCase()));

/** First UTF-16 units of those names in either case (`M`, `m`, `P`, `p`): most candidates start with none. */
const CAMEL_FIRST_UNITS: ReadonlySet<number> = new Set([...CAMEL_PRODUCTS].flatMap((t) => [t.charCodeAt(0), t.toUpperCase().charCodeAt(0)]));
/** Their first words, in lower case. */
const CAMEL_FIRST_WORDS: ReadonlySet<string> = new Set([...CAMEL_PRODUCTS].map((t) => t.split(' ')[0]!));

/** Event heads that also end the names of places, people or venues are left out (`Rose Bowl`, `Jo Masters`, `US Open` is typed elsewhere). */
const NAME_EVENT_HEADS: ReadonlySet<string> = new Set([...EVENT_HEADS].filter((w) => !['Series', 'Classic', 'Masters', 'Open', 'Bowl', 'Crisis', 'Grand Slam'].includes(w)));


/**
 * A rule that merges two adjacent tagger candidates `a` `b` (no gap between them, no line break before `b`) into
 * `b` retyped ORG by rule `id` and starting where `a` starts, when `test(a, b)` holds; one pass, a merged pair is
 * not looked at again.
 */
function mergeAdjacent(test: (a: Candidate, b: Candidate, cx: RuleContext) => boolean, id: string): RefineRule['apply'] {
  return (cands, cx) => {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const a = cands[i]!;
      const b = cands[i + 1];
      if (b && fromTagger(a) && fromTagger(b) && b.start === a.end && test(a, b, cx) && !breakBefore(cx, b.start)) {
        out.push(retype(b, 'ORG', id, { start: a.start }));
        i++;
        continue;
      }
      out.push(a);
    }
    return out;
  };
}

/** {@link DEITIES} as a set. */
const DEITY: ReadonlySet<string> = new Set(DEITIES);

/**
 * Lowercase nouns for a spacecraft or an instrument in space: a name right before one ("the Kestrel probe") or right
 * after one ("the lander Kestrel") is the craft's name, a product in OntoNotes. "station" and "mission" are left out
 * (they follow places and programmes: "Amundsen station", "a Mars mission").
 */
const CRAFT_NOUNS: ReadonlySet<string> = new Set(['spacecraft', 'probe', 'probes', 'rover', 'lander', 'orbiter', 'capsule', 'telescope',
  'satellite', 'satellites', 'spaceship', 'spaceplane']);
/** Capitalized words that open a craft's name as a title ("Spacecraft Kestrel"). */
const CRAFT_TITLES: ReadonlySet<string> = new Set(['Spacecraft', 'Spaceship', 'Probe']);
/** Classes that make a name a maker, a place or a people rather than a craft ("a Hughes satellite", "a Russian probe"). */
const NOT_A_CRAFT = classMask('company', 'org', 'market', 'country', 'city', 'state', 'region', 'demonym');

/**
 * Lowercase words that may follow a company's name when it opens a sentence as the subject ("Orvex announced …",
 * "Orvex shares fell"): reporting and business verbs, auxiliaries, and nouns a company's name modifies.
 */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'announces', 'unveiled', 'unveils', 'reported', 'reports',
  'posted', 'posts', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'plans', 'planned', 'released', 'releases', 'launched',
  'launches', 'agreed', 'agrees', 'sold', 'sells', 'bought', 'buys', 'filed', 'files', 'wants', 'seeks', 'sought', 'expects', 'expected',
  'denied', 'denies', 'confirmed', 'confirms', 'introduced', 'introduces', 'delivered', 'delivers', 'ordered', 'orders', 'cut', 'cuts',
  'shares', 'stock', 'executives', 'spokesman', 'spokeswoman']);
/**
 * Known companies whose name is also a common word or a person's name; a sentence that opens with one is not read
 * as the company without the tagger's say ("Total sales rose", "Target dates", "Ford said" of a president).
 */
const AMBIGUOUS_COMPANIES: ReadonlySet<string> = new Set(['Total', 'Target', 'Sharp', 'Metro', 'Sky', 'Delta', 'Fox', 'Seat', 'Rover', 'Visa',
  'Sprint', 'Continental', 'Lotus', 'Vanguard', 'Fidelity', 'Shell', 'Canon', 'Puma', 'Jaguar', 'Dodge', 'Vale', 'Meta', 'Alphabet', 'Amazon',
  'Oracle', 'Elf', 'Magna', 'Delphi', 'Mobil', 'Fortis', 'Ford', 'Dell', 'Disney', 'Heinz', 'Kellogg', 'Merck', 'Bosch', 'Pearson', 'Schwab',
  'Abbott', 'Fitch', 'Honda', 'Suzuki', 'Porsche', 'Ferrari', 'Bloomberg', 'Reuters', 'Prudential', 'Sears', 'Caterpillar', 'Deere',
  'Kraft', 'Lloyds', 'Barclays', 'Nikon', 'Olympus', 'Micron', 'Express']);

/**
 * Words that name a newspaper when the tagger finds them alone after "the" ("the Times reported", "told the
 * Guardian"); typed as something other than an organization there, they are the paper. Words that are also adjectives,
 * demonyms or common nouns (`Independent`, `Australian`, `Sun`, `Mirror`, `Globe`, `Age`) are left out.
 */
const PAPER_NAMES: ReadonlySet<string> = new Set(['Times', 'Guardian', 'Telegraph', 'Observer', 'Economist', 'Herald', 'Tribune', 'Scotsman']);

/** The listed product names ({@link PRODUCTS}), by their words joined with spaces. */
const PRODUCT_TEXTS: ReadonlySet<string> = new Set(PRODUCTS.map((p) => p.text));
/** Their first words. */
const PRODUCT_FIRST: ReadonlySet<string> = new Set(PRODUCTS.map((p) => p.text.split(' ')[0]!));
/** Tokens that may stand between the items of a list: commas, "and", "or". */
const LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** The most tokens between two items of a list (a comma, "and", and one untagged name: "X , Nano and Y"). */
const MAX_LIST_GAP = 4;
/** Classes that make a listed name a maker, a place, a people or a person rather than another product. */
const NOT_A_LISTED_PRODUCT = classMask('company', 'org', 'market', 'country', 'city', 'state', 'region', 'demonym', 'first');

/** {@link EAST_ASIAN_SURNAMES} as a set. */
const EAST_ASIAN_SURNAME: ReadonlySet<string> = new Set(EAST_ASIAN_SURNAMES);
/** Classes that make a word no part of a person's name. */
/** A word written like a given name: a capital, then lowercase letters (hyphen allowed: "Wing-yan"). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;
/** Is token `t` a number (a results line: "Chan 2 Lee 1" lists teams)? */
const numberAt = (cx: RuleContext, i: number) => i >= 0 && i < cx.tokens.length && /^\d/.test(cx.words[i]!);

/** Sorts candidates by start (the rules below keep the list sorted and non-overlapping). */
const byStart = (a: Candidate, b: Candidate) => a.start - b.start;
/** {@link FAMOUS_PERSONS} as a set. */
const FAMOUS_PERSON: ReadonlySet<string> = new Set(FAMOUS_PERSONS);
/**
 * Legal forms that end a company's name: a capitalized given name right after one opens a person's name that the
 * tagger ran into the company's ("Orvex LLC Jim Press").
 */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Ltd.', 'Ltd', 'LLC', 'LLP', 'PLC',
  'plc', 'AG', 'GmbH', 'SpA', 'S.A.', 'NV', 'N.V.', 'Oyj', 'Bhd']);
/** First words of a natural feature's name before "of": "Plains of Orvex", "Gulf of Kestrel" is a place, not an organization. */
const GEO_LEADS: ReadonlySet<string> = new Set(['Plains', 'Plain', 'Gulf', 'Bay', 'Sea', 'Strait', 'Straits', 'Isle', 'Isles', 'Cape', 'Mount',
  'Mountains', 'Valley', 'Lake', 'Gorge', 'Desert', 'Peninsula', 'Sound', 'Firth', 'Mouth']);
/** Capitalized facility heads a name the tagger cut short may still have after it ("… Convention" + "Centre"). */
const FAC_HEAD_WORDS: ReadonlySet<string> = new Set(['Centre', 'Center', 'Hall', 'Stadium', 'Arena', 'Museum', 'Airport', 'Hospital', 'Theatre',
  'Theater', 'Library', 'Gallery']);
/**
 * First words that make a name of two or more words a place and never a person, with the place's type: "Fort Orvex"
 * is a town, "Lake Wren" a lake.
 */
const PLACE_PREFIXES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([['Fort', 'GPE'], ['Port', 'GPE'], ['Mount', 'LOC'],
  ['Mt.', 'LOC'], ['Lake', 'LOC'], ['Cape', 'LOC'],
  // Arabic "mosque": "Masjid Orvex" is a building, never a person.
  ['Masjid', 'FAC']]);
/**
 * Nouns a story defines a name as a place with ("Orvex is a small port town", "Wren was the capital"), with the type
 * that gives the name.
 */
const DEFINING_PLACE_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...['city', 'town', 'village', 'capital', 'country', 'province', 'county', 'borough', 'suburb', 'municipality', 'metropolis',
    'republic', 'kingdom', 'emirate', 'hamlet', 'township'].map((w) => [w, 'GPE'] as [string, EntityType]),
  ...['island', 'archipelago', 'peninsula', 'atoll', 'region', 'destination'].map((w) => [w, 'LOC'] as [string, EntityType]),
]);
/** The most tokens of a bracketed aside {@link definedPlace} looks past (with its brackets). */
const MAX_ASIDE_TOKENS = 8;
/**
 * Nouns that make the name after "the <noun> of" a place, with its type: "the suburb of Orvex", "the island of Wren".
 */
const PLACE_OF_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...DEFINING_PLACE_NOUNS].filter(([w]) => w !== 'destination'),
  ...['state', 'district', 'neighbourhood', 'neighborhood'].map((w) => [w, 'GPE'] as [string, EntityType]),
]);
/** Verbs that define a name by what follows them ("Orvex is a town"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'became']);
/** Adverbs that may stand between the copula and the article ("Orvex is now a city"). */
const COPULA_ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'still', 'officially']);
/**
 * Words that may follow the defining noun: the noun must be the head of the phrase ("a city in …", "a town where …"),
 * not a modifier of another noun ("a city council member", "a state agency").
 */
const AFTER_DEFINING_NOUN: ReadonlySet<string> = new Set(['in', 'of', 'on', 'near', 'at', 'with', 'that', 'which', 'where', 'and', 'located',
  'situated', 'known', 'famous', 'north', 'south', 'east', 'west', 'off', 'along', 'by', 'for', 'founded', 'whose', 'best']);
/** Verbs of position that define a person-typed name as a place ("Orvex is located on the coast"). */
const POSITION_VERBS: ReadonlySet<string> = new Set(['located', 'situated', 'nestled', 'bordered']);
/** A word the defining phrase may have between its article and its noun: lowercase ("small", "third-largest"), a number or a capitalized adjective ("Polish"). */
const DEFINING_MODIFIER = /^(?:\p{Ll}[\p{L}-]*|\d+(?:st|nd|rd|th)?|\p{Lu}\p{Ll}+)$/u;
/** Gazetteer classes of names that are organizations, whatever a story says about them. */
const NOT_A_DEFINED_PLACE = classMask('company', 'org', 'team', 'market');

/**
 * The place type a story gives the name at `c` (typed `typed` at a mention) next to it, or null: "Orvex is a small town" → GPE, "Wren is the
 * region's largest island" → LOC, "Orvex is located in the hills" (persons only) → GPE, "the suburb of Orvex" → GPE.
 */
function definedPlace(cx: RuleContext, c: TokenRange, typed: EntityType): EntityType | null {
  const w = cx.words;
  // Every word read goes through `wordAt`: `i` runs past the story's end for a name at its end, and a read past the
  // array ("out of bounds") deoptimised the rule that asks.
  // Before the name: "the town of Orvex", "a suburb of Wren".
  if (c.start >= 3 && wordAt(w, c.start - 1) === 'of' && (wordAt(w, c.start - 3) === 'the' || wordAt(w, c.start - 3) === 'a')) {
    const type = PLACE_OF_NOUNS.get(w[c.start - 2]!);
    if (type !== undefined) return type;
  }
  let i = c.end;
  // A bracket between the name and its verb: "Orvex (population 3,000) is a town".
  if (wordAt(w, i) === '(') {
    const close = w.indexOf(')', i);
    if (close < 0 || close - i > MAX_ASIDE_TOKENS) return null;
    i = close + 1;
  }
  if (!COPULAS.has(wordAt(w, i))) return null;
  i++;
  if (COPULA_ADVERBS.has(wordAt(w, i))) i++;
  if (typed === 'PERSON' && POSITION_VERBS.has(wordAt(w, i))) return 'GPE';
  // The article: a, an, the, "one of the", or a possessive name ("Poland's").
  if (wordAt(w, i) === 'a' || wordAt(w, i) === 'an' || wordAt(w, i) === 'the') i++;
  else if (wordAt(w, i) === 'one' && wordAt(w, i + 1) === 'of' && wordAt(w, i + 2) === 'the') i += 3;
  else if (i + 1 < w.length && startsUpper(w[i]!) && /^['’]s$/.test(w[i + 1]!)) i += 2;
  else return null;
  for (let k = 0; k <= 4 && i < w.length; k++, i++) {
    const type = DEFINING_PLACE_NOUNS.get(w[i]!);
    if (type !== undefined) {
      const next = i + 1 < w.length ? w[i + 1]! : undefined;
      return next === undefined || !/^[\p{L}\d]/u.test(next) || AFTER_DEFINING_NOUN.has(next) ? type : null;
    }
    if (!DEFINING_MODIFIER.test(w[i]!)) return null;
  }
  return null;
}

/** {@link SECTION_HEADINGS} as a set. */
const SECTION_HEADING: ReadonlySet<string> = new Set(SECTION_HEADINGS);
/** The first words of {@link SECTION_HEADINGS} (the rule's trigger). */
const SECTION_HEADING_FIRST: readonly string[] = [...new Set(SECTION_HEADINGS.map((h) => h.split(' ')[0]!))];
/** What may stand before a heading on its line: nothing, or a section number ("1.", "2.3", "IV."). */
const BEFORE_HEADING = /(?:^|\n)[ \t]*(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?[ \t]+)?$/;
/** What may follow a heading on its line: nothing, or a colon or full stop. */
const AFTER_HEADING = /^[ \t]*[:.]?[ \t]*(?:\n|$)/;
/** The most characters {@link BEFORE_HEADING} and {@link AFTER_HEADING} look at. */
const HEADING_CONTEXT = 24;

/**
 * Capitalized words that modify the title after them ("Home Secretary", "Shadow Home Secretary", "Emeritus Professor",
 * "International President"): no name of their own there.
 */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['Home', 'Shadow', 'Emeritus', 'Interim', 'Acting', 'Deputy', 'Vice', 'Assistant',
  'Associate', 'Former', 'Senior', 'Junior', 'Chief', 'Executive', 'International', 'Foreign', 'Principal']);
/** Titles a {@link TITLE_MODIFIERS} word may stand before (the title words, and academic ranks they leave out). */
const MODIFIED_TITLES: ReadonlySet<string> = new Set([...TITLES, 'Professor', 'Lecturer', 'Fellow', 'Editor', 'Officer', 'Registrar']);

/** Words that number a part of a document before its number: "Figure 3", "Table 2.1", "Method 2 of 3". */
const REFERENCE_WORDS: ReadonlySet<string> = new Set(['Figure', 'Fig.', 'Figures', 'Table', 'Tables', 'Method', 'Step', 'Chapter', 'Section',
  'Appendix', 'Equation', 'Eq.', 'Exhibit', 'Plate', 'Panel']);
/** A section or figure number. */
const REFERENCE_NUMBER = /^\d+(?:\.\d+)*[a-z]?$/;
/** Family words used as a name ("Dear Mom", "ask Dad"): a role, not a person's name. */
const KIN_WORDS: ReadonlySet<string> = new Set(['Mom', 'Mum', 'Mommy', 'Mummy', 'Dad', 'Daddy', 'Grandma', 'Grandpa', 'Granny', 'Nana']);
/** Planets and the like that the tagger (trained on news) types as organizations, with their type. */
const CELESTIAL_PLACES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([['Earth', 'LOC']]);

/** A year as a citation gives it ("2011", "1998a"). */
const CITATION_YEAR = /^(?:1[5-9]|20)\d{2}[a-z]?$/;
/** The most words of one author in a cited "X & Y" ("Van Dijk"). */
const MAX_AUTHOR_WORDS = 2;

/** Last words of a company's name that the organization heads do not list (they are no surname either). */
const COMPANY_LAST_WORDS: ReadonlySet<string> = new Set(['Gaming', 'Software', 'Interactive', 'Robotics', 'Biotech', 'Therapeutics', 'Motorsports']);


/** The news post-rules, in the order they run (after {@link REFINE_RULES}' own). */
export const NEWS_RULES: readonly RefineRule[] = [
  {
    id: 'market-name',
    description: 'A market index the tagger cut short takes the rest of its name from the gazetteer: "the S&P 500 fell" with only "S&P" tagged → "S&P 500"; "Dow" + "Jones Industrial Average" → one name.',
    apply: (cands, cx) => {
      const out: Candidate[] = [];
      for (let i = 0; i < cands.length; i++) {
        const c = cands[i]!;
        if (!fromTagger(c) || !hasAny(cx.bits(c), MARKET_OR_COMPANY)) {
          out.push(c);
          continue;
        }
        // The longest market name that starts where the candidate starts and ends after it (at most 4 more tokens,
        // each capitalized, a number, `&` or `'s`: "Standard & Poor's 500"; a lowercase "average" stays outside).
        let end = -1;
        let reach = c.end;
        while (reach < Math.min(c.end + 4, cx.tokens.length) && NAME_PART.test(cx.words[reach]!) && !breakBefore(cx, reach)) reach++;
        for (let e = reach; e > c.end; e--) {
          if (hasAny(cx.bits({ start: c.start, end: e }), MARKET)) {
            end = e;
            break;
          }
        }
        // Absorb only whole candidates: a name that runs on past the index is left as it is.
        let j = i + 1;
        while (end > 0 && j < cands.length && cands[j]!.start < end) {
          if (cands[j]!.end > end) end = -1;
          else j++;
        }
        if (end < 0) {
          out.push(c);
          continue;
        }
        out.push(retype(c, 'ORG', 'market-name', { end }));
        i = j - 1;
      }
      return out;
    },
  },
  {
    id: 'person-org-head',
    trigger: [...ORG_ONLY_HEADS, ...FAC_ONLY_HEADS],
    description: 'A "person" ending in an organization or facility head that is no surname is that organization or facility: "Tara Holt Institute" → ORG, "the Leigh Holt Museum" → FAC.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'PERSON' || c.end - c.start < 2) return c;
      const last = cx.words[c.end - 1]!;
      if (ORG_ONLY_HEADS.has(last)) return retype(c, 'ORG', 'person-org-head');
      if (FAC_ONLY_HEADS.has(last)) return retype(c, 'FAC', 'person-org-head');
      return c;
    }),
  },
  {
    id: 'demonym-org',
    trigger: [...ORG_HEAD, ...ORG_LEAD_HEAD],
    description: 'A demonym right before an organization\'s name opens it: "the Danish Rowing Association" tagged NORP "Danish" + ORG "Rowing Association" → ORG "Danish Rowing Association" (only when the organization has an organization head: "Association", "Court of …").',
    apply: mergeAdjacent((a, b, cx) => a.type === 'NORP' && b.type === 'ORG' && a.end - a.start === 1 && hasAny(cx.bits(a), DEMONYM)
      && /^\p{Lu}\p{Ll}/u.test(cx.words[a.start]!) && hasOrgHead(cx, b), 'demonym-org'),
  },
  {
    id: 'demonym-body',
    trigger: DEMONYM_BODY_HEADS,
    description: 'A one-word demonym typed NORP right before an untagged capitalized state-body head is that body, an organization: "visas from the Cuban Consulate" with only "Cuban" tagged → ORG "Cuban Consulate" (not when another capitalized word follows the head: "the French Academy Awards").',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || c.type !== 'NORP' || c.end - c.start !== 1 || c.end >= cx.tokens.length) return c;
      if (!DEMONYM_BODY_HEADS.has(cx.words[c.end]!) || breakBefore(cx, c.end) || !hasAny(cx.bits(c), DEMONYM)) return c;
      const next = cands[i + 1];
      if (next !== undefined && next.start <= c.end + 1) return c;
      const after = cx.tokens[c.end + 1];
      if (after !== undefined && isCapWord(after) && !breakBefore(cx, c.end + 1)) return c;
      return retype(c, 'ORG', 'demonym-body', { end: c.end + 1 });
    }),
  },
  {
    id: 'tournament-group',
    trigger: TOURNAMENT_GROUP_WORDS,
    description: 'A tournament\'s group named by a letter or number is a body of teams, not a person or place: "the first game of Group G" with "Group G" typed PERSON → ORG (only the two words; an untagged "Group F" stays untagged).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type !== 'ORG' && c.end - c.start === 2
      && TOURNAMENT_GROUP_WORDS.has(cx.words[c.start]!) && GROUP_MARK.test(cx.words[c.start + 1]!) ? retype(c, 'ORG', 'tournament-group') : c)),
  },
  {
    id: 'honorific-surname',
    trigger: PERSONAL_HONORIFICS,
    description: 'A one-word "organization" whose word the story writes after a personal honorific elsewhere is that person: "Orvex argued that … Ms. Orvex contacted the foundation" with "Orvex" typed ORG → PERSON (not a known company).',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const surnames = new Set<string>();
      for (let i = 0; i + 1 < tk.length; i++) {
        if (!PERSONAL_HONORIFICS.has(cx.words[i]!)) continue;
        // "Ms. Orvex", or "Ms" "." "Orvex" when the tokenizer split the full stop off.
        const k = cx.words[i + 1] === '.' ? i + 2 : i + 1;
        if (k < tk.length && isCapWord(tk[k]!) && !breakBefore(cx, k)) surnames.add(cx.words[k]!);
      }
      if (surnames.size === 0) return cands as Candidate[];
      return mapChanged(cands, (c) => (fromTagger(c) && c.type === 'ORG' && c.end - c.start === 1 && surnames.has(cx.words[c.start]!)
        && !hasAny(cx.bits(c), COMPANY) ? retype(c, 'PERSON', 'honorific-surname') : c));
    },
  },
  {
    id: 'the-institution',
    trigger: INSTITUTION_WORDS,
    description: 'A capitalized institution word alone after "the" is that body, an organization, never a person, place or other name: "may it please the Court" with "Court" typed PERSON, "the Army" typed MISC → ORG (the-crown does "Crown").',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'ORG' || c.end - c.start !== 1 || c.start === 0 || !INSTITUTION_WORDS.has(cx.words[c.start]!)) return c;
      if (!(c.type === 'PERSON' || c.type === 'MISC' || PLACE_TYPES.has(c.type)) || !/^[Tt]he$/.test(cx.words[c.start - 1]!)) return c;
      return retype(c, 'ORG', 'the-institution');
    }),
  },
  {
    id: 'inverted-name',
    trigger: [','],
    description: 'A reading list\'s "Surname, Given." at the start of a line names one person, surname and given names: "Orvex, Jane. A Novel" with "Orvex" untagged and "Jane" typed GPE → PERSON "Orvex" and PERSON "Jane" (the given name a known first name, then a full stop, or "and" and the next such name; not when the story writes the first word in lower case, as "Um, Jane." or "Well, Jane.").',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const words = cx.words;
      const found: [number, number][] = [];
      let lastEnd = -1;
      for (let i = 0; i + 3 < tk.length; i++) {
        if (words[i + 1] !== ',' || !INVERTED_WORD.test(words[i]!)) continue;
        if (!(i === 0 || breakBefore(cx, i) || (lastEnd === i - 1 && words[i - 1] === 'and'))) continue;
        const j = i + 2;
        if (!INVERTED_WORD.test(words[j]!) || breakBefore(cx, j) || !hasAny(cx.bits({ start: j, end: j + 1 }), FIRST_NAME)) continue;
        let e = j + 1;
        if (e < tk.length && INVERTED_WORD.test(words[e]!) && !breakBefore(cx, e)) e++;
        if (e >= tk.length || breakBefore(cx, e)) continue;
        // "and" only before the next inverted name ("Orvex, Jane and Wren, Karl."), not in a list of names
        // ("Thomas, Harold Baines and Robin Ventura").
        // `wordAt` past `e`: e + 2 may be past the story's end, and that read deoptimised the rule.
        if (!(words[e] === '.' || (words[e] === 'and' && wordAt(words, e + 2) === ',' && INVERTED_WORD.test(wordAt(words, e + 1))))) continue;
        found.push([i, e]);
        lastEnd = e;
      }
      if (found.length === 0) return cands as Candidate[];
      // A first word the story also writes in lower case is a common word ("Well, Jane."), not a surname.
      const lower = new Set<string>();
      for (const t of tk) if (!startsUpper(t.text)) lower.add(t.text);
      const kept = found.filter(([i]) => !lower.has(words[i]!.toLowerCase()));
      if (kept.length === 0) return cands as Candidate[];
      // Replace the tagger's names inside the span; leave the span alone when any other name overlaps it.
      const drop = new Set<number>();
      const added: Candidate[] = [];
      for (const [a, e] of kept) {
        const inside: number[] = [];
        let blocked = false;
        cands.forEach((c, k) => {
          if (c.start < e && a < c.end) {
            if (fromTagger(c) && c.start >= a && c.end <= e) inside.push(k);
            else blocked = true;
          }
        });
        if (blocked) continue;
        for (const k of inside) drop.add(k);
        // Two mentions of the one person, surname and given names, as the words stand (a span across the comma
        // would match neither a surname-only nor a names-apart convention exactly).
        added.push(candidate(a, a + 1, 'PERSON', 'refine.inverted-name', null), candidate(a + 2, e, 'PERSON', 'refine.inverted-name', null));
      }
      if (added.length === 0) return cands as Candidate[];
      return [...cands.filter((_, k) => !drop.has(k)), ...added].sort(byStart);
    },
  },
  {
    id: 'company-noun',
    trigger: COMPANY_NOUNS,
    description: 'A name right after a lowercase noun for a company or outlet is an organization: "engine maker Orvex" with "Orvex" typed GPE, "the magazine Der Blick" typed PERSON → ORG (not a known place, not a known first name).',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'ORG' || c.start < 1) return c;
      if (!(c.type === 'PERSON' || PLACE_TYPES.has(c.type) || c.type === 'MISC')) return c;
      // The normalized word (as every other list test here): `start‐up` with a Unicode hyphen is `start-up`.
      if (!COMPANY_NOUNS.has(cx.words[c.start - 1]!)) return c;
      const b = cx.bits(c);
      if (hasAny(b, PLACE_OR_DEMONYM) || hasAny(cx.bits({ start: c.start, end: c.start + 1 }), FIRST_OR_PLACE)) return c;
      return retype(c, 'ORG', 'company-noun');
    }),
  },
  {
    id: 'airline-name',
    trigger: ['Air', 'Flight', 'flight'],
    description: 'A capitalized "Air" before a place is an airline: "flew Air Moldova" with only "Moldova" tagged → ORG "Air Moldova"; a name typed otherwise before "Flight <number>" is the airline: "Skyjet Air Flight 12" typed GPE → ORG "Skyjet Air".',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c)) return c;
      const prevCand = cands[i - 1];
      if (PLACE_TYPES.has(c.type) && c.start >= 1 && cx.tokens[c.start - 1]!.text === 'Air' && !(prevCand && prevCand.end >= c.start)
        && !breakBefore(cx, c.start)) {
        return retype(c, 'ORG', 'airline-name', { start: c.start - 1 });
      }
      if (c.type !== 'ORG' && c.end - c.start >= 2 && /^[Ff]light$/.test(cx.words[c.end - 1]!) && /^\d/.test(cx.tokens[c.end]?.text ?? '')
        && isCapWord(cx.tokens[c.end - 2]!)) {
        return retype(c, 'ORG', 'airline-name', { end: c.end - 1 });
      }
      return c;
    }),
  },
  {
    id: 'storm-event',
    trigger: STORM_WORDS,
    description: 'A named storm is an event, not an organization or person: "Cyclone Oru made landfall" → EVENT "Cyclone Oru".',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type !== 'EVENT' && c.end - c.start >= 2 && STORM_WORDS.has(cx.words[c.start]!)
      && isCapWord(cx.tokens[c.start + 1]!) ? retype(c, 'EVENT', 'storm-event') : c)),
  },
  {
    id: 'company-product',
    description: 'A known company followed by a capitalized name that is no organization head or division word is one of its products: "the Acmesoft Quill browser" with Acmesoft a known company → PRODUCT "Acmesoft Quill" (as "Boeing 787" is; not "Acmesoft Computer", "Acmesoft Europe").',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'ORG' || c.end - c.start < 2 || c.end - c.start > 4) return c;
      const whole = cx.bits(c);
      if (hasAny(whole, NOT_A_PRODUCT)) return c;
      for (let k = c.start + 1; k <= Math.min(c.start + 2, c.end - 1); k++) {
        const maker = cx.bits({ start: c.start, end: k });
        if (!hasAny(maker, COMPANY) || hasAny(maker, NOT_A_MAKER)) continue;
        let ok = true;
        for (let i = k; i < c.end && ok; i++) {
          const w = cx.words[i]!;
          const t = cx.tokens[i]!;
          // A plural is a line of business ("Acme Cables"), not a product name.
          ok = t.kind === 'word' && /^[\p{Lu}\d]/u.test(w) && !/\p{Ll}s$/u.test(w) && !ORG_HEAD.has(w) && !DIVISION_WORDS.has(w) && !FAC_HEAD.has(w)
            && !hasAny(cx.bits({ start: i, end: i + 1 }), NOT_A_PRODUCT_WORD);
        }
        if (ok) return retype(c, 'PRODUCT', 'company-product');
      }
      return c;
    }),
  },
  {
    id: 'acronym-in-brackets',
    trigger: ['(', '['],
    description: 'An acronym in brackets right after a name, spelling its initials, names the same thing: "the Bank of Upper Volta (BUV)" → ORG "BUV", "the Global Orchard Summit (GOS)" → EVENT "GOS" (added where the tagger found nothing, or retyped).',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const out: Candidate[] = [];
      // Acronyms given a type here, so that the story's other mentions of them ("GOS opens today") take it too.
      const typed = new Map<string, EntityType>();
      for (let i = 0; i < cands.length; i++) {
        const c = cands[i]!;
        out.push(c);
        const open = tk[c.end];
        const a = tk[c.end + 1];
        const close = tk[c.end + 2];
        if (!ACRONYM_TYPES.has(c.type) || c.end - c.start < 2 || !open || !a || !close || !/^[([]$/.test(open.text) || !/^[)\]]$/.test(close.text)
          || !ACRONYM.test(a.text) || !spellsInitials(cx, c, a.text)) continue;
        const next = cands[i + 1];
        if (next && next.start === c.end + 1 && next.end === c.end + 2) {
          if (next.type !== c.type && fromTagger(next)) {
            out.push(retype(next, c.type, 'acronym-in-brackets'));
            typed.set(a.text, c.type);
            i++;
          }
          continue;
        }
        // Added only with three letters or more: two capitals in brackets are as often a word ("( ON )") as a name.
        if ((next && next.start <= c.end + 1) || a.text.length < 3) continue;
        out.push(candidate(c.end + 1, c.end + 2, c.type, 'refine.acronym-in-brackets', null));
        typed.set(a.text, c.type);
      }
      if (typed.size === 0) return out;
      return mapChanged(out, (c) => {
        if (!fromTagger(c) || c.end - c.start !== 1) return c;
        const t = typed.get(cx.tokens[c.start]!.text);
        return t !== undefined && t !== c.type ? retype(c, t, 'acronym-in-brackets') : c;
      });
    },
  },
  {
    id: 'product-case',
    description: 'A product name written with a capital inside is that product whatever its case: "the new Flexbook Pro" with "FlexBook Pro" listed → PRODUCT.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'PRODUCT' || c.end - c.start > 3 || !CAMEL_FIRST_UNITS.has(cx.words[c.start]!.charCodeAt(0))) return c;
      if (!CAMEL_FIRST_WORDS.has(cx.words[c.start]!.toLowerCase())) return c;
      return CAMEL_PRODUCTS.has(cx.words.slice(c.start, c.end).join(' ').toLowerCase()) ? retype(c, 'PRODUCT', 'product-case') : c;
    }),
  },
  {
    id: 'event-head',
    trigger: NAME_EVENT_HEADS,
    description: 'A name typed as a place or person that ends in an event head is an event: "the Riverton Lantern Festival" typed GPE → EVENT (organizations are typed by fine typing).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && (PLACE_TYPES.has(c.type) || c.type === 'PERSON') && c.end - c.start >= 2
      && NAME_EVENT_HEADS.has(cx.words[c.end - 1]!) ? retype(c, 'EVENT', 'event-head') : c)),
  },
  {
    id: 'country-org',
    trigger: [...ORG_HEAD, ...ORG_LEAD_HEAD],
    description: 'A country right before an organization with an organization head opens its name: "the Moldova National Rowing Association" tagged GPE + ORG → one ORG.',
    apply: mergeAdjacent((a, b, cx) => a.type === 'GPE' && b.type === 'ORG' && hasAny(cx.bits(a), COUNTRY) && hasOrgHead(cx, b), 'country-org'),
  },
  {
    id: 'belief-or-festival',
    trigger: [...BELIEF_TYPES.keys()],
    description: 'A religion is a belief (NORP) and a religious festival or holiday an event, not a place or person: "the spread of Islam" typed GPE → NORP, "pilgrims gathered for the Hajj" typed GPE → EVENT.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.end - c.start !== 1) return c;
      const t = BELIEF_TYPES.get(cx.words[c.start]!);
      return t === undefined || t === c.type ? c : retype(c, t, 'belief-or-festival');
    }),
  },
  {
    id: 'web-domain',
    description: 'A one-word name written as a web address is the site, run by an organization: "she writes for Orvexnews.com" typed GPE or MISC → ORG.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'ORG' || c.end - c.start !== 1) return c;
      const w = cx.words[c.start]!;
      // Most words have no dot: the expression runs on the few that do.
      return w.indexOf('.') > 1 && WEB_DOMAIN.test(w) ? retype(c, 'ORG', 'web-domain') : c;
    }),
  },
  {
    id: 'work-title',
    trigger: WORK_NOUNS,
    description: 'A name right after a lowercase noun for a creative work is its title, not a person or place: "her graphic novel Lantern Moth, with …" typed PERSON → WORK_OF_ART, and the whole title is one span ("the film Dust and Gold (2009)"); not when a verb follows ("the book Smith wrote": the author).',
    apply: (cands, cx) => {
      let out: Candidate[] | null = null;
      for (let i = 0; i < cands.length; i++) {
        const c = cands[i]!;
        let j = i + 1;
        let done: Candidate = c;
        if (fromTagger(c) && c.type !== 'WORK_OF_ART' && c.start > 0 && WORK_NOUNS.has(cx.tokens[c.start - 1]!.text) && !breakBefore(cx, c.start)) {
          const e = titleEnd(cx, c.start);
          // Later candidates inside the title are parts of it ("Dust" and "Gold"); one that runs past it is no part.
          while (j < cands.length && cands[j]!.end <= e) j++;
          if (e >= c.end && (j === cands.length || cands[j]!.start >= e) && endsTitle(cx, e) && !hasAny(cx.bits({ start: c.start, end: c.start + 1 }), MONTH_OR_WEEKDAY)) {
            done = retype(c, 'WORK_OF_ART', 'work-title', { end: e, title: null });
          } else j = i + 1;
        }
        if (done !== c && out === null) out = cands.slice(0, i);
        if (out !== null) out.push(done);
        i = j - 1;
      }
      return out ?? (cands as Candidate[]);
    },
  },
  {
    id: 'section-heading',
    trigger: SECTION_HEADING_FIRST,
    description: 'A section heading alone on its line is no name: "1. Introduction" or "Methods" typed ORG → dropped (not inside a sentence: "the Introduction Act").',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const kept = cands.filter((c) => {
        if (!fromTagger(c) || c.end - c.start > 3 || !SECTION_HEADING.has(cx.words.slice(c.start, c.end).join(' '))) return true;
        const a = tk[c.start]!.start;
        const b = tk[c.end - 1]!.end;
        return !(BEFORE_HEADING.test(cx.text.slice(Math.max(0, a - HEADING_CONTEXT), a)) && AFTER_HEADING.test(cx.text.slice(b, b + HEADING_CONTEXT)));
      });
      return kept.length === cands.length ? (cands as Candidate[]) : kept;
    },
  },
  {
    id: 'title-modifier',
    trigger: TITLE_MODIFIERS,
    description: 'Words that modify a title are no name: "Home Secretary Jane Doe" or "Emeritus Professor Jim Press" with "Home" or "Emeritus" tagged → dropped (the whole tagged span must be such words, and a title must follow).',
    apply: (cands, cx) => {
      const kept = cands.filter((c) => {
        if (!fromTagger(c) || c.type === 'PERSON' || !MODIFIED_TITLES.has(cx.words[c.end] ?? '')) return true;
        for (let k = c.start; k < c.end; k++) if (!TITLE_MODIFIERS.has(cx.words[k]!)) return true;
        return false;
      });
      return kept.length === cands.length ? (cands as Candidate[]) : kept;
    },
  },
  {
    id: 'numbered-reference',
    trigger: REFERENCE_WORDS,
    description: 'A word that numbers a part of a document, before its number, is no name: "see Figure 3" or "Method 2 of 3" with "Figure" or "Method" tagged → dropped.',
    apply: (cands, cx) => {
      const kept = cands.filter((c) => !(fromTagger(c) && c.end - c.start === 1 && REFERENCE_WORDS.has(cx.words[c.start]!)
        && REFERENCE_NUMBER.test(cx.words[c.end] ?? '')));
      return kept.length === cands.length ? (cands as Candidate[]) : kept;
    },
  },
  {
    id: 'kin-word',
    trigger: KIN_WORDS,
    description: 'A family word used as a name is no name: "Dear Mom," or "ask Dad" with "Mom" or "Dad" tagged → dropped (one word only: "Dad\'s Army" is kept).',
    apply: (cands, cx) => {
      const kept = cands.filter((c) => !(fromTagger(c) && c.end - c.start === 1 && KIN_WORDS.has(cx.words[c.start]!)));
      return kept.length === cands.length ? (cands as Candidate[]) : kept;
    },
  },
  {
    id: 'celestial-place',
    trigger: [...CELESTIAL_PLACES.keys()],
    description: 'The planet is a place: "on Earth" typed ORG → LOC.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      const type = fromTagger(c) || c.rule === 'refine.doc-majority' ? CELESTIAL_PLACES.get(cx.words[c.start]!) : undefined;
      return type === undefined || c.end - c.start !== 1 || c.type === type ? c : retype(c, type, 'celestial-place');
    }),
  },
  {
    id: 'citation-authors',
    trigger: ['&'],
    description: 'Surnames joined by "&" before a year are the authors of a cited work, not a firm: "(Orwin & Platt, 2011)" or "Orwin & Platt (2011)" typed ORG → PERSON "Orwin", PERSON "Platt".',
    apply: (cands, cx) => {
      const w = cx.words;
      let changed = false;
      // (The list stays sorted: the callback returns sub-spans of its candidate, in order.)
      const out = flatMapCandidates(cands, (c) => {
        if (!fromTagger(c) || c.type !== 'ORG' || c.end - c.start < 3) return [c];
        const next = w[c.end] ?? '';
        const year = CITATION_YEAR.test(next) || ((next === ',' || next === '(') && CITATION_YEAR.test(w[c.end + 1] ?? ''));
        if (!year) return [c];
        // Authors between "&" and "," separators, each one or two capitalized words.
        const authors: Candidate[] = [];
        let a = c.start;
        let amp = false;
        for (let k = c.start; k <= c.end; k++) {
          if (k < c.end && w[k] !== '&' && w[k] !== ',') {
            if (!startsUpper(w[k]!) || !hasLower(w[k]!)) return [c];
            continue;
          }
          // "Orwin, Platt, & Doyle": the comma before "&" leaves an empty segment.
          if (k - a === 0 && w[k] === '&' && w[k - 1] === ',') {
            amp = true;
            a = k + 1;
            continue;
          }
          if (k - a < 1 || k - a > MAX_AUTHOR_WORDS) return [c];
          authors.push(candidate(a, k, 'PERSON', 'refine.citation-authors', null));
          amp ||= w[k] === '&';
          a = k + 1;
        }
        if (!amp || authors.length < 2) return [c];
        changed = true;
        return authors;
      });
      return changed ? out : (cands as Candidate[]);
    },
  },
  {
    id: 'place-prefix',
    trigger: [...PLACE_PREFIXES.keys()],
    description: 'A name the tagger typed as a person whose first word is "Fort", "Port", "Mount", "Lake", "Cape" or "Masjid" is a place: "Fort Orvex" PERSON → GPE, "Lake Wren" PERSON → LOC, "Masjid Orvex" PERSON → FAC.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'PERSON' || c.end - c.start < 2) return c;
      const type = PLACE_PREFIXES.get(cx.words[c.start]!);
      return type === undefined || !startsUpper(cx.words[c.start + 1]!) ? c : retype(c, type, 'place-prefix');
    }),
  },
  {
    id: 'defined-place',
    description: 'A name the story defines as a place ("Orvex is a small town on the coast", "Wren is the region\'s largest island", "the suburb of Orvex"), at a mention or where the tagger left it untagged, is that place wherever the tagger typed it a person or an organization, and where it stands alone untagged: "Orvex" ORG → GPE at every mention (not a known company, organization or team).',
    apply: (cands, cx) => {
      // The story's names by first word, with the type of one mention (a place type when any mention has one).
      const named = new Map<string, { words: string[]; type: EntityType }[]>();
      for (const c of cands) {
        if (!(c.type === 'ORG' || c.type === 'PERSON' || PLACE_TYPES.has(c.type))) continue;
        const words = cx.words.slice(c.start, c.end);
        const list = named.get(words[0]!) ?? [];
        const seen = list.find((n) => n.words.length === words.length && n.words.every((w, k) => w === words[k]));
        if (seen === undefined) list.push({ words, type: c.type });
        else if (PLACE_TYPES.has(c.type)) seen.type = c.type;
        named.set(words[0]!, list);
      }
      if (named.size === 0) return cands as Candidate[];
      const w = cx.words;
      const matches = (i: number, words: readonly string[]) => i + words.length <= w.length && words.every((x, k) => w[i + k] === x);
      // Definitions, at any occurrence of a name (the tagger may have left the defining one untagged: a title line).
      let defined: Map<string, EntityType> | null = null;
      for (let i = 0; i < w.length; i++) {
        const list = named.get(w[i]!);
        if (list === undefined) continue;
        for (const n of list) {
          const r = { start: i, end: i + n.words.length };
          // (Bounds-checked rather than `?? ''` after the read: a read past the end deopted the rule's compiled code.)
          const next = r.end < w.length ? w[r.end]! : '';
          if (!matches(i, n.words) || !(COPULAS.has(next) || next === '(' || (i > 0 && w[i - 1] === 'of'))) continue;
          const type = definedPlace(cx, r, n.type);
          if (type === null || hasAny(cx.bits(r), NOT_A_DEFINED_PLACE)) continue;
          // A place the tagger typed already (GPE, LOC, FAC) keeps its own type and lends it to the other mentions.
          (defined ??= new Map()).set(n.words.join(' '), PLACE_TYPES.has(n.type) ? n.type : type);
        }
      }
      if (defined === null) return cands as Candidate[];
      const map = defined;
      const out = mapChanged(cands, (c) => {
        // The story's own definition outweighs a type the document-level votes gave ("Orvex" typed PERSON by most mentions).
        if (!(fromTagger(c) || c.rule === 'refine.doc-majority' || c.rule === 'refine.doc-person-name') || !(c.type === 'ORG' || c.type === 'PERSON')) return c;
        const type = map.get(cx.words.slice(c.start, c.end).join(' '));
        return type === undefined ? c : retype(c, type, 'defined-place');
      });
      // Untagged occurrences that stand alone (no capitalized word joined to them) are the place too.
      const tk = cx.tokens;
      const covered = cx.covering(cands);
      const added: Candidate[] = [];
      for (let i = 0; i < w.length; i++) {
        const list = covered[i]! < 0 ? named.get(w[i]!) : undefined;
        if (list === undefined || !isCapWord(tk[i]!)) continue;
        for (const n of list) {
          const type = map.get(n.words.join(' '));
          const e = i + n.words.length;
          if (type === undefined || !matches(i, n.words)) continue;
          let free = true;
          for (let k = i; k < e && free; k++) free = covered[k]! < 0;
          if (!free || (tk[e] && isCapWord(tk[e]!) && !breakBefore(cx, e)) || (i > 0 && isCapWord(tk[i - 1]!) && !breakBefore(cx, i))) continue;
          added.push(candidate(i, e, type, 'refine.defined-place', null));
          i = e - 1;
          break;
        }
      }
      return added.length === 0 ? out : [...out, ...added].sort(byStart);
    },
  },
  {
    id: 'repeated-name',
    description: 'A capitalized word or phrase the tagger typed elsewhere in the story, found again at a sentence or headline start where it tagged nothing, is the same name: "Orvex unveils a phone" in a headline with "Orvex Computer … Orvex said" tagged ORG → ORG "Orvex" (the first word of a known company counts; a word the story also writes in lower case does not).',
    apply: (cands, cx) => {
      // Names by first word: the text of every tagger name that has a lowercase letter, and the first word of an
      // organization whose first word is a known company ("Orvex" of "Orvex Computer").
      // A name typed two ways in the story is left alone (type null).
      const byFirst = new Map<string, { words: string[]; type: EntityType | null }[]>();
      const byKey = new Map<string, { words: string[]; type: EntityType | null }>();
      const add = (words: string[], type: EntityType) => {
        // A one-word name's key is its word (what the join gives, without building it).
        const key = words.length === 1 ? words[0]! : words.join(' ');
        const seen = byKey.get(key);
        if (seen) {
          if (seen.type !== type) seen.type = null;
          return;
        }
        const n = { words, type: type as EntityType | null };
        byKey.set(key, n);
        const list = byFirst.get(words[0]!);
        if (list) list.push(n);
        else byFirst.set(words[0]!, [n]);
      };
      for (const c of cands) {
        if (!(c.type === 'ORG' || c.type === 'PERSON' || PLACE_TYPES.has(c.type)) || (!fromTagger(c) && !c.rule.startsWith('refine.'))) continue;
        let ok = true;
        let lowerSeen = false;
        for (let k = c.start; k < c.end && ok; k++) {
          const w = cx.words[k]!;
          ok = startsUpper(w);
          lowerSeen ||= hasLower(w);
        }
        if (!ok || !lowerSeen) continue;
        const words = cx.words.slice(c.start, c.end);
        add(words, c.type);
        if (c.type === 'ORG' && words.length > 1) {
          const b = cx.bits({ start: c.start, end: c.start + 1 });
          if (hasAny(b, COMPANY) && !hasAny(b, NOT_A_COMPANY_WORD)) add([words[0]!], 'ORG');
        }
      }
      if (byFirst.size === 0) return cands as Candidate[];
      for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
      // First UTF-16 units of the names' first words: most tokens start with none of them (no map lookup).
      // ASCII capitals (65–90) as bits of one number; other first letters go straight to the map.
      let capitals = 0;
      for (const first of byFirst.keys()) {
        const u = first.charCodeAt(0);
        if (u >= 64 && u < 96) capitals |= 1 << (u - 64);
      }
      const tk = cx.tokens;
      const covered = cx.covering(cands);
      const added: Candidate[] = [];
      const words = cx.words;
      for (let i = 0; i < tk.length; i++) {
        const u = words[i]!.charCodeAt(0);
        if (u < 128 && (u < 64 || u >= 96 || (capitals & (1 << (u - 64))) === 0)) continue;
        if (covered[i]! >= 0) continue;
        const list = byFirst.get(words[i]!);
        if (list === undefined || !isCapWord(tk[i]!)) continue;
        for (const n of list) {
          const e = i + n.words.length;
          if (e > tk.length || !n.words.every((w, k) => words[i + k] === w && covered[i + k]! < 0)) continue;
          // A whole name only: not the start or end of a longer capitalized run ("Orvex" in "Orvex Tower").
          if ((tk[e] && isCapWord(tk[e]!) && !breakBefore(cx, e)) || (i > 0 && isCapWord(tk[i - 1]!) && !breakBefore(cx, i))) break;
          // Only at a sentence start (or a headline's), where the tagger has no capital letter to go by; elsewhere a
          // name it left untagged was left for a reason ("Wild 2" after "comet", a title "Pride and Prejudice").
          if (n.type === null || !cx.sentenceStart(i)) break;
          added.push(candidate(i, e, n.type, 'refine.repeated-name', null));
          i = e - 1;
          break;
        }
      }
      if (added.length === 0) return cands as Candidate[];
      // One-word names the story also writes in lower case ("apple", "amber") are common words at a sentence start.
      const oneWord = new Set<string>();
      for (const a of added) if (a.end - a.start === 1) oneWord.add(words[a.start]!.toLowerCase());
      const lower = new Set<string>();
      if (oneWord.size > 0) for (let i = 0; i < tk.length; i++) if (oneWord.has(tk[i]!.text)) lower.add(tk[i]!.text);
      const kept = lower.size === 0 ? added : added.filter((a) => a.end - a.start > 1 || !lower.has(words[a.start]!.toLowerCase()));
      return kept.length === 0 ? (cands as Candidate[]) : [...cands, ...kept].sort(byStart);
    },
  },
  {
    id: 'deity-person',
    trigger: DEITY,
    description: 'A god of a pantheon is a person in OntoNotes, not a place or organization: "a hymn to Odin" with "Odin" typed GPE → PERSON (names that are also planets or brands, "Apollo", "Nike", are not listed).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type !== 'PERSON' && c.end - c.start === 1 && DEITY.has(cx.words[c.start]!)
      ? retype(c, 'PERSON', 'deity-person') : c)),
  },
  {
    id: 'storm-name',
    trigger: STORM_WORDS,
    description: 'The name of a storm the story names with its storm word is the storm wherever it stands alone: "Cyclone Oru … Oru weakened" with the second "Oru" typed PERSON → EVENT.',
    apply: (cands, cx) => {
      const names = new Set<string>();
      for (const c of cands) {
        if (c.type === 'EVENT' && c.end - c.start === 2 && STORM_WORDS.has(cx.words[c.start]!)) names.add(cx.words[c.start + 1]!);
      }
      if (names.size === 0) return cands as Candidate[];
      return mapChanged(cands, (c) => (fromTagger(c) && c.type !== 'EVENT' && c.end - c.start === 1 && names.has(cx.words[c.start]!)
        ? retype(c, 'EVENT', 'storm-name') : c));
    },
  },
  {
    id: 'craft-name',
    trigger: [...CRAFT_TITLES, ...CRAFT_NOUNS],
    description: 'A name next to a noun for a spacecraft is the craft, a product: "the Kestrel probe", "the lander Kestrel", "Spacecraft Kestrel", "the Kestrel and Wren probes" → PRODUCT, and so are the story\'s other mentions of that name (not a known maker, place or people: "a Russian satellite").',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const names = new Set<string>();
      // The tagger's names and those an earlier rule reshaped ("Spacecraft Kestrel" cut from a caption line); not lexicon entries.
      const ours = (c: Candidate) => fromTagger(c) || c.rule.startsWith('refine.');
      const isCraft = (c: Candidate) => ours(c) && c.type !== 'PRODUCT' && c.type !== 'NORP' && !hasAny(cx.bits(c), NOT_A_CRAFT);
      const craftNoun = (i: number) => tk[i] !== undefined && CRAFT_NOUNS.has(tk[i]!.text);
      cands.forEach((c, i) => {
        if (!isCraft(c)) return;
        const next = cands[i + 1];
        const titled = c.end - c.start >= 2 && CRAFT_TITLES.has(cx.words[c.start]!);
        const before = craftNoun(c.end) && !breakBefore(cx, c.end);
        const after = c.start > 0 && craftNoun(c.start - 1) && !breakBefore(cx, c.start);
        // "the Kestrel and Wren probes": the first of two names joined by "and" before the noun.
        const pair = next !== undefined && tk[c.end]?.text === 'and' && next.start === c.end + 1 && craftNoun(next.end) && isCraft(next);
        if (!(titled || before || after || pair)) return;
        names.add(cx.words.slice(titled ? c.start + 1 : c.start, c.end).join(' '));
      });
      if (names.size === 0) return cands as Candidate[];
      return mapChanged(cands, (c) => {
        if (!ours(c) || c.type === 'PRODUCT' || c.type === 'NORP') return c;
        const key = cx.words.slice(c.start, c.end).join(' ');
        const titled = c.end - c.start >= 2 && CRAFT_TITLES.has(cx.words[c.start]!);
        return names.has(key) || (titled && names.has(cx.words.slice(c.start + 1, c.end).join(' '))) ? retype(c, 'PRODUCT', 'craft-name') : c;
      });
    },
  },
  {
    id: 'company-subject',
    description: 'A known company\'s name opening a sentence or headline, where the tagger found nothing, followed by a reporting or business verb is the company: "Orvex unveils new phone", "Orvex Computer announced …" → ORG (not a company name that is also a common word or surname, "Total", "Ford"; not when the story writes the word in lower case or names a person with it).',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const covered = cx.covering(cands);
      const added: Candidate[] = [];
      for (let i = 0; i < tk.length; i++) {
        if (covered[i]! >= 0 || !isCapWord(tk[i]!) || AMBIGUOUS_COMPANIES.has(cx.words[i]!) || !cx.sentenceStart(i)) continue;
        // The company: its first one or two words, then division words or organization heads ("Orvex Computer").
        let e = -1;
        for (const k of [i + 2, i + 1]) {
          if (k > tk.length || (k === i + 2 && (covered[i + 1]! >= 0 || !isCapWord(tk[i + 1]!) || breakBefore(cx, i + 1)))) continue;
          const b = cx.bits({ start: i, end: k });
          if (hasAny(b, COMPANY) && !hasAny(b, NOT_A_COMPANY_WORD)) {
            e = k;
            break;
          }
        }
        if (e < 0) continue;
        while (e < tk.length && e < i + 4 && covered[e]! < 0 && !breakBefore(cx, e) && (DIVISION_WORDS.has(cx.words[e]!) || ORG_HEAD.has(cx.words[e]!))) e++;
        const after = tk[e];
        if (after === undefined || breakBefore(cx, e) || !(SUBJECT_WORDS.has(after.text) || after.kind === 'clitic')) continue;
        added.push(candidate(i, e, 'ORG', 'refine.company-subject', null));
        i = e - 1;
      }
      if (added.length === 0) return cands as Candidate[];
      // A word the story also writes in lower case ("apple") or inside a person's name is no sure company.
      const firsts = new Set(added.map((a) => cx.words[a.start]!));
      const unsure = new Set<string>();
      for (let i = 0; i < tk.length; i++) {
        const w = tk[i]!.text;
        if (w !== cx.words[i] || !/^\p{Ll}/u.test(w)) continue;
        const cap = w[0]!.toUpperCase() + w.slice(1);
        if (firsts.has(cap)) unsure.add(cap);
      }
      for (const c of cands) {
        if (c.type !== 'PERSON') continue;
        for (let k = c.start; k < c.end; k++) if (firsts.has(cx.words[k]!)) unsure.add(cx.words[k]!);
      }
      const kept = unsure.size === 0 ? added : added.filter((a) => !unsure.has(cx.words[a.start]!));
      return kept.length === 0 ? (cands as Candidate[]) : [...cands, ...kept].sort(byStart);
    },
  },
  {
    id: 'paper-name',
    trigger: PAPER_NAMES,
    description: 'A newspaper\'s one-word name after "the", typed as something other than an organization, is the paper: "told the Guardian" with "Guardian" typed MISC → ORG.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'ORG' || c.end - c.start !== 1 || c.start === 0 || !PAPER_NAMES.has(cx.words[c.start]!)) return c;
      return /^[Tt]he$/.test(cx.words[c.start - 1]!) ? retype(c, 'ORG', 'paper-name') : c;
    }),
  },
  {
    id: 'product-prefix',
    trigger: PRODUCT_FIRST,
    description: 'A name that opens with a listed product and goes on with capitalized words is a version of the product: "Mac OS X Tigress" typed ORG → PRODUCT (not when it ends in an organization or facility head: "Linux Foundation"; not a person: "Kindle Smith").',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'PRODUCT' || c.type === 'PERSON' || c.end - c.start < 2 || !PRODUCT_FIRST.has(cx.words[c.start]!)) return c;
      const last = cx.words[c.end - 1]!;
      if (ORG_HEAD.has(last) || FAC_HEAD.has(last)) return c;
      for (let k = c.end - 1; k > c.start; k--) {
        if (!PRODUCT_TEXTS.has(cx.words.slice(c.start, k).join(' '))) continue;
        let rest = true;
        for (let i = k; i < c.end && rest; i++) rest = isCapWord(cx.tokens[i]!) || /^\d/.test(cx.words[i]!);
        return rest ? retype(c, 'PRODUCT', 'product-prefix') : c;
      }
      return c;
    }),
  },
  {
    id: 'product-list',
    description: 'Names listed right after a product, joined by commas, "and" or "or", are products too: "the Velta Aspen, PT Comet and Durango" with "Velta Aspen" a PRODUCT and the others typed ORG or GPE → PRODUCT (not known makers, places, peoples or first names, not persons).',
    apply: (cands, cx) => {
      let prev: Candidate | null = null;
      return mapChanged(cands, (c) => {
        const p = prev;
        prev = c;
        if (p === null || p.type !== 'PRODUCT' || !fromTagger(c) || !(c.type === 'ORG' || c.type === 'MISC' || PLACE_TYPES.has(c.type))) return c;
        if (c.start - p.end < 1 || c.start - p.end > MAX_LIST_GAP || hasAny(cx.bits(c), NOT_A_LISTED_PRODUCT)) return c;
        let link = false;
        for (let i = p.end; i < c.start; i++) {
          if (breakBefore(cx, i)) return c;
          if (LIST_LINKS.has(cx.words[i]!)) link = true;
          else if (!isCapWord(cx.tokens[i]!)) return c;
        }
        if (!link || breakBefore(cx, c.start)) return c;
        const d = retype(c, 'PRODUCT', 'product-list');
        prev = d;
        return d;
      });
    },
  },
  {
    id: 'east-asian-name',
    trigger: EAST_ASIAN_SURNAME,
    description: 'A given name followed by a common Chinese, Korean or Vietnamese family name, typed as an organization or place, is a person: "Mei Leung", "Tomas Nguyen" typed ORG or GPE → PERSON (not when a word is a known place, company or organization, not after a first word of a place such as "Fort", not next to a number).',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || !(c.type === 'ORG' || PLACE_TYPES.has(c.type)) || c.end - c.start !== 2) return c;
      if (!EAST_ASIAN_SURNAME.has(cx.words[c.start + 1]!) || !GIVEN_NAME.test(cx.words[c.start]!) || PLACE_PREFIXES.has(cx.words[c.start]!)) return c;
      if (numberAt(cx, c.start - 1) || numberAt(cx, c.end) || hasAny(cx.bits(c), NOT_PERSONAL) || hasAny(cx.bits({ start: c.start, end: c.start + 1 }), NOT_PERSONAL)) return c;
      return retype(c, 'PERSON', 'east-asian-name');
    }),
  },
  {
    id: 'famous-person',
    trigger: FAMOUS_PERSON,
    description: 'A historical figure, writer, artist or scientist named by one word is a person, not a place or organization: "a quote attributed to Einstein" with "Einstein" typed GPE → PERSON (names that are as often places or brands, "Darwin", "Lincoln", "Tesla", are not listed).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && (c.type === 'ORG' || PLACE_TYPES.has(c.type)) && c.end - c.start === 1
      && FAMOUS_PERSON.has(cx.words[c.start]!) ? retype(c, 'PERSON', 'famous-person') : c)),
  },
  {
    id: 'legal-form-person',
    trigger: LEGAL_FORMS,
    description: 'An organization name that runs on past its legal form into a given name and a surname is the company and then a person, also when the surname is an organization head that `org-person-split` (refine.ts) does not take for a person\'s: "chairman of Orvex LLC Jim Press" typed ORG as one name → "Orvex LLC" ORG + "Jim Press" PERSON.',
    apply: (cands, cx) => {
      let out: Candidate[] | null = null;
      cands.forEach((c, i) => {
        let split = -1;
        if (fromTagger(c) && c.type === 'ORG' && c.end - c.start >= 4) {
          for (let k = c.start + 1; k <= c.end - 3; k++) {
            if (!LEGAL_FORMS.has(cx.words[k]!)) continue;
            const person = { start: k + 1, end: c.end };
            let caps = true;
            for (let j = k + 1; j < c.end && caps; j++) caps = isCapWord(cx.tokens[j]!) && !breakBefore(cx, j);
            if (caps && c.end - k - 1 <= 3 && hasAny(cx.bits({ start: k + 1, end: k + 2 }), FIRST_NAME) && !hasAny(cx.bits(person), COMPANY)) split = k + 1;
            break;
          }
        }
        if (split < 0) {
          if (out !== null) out.push(c);
          return;
        }
        if (out === null) out = cands.slice(0, i);
        out.push(retype(c, 'ORG', 'legal-form-person', { end: split }), candidate(split, c.end, 'PERSON', 'refine.legal-form-person', null));
      });
      return out ?? (cands as Candidate[]);
    },
  },
  {
    id: 'misc-org-head',
    trigger: [...ORG_ONLY_HEADS, ...COMPANY_LAST_WORDS],
    description: 'A name of two or more words typed MISC that ends in an organization head that is no surname, or in a company\'s last word, is an organization: "Kestrel Wren Gaming", "Orvex Foundation" typed MISC → ORG.',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'MISC' || c.end - c.start < 2) return c;
      const last = cx.words[c.end - 1]!;
      return ORG_ONLY_HEADS.has(last) || COMPANY_LAST_WORDS.has(last) ? retype(c, 'ORG', 'misc-org-head') : c;
    }),
  },
  {
    id: 'the-crown',
    trigger: ['Crown'],
    description: '"the Crown" on its own is the state as a party in a court case (Commonwealth courts), an organization: "asserted by the Crown" with "Crown" typed MISC or GPE → ORG (not "the Crown Prince", not "the Crown Jewels").',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type === 'ORG' || c.end - c.start !== 1 || cx.words[c.start] !== 'Crown' || c.start === 0) return c;
      if (!/^[Tt]he$/.test(cx.words[c.start - 1]!)) return c;
      const next = cx.tokens[c.end];
      return next !== undefined && isCapWord(next) && !breakBefore(cx, c.end) ? c : retype(c, 'ORG', 'the-crown');
    }),
  },
  {
    id: 'et-al',
    trigger: ['et'],
    description: 'The word before "et al." in a citation is an author\'s surname, a person: "Image: Orvex et al." with "Orvex" untagged or typed ORG → PERSON.',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      // The candidate ending at each token (−1: none), and the one covering it.
      const endsAt = new Int32Array(tk.length + 1).fill(-1);
      cands.forEach((c, j) => { endsAt[c.end] = j; });
      const covered = cx.covering(cands);
      const added: Candidate[] = [];
      const retyped = new Map<number, Candidate>();
      for (let i = 1; i + 1 < tk.length; i++) {
        if (cx.words[i] !== 'et' || !/^al\.?$/.test(cx.words[i + 1]!) || !isCapWord(tk[i - 1]!) || breakBefore(cx, i)) continue;
        if (covered[i - 1]! < 0) {
          added.push(candidate(i - 1, i, 'PERSON', 'refine.et-al', null));
          continue;
        }
        const j = endsAt[i]!;
        const c = cands[j];
        if (c !== undefined && fromTagger(c) && c.type !== 'PERSON' && c.end - c.start === 1) retyped.set(j, retype(c, 'PERSON', 'et-al'));
      }
      if (added.length === 0 && retyped.size === 0) return cands as Candidate[];
      const out = retyped.size === 0 ? (cands as Candidate[]) : mapChanged(cands, (c, j) => retyped.get(j) ?? c);
      return added.length === 0 ? out : [...out, ...added].sort(byStart);
    },
  },
  {
    id: 'facility-head-word',
    trigger: FAC_HEAD_WORDS,
    description: 'A name the tagger ended right before a capitalized facility head takes the head and is the facility: "the Wren Valley Convention" + "Centre" typed ORG → "Wren Valley Convention Centre" FAC (not persons, not across a line break, not when the head opens a name of its own).',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || c.type === 'PERSON' || c.end >= cx.tokens.length || !FAC_HEAD_WORDS.has(cx.words[c.end]!) || breakBefore(cx, c.end)) return c;
      const next = cands[i + 1];
      if (next !== undefined && next.start <= c.end) return c;
      return retype(c, 'FAC', 'facility-head-word', { end: c.end + 1 });
    }),
  },
  {
    id: 'company-list',
    description: 'A known company\'s name the tagger left untagged, listed next to an organization with a comma or "and", is an organization too: "Orvex, Microsoft and Sony showed games" with "Orvex" untagged → ORG (not company names that are common words or surnames).',
    apply: (cands, cx) => {
      const tk = cx.tokens;
      const covered = cx.covering(cands);
      const isOrgAt = (k: number) => k >= 0 && k < tk.length && covered[k]! >= 0 && cands[covered[k]!]!.type === 'ORG';
      const added: Candidate[] = [];
      // `wordAt`, not `cx.words[k]`: `k` is -1 for the story's first word, and reading words[-1] deoptimised the rule.
      const linkWord = (k: number) => wordAt(cx.words, k) === ',' || wordAt(cx.words, k) === 'and';
      const link = (k: number) => k >= 0 && k < tk.length && linkWord(k) && !breakBefore(cx, k) && !breakBefore(cx, k + 1);
      for (let i = 0; i < tk.length; i++) {
        if (covered[i]! >= 0 || !isCapWord(tk[i]!) || AMBIGUOUS_COMPANIES.has(cx.words[i]!)) continue;
        // Only a word with a comma or "and" beside it can be listed (`link` needs one): the gazetteer is asked only then.
        if (!linkWord(i + 1) && !linkWord(i - 1)) continue;
        const b = cx.bits({ start: i, end: i + 1 });
        if (!hasAny(b, COMPANY) || hasAny(b, NOT_A_COMPANY_WORD)) continue;
        const after = link(i + 1) && (isOrgAt(i + 2) || (wordAt(cx.words, i + 2) === 'and' && isOrgAt(i + 3)));
        const before = link(i - 1) && isOrgAt(i - 2);
        if (after || before) added.push(candidate(i, i + 1, 'ORG', 'refine.company-list', null));
      }
      return added.length === 0 ? (cands as Candidate[]) : [...cands, ...added].sort(byStart);
    },
  },
  {
    id: 'market-possessive',
    trigger: ["'s", '’s'],
    description: 'A market index written with a possessive the tagger stopped before takes the rest of its gazetteer name: "the Standard & Poor \'s 500" with only "Standard & Poor" tagged → "Standard & Poor \'s 500" (as `market-name`, which needs the tagged words to be a known name already).',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || c.end >= cx.tokens.length || !/^['’]s$/.test(cx.words[c.end]!) || hasAny(cx.bits(c), MARKET_OR_COMPANY)) return c;
      const next = cands[i + 1];
      let reach = c.end + 1;
      while (reach < Math.min(c.end + 4, cx.tokens.length) && NAME_PART.test(cx.words[reach]!) && !breakBefore(cx, reach) && (next === undefined || reach < next.start)) reach++;
      for (let e = reach; e > c.end; e--) if (hasAny(cx.bits({ start: c.start, end: e }), MARKET)) return retype(c, 'ORG', 'market-possessive', { end: e });
      return c;
    }),
  },
  {
    id: 'geo-lead',
    trigger: GEO_LEADS,
    description: 'A name that opens with a natural feature\'s word and "of" is a place, not an organization: "the Plains of Orvex" typed ORG → LOC.',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type === 'ORG' && c.end - c.start >= 3 && GEO_LEADS.has(cx.words[c.start]!)
      && cx.words[c.start + 1] === 'of' ? retype(c, 'LOC', 'geo-lead') : c)),
  },
];
