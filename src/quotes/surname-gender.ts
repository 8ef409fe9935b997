/**
 * Gender evidence from the ending of a Russian-style surname, for pronoun resolution (resolve.ts). Wire dispatches
 * from Moscow name many people whose first names compromise's lists do not know (`Vyacheslav Molotov`, `Yaroslava
 * Petrova`), and without evidence a `she` could resolve to Molotov. East Slavic and Bulgarian surnames inflect for
 * gender: `Lavrov` / `Lavrova`, `Medvedev` / `Medvedeva`, `Vysotsky` / `Vysotskaya`. Only endings that are rare in
 * English-language surnames are listed: `-in` / `-ina` (Putin, but also Martin, Medina) and `-sky` (Lewinsky) are
 * not, and `-enko` is the same for both genders. Used only when no title, pronoun, first name or role of the entity
 * gave a gender.
 */

/** One surname ending and the gender it marks. */
export interface SurnameGenderRule {
  readonly id: string;
  /** Lower-case ending of the surname. */
  readonly ending: string;
  readonly gender: 'm' | 'f';
  /** A name the rule applies to, for documentation and tests. */
  readonly example: string;
}

/** The endings; none ends another, so their order does not matter. */
export const SURNAME_GENDER_RULES: readonly SurnameGenderRule[] = [
  { id: 'surname-gender:female-skaya', ending: 'skaya', gender: 'f', example: 'Yaroslava Vysotskaya' },
  { id: 'surname-gender:female-ova', ending: 'ova', gender: 'f', example: 'Yaroslava Petrova' },
  { id: 'surname-gender:female-eva', ending: 'eva', gender: 'f', example: 'Yaroslava Medvedeva' },
  { id: 'surname-gender:male-ov', ending: 'ov', gender: 'm', example: 'Vyacheslav Molotov' },
  { id: 'surname-gender:male-ev', ending: 'ev', gender: 'm', example: 'Vsevolod Medvedev' },
];

/** Surnames with a listed ending that are not Slavic and are borne by men and women alike (Spanish, Italian). */
export const SURNAME_GENDER_EXCEPTIONS: ReadonlySet<string> = new Set(['cordova', 'córdova', 'casanova', 'villanova', 'terranova']);

/** Shortest surname read: shorter words with these endings are first names or other words (`Eva`, `Lev`). */
const MIN_LENGTH = 5;

/**
 * The gender a surname's ending marks, or null: the word must be capitalized letters (a possessive `'s` is dropped),
 * at least five letters long, and not an exception.
 */
export function surnameGender(word: string): 'm' | 'f' | null {
  const w = word.replace(/['’]s?$/, '');
  if (w.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
  const lower = w.toLowerCase();
  if (SURNAME_GENDER_EXCEPTIONS.has(lower)) return null;
  return SURNAME_GENDER_RULES.find((r) => lower.endsWith(r.ending))?.gender ?? null;
}
