import { describe, expect, it } from 'vitest';
import { SURNAME_GENDER_RULES, surnameGender } from '../../src/quotes/surname-gender.js';

describe('surnameGender', () => {
  it.each([
    // [word, expected gender]
    ['Molotov', 'm'],
    ['Medvedev', 'm'],
    ['Petrova', 'f'],
    ['Medvedeva', 'f'],
    ['Vysotskaya', 'f'],
    ['Lavrov’s', 'm'],
    ['Petrova\'s', 'f'],
    // Not evidence: too short, not a capitalized word, an exception, or an ending borne by both genders.
    ['Lev', null],
    ['Eva', null],
    ['MOLOTOV', null],
    ['molotov', null],
    ['Cordova', null],
    ['Casanova', null],
    ['Putin', null],
    ['Medina', null],
    ['Lewinsky', null],
    ['Tymoshenko', null],
    ['Johnson', null],
  ] as const)('%s → %s', (word, gender) => {
    expect(surnameGender(word)).toBe(gender);
  });

  it.each(SURNAME_GENDER_RULES.map((r) => [r.id, r] as const))('%s: its example ends with the ending and gets the gender', (_id, rule) => {
    const surname = rule.example.split(' ').pop()!;
    expect(surname.toLowerCase().endsWith(rule.ending)).toBe(true);
    expect(surnameGender(surname)).toBe(rule.gender);
  });
});
