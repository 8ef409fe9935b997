/**
 * The scripts' one command-line reader (scripts/lib/args.mjs): `--name VALUE`, the name with or without its dashes,
 * and the fallback when the flag is missing or has no value after it.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the scripts, without type declarations
import { arg } from '../../scripts/lib/args.mjs';

const read = arg as (name: string, fallback: string | null, argv?: readonly string[]) => string | null;

describe('script options', () => {
  it.each<[string, string, string | null, readonly string[], string | null]>([
    ['a value after its flag', 'folds', null, ['--folds', '/tmp/f', '--work', '/tmp/w'], '/tmp/f'],
    ['the flag written with its dashes', '--work', '/tmp/x', ['--folds', '/tmp/f', '--work', '/tmp/w'], '/tmp/w'],
    ['an absent flag', 'seed', '3', ['--epochs', '5'], '3'],
    ['a flag with nothing after it', 'epochs', '5', ['--file', 'a.jsonl', '--epochs'], '5'],
    ['a value that is not read as a flag name', 'a.jsonl', null, ['--file', 'a.jsonl'], null],
  ])('%s', (_case, name, fallback, argv, expected) => {
    expect(read(name, fallback, argv)).toBe(expected);
  });
});
