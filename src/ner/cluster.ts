/**
 * In-document entity clustering: full name ↔ surname ("Vladimir Putin" ↔ "Putin"), acronym ↔ long form
 * ("USSR" ↔ "Soviet Union" via the alias table; "IAEA" ↔ "International Atomic Energy Agency" via initials),
 * and exact repeats. Two multi-word person names that disagree ("Kim Jong Un", "Kim Il Sung") never merge.
 */
import type { EntityType } from '../types/annotation.js';
import type { AliasRow } from './data/lexicon.js';

/** What clustering needs to know about a mention. */
export interface ClusterMention {
  readonly id: string;
  readonly type: EntityType;
  /** Name tokens (no title, no possessive). */
  readonly tokens: readonly string[];
  readonly text: string;
  readonly title?: string;
  /** A canonical name from a lexicon entry, when the mention came from one. */
  readonly canonical?: string;
}

/**
 * The distinct titles of `mentions`, first use first (as `[...new Set(map(title).filter)]` gave). A loop into one
 * array literal: the `map` result's element kind differed between optimised and unoptimised callers, and the
 * `filter` on it was deoptimised ("wrong map") in a warm process.
 */
function rolesOf(mentions: readonly ClusterMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (m.title && !out.includes(m.title)) out.push(m.title);
  return out;
}

/** A cluster: mention ids in text order, canonical name, roles, and the rule that formed it. */
export interface Cluster {
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: readonly string[];
  readonly roles: readonly string[];
  readonly rule: string;
}

/** Mentions of these types may corefer with each other (a country tagged GPE once and LOC once). */
const GROUP: Readonly<Record<EntityType, string>> = {
  PERSON: 'per', ORG: 'org', GPE: 'place', LOC: 'place', FAC: 'fac', NORP: 'norp', EVENT: 'event', PRODUCT: 'product', MISC: 'misc',
  WORK_OF_ART: 'work', LAW: 'law',
};

const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', "'s", '&']);

/** Text that aliasKey's replacements would change: apostrophes, periods, whitespace other than single inner spaces. */
const NEEDS_NORMALIZING = /[’'.]|\s\s|[^\S ]|^\s|\s$/;

/** Normalized form for alias/exact matching: case- and period-insensitive, possessive split off. */
export function aliasKey(text: string): string {
  // Fast path (same result): nothing to normalize but the case.
  if (!NEEDS_NORMALIZING.test(text)) return text.toLowerCase();
  return text.replace(/[’]/g, "'").replace(/\s*'s\b/g, " 's").replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Initials of a multi-word name, skipping function words ("Democratic People's Republic of Korea" → "DPRK"). */
export function initials(tokens: readonly string[]): string {
  // A loop, not filter/map/join (same string): an optimised `map` returns a HOLEY array, the builtin a PACKED one,
  // and the code reading it deopted when it met the second kind.
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!STOP.has(t.toLowerCase()) && /^\p{L}/u.test(t)) out += t[0]!.toUpperCase();
  }
  return out;
}

const isAcronym = (text: string) => /^[\p{Lu}.&]+$/u.test(text) && text.replace(/[.&]/g, '').length >= 2;

interface Working {
  type: EntityType;
  group: string;
  mentions: ClusterMention[];
  alias: string | null;
  /** Multi-word person names in the cluster (for the Kim Jong Un / Kim Il Sung guard). */
  fullNames: string[][];
  /** aliasKey of every mention (exact-repeat matching without recomputing keys). */
  keys: Set<string>;
  /** Initials of the multi-word mentions, and the acronyms (dots removed) among the mentions (null: none yet). */
  initials: Set<string> | null;
  acronyms: Set<string> | null;
}

// Plain loops (no closures): these run for every pair of a person mention and a candidate cluster.
function isSuffix(a: readonly string[], b: readonly string[]): boolean {
  if (a.length > b.length) return false;
  const off = b.length - a.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[off + i]) return false;
  return true;
}

function eqTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Would the person name `tokens` fit cluster `c`? Returns a rule id or null. */
function personMatch(c: Working, tokens: readonly string[]): string | null {
  const full = c.fullNames;
  if (tokens.length === 1) {
    const t = tokens[0]!;
    for (let k = 0; k < full.length; k++) if (full[k]![full[k]!.length - 1] === t) return 'surname';
    for (let k = 0; k < full.length; k++) if (full[k]![0] === t) return 'family-name-first';
    for (let k = 0; k < c.mentions.length; k++) {
      const m = c.mentions[k]!;
      if (m.tokens.length === 1 && m.tokens[0] === t) return 'exact';
    }
    return null;
  }
  // A full name must agree with every full name already in the cluster (one a suffix of the other).
  if (full.length > 0) {
    for (let k = 0; k < full.length; k++) if (!isSuffix(full[k]!, tokens) && !isSuffix(tokens, full[k]!)) return null;
    return 'full-name';
  }
  const single = c.mentions[0]!.tokens[0]!;
  return tokens[tokens.length - 1] === single || tokens[0] === single ? 'surname' : null;
}

