/**
 * Maps the model's CoNLL types to OntoNotes types. Rules are typed data rows with ids (the id goes into
 * the mention's `by`), checked in order; the first row whose test passes wins.
 *   LOC  → FAC (facility head word) | LOC (region, water body, landform) | GPE (default: countries, cities, states)
 *   LOC, PER, MISC → ORG when the name has an organization head (`Hebrew University`, `University of Helsinki`)
 *   ORG  → EVENT when the name ends in an event head (`Paris Air Show`, `Developers Conference`)
 *   MISC → NORP (nationality, demonym) | EVENT (war, games, cup) | LAW (act, treaty) | MISC (default: not typed further, rather than guessed)
 */
import type { EntityType } from '../types/annotation.js';
import { FAC_HEADS, LOC_HEADS } from './data/countries.js';
import { FOREIGN_ORG_LEADS, ORG_HEADS, ORG_LEAD_HEADS } from './data/names.js';
import { GAZ_CLASSES, gazKey, type Gazetteer } from './gazetteer.js';
import type { CoarseType } from './tags.js';

/** What a fine-typing rule sees. */
export interface FineTypeInput {
  readonly coarse: CoarseType;
  /** Token texts of the mention. */
  readonly tokens: readonly string[];
  readonly gazetteer: Gazetteer;
}

/** One fine-typing rule. */
export interface FineTypeRule {
  readonly id: string;
  readonly coarse: CoarseType;
  readonly type: EntityType;
  /** An example the rule is meant for (documentation, and a test case). */
  readonly example: string;
  test(x: FineTypeInput): boolean;
}

const bit = (x: FineTypeInput, cls: keyof typeof GAZ_CLASSES) => (x.gazetteer.bits(gazKey(x.tokens)) & (1 << GAZ_CLASSES[cls])) !== 0;
/** Class bit of the first token alone. */
const bit1 = (x: FineTypeInput, cls: keyof typeof GAZ_CLASSES) => (x.gazetteer.bits(gazKey(x.tokens.slice(0, 1))) & (1 << GAZ_CLASSES[cls])) !== 0;
const last = (x: FineTypeInput) => x.tokens[x.tokens.length - 1] ?? '';
const FAC = new Set(FAC_HEADS);
const LOCH = new Set(LOC_HEADS);
const ORGH = new Set(ORG_HEADS);
const ORG_LEAD = new Set(ORG_LEAD_HEADS);
const FOREIGN_LEAD = new Set(FOREIGN_ORG_LEADS);
/** An organization head followed by `of` anywhere in the name: `University of Helsinki`, `Hebrew University of Jerusalem`. */
const leadOf = (x: FineTypeInput) => x.tokens.some((t, i) => ORG_LEAD.has(t) && x.tokens[i + 1] === 'of');
/** `Hebrew University`, `Chrysler LLC`, `University of Helsinki`: a multi-word name with an organization head. */
const orgHead = (x: FineTypeInput) => x.tokens.length > 1
  && (ORGH.has(last(x)) || leadOf(x) || FOREIGN_LEAD.has(x.tokens[0]!))
  && !bit(x, 'country') && !bit(x, 'region') && !bit(x, 'state');
/** A multi-word name ending in one of `heads` (`Sheremetyevo Airport`, `Korean Peninsula`). */
const headIn = (heads: ReadonlySet<string>) => (x: FineTypeInput) => x.tokens.length > 1 && heads.has(last(x));
/** As {@link headIn}, but not an `X of Y` name, whose head names something else (`Organisation of Islamic Conference`). */
const headInNoOf = (heads: ReadonlySet<string>) => {
  const head = headIn(heads);
  return (x: FineTypeInput) => head(x) && !x.tokens.includes('of');
};
/** The first word is a known first name (`Jim Press`: a person, whatever `Press` says). */
const firstName = (x: FineTypeInput) => bit1(x, 'first');
/** Neither a country, a city nor a state (a company name that is also a place stays a place). */
const notPlace = (x: FineTypeInput) => !bit(x, 'country') && !bit(x, 'city') && !bit(x, 'state');

/** Head words of named events (`Korean War`, `Olympic Games`, `World Cup`). */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'War', 'Wars', 'Olympics', 'Olympiad', 'Games', 'Cup', 'Championship', 'Championships', 'Open', 'Summit', 'Revolution',
  'Crisis', 'Festival', 'Tour', 'Prix', 'Marathon', 'Rally', 'Conference', 'Congress', 'Expo', 'Uprising', 'Holocaust',
  'Massacre', 'Genocide', 'Blockade', 'Invasion', 'Series', 'Bowl', 'Grand Slam', 'Trophy', 'Classic', 'Masters',
]);

/** Head words of laws and treaties. */
export const LAW_HEADS: ReadonlySet<string> = new Set(['Act', 'Treaty', 'Law', 'Convention', 'Accord', 'Accords', 'Constitution', 'Amendment', 'Charter', 'Protocol', 'Code']);

/**
 * Head words that make an organization-typed name an event (`Paris Air Show`, `Worldwide Developers Conference`);
 * not for `X of Y` names (`Organisation of Islamic Conference`) nor national bodies (`Italian Episcopal Conference`).
 */
