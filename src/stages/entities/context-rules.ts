/**
 * Context post-rules, run after the news rules (appended to `REFINE_RULES`): a name's type or edges decided by
 * the words it stands among rather than by the name alone — a building's head word on an "organization", a
 * compass word before a country or state, a name listed among organizations, a person's name the tagger joined to
 * the office before it or to the organization after it, a team told by the player it has. Each rule is a typed
 * row with an id (`refine.<id>` in the mention's `by`); the word lists are data below, written for factwire from
 * general knowledge (no evaluation file was read). Every rule is a single pass over the candidates.
 */
import { EAST_ASIAN_SURNAMES } from '../../ner/data/persons.js';
import { isCapWord, TITLES } from '../../ner/spans.js';
import type { Candidate } from './candidates.js';
import type { RefineRule, RuleContext } from './refine.js';
import { candidate, flatMapChanged, fromTagger, mapChanged, PLACE_TYPES, retype, wordAt, classMask, hasAny, COUNTRY, FIRST_NAME, NOT_PERSONAL } from './rule-kit.js';

const PLACE = classMask('country', 'state', 'region', 'city');
const PERSONAL = classMask('first', 'last', 'person');
/** An organization's own classes: a compass word before a known place opens no place's name when the two are one of these. */
const ORG_LIKE = classMask('org', 'team', 'company');

/**
 * Last words that make a name a building, not the body that runs it: "the Orvex Hotel", "Wren Station", "Tarn
 * Hall". Not "Airport" (CoNLL types airports as organizations), not "Park", "Palace" (football clubs), not
 * "Church" (a church is usually the denomination), not plurals ("Orvex Hotels" is a chain).
 */
const BUILDING_HEADS: ReadonlySet<string> = new Set(['Hotel', 'Station', 'Hall', 'Hospital', 'Mosque', 'Cathedral', 'Temple', 'Synagogue']);

/** Compass words that open a region's or state's name before a country or state: "Western Australia", "North Wren". */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/**
 * Office words that may stand before "of" and a portfolio in front of a person's name: "Minister of Education Jane
 * Orvex". The words of {@link TITLES} that are offices, not honorifics or adjectives.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set([...TITLES].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)
  && !['Prime', 'Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Deputy', 'Vice', 'Father', 'Brother', 'Sister', 'Leader'].includes(w)));
/**
 * Words of a minister's or secretary's portfolio ("Minister of Science and Technology Jane Orvex", "Secretary of
 * Foreign Affairs …"): the name that follows them is the office holder's.
 */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(['Education', 'Health', 'Defence', 'Defense', 'Finance', 'Justice', 'Agriculture',
  'Transport', 'Transportation', 'Labour', 'Labor', 'Energy', 'Environment', 'Culture', 'Trade', 'Interior', 'Commerce', 'Industry',
  'Foreign', 'Home', 'Affairs', 'Tourism', 'Sport', 'Sports', 'Science', 'Technology', 'Housing', 'Employment', 'Economy', 'Treasury',
  'Communications', 'Information', 'Immigration', 'Welfare', 'Security', 'Fisheries', 'Forestry', 'Mines', 'Water', 'Youth', 'Women',
  'Research', 'Innovation', 'Infrastructure', 'Planning', 'Development', 'Veterans']);

/** Lowercase nouns after a plural name that make it a team: "one Orvex player", "the Wrens fans". */
const TEAM_MEMBER_NOUNS: ReadonlySet<string> = new Set(['player', 'players', 'fans', 'supporters', 'coach', 'roster', 'squad', 'striker',
  'goalkeeper', 'midfielder', 'defender', 'pitcher', 'quarterback']);
/** Words before such a plural name: a determiner or a number ("one Orvex player", "two Wrens players"). */
const TEAM_DETERMINERS: ReadonlySet<string> = new Set(['the', 'The', 'one', 'two', 'three', 'four', 'five', 'a', 'an', 'every', 'each', 'former']);

/** A capitalized plural, as a team or a family is named ("the Orvexes", "Wrens"). */
const PLURAL_NAME = /^\p{Lu}\p{Ll}+s$/u;

