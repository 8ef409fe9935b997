#!/usr/bin/env node
// Guards accuracy figures in CI: for each guard in bench/floors.json, runs the product path
// (factwire annotate -> export --to eval-jsonl -> eval --json) on a fixed dev file of ../shared/eval
// and fails when a metric drops more than `tolerance` below its recorded floor.
// Usage: node scripts/check-floors.mjs [--only NAME] [--write]   (--write records the measured values as new floors)
// Reads gold files at run time by path; nothing from them is copied into the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const floorsFile = path.join(root, 'bench/floors.json');
const config = JSON.parse(readFileSync(floorsFile, 'utf8'));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const write = process.argv.includes('--write');
const cli = (args) => execFileSync(process.execPath, [path.join(root, 'bin/factwire.js'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).toString('utf8');
const get = (obj, dotted) => dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

let failed = 0;
const tmp = mkdtempSync(path.join(tmpdir(), 'factwire-floors-'));
const annotated = new Map();
for (const g of config.guards) {
  if (only && g.name !== only) continue;
  const gold = path.resolve(root, g.gold);
  if (!existsSync(gold)) {
    console.error(`floors: ${g.name}: gold file ${gold} is missing (../shared must sit beside the repository)`);
    failed++;
    continue;
  }
  const t0 = Date.now();
  // Guards on the same gold file and pipeline share one annotation run (GUM and MEANTIME serve NER and dates).
  const runKey = `${gold}\u0000${g.pipeline ?? ''}`;
  let pred = annotated.get(runKey);
  if (!pred) {
    pred = path.join(tmp, `${g.name}.pred.jsonl`);
    try {
      cli(['annotate', gold, '--jsonl', pred, '--no-progress', '--errors', path.join(tmp, `${g.name}.errors.jsonl`), ...(g.pipeline ? ['--pipeline', g.pipeline] : [])]);
    } catch (err) {
      // Exit 1 = some document failed; the guard still scores what was written, and says so.
      if (err.status !== 1) throw err;
      console.error(`floors: ${g.name}: some documents failed to annotate (see ${tmp})`);
      failed++;
    }
    annotated.set(runKey, pred);
  }
  // `exportArgs`: extra export options of the guard (e.g. --nested).
  const evalFile = path.join(tmp, `${g.name}.eval.jsonl`);
  cli(['export', '--to', 'eval-jsonl', ...(g.exportArgs ?? []), pred, '-o', evalFile]);
  const report = JSON.parse(cli(['eval', '--task', g.task, '--gold', gold, '--pred', evalFile, '--json',
    ...(g.ids ? ['--ids', g.ids] : []), ...(g.compartment ? ['--compartment', g.compartment] : []),
    ...(g.labels ? ['--labels', g.labels] : []), ...(g.goldNotExhaustive ? ['--gold-not-exhaustive'] : [])]));
  const rows = [];
  for (const [metric, floor] of Object.entries(g.floors)) {
    const value = get(report.scores, metric);
    const ok = typeof value === 'number' && value >= floor - config.tolerance;
    if (!ok) failed++;
    rows.push(`${ok ? 'ok  ' : 'FAIL'} ${metric} = ${typeof value === 'number' ? value.toFixed(4) : value} (floor ${floor}, tolerance ${config.tolerance})`);
    if (write && typeof value === 'number') g.floors[metric] = Math.floor(value * 1000) / 1000;
  }
  console.error(`floors: ${g.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n  ${rows.join('\n  ')}`);
}
if (write) writeFileSync(floorsFile, `${JSON.stringify(config, null, 2)}\n`);
// The predictions stay for a look when a guard failed; otherwise they are ~100 MB of /tmp per run.
if (failed) console.error(`floors: ${failed} problem(s); predictions kept in ${tmp}`);
else {
  rmSync(tmp, { recursive: true, force: true });
  console.error('floors: all figures at or above their floors');
}
process.exitCode = failed ? 1 : 0;