/** Alias tables by form key, built once per alias list (the stage passes the same list for every document). */
const aliasTables = new WeakMap<readonly AliasRow[], Map<string, AliasRow>>();

function aliasTable(aliases: readonly AliasRow[]): Map<string, AliasRow> {
  let aliasOf = aliasTables.get(aliases);
  if (!aliasOf) {
    aliasOf = new Map<string, AliasRow>();
    for (const row of aliases) for (const f of row.forms) aliasOf.set(aliasKey(f), row);
    aliasTables.set(aliases, aliasOf);
  }
  return aliasOf;
}

/** Clusters mentions (given in text order). */
export function clusterMentions(mentions: readonly ClusterMention[], aliases: readonly AliasRow[]): { clusters: Cluster[]; of: Map<string, number> } {
  const aliasOf = aliasTable(aliases);
  const work: Working[] = [];
  const rules: string[] = [];
  const of = new Map<string, number>();
  // Cluster indices, most recently mentioned first (a cluster moves to the front when it gets a mention).
  const recent: number[] = [];
  mentions.forEach((m) => {
    const group = GROUP[m.type];
    const key = aliasKey(m.text);
    const alias = aliasOf.get(key)?.id ?? null;
    let found = -1;
    let rule = 'new';
    const acr = isAcronym(m.text) ? m.text.replace(/[.]/g, '') : null;
    const ini = m.tokens.length > 1 ? initials(m.tokens) : null;
    // Most recently mentioned cluster first (a bare surname goes to the latest bearer).
    for (const i of recent) {
      const c = work[i]!;
      if (c.group !== group) continue;
      let r: string | null = null;
      if (alias && c.alias === alias) r = 'alias';
      else if (c.keys.has(key)) r = 'exact';
      else if (group === 'per') r = personMatch(c, m.tokens);
      else if ((acr && c.initials?.has(acr)) || (ini && c.acronyms?.has(ini))) r = 'acronym';
      if (r) {
        found = i;
        rule = r;
        break;
      }
    }
    if (found < 0) {
      work.push({ type: m.type, group, mentions: [], alias, fullNames: [], keys: new Set(), initials: null, acronyms: null });
      found = work.length - 1;
      rules.push('new');
    } else if (rules[found] === 'new') rules[found] = rule;
    const c = work[found]!;
    c.mentions.push(m);
    const at = recent.indexOf(found);
    if (at !== 0) {
      if (at > 0) recent.splice(at, 1);
      recent.unshift(found);
    }
    c.keys.add(key);
    if (ini) (c.initials ??= new Set()).add(ini);
    if (acr) (c.acronyms ??= new Set()).add(acr);
    if (alias && !c.alias) c.alias = alias;
    if (group === 'per' && m.tokens.length > 1) {
      let seen = false;
      for (let k = 0; k < c.fullNames.length && !seen; k++) seen = eqTokens(c.fullNames[k]!, m.tokens);
      if (!seen) c.fullNames.push([...m.tokens]);
    }
    of.set(m.id, found);
  });
  const aliasById = new Map(aliases.map((a) => [a.id, a]));
  // Loops, not `map`, for the arrays the caller reads: PACKED whether or not this function is optimised (an inlined
  // `map` returns a HOLEY array; see `initials`).
  const clusters: Cluster[] = [];
  for (let i = 0; i < work.length; i++) {
    const c = work[i]!;
    const lexicon = c.mentions.find((m) => m.canonical)?.canonical;
    const longest = c.mentions.reduce((a, b) => (b.tokens.length > a.tokens.length || (b.tokens.length === a.tokens.length && b.text.length > a.text.length) ? b : a));
    const name = lexicon ?? (c.alias ? aliasById.get(c.alias)!.canonical : longest.text);
    // The most frequent type wins when a cluster mixes GPE and LOC (ties: first mention's type).
    let type = c.type;
    if (c.mentions.some((m) => m.type !== c.type)) {
      const counts = new Map<EntityType, number>();
      for (const m of c.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      for (const [t, n] of counts) if (n > (counts.get(type) ?? 0)) type = t;
    }
    const roles = rolesOf(c.mentions);
    const ids: string[] = [];
    for (let k = 0; k < c.mentions.length; k++) ids.push(c.mentions[k]!.id);
    clusters.push({ type, name, mentions: ids, roles, rule: rules[i]! });
  }
  return { clusters, of };
}
