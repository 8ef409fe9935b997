/** The schema is the single source of truth: generated types must match it, generated data its source, versions must agree. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTWIRE_VERSION } from '../../src/version.js';
import { ANNOTATION_SCHEMA_ID } from '../../src/emit/assemble.js';
import { ROOT } from '../helpers.js';

describe('contract', () => {
  it.each([
    ['src/types from the current schemas (npm run gen:types)', 'scripts/gen-types.mjs'],
    ["src/quotes/first-name-genders.ts from compromise's lexicon (npm run gen:names)", 'scripts/gen-name-genders.mjs'],
    ["src/quotes/verb-lemmas.ts from natural's and compromise's lexicons (npm run gen:lemmas)", 'scripts/gen-verb-lemmas.mjs'],
  ])('%s is up to date', (_n, script) => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, script), '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });

  it.each([
    ['package.json version', () => JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version, FACTWIRE_VERSION],
    ['schema $id', () => JSON.parse(readFileSync(path.join(ROOT, 'schemas/annotation.schema.json'), 'utf8')).$id, ANNOTATION_SCHEMA_ID],
    ['schema const of `schema`', () => JSON.parse(readFileSync(path.join(ROOT, 'schemas/annotation.schema.json'), 'utf8')).properties.schema.const, ANNOTATION_SCHEMA_ID],
  ])('%s agrees', (_n, read, expected) => {
    expect(read()).toBe(expected);
  });
});