/** Common East Asian family names, which open a person's name written family name first ("Tan Wei-ming"). */
const EAST_ASIAN_SURNAME: ReadonlySet<string> = new Set(EAST_ASIAN_SURNAMES);
/** A hyphenated given name after an East Asian family name ("Wei-ming"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Does a person's name open at token `a`: a known first name, or an East Asian family name before a hyphenated given name? */
function opensPersonName(cx: RuleContext, a: number): boolean {
  return hasAny(cx.bits({ start: a, end: a + 1 }), FIRST_NAME) || (EAST_ASIAN_SURNAME.has(cx.words[a]!) && HYPHENATED_GIVEN.test(wordAt(cx.words, a + 1)));
}

/** Is every token in `a..b` (exclusive) a capitalized word of no class in {@link NOT_PERSONAL}, as a person's name is? */
function personWords(cx: RuleContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isCapWord(cx.tokens[k]!) || hasAny(cx.bits({ start: k, end: k + 1 }), NOT_PERSONAL)) return false;
  return true;
}

/** A cited work's year ("2010", "2010a"). */
const CITATION_YEAR = /^(?:1[5-9]|20)\d{2}[a-z]?$/;
/** Words that may open a citation before its first author, with a comma: "(e.g., Orvell, 2014)". */
const CITATION_LEADS: ReadonlySet<string> = new Set(['e.g.', 'i.e.', 'cf.', 'see', 'also']);
/** The most words of one cited author ("Van Dijk"). */
const MAX_CITED_AUTHOR_WORDS = 2;
/** Does `w` have a lowercase letter (a surname does; an acronym such as "WHO" does not)? */
const hasLowerLetter = (w: string) => /\p{Ll}/u.test(w);

/** Words of an organization that has a seat a place name may follow ("the University of Orvex, Tarnby"). */
const SEAT_WORDS: ReadonlySet<string> = new Set(['University', 'College', 'Institute']);
/** Punctuation that may close a place named after another one ("Exeter, Devon."). */
const AFTER_PLACE: ReadonlySet<string> = new Set([',', '.', ';', ':', ')']);

/** List links between names: a comma, "and", "or". */
const LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/**
 * The index of the candidate listed next to `c` on side `dir` (+1 after, -1 before): across one list link, or a
 * comma then "and"/"or" ("A, B, and C"), with no other word between; -1 when there is none.
 */
function listedNeighbour(cands: readonly Candidate[], i: number, cx: RuleContext, dir: 1 | -1): number {
  const c = cands[i]!;
  let k = dir > 0 ? c.end : c.start - 1;
  if (!LIST_LINKS.has(wordAt(cx.words, k))) return -1;
  if (wordAt(cx.words, k) === ',' && (wordAt(cx.words, k + dir) === 'and' || wordAt(cx.words, k + dir) === 'or')) k += dir;
  const j = i + dir;
  const n = cands[j];
  if (n === undefined) return -1;
  return (dir > 0 ? n.start === k + 1 : n.end === k) ? j : -1;
}

