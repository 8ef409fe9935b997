/**
 * Segmentation lexicons as typed data rows with stable ids (compromise style): abbreviations and
 * when they may end a sentence, sentence starters, clitics, quotation marks and dashes. Code reads
 * these tables; it holds no word lists of its own.
 */

/**
 * When a token ending in an abbreviation period may also end a sentence:
 * - `never`: a title or connector that always precedes more of the sentence (`Mr.`, `vs.`, `No. 10`);
 * - `starter`: only when the next word is a common sentence starter (`The`, `He`, `But` ...) or a
 *   quotation mark (`... under U.S. control. The war ...` splits, `U.S. President` does not);
 * - `capital`: whenever the next word is capitalized (`oil, gas, etc. Moscow ...`).
 */
export type SentenceEndPolicy = 'never' | 'starter' | 'capital';

/** One abbreviation family. `forms` are spelled without the final period, matched case-sensitively (see {@link lookupForms}). */
export interface AbbreviationEntry {
  /** Stable id, `abbr/<group>`, quoted in tests and docs. */
  readonly id: string;
  readonly forms: readonly string[];
  readonly ends: SentenceEndPolicy;
  /** Only an abbreviation when a number follows (`No. 10`, but `He said no.`). */
  readonly needsNumber?: boolean;
  /**
   * Also matched written in all caps (`ST. LOUIS`, `GEN. KELLY`), then with the `starter` policy whatever
   * `ends` says (an all-caps form is more often an acronym: `MS.`). Off for families whose all-caps forms
   * are common acronyms (`LA`, `PA`, `CA`, `SUN`).
   */
  readonly allCaps?: boolean;
  /** An example from news copy. */
  readonly example: string;
}

