#!/usr/bin/env node
// Guards the rule that no text from ../shared/eval is copied into this repository: every tracked text
// file is cut into runs of 12 words, and any run that also appears in a gold file's texts is reported.
// Usage: node scripts/check-no-eval-text.mjs [--eval DIR]   (exit 1 when a copied run is found)
// Reads the gold files at run time; prints only file names, line numbers and a short prefix of each run.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.argv.includes('--eval') ? process.argv[process.argv.indexOf('--eval') + 1] : path.resolve(root, '../shared/eval');
const N = 12;
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

if (!existsSync(evalDir)) {
  console.error(`no-eval-text: ${evalDir} not found (../shared must sit beside the repository)`);
  process.exit(process.env.CI ? 1 : 0);
}

// Shingles of every gold text, as 32-bit FNV-1a hashes (a hit is then confirmed on the text itself).
const fnv = (s) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return h >>> 0; };
const gold = new Set();
const goldTexts = [];
for (const sub of readdirSync(evalDir)) {
  const dir = path.join(evalDir, sub);
  if (!statSync(dir).isDirectory()) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
    for await (const line of createInterface({ input: createReadStream(path.join(dir, f)) })) {
      if (!line.trim()) continue;
      const w = words(JSON.parse(line).text ?? '');
      goldTexts.push(w.join(' '));
      for (let i = 0; i + N <= w.length; i++) gold.add(fnv(w.slice(i, i + N).join(' ')));
    }
  }
}

const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root }).toString().split('\n').filter(Boolean)
  .filter((f) => !/\.(bin|png|jpe?g|gz|zip)$/.test(f) && !f.startsWith('node_modules/') && !f.endsWith('package-lock.json'));
let found = 0;
for (const f of tracked) {
  const file = path.join(root, f);
  // A directory can show up here (a node_modules symlink in a worktree is an untracked "file" to git).
  if (!existsSync(file) || statSync(file).isDirectory() || statSync(file).size > 5_000_000) continue;
  const text = readFileSync(file, 'utf8');
  if (text.includes('\u0000')) continue;
  const w = words(text);
  for (let i = 0; i + N <= w.length; i++) {
    const run = w.slice(i, i + N).join(' ');
    if (!gold.has(fnv(run))) continue;
    if (!goldTexts.some((t) => t.includes(run))) continue; // hash collision
    console.error(`no-eval-text: ${f}: a ${N}-word run also found in ${path.relative(root, evalDir)} ("${run.split(' ').slice(0, 5).join(' ')} ...")`);
    found++;
    i += N;
  }
}
console.error(found ? `no-eval-text: ${found} copied run(s)` : `no-eval-text: ${tracked.length} files clean`);
process.exitCode = found ? 1 : 0;
