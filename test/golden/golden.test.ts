/**
 * Golden end-to-end fixtures: fixtures/articles/<slug>/article.txt → expected.json through the shipped
 * `news` pipeline. Rewrite with `UPDATE_GOLDEN=1 npm test` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/io/inputs.js';
import { processDocument } from '../../src/batch/process.js';
import { ROOT, shippedPipeline } from '../helpers.js';

const ARTICLES = path.join(ROOT, 'fixtures/articles');
const slugs = readdirSync(ARTICLES).filter((d) => existsSync(path.join(ARTICLES, d, 'article.txt'))).sort();

async function annotateFixture(slug: string): Promise<string> {
  const pipeline = await shippedPipeline();
  // Paths relative to the repo root, as `factwire annotate fixtures/articles/<slug>/article.txt` run there gives.
  const rel = path.posix.join('fixtures/articles', slug, 'article.txt');
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    for await (const item of readInputs([rel], { maxChars: 2_000_000 })) {
      if (item.kind !== 'doc') throw new Error(`fixture ${slug} failed to read: ${item.message}`);
      const result = processDocument(pipeline, { ...item.input, id: slug }, 'codepoint', true);
      if (result.json === undefined) throw new Error(`fixture ${slug} failed: ${JSON.stringify(result.problems)}`);
      return `${result.json}\n`;
    }
  } finally {
    process.chdir(cwd);
  }
  throw new Error(`fixture ${slug}: no document read`);
}

describe('golden fixtures', () => {
  it.each(slugs)('%s matches expected.json', async (slug) => {
    const actual = await annotateFixture(slug);
    const file = path.join(ARTICLES, slug, 'expected.json');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      if (process.env.CI && !existsSync(file)) throw new Error(`${file} is missing: run UPDATE_GOLDEN=1 npm test and commit it`);
      writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