/** News abbreviations. Acronyms with inner periods not listed here (`D.C.`, `N.Y.C.`) and single capital initials are recognised by shape and get `starter`. */
export const ABBREVIATIONS: readonly AbbreviationEntry[] = [
  { id: 'abbr/honorific', forms: ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Hon', 'Messrs', 'Mme', 'Mlle', 'Fr'], ends: 'never', allCaps: true, example: 'Mr. Lavrov said' },
  { id: 'abbr/military-rank', forms: ['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Brig', 'Gens', 'Lt.Gen', 'Maj.Gen'], ends: 'never', allCaps: true, example: 'Lt. Gen. Igor Kirillov' },
  { id: 'abbr/political-title', forms: ['Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Pres', 'Amb', 'Atty', 'Supt', 'Insp', 'Det', 'Cllr'], ends: 'never', allCaps: true, example: 'Sen. Marco Rubio' },
  { id: 'abbr/month', forms: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'], ends: 'starter', allCaps: true, example: 'on Sept. 11' },
  { id: 'abbr/weekday', forms: ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'], ends: 'starter', example: 'on Thurs. morning' },
  { id: 'abbr/company', forms: ['Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'Assn', 'Dept', 'Univ', 'Intl', 'Natl', 'Govt'], ends: 'starter', allCaps: true, example: 'Apple Inc. said' },
  { id: 'abbr/name-suffix', forms: ['Jr', 'Sr'], ends: 'starter', allCaps: true, example: 'Martin Luther King Jr. Day' },
  { id: 'abbr/place', forms: ['St', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Sq', 'Ste'], ends: 'starter', allCaps: true, example: 'St. Petersburg' },
  { id: 'abbr/us-state', forms: ['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo'], ends: 'starter', example: 'WILMINGTON, Del. (AP)' },
  { id: 'abbr/country', forms: ['U.S', 'U.N', 'U.K', 'E.U', 'U.S.A', 'U.A.E', 'D.C'], ends: 'starter', example: 'under U.S. control' },
  { id: 'abbr/time', forms: ['a.m', 'p.m', 'A.M', 'P.M'], ends: 'starter', example: 'at 10 a.m. Moscow time' },
  { id: 'abbr/latin-connector', forms: ['vs', 'v', 'e.g', 'i.e', 'cf', 'viz', 'approx', 'ca', 'incl'], ends: 'never', example: 'Roe v. Wade' },
  { id: 'abbr/latin-list-end', forms: ['etc', 'al'], ends: 'capital', example: 'oil, gas, etc.' },
  { id: 'abbr/number-prefix', forms: ['No', 'Nos', 'Art', 'Vol', 'pp', 'p', 'Fig', 'Ch', 'Sec'], ends: 'never', needsNumber: true, example: 'No. 10 Downing Street' },
];

/** Forms under which an abbreviation is recognised: as listed, plus a capitalized variant of lower-case forms (`Etc.` at a sentence start). */
export function lookupForms(form: string): string[] {
  const first = form.charAt(0);
  const cap = first.toUpperCase() + form.slice(1);
  return cap !== form && first === first.toLowerCase() ? [form, cap] : [form];
}

/** Words that commonly begin a sentence; after a `starter` abbreviation they signal a boundary. */
export interface StarterGroup {
  readonly id: string;
  readonly words: readonly string[];
}

/** Sentence starters, capitalized as they appear at a sentence start. */
export const SENTENCE_STARTERS: readonly StarterGroup[] = [
  { id: 'starter/determiner', words: ['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'Some', 'Many', 'Most', 'Several', 'Both', 'Each', 'Every', 'All', 'Another', 'Other', 'Such', 'No', 'Any', 'One', 'Two', 'Three'] },
  { id: 'starter/pronoun', words: ['He', 'She', 'It', 'They', 'We', 'I', 'You', 'There', 'Here', 'What', 'Who', 'Which', 'Why', 'How', 'Where', 'When', 'Nobody', 'Everyone', 'Someone'] },
  { id: 'starter/conjunction', words: ['But', 'And', 'Or', 'So', 'Yet', 'If', 'Although', 'Though', 'While', 'Whereas', 'Because', 'Since', 'As', 'Unless', 'Once'] },
  { id: 'starter/preposition', words: ['In', 'On', 'At', 'After', 'Before', 'During', 'For', 'From', 'With', 'Without', 'Under', 'Over', 'Despite', 'According', 'Among', 'By', 'To', 'Of', 'Unlike', 'Like', 'Following', 'Amid', 'Until'] },
  { id: 'starter/adverb', words: ['However', 'Meanwhile', 'Also', 'Now', 'Still', 'Then', 'Thus', 'Moreover', 'Furthermore', 'Nevertheless', 'Instead', 'Separately', 'Previously', 'Earlier', 'Later', 'Last', 'Next', 'Today', 'Yesterday', 'Tomorrow', 'Additionally', 'Currently', 'Indeed', 'Finally', 'First', 'Second', 'Overall', 'Even', 'Only', 'Not'] },
];

/** A clitic split off the end of a word (PTB style). `form` is lower-case and written after the apostrophe (or, for `n't`, around it). */
export interface CliticEntry {
  readonly id: string;
  readonly form: string;
  readonly example: string;
}

/** Clitics after an apostrophe; `n't` is handled separately because its split point is before the `n`. */
export const CLITICS: readonly CliticEntry[] = [
  { id: 'clitic/possessive-or-is', form: 's', example: "Putin's visit" },
  { id: 'clitic/am', form: 'm', example: "I'm" },
  { id: 'clitic/would-had', form: 'd', example: "they'd" },
  { id: 'clitic/are', form: 're', example: "they're" },
  { id: 'clitic/have', form: 've', example: "we've" },
  { id: 'clitic/will', form: 'll', example: "we'll" },
];

/** The negation clitic, split as `do` + `n't`, `ca` + `n't` (as the Penn Treebank does). */
export const NEGATION_CLITIC: CliticEntry = { id: 'clitic/not', form: "n't", example: "don't" };

/** Quote-mark family: paired by the splitter within a family. */
export type QuoteFamily = 'double' | 'single';

/** Direction a mark has when its context does not decide (spaces on both sides or on neither). */
export type QuoteDirection = 'open' | 'close' | 'either';

/** One quotation mark. */
export interface QuoteMarkEntry {
  readonly id: string;
  readonly char: string;
  readonly family: QuoteFamily;
  readonly direction: QuoteDirection;
  /** Normalized (straight) form; absent when `char` is already straight. */
  readonly norm?: string;
  /** Can also be an apostrophe inside or at the end of a word (`don't`, `country’s`, `countries'`). */
  readonly apostrophe?: boolean;
}

/** Quotation marks. Guillemets and low-9 marks normalize to straight quotes too, so downstream rules see one shape. */
export const QUOTE_MARKS: readonly QuoteMarkEntry[] = [
  { id: 'quote/straight-double', char: '"', family: 'double', direction: 'either' },
  { id: 'quote/left-double', char: '\u201c', family: 'double', direction: 'open', norm: '"' },
  { id: 'quote/right-double', char: '\u201d', family: 'double', direction: 'close', norm: '"' },
  { id: 'quote/low-double', char: '\u201e', family: 'double', direction: 'open', norm: '"' },
  { id: 'quote/reversed-double', char: '\u201f', family: 'double', direction: 'open', norm: '"' },
  { id: 'quote/left-guillemet', char: '\u00ab', family: 'double', direction: 'open', norm: '"' },
  { id: 'quote/right-guillemet', char: '\u00bb', family: 'double', direction: 'close', norm: '"' },
  { id: 'quote/straight-single', char: "'", family: 'single', direction: 'either', apostrophe: true },
  { id: 'quote/left-single', char: '\u2018', family: 'single', direction: 'open', norm: "'" },
  { id: 'quote/right-single', char: '\u2019', family: 'single', direction: 'close', norm: "'", apostrophe: true },
  { id: 'quote/low-single', char: '\u201a', family: 'single', direction: 'open', norm: "'" },
  { id: 'quote/reversed-single', char: '\u201b', family: 'single', direction: 'open', norm: "'" },
  { id: 'quote/left-angle-single', char: '\u2039', family: 'single', direction: 'open', norm: "'" },
  { id: 'quote/right-angle-single', char: '\u203a', family: 'single', direction: 'close', norm: "'" },
  { id: 'quote/backtick', char: '`', family: 'single', direction: 'open', norm: "'" },
];

/** One dash or hyphen character. */
export interface DashEntry {
  readonly id: string;
  readonly char: string;
  /** Normalized form: `-` for hyphen-like and en dashes, `--` for em-dash-like ones; absent for `-`. */
  readonly norm?: string;
  /** Joins word parts (`military-technical`); the others always stand alone. */
  readonly joinsWords?: boolean;
}

/** Dashes. A run of the same dash is one token (`--`, `——`). */
export const DASHES: readonly DashEntry[] = [
  { id: 'dash/hyphen-minus', char: '-', joinsWords: true },
  { id: 'dash/hyphen', char: '\u2010', norm: '-', joinsWords: true },
  { id: 'dash/non-breaking-hyphen', char: '\u2011', norm: '-', joinsWords: true },
  { id: 'dash/figure', char: '\u2012', norm: '-' },
  { id: 'dash/en', char: '\u2013', norm: '-' },
  { id: 'dash/em', char: '\u2014', norm: '--' },
  { id: 'dash/horizontal-bar', char: '\u2015', norm: '--' },
  { id: 'dash/minus', char: '\u2212', norm: '-' },
  { id: 'dash/two-em', char: '\u2e3a', norm: '--' },
  { id: 'dash/three-em', char: '\u2e3b', norm: '--' },
];

/**
 * A currency prefix written before `$` (`C$ 0.45`, `US$5`): `C$` is one `word` token (it has letters, and is
 * read like a currency code: `CAD 0.45`), the amount another.
 */
export interface CurrencyPrefixEntry {
  readonly id: string;
  /** The letters before `$`, case-sensitive. */
  readonly prefix: string;
  readonly example: string;
}

/** Dollar prefixes of news copy. */
export const CURRENCY_PREFIXES: readonly CurrencyPrefixEntry[] = [
  { id: 'currency/us-dollar', prefix: 'US', example: 'US$ 1.2 billion' },
  { id: 'currency/canadian-dollar', prefix: 'C', example: 'fell C$ 0.45' },
  { id: 'currency/canadian-dollar-can', prefix: 'CA', example: 'CA$ 20' },
  { id: 'currency/australian-dollar', prefix: 'A', example: 'A$ 100 million' },
  { id: 'currency/australian-dollar-au', prefix: 'AU', example: 'AU$ 20' },
  { id: 'currency/hong-kong-dollar', prefix: 'HK', example: 'HK$ 7.8' },
  { id: 'currency/new-zealand-dollar', prefix: 'NZ', example: 'NZ$ 300,000' },
  { id: 'currency/singapore-dollar', prefix: 'S', example: 'S$ 1.35' },
  { id: 'currency/taiwan-dollar', prefix: 'NT', example: 'NT$ 32' },
  { id: 'currency/brazilian-real', prefix: 'R', example: 'R$ 5' },
  { id: 'currency/zimbabwe-dollar', prefix: 'Z', example: 'Z$ 100' },
  { id: 'currency/jamaican-dollar', prefix: 'J', example: 'J$ 150' },
  { id: 'currency/trinidad-dollar', prefix: 'TT', example: 'TT$ 6.7' },
  { id: 'currency/east-caribbean-dollar', prefix: 'EC', example: 'EC$ 2.7' },
  { id: 'currency/mexican-peso', prefix: 'Mex', example: 'Mex$ 20' },
];