/** The context post-rules, in the order they run (after the news rules). */
export const CONTEXT_RULES: readonly RefineRule[] = [
  {
    id: 'building-head',
    trigger: BUILDING_HEADS,
    description: 'An "organization" of two or more words ending in a building\'s head word is that building, a facility: "guests left the Orvex Hotel", "a lab at Wren Station" typed ORG → FAC (not "Airport", "Park", "Palace", "Church": those name organizations as often).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type === 'ORG' && c.end - c.start >= 2 && BUILDING_HEADS.has(cx.words[c.end - 1]!)
      ? retype(c, 'FAC', 'building-head') : c)),
  },
  {
    id: 'compass-place',
    trigger: COMPASS_WORDS,
    description: 'A compass word and a known country, state or region, typed as an organization, is a place: "Western Australia" typed ORG → GPE (only the two words, so "Western Australia Mining" keeps its type).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type === 'ORG' && c.end - c.start === 2 && COMPASS_WORDS.has(cx.words[c.start]!)
      && hasAny(cx.bits({ start: c.start + 1, end: c.end }), PLACE) && !hasAny(cx.bits(c), ORG_LIKE)
      ? retype(c, 'GPE', 'compass-place') : c)),
  },
  {
    id: 'listed-among-orgs',
    trigger: LIST_LINKS,
    description: 'A one-word name the gazetteer does not know, typed as a place or a person but listed between two organizations, is an organization: "Orvex, Wrenbook, and Acme Corp" with "Wrenbook" typed GPE → ORG (not a known place or personal name).',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || c.end - c.start !== 1 || !(c.type === 'PERSON' || PLACE_TYPES.has(c.type))) return c;
      const a = listedNeighbour(cands, i, cx, -1);
      const b = listedNeighbour(cands, i, cx, 1);
      if (a < 0 || b < 0 || cands[a]!.type !== 'ORG' || cands[b]!.type !== 'ORG') return c;
      return hasAny(cx.bits(c), PLACE | PERSONAL) ? c : retype(c, 'ORG', 'listed-among-orgs');
    }),
  },
  {
    id: 'office-of-person',
    trigger: OFFICE_WORDS,
    description: 'An "organization" right after an office and "of" that is a portfolio followed by two or three capitalized words is the portfolio joined to the holder\'s name: "Minister of Education Jane Orvex said" with "Education Jane Orvex" typed ORG → PERSON "Jane Orvex" (the portfolio left untagged; not when a word of the name is a known place or organization).',
    apply: (cands, cx) => mapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'ORG' || c.end - c.start < 3 || wordAt(cx.words, c.start - 1) !== 'of' || !OFFICE_WORDS.has(wordAt(cx.words, c.start - 2))) return c;
      let f = c.start;
      while (f < c.end && (PORTFOLIO_WORDS.has(cx.words[f]!) || (f > c.start && cx.words[f] === 'and'))) f++;
      if (f === c.start || cx.words[f - 1] === 'and' || c.end - f < 2 || c.end - f > 3) return c;
      if (!personWords(cx, f, c.end)) return c;
      return retype(c, 'PERSON', 'office-of-person', { start: f });
    }),
  },
  {
    id: 'known-name-of-org',
    trigger: ['of'],
    description: 'What refine\'s person-of-org misses when the name is not person-shaped to it: an "organization" that opens with a known first name and one or two more words, then "of" and a name, (or an East Asian family name and a hyphenated given name) is a person and the organization they belong to: "Jane Orvex of the Wren Party" typed ORG as a whole → PERSON "Jane Orvex" + ORG "Wren Party" (not when a word before "of" is a known place, organization or company: "Jane Street of Commerce" is rare, "Victoria Bank of Orvex" is not a person).',
    apply: (cands, cx) => flatMapChanged(cands, (c) => {
      if (!fromTagger(c) || c.type !== 'ORG' || c.end - c.start < 4) return null;
      const of = c.start + 2 < c.end && cx.words[c.start + 2] === 'of' ? c.start + 2 : c.start + 3 < c.end && cx.words[c.start + 3] === 'of' ? c.start + 3 : -1;
      const org = of < 0 ? -1 : cx.words[of + 1] === 'the' ? of + 2 : of + 1;
      if (of <= 0 || org >= c.end || !isCapWord(cx.tokens[org]!) || !opensPersonName(cx, c.start)) return null;
      if (!personWords(cx, c.start, of) || hasAny(cx.bits({ start: c.start, end: of }), NOT_PERSONAL)) return null;
      return [retype(c, 'PERSON', 'known-name-of-org', { end: of }), candidate(org, c.end, 'ORG', 'refine.known-name-of-org', null)];
    }),
  },
  {
    id: 'team-by-player',
    trigger: TEAM_MEMBER_NOUNS,
    description: 'A one-word plural name typed as a person, after a determiner or number and before a team member\'s noun, is a team: "one Orvexes player scored" with "Orvexes" typed PERSON → ORG (a person\'s name is no plural: "the Smith player" is left alone).',
    apply: (cands, cx) => mapChanged(cands, (c) => (fromTagger(c) && c.type === 'PERSON' && c.end - c.start === 1 && PLURAL_NAME.test(cx.words[c.start]!)
      && TEAM_MEMBER_NOUNS.has(wordAt(cx.words, c.end)) && TEAM_DETERMINERS.has(wordAt(cx.words, c.start - 1)) ? retype(c, 'ORG', 'team-by-player') : c)),
  },
  {
    id: 'person-of-person',
    trigger: ['of'],
    description: 'A "person" after a person\'s full name and "of" is the group that person belongs to, an organization: "guitarist Jane Orvex of Wren Wren said" with "Wren Wren" typed PERSON → ORG (the first name two words or more; not when the second opens with a known first name).',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || c.type !== 'PERSON' || i === 0 || wordAt(cx.words, c.start - 1) !== 'of') return c;
      const p = cands[i - 1]!;
      if (p.type !== 'PERSON' || p.end !== c.start - 1 || p.end - p.start < 2 || hasAny(cx.bits({ start: c.start, end: c.start + 1 }), FIRST_NAME)) return c;
      return retype(c, 'ORG', 'person-of-person');
    }),
  },
  {
    id: 'one-type-per-name',
    description: 'A name of two or more words the story writes several times, typed as a place at one mention without the gazetteer\'s backing, takes the type most of its mentions have: "Wren Union" ORG twice and GPE once → ORG three times (only person and organization majorities; a tie changes nothing; not names the gazetteer knows).',
    apply: (cands, cx) => {
      const votes = new Map<string, Map<string, number>>();
      const key = (c: Candidate) => cx.words.slice(c.start, c.end).join(' ');
      const voting = (c: Candidate) => c.end - c.start >= 2 && (c.type === 'PERSON' || c.type === 'ORG' || PLACE_TYPES.has(c.type));
      for (const c of cands) {
        if (!voting(c)) continue;
        const k = key(c);
        let v = votes.get(k);
        if (v === undefined) votes.set(k, (v = new Map()));
        v.set(c.type, (v.get(c.type) ?? 0) + 1);
      }
      return mapChanged(cands, (c) => {
        // Only a place gives way: the tagger's place type is its guess for a name it knows nothing of ("GPE" by default).
        if (!fromTagger(c) || !voting(c) || !PLACE_TYPES.has(c.type)) return c;
        const v = votes.get(key(c))!;
        if (v.size < 2 || cx.bits(c) !== 0) return c;
        let best: string | null = null;
        let n = 0;
        let tie = false;
        for (const [t, m] of v) {
          if (m > n) { best = t; n = m; tie = false; } else if (m === n) tie = true;
        }
        return tie || best === null || PLACE_TYPES.has(best as Candidate['type']) ? c : retype(c, best as Candidate['type'], 'one-type-per-name');
      });
    },
  },
  {
    id: 'family-plural',
    trigger: ['the', 'The'],
    description: 'A plural after "the" of a surname the story gives a person is that family, persons: "the Orvells refused" with "Jane Orvell" tagged PERSON and "Orvells" typed GPE → PERSON (only a surname the story has as the last word of a person\'s name).',
    apply: (cands, cx) => {
      const surnames = new Set<string>();
      for (const c of cands) if (c.type === 'PERSON' && c.end - c.start >= 2) surnames.add(cx.words[c.end - 1]!);
      if (surnames.size === 0) return cands as Candidate[];
      return mapChanged(cands, (c) => {
        if (!fromTagger(c) || c.type === 'PERSON' || c.end - c.start !== 1 || !/^[Tt]he$/.test(wordAt(cx.words, c.start - 1))) return c;
        const w = cx.words[c.start]!;
        if (!PLURAL_NAME.test(w)) return c;
        return surnames.has(w.slice(0, -1)) || (w.endsWith('es') && surnames.has(w.slice(0, -2))) ? retype(c, 'PERSON', 'family-plural') : c;
      });
    },
  },
  {
    id: 'team-country',
    trigger: ['Team'],
    description: 'A known country after a capitalized "Team" is the country\'s team, an organization, with the word: "Team Norway won the relay" with "Norway" typed GPE → ORG "Team Norway".',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || !PLACE_TYPES.has(c.type) || wordAt(cx.words, c.start - 1) !== 'Team' || !hasAny(cx.bits(c), COUNTRY)) return c;
      const prev = cands[i - 1];
      return prev !== undefined && prev.end >= c.start - 1 ? c : retype(c, 'ORG', 'team-country', { start: c.start - 1 });
    }),
  },
  {
    id: 'citation-list',
    trigger: ['('],
    description: 'Two or more surnames listed with commas and "&" or "and" between an opening bracket (or a semicolon, or "e.g.,") and ", <year>", or one surname so in brackets closed after the year, are a cited work\'s authors, persons, however the tagger typed or split them: "(Orvell, Wren, & Tarn, 2010)" with "Wren" typed GPE and "Tarn" untagged → PERSON "Orvell", PERSON "Wren", PERSON "Tarn" (each author one or two capitalized words; citation-authors handles a list the tagger kept as one organization).',
    apply: (cands, cx) => {
      const w = cx.words;
      const lists: { start: number; end: number; authors: [number, number][] }[] = [];
      for (let k = 2; k < w.length; k++) {
        if (!CITATION_YEAR.test(w[k]!) || w[k - 1] !== ',') continue;
        // Walk back from the comma before the year over "author (, | & | , & | and | , and) author …" to "(" or ";".
        const authors: [number, number][] = [];
        let e = k - 1;
        let ok = false;
        while (e > 0) {
          let a = e;
          while (a > 0 && e - a < MAX_CITED_AUTHOR_WORDS && isCapWord(cx.tokens[a - 1]!) && hasLowerLetter(w[a - 1]!)) a--;
          if (a === e) break;
          authors.unshift([a, e]);
          let p = a - 1;
          if (p < 0) break;
          if (w[p] === '(' || w[p] === ';' || (w[p] === ',' && CITATION_LEADS.has(wordAt(w, p - 1)))) { ok = true; break; }
          if (w[p] === '&' || w[p] === 'and') p -= w[p - 1] === ',' ? 1 : 0;
          else if (w[p] !== ',') break;
          e = p;
        }
        // One author only in brackets closed right after the year ("(Orvell, 2012)", "(Tarn, 2001; …"), and not a known
        // place or organization ("(Paris, 1998)" dates a place).
        const single = authors.length === 1 && (w[k + 1] === ')' || w[k + 1] === ';') && !hasAny(cx.bits({ start: authors[0]![0], end: authors[0]![1] }), NOT_PERSONAL);
        if (ok && (authors.length >= 2 || single)) lists.push({ start: authors[0]![0], end: authors[authors.length - 1]![1], authors });
      }
      // Only names of the tagger and of the post-rules give way: a list holding a lexicon entry is left as it is.
      const within = (c: Candidate, l: { start: number; end: number }) => c.start >= l.start && c.end <= l.end;
      const crosses = (c: Candidate, l: { start: number; end: number }) => c.start < l.end && l.start < c.end && !within(c, l);
      const taken = lists.filter((l) => !cands.some((c) => crosses(c, l) || (within(c, l) && !(fromTagger(c) || c.rule.startsWith('refine.')))));
      if (taken.length === 0) return cands as Candidate[];
      const out = cands.filter((c) => !taken.some((l) => within(c, l)));
      for (const l of taken) for (const [a, b] of l.authors) out.push(candidate(a, b, 'PERSON', 'refine.citation-list', null));
      out.sort((x, y) => x.start - y.start);
      return out;
    },
  },
  {
    id: 'place-after-place',
    trigger: [','],
    description: 'A one-word "person" between a comma after a place or a university and punctuation is the place that narrows it: "born in Exeter, Devon." or "the University of Orvex, Tarnby, said" with "Devon", "Tarnby" typed PERSON → GPE (not a known first name, surname or person; "In Leeds, Smith said" has a verb after the name).',
    apply: (cands, cx) => mapChanged(cands, (c, i) => {
      if (!fromTagger(c) || c.type !== 'PERSON' || c.end - c.start !== 1 || i === 0 || wordAt(cx.words, c.start - 1) !== ',') return c;
      const prev = cands[i - 1]!;
      if (prev.end !== c.start - 1 || !(PLACE_TYPES.has(prev.type) || (prev.type === 'ORG' && cx.words.slice(prev.start, prev.end).some((x) => SEAT_WORDS.has(x))))) return c;
      if (!AFTER_PLACE.has(wordAt(cx.words, c.end)) && c.end < cx.words.length) return c;
      return hasAny(cx.bits(c), PERSONAL) ? c : retype(c, 'GPE', 'place-after-place');
    }),
  },
];
