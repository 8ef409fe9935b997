/**
 * Speaker resolution: maps a speaker span to an entity through names (a mention inside the span),
 * pronouns (gender/number agreement, recency, preference for earlier speakers and subjects) and
 * definite descriptions (`the top diplomat` -> the entity whose roles say foreign minister). When none
 * applies the entity stays null: we never guess silently.
 */
import type { Entity, Mention } from '../types/annotation.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-name-genders.js';
import { surnameGender } from './surname-gender.js';

/** Outcome of resolving one speaker. */
export interface Resolution {
  entity: string | null;
  name: string | null;
  resolvedBy?: 'name' | 'pronoun' | 'relative' | 'description' | 'inherited';
  /**
   * The organisation a person-headed speaker speaks for, when it is named inside the span (`a Kremlin spokesman`,
   * `officials at the Pentagon`): the speaker is a person, so `entity` stays null, and the organisation is kept here.
   */
  affiliation?: { entity: string; name: string | null };
}

/** What a description head may refer to: role words to look for in entity roles/titles. */
export const DESCRIPTION_HEADS: Readonly<Record<string, { roles: readonly string[]; type: 'PERSON' | 'ORG' | 'GPE' }>> = {
  diplomat: { roles: ['foreign minister', 'secretary of state', 'diplomat', 'ambassador', 'foreign secretary'], type: 'PERSON' },
  leader: { roles: ['leader', 'president', 'premier', 'prime minister', 'chairman', 'general secretary', 'chancellor', 'king'], type: 'PERSON' },
  president: { roles: ['president'], type: 'PERSON' },
  minister: { roles: ['minister'], type: 'PERSON' },
  premier: { roles: ['premier', 'prime minister'], type: 'PERSON' },
  chancellor: { roles: ['chancellor'], type: 'PERSON' },
  spokesman: { roles: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'], type: 'PERSON' },
  spokeswoman: { roles: ['spokeswoman', 'spokesperson', 'press secretary'], type: 'PERSON' },
  spokesperson: { roles: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'], type: 'PERSON' },
  senator: { roles: ['senator', 'sen.'], type: 'PERSON' },
  governor: { roles: ['governor', 'gov.'], type: 'PERSON' },
  candidate: { roles: ['candidate', 'nominee'], type: 'PERSON' },
  nominee: { roles: ['nominee', 'candidate'], type: 'PERSON' },
  mayor: { roles: ['mayor'], type: 'PERSON' },
  secretary: { roles: ['secretary'], type: 'PERSON' },
  general: { roles: ['general', 'gen.', 'commander'], type: 'PERSON' },
  commander: { roles: ['commander', 'general'], type: 'PERSON' },
  ambassador: { roles: ['ambassador', 'envoy'], type: 'PERSON' },
  envoy: { roles: ['envoy', 'ambassador'], type: 'PERSON' },
  ministry: { roles: ['ministry'], type: 'ORG' },
  agency: { roles: ['agency'], type: 'ORG' },
  company: { roles: ['company', 'corp', 'inc'], type: 'ORG' },
  campaign: { roles: ['campaign'], type: 'ORG' },
  kremlin: { roles: ['kremlin'], type: 'ORG' },
};

/** Modifiers that say nothing about which entity is meant. */
const EMPTY_MODIFIERS = new Set(['the', 'top', 'former', 'then', 'current', 'chief', 'new', 'veteran', 'senior', 'head', 'same', 'country\'s', 'nation\'s']);

/**
 * Nouns that head a span naming a person by what they do (`a Kremlin spokesman`, `White House officials`): an
 * organisation named inside such a span is whom they speak for, not the speaker.
 */
export const PERSON_HEAD_NOUNS: ReadonlySet<string> = new Set([
  ...Object.entries(DESCRIPTION_HEADS).filter(([, spec]) => spec.type === 'PERSON').map(([head]) => head),
  'spokesmen', 'spokeswomen', 'spokespeople', 'diplomats', 'ministers', 'leaders', 'senators', 'governors', 'candidates',
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'source', 'sources', 'staffer',
  'staffers', 'representative', 'representatives', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'analyst', 'analysts',
  'economist', 'economists', 'executive', 'executives', 'director', 'lawmaker', 'lawmakers', 'legislator', 'legislators',
  'negotiator', 'negotiators', 'prosecutor', 'prosecutors', 'investigator', 'investigators', 'officer', 'officers',
  'employee', 'employees', 'strategist', 'strategists', 'pollster', 'chairman', 'chairwoman', 'manager', 'founder',
  'correspondent', 'reporter', 'editor', 'expert', 'experts', 'researcher', 'researchers', 'scientist', 'scientists',
  'member', 'members', 'head', 'chief', 'insider', 'insiders', 'ceo', 'cfo', 'coo', 'chair', 'chairperson', 'commissioner',
  'directors', 'administrator', 'owner', 'owners', 'partner', 'professor', 'fellow', 'scholar', 'consultant', 'consultants',
  'operative', 'operatives', 'activist', 'activists', 'organizer', 'organizers', 'supporter', 'supporters', 'donor',
  'donors', 'volunteer', 'volunteers', 'delegate', 'delegates', 'voter', 'voters', 'worker', 'workers', 'judge',
]);

/** Prepositions after which a span's words modify its head (`officials at the Pentagon`, `a spokesman for Exxon`). */
const HEAD_ENDS = /^(?:for|of|at|from|with|in)$/;

/**
 * The head word of a speaker span, lower-cased and without punctuation: the last word before `for|of|at|from|with|in`,
 * else the last word; with the offset in `text` just after it.
 */
export function headOf(text: string): { word: string; end: number } {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0].toLowerCase().replace(/^\W+|\W+$/g, ''), end: m.index + m[0].length }));
  const cut = words.findIndex((w, i) => i > 0 && HEAD_ENDS.test(w.word));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? { word: '', end: 0 };
}

