/**
 * News agencies as data: a canonical name and the spellings met in datelines, bylines and record
 * metadata. `normalizeAgency` maps any spelling to the canonical name.
 */

/** One agency. `example` shows it in a dateline. */
export interface AgencyRow {
  /** Canonical name emitted in `meta.agency`. */
  name: string;
  /** Other spellings (matched case-insensitively, a leading `The` ignored). */
  aliases: readonly string[];
  example: string;
}

/** Known agencies. Add a row to teach the dateline rules and the normalizer a new one. */
export const AGENCIES: readonly AgencyRow[] = [
  { name: 'TASS', aliases: ['ITAR-TASS', 'ITAR TASS'], example: 'MOSCOW, November 1. /TASS/.' },
  { name: 'AP', aliases: ['Associated Press', 'AP Photo'], example: 'NAIROBI, Kenya (AP) _' },
  { name: 'Reuters', aliases: ['Thomson Reuters'], example: 'WASHINGTON (Reuters) -' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], example: 'PARIS (AFP) -' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], example: 'BEIJING, Nov. 3 (Xinhua) --' },
  { name: 'UPI', aliases: ['United Press International'], example: 'CHICAGO (UPI) --' },
  { name: 'RIA Novosti', aliases: ['RIA'], example: 'MOSCOW (RIA Novosti) -' },
  { name: 'Interfax', aliases: [], example: 'KYIV (Interfax) -' },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], example: 'NEW YORK (Bloomberg) --' },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur'], example: 'BERLIN (dpa) -' },
  { name: 'Kyodo', aliases: ['Kyodo News'], example: 'TOKYO (Kyodo) --' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], example: 'SEOUL (Yonhap) --' },
  { name: 'ANSA', aliases: [], example: 'ROME (ANSA) -' },
  { name: 'EFE', aliases: [], example: 'MADRID (EFE) -' },
  { name: 'PTI', aliases: ['Press Trust of India'], example: 'NEW DELHI (PTI) -' },
  { name: 'IANS', aliases: [], example: 'NEW DELHI (IANS) -' },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], example: 'ANKARA (Anadolu) -' },
  { name: 'AAP', aliases: ['Australian Associated Press'], example: 'SYDNEY (AAP) -' },
  { name: 'CP', aliases: ['Canadian Press'], example: 'TORONTO (CP) -' },
  { name: 'CNN', aliases: [], example: 'WASHINGTON (CNN) --' },
  { name: 'Sputnik', aliases: [], example: 'MOSCOW (Sputnik) -' },
  { name: 'KUNA', aliases: [], example: 'KUWAIT CITY (KUNA) -' },
  { name: 'WAFA', aliases: [], example: 'RAMALLAH (WAFA) -' },
];

function fold(s: string): string {
  return s.trim().replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
}

const BY_SPELLING = new Map<string, string>(
  AGENCIES.flatMap((a) => [a.name, ...a.aliases].map((s) => [fold(s), a.name] as [string, string])),
);

/** Canonical name of a known agency spelling (`reuters` → `Reuters`, `ITAR-TASS` → `TASS`), or null. */
export function lookupAgency(text: string): string | null {
  return BY_SPELLING.get(fold(text)) ?? null;
}

/**
 * Record-metadata values that mean "no agency" (PolNeAR writes the string `None`); they must not
 * become an agency called "None".
 */
const EMPTY_VALUES = new Set(['', 'none', 'na', 'n/a', 'null', 'nil', 'unknown', '-', '--']);

/** Normalizes an agency from record metadata: known spellings map to the canonical name, empty markers to null, anything else is kept trimmed. */
export function normalizeAgency(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim().replace(/\s+/g, ' ');
  if (EMPTY_VALUES.has(t.toLowerCase())) return null;
  return lookupAgency(t) ?? t;
}

/**
 * True when a parenthesized or slashed word in a dateline can be an agency: a known spelling, or an
 * unknown all-caps acronym (`(KCNA)`), which agencies usually are. `(Updated)` is not.
 */
export function looksLikeAgency(text: string): boolean {
  return lookupAgency(text) !== null || /^\p{Lu}[\p{Lu}-]{1,7}$/u.test(text.trim());
}