export const ORG_EVENT_HEADS: ReadonlySet<string> = new Set(['Show', 'Expo', 'Conference', 'Summit', 'Festival', 'Fair', 'Olympics', 'Games', 'Championships']);

/**
 * Last words that make an organization-typed name a natural place (`Ross Ice Shelf`, `Lake Vostok` typed ORG):
 * landforms and waters only (`Bay`, `Valley`, `Coast` also end team and company names: `Tampa Bay`).
 */
export const ORG_LOC_HEADS: ReadonlySet<string> = new Set(['Shelf', 'Glacier', 'Peninsula', 'River', 'Sea', 'Ocean', 'Lake', 'Mountains', 'Mountain', 'Desert', 'Strait', 'Plateau', 'Canal']);

/**
 * Last words that make an organization-typed name a facility (`Volgograd Arena`, `Al-Noor Mosque`): buildings and
 * structures that do not also name the body that runs them (`Museum`, `Hospital`, `Centre`, `Palace` do).
 */
export const ORG_FAC_HEADS: ReadonlySet<string> = new Set(['Stadium', 'Arena', 'Bridge', 'Tower', 'Towers', 'Square', 'Street', 'Avenue', 'Road', 'Highway', 'Tunnel', 'Dam', 'Memorial', 'Mosque', 'Cathedral']);

const orgEventHead = headInNoOf(ORG_EVENT_HEADS);

/** The rules, in priority order. */
export const FINE_TYPE_RULES: readonly FineTypeRule[] = [
  { id: 'loc-org-head', coarse: 'LOC', type: 'ORG', example: 'Hebrew University', test: orgHead },
  { id: 'loc-company', coarse: 'LOC', type: 'ORG', example: 'Washington Mutual', test: (x) => bit(x, 'company') && notPlace(x) },
  { id: 'fac-head', coarse: 'LOC', type: 'FAC', example: 'Sheremetyevo Airport', test: headIn(FAC) },
  { id: 'loc-head', coarse: 'LOC', type: 'LOC', example: 'Korean Peninsula', test: headIn(LOCH) },
  { id: 'loc-region', coarse: 'LOC', type: 'LOC', example: 'Northeast Asia', test: (x) => bit(x, 'region') && !bit(x, 'country') && !bit(x, 'city') && !bit(x, 'state') },
  { id: 'gpe-default', coarse: 'LOC', type: 'GPE', example: 'MOSCOW', test: () => true },
  { id: 'misc-loc-head', coarse: 'MISC', type: 'LOC', example: 'Korean Peninsula', test: headIn(LOCH) },
  { id: 'misc-fac-head', coarse: 'MISC', type: 'FAC', example: 'Al-Noor Mosque', test: headInNoOf(ORG_FAC_HEADS) },
  { id: 'misc-market', coarse: 'MISC', type: 'ORG', example: 'Nikkei', test: (x) => bit(x, 'market') },
  { id: 'misc-company', coarse: 'MISC', type: 'ORG', example: 'Airbus', test: (x) => bit(x, 'company') && !bit(x, 'demonym') },
  { id: 'misc-org-head', coarse: 'MISC', type: 'ORG', example: 'Catholic Church', test: orgHead },
  { id: 'event-head', coarse: 'MISC', type: 'EVENT', example: 'Korean War', test: (x) => EVENT_HEADS.has(last(x)) || /^Olympic/.test(x.tokens[0] ?? '') },
  { id: 'law-head', coarse: 'MISC', type: 'LAW', example: 'Maastricht Treaty', test: headIn(LAW_HEADS) },
  { id: 'norp-demonym', coarse: 'MISC', type: 'NORP', example: 'North Korean', test: (x) => bit(x, 'demonym') || (x.tokens.length <= 3 && /(an|ese|ish|ic|i|ch|sh)s?$/.test(last(x))) },
  { id: 'misc-default', coarse: 'MISC', type: 'MISC', example: 'Windows', test: () => true },
  { id: 'per-org-head', coarse: 'PER', type: 'ORG', example: 'Andy Warhol Foundation', test: (x) => orgHead(x) && (!firstName(x) || x.tokens.length > 2) },
  { id: 'person', coarse: 'PER', type: 'PERSON', example: 'Vladimir Putin', test: () => true },
  { id: 'org-loc-head', coarse: 'ORG', type: 'LOC', example: 'Ross Ice Shelf', test: headInNoOf(ORG_LOC_HEADS) },
  { id: 'org-fac-head', coarse: 'ORG', type: 'FAC', example: 'Volgograd Arena', test: headInNoOf(ORG_FAC_HEADS) },
  { id: 'org-event-head', coarse: 'ORG', type: 'EVENT', example: 'Paris Air Show', test: (x) => orgEventHead(x) && !bit1(x, 'demonym') },
  { id: 'org', coarse: 'ORG', type: 'ORG', example: 'TASS', test: () => true },
];

/** Fine type of a mention and the id of the rule that decided it. */
export function fineType(x: FineTypeInput): { type: EntityType; rule: string } {
  for (const r of FINE_TYPE_RULES) if (r.coarse === x.coarse && r.test(x)) return { type: r.type, rule: r.id };
  return { type: 'MISC', rule: 'misc-default' };
}