const MALE = /^(mr\.?|he|him|his|sir|king|prince|father|brother|sergey|sergei|vladimir|joseph|donald|bernie|ted|marco|barack|joe|john|jeb|ben|chris|mike|paul|bill|dmitry|kim)$/i;
const FEMALE = /^(mrs\.?|ms\.?|she|her|queen|princess|mother|sister|hillary|carly|sarah|nancy|elizabeth|maria|marine|angela|theresa|kamala|michelle|melania|ivanka|kellyanne|hope|jill|debbie|elena|olga|tatiana|anna|maria)$/i;
/**
 * First names compromise genders that news uses for both (Lindsey Graham, Leslie Moonves): no evidence either way.
 * Checked before the generated lists, after the hand lists above.
 */
const EITHER_GENDER: ReadonlySet<string> = new Set(['lindsey', 'leslie', 'kelly', 'dana', 'shannon', 'carey', 'kerry', 'stacy', 'tracy', 'lynn', 'jean', 'andrea', 'nicola', 'sasha']);

type Gender = 'm' | 'f' | null;

/** Gender of a first name in compromise's lists (first-name-genders.ts), unless news uses it for both. */
function firstNameGender(word: string): Gender {
  const w = word.toLowerCase();
  if (EITHER_GENDER.has(w)) return null;
  return MALE_FIRST_NAMES.has(w) ? 'm' : FEMALE_FIRST_NAMES.has(w) ? 'f' : null;
}

/** Gender hint of an entity from its mentions' titles and first words, and its roles. */
function entityGender(e: Entity, byId: Map<string, Mention>): Gender {
  // Weakest evidence, used last: the first Russian-style surname ending (`Molotov`, `Petrova`) on a mention's last word.
  let bySurname: Gender = null;
  for (const id of e.mentions) {
    const m = byId.get(id);
    if (!m) continue;
    // The hand lists hold titles and pronouns as well as names, so every word is read against them; compromise's
    // names only as the first of two or more words (`Jordan` alone is as often a surname or a country).
    const words = (m.title?.text ?? '').split(/\s+/).concat(m.text.split(/\s+/)).filter(Boolean);
    for (const w of words) {
      if (FEMALE.test(w)) return 'f';
      if (MALE.test(w)) return 'm';
    }
    const parts = m.text.split(/\s+/);
    if (parts.length >= 2) {
      const g = firstNameGender(parts[0]!);
      if (g) return g;
    }
    bySurname ??= surnameGender(parts[parts.length - 1]!);
  }
  if (e.roles.some((r) => /woman|wife|mother|queen/i.test(r))) return 'f';
  return bySurname;
}

