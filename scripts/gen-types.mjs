#!/usr/bin/env node
// Generates src/types/*.ts from schemas/*.schema.json, so the schema stays the single source of truth.
// `node scripts/gen-types.mjs --check` exits 1 when a generated file is out of date (used by the tests).
import { compileFromFile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';

const targets = [
  { schema: 'schemas/annotation.schema.json', out: 'src/types/annotation.ts' },
  { schema: 'schemas/pipeline.schema.json', out: 'src/types/pipeline.ts' },
];
const check = process.argv.includes('--check');
let stale = 0;
for (const { schema, out } of targets) {
  const ts = await compileFromFile(schema, {
    bannerComment: `/* Generated from ${schema} by scripts/gen-types.mjs. Do not edit by hand: run \`npm run gen:types\`. */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true },
  });
  if (check) {
    const current = await readFile(out, 'utf8').catch(() => '');
    if (current !== ts) { console.error(`${out} is out of date with ${schema}: run npm run gen:types`); stale++; }
  } else {
    await writeFile(out, ts);
    console.error(`wrote ${out}`);
  }
}
process.exitCode = stale ? 1 : 0;