/** Possessive clitic right after a mention ('s, ’s, or a bare apostrophe after a final s). */
const POSSESSIVE_AFTER = /^(?:['’]s?)\s+\S/;

/** True when `m` is followed by a possessive clitic and the span continues with the possessed noun. */
function possessorInside(m: { end: number }, span: { start: number; end: number; text: string }): boolean {
  // Offsets of mentions and of the span are in the same unit; the span's text starts at span.start.
  const rest = span.text.slice(m.end - span.start);
  return POSSESSIVE_AFTER.test(rest);
}

/** A coordinator between two named mentions of a speaker span (`X and Y`, `X or Y`, `X & Y`). */
const COORDINATOR = /(?:^|[\s,])(?:and|or|&)\s/i;

/**
 * True when two consecutive named mentions inside the span belong to different entities and are joined by a
 * coordinator, i.e. the span names a group of speakers. A coordinator inside one mention ("Department of
 * Health and Human Services") does not count, since only the text between mentions is read.
 */
function coordinatesEntities(inside: readonly Mention[], span: { start: number; text: string }): boolean {
  for (let i = 1; i < inside.length; i++) {
    const a = inside[i - 1]!;
    const b = inside[i]!;
    if (a.entity === b.entity || b.start < a.end) continue;
    if (COORDINATOR.test(span.text.slice(a.end - span.start, b.start - span.start))) return true;
  }
  return false;
}

/**
 * When a person noun heads the span and the named mentions inside it only modify that head (`a Kremlin spokesman`,
 * `officials at the Pentagon`): the organisation among them the person speaks for (the one nearest the head, a
 * place only when no organisation is named), or null when none is. Undefined when the span is not such a span: a
 * person is named, a name takes in the head word (`HuffPost Pollster`), or a name stands in an appositive (`the
 * French minister, Jane Roe,`, `Jane Roe, the party's pollster,`), which names the person whatever type the NER gave.
 */
function personHeadAffiliation(inside: readonly Mention[], span: { start: number; text: string }): Mention | null | undefined {
  if (inside.length === 0 || inside.some((m) => m.type === 'PERSON')) return undefined;
  const head = headOf(span.text);
  if (!PERSON_HEAD_NOUNS.has(head.word)) return undefined;
  // Only mentions between the same commas as the head modify it.
  const segment = (offset: number) => span.text.slice(0, offset).split(',').length;
  if (inside.some((m) => segment(m.start - span.start) !== segment(head.end - 1))) return undefined;
  if (inside.some((m) => m.start - span.start < head.end && m.end - span.start >= head.end)) return undefined;
  return [...inside].reverse().find((m) => m.type === 'ORG' && m.end - span.start <= head.end)
    ?? inside.find((m) => m.type === 'ORG') ?? inside.find((m) => m.type === 'GPE') ?? null;
}

/** The lower-cased words of a speaker span, a final comma or full stop left off. */
function spanWords(text: string): string[] {
  return text.toLowerCase().replace(/[,.]$/, '').split(/\s+/).filter(Boolean);
}

/** Prepared resolver over one document's mentions and entities. */
export interface Resolver {
  /** Resolves the speaker span [start,end) given the entities of earlier speakers (most recent last). */
  resolve(span: { start: number; end: number; text: string }, previousSpeakers: readonly string[]): Resolution;
}

/** Builds a resolver; cheap, done once per document. */
export function createResolver(mentions: readonly Mention[], entities: readonly Entity[]): Resolver {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const entById = new Map(entities.map((e) => [e.id, e]));
  // A loop into an array literal, not a spread and filter: those return arrays whose elements kind depends on the
  // input (an empty mention list gives a small-integer array), and the readers optimised on one deopt on the other.
  const sorted: Mention[] = [];
  for (const m of mentions) if (m.entity) sorted.push(m);
  sorted.sort((a, b) => a.start - b.start);
  const genders = new Map<string, Gender>();
  const genderOf = (id: string) => {
    if (!genders.has(id)) genders.set(id, entById.has(id) ? entityGender(entById.get(id)!, byId) : null);
    return genders.get(id)!;
  };
  const res = (id: string, by: Resolution['resolvedBy']): Resolution => ({ entity: id, name: entById.get(id)?.name ?? null, resolvedBy: by });
  const before = (pos: number, within: number) => {
    const out: Mention[] = [];
    for (let i = sorted.length - 1; i >= 0; i--) {
      const m = sorted[i]!;
      if (m.end > pos) continue;
      if (pos - m.end > within) break;
      out.push(m);
    }
    return out; // most recent first
  };
  /** Roles and titles of an entity, lower-cased. */
  const rolesOf = (e: Entity) => {
    // A loop, not e.roles.map(): an inlined map returns a HOLEY array, which the spread below, optimised on
    // PACKED ones, deopts on ("wrong map").
    const out: string[] = [];
    for (const r of e.roles) out.push(r.toLowerCase());
    for (const id of e.mentions) {
      const t = byId.get(id)?.title?.text;
      if (t) out.push(t.toLowerCase());
    }
    return out;
  };
  /**
   * A definite description (`the top diplomat`, `the Soviet leader`, `the Kremlin spokesman`): the most recent entity
   * of the head's type whose roles, titles or name hold the head's role words and every modifier; else null.
   */
  const resolveDescription = (start: number, words: readonly string[]): Resolution | null => {
    if (words[0] !== 'the' || words.length < 2 || words.length > 5) return null;
    const head = words[words.length - 1]!;
    const spec = DESCRIPTION_HEADS[head];
    if (!spec) return null;
    const mods = words.slice(1, -1).filter((x) => !EMPTY_MODIFIERS.has(x));
    const seen = new Set<string>();
    for (const m of before(start, 100_000)) {
      if (seen.has(m.entity!)) continue;
      seen.add(m.entity!);
      const e = entById.get(m.entity!);
      if (!e || (spec.type === 'PERSON' ? e.type !== 'PERSON' : e.type !== spec.type && !(spec.type === 'ORG' && e.type === 'GPE'))) continue;
      const hay = [...rolesOf(e), e.name.toLowerCase()];
      const roleHit = hay.some((r) => spec.roles.some((x) => r.includes(x)) || r.split(/\s+/).includes(head));
      const modsHit = mods.every((x) => hay.some((r) => r.includes(x)));
      if (roleHit && modsHit) return res(e.id, 'description');
    }
    return null;
  };
  return {
    resolve(span, previous) {
      // 1. A named mention inside the span; prefer one ending at the span end (the head).
      // A nationality inside a description ("a spokesman for the Dutch government") names no speaker.
      // A possessor is not the speaker when the span goes on past its 's ("Novak's ministry", "Russia's envoy"):
      // the head noun speaks, and only a name after it ("the Kremlin's spokesman Dmitry Peskov") can name it.
      const inside = sorted.filter((m) => m.start >= span.start && m.end <= span.end && m.type !== 'NORP' && !possessorInside(m, span));
      // Coordinated speakers ("Germany and the Netherlands") are several entities; a resolution names one, so
      // picking either would be a silent guess: leave it unresolved.
      if (coordinatesEntities(inside, span)) return { entity: null, name: null };
      // A person noun heads the span (`a Kremlin spokesman`, `officials at the Pentagon`) and no person is named: the
      // speaker is that person, not the organisation named as a modifier. A description may still name them.
      const affiliation = personHeadAffiliation(inside, span);
      if (affiliation !== undefined) {
        const out: Resolution = resolveDescription(span.start, spanWords(span.text)) ?? { entity: null, name: null };
        if (affiliation) out.affiliation = { entity: affiliation.entity!, name: entById.get(affiliation.entity!)?.name ?? null };
        return out;
      }
      if (inside.length) {
        // A person named anywhere in the span is its head ("Kremlin spokesman Dmitry Peskov"); an organisation
        // speaks only when no person is named ("the ANP news agency").
        const pick = inside.find((m) => m.type === 'PERSON')
          ?? inside.find((m) => m.start === span.start && m.type === 'ORG') ?? inside.find((m) => m.type === 'ORG') ?? inside[inside.length - 1]!;
        return res(pick.entity!, 'name');
      }
      const words = spanWords(span.text);
      const w = words.length === 1 ? words[0]! : '';
      // 2. Relative pronoun: the mention just before the comma (`Lavrov, who said`).
      if (w === 'who' || w === 'which' || w === 'that') {
        const m = before(span.start, 4)[0];
        return m ? res(m.entity!, 'relative') : { entity: null, name: null };
      }
      // 3. Personal pronouns.
      if (/^(he|she|him|her)$/.test(w)) {
        const want: Gender = /^(he|him)$/.test(w) ? 'm' : 'f';
        const ok = (id: string) => {
          const e = entById.get(id);
          if (!e || e.type !== 'PERSON') return false;
          const g = genderOf(id);
          return g === null || g === want;
        };
        // Subject preference: an earlier speaker that agrees wins over a merely recent mention.
        const cands = before(span.start, 2000).filter((m) => ok(m.entity!));
        const recentSpeaker = [...previous].reverse().find((id) => ok(id) && cands.slice(0, 6).some((m) => m.entity === id));
        const id = recentSpeaker ?? cands[0]?.entity;
        if (!id) return { entity: null, name: null };
        // The pronoun is evidence of the entity's gender: a later `she` cannot be the man an earlier `he` was.
        if (genderOf(id) === null) genders.set(id, want);
        return res(id, 'pronoun');
      }
      if (/^(they|it)$/.test(w)) {
        const m = before(span.start, 800).find((x) => (w === 'it' ? x.type === 'ORG' || x.type === 'GPE' : x.type === 'ORG' || x.type === 'NORP'));
        return m ? res(m.entity!, 'pronoun') : { entity: null, name: null };
      }
      // 4. Definite description: `the top diplomat`, `the Soviet leader`, `the ministry`.
      const byRole = resolveDescription(span.start, words);
      if (byRole) return byRole;
      return { entity: null, name: null };
    },
  };
}
