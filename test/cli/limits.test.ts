/** Per-document time and size limits: the offending document fails with a clear reason, the batch goes on. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

function batch(files: Record<string, string>): string {
  const dir = tempDir('factwire-limits-');
  mkdirSync(path.join(dir, 'in'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'in', name), text);
  return dir;
}
const errorsOf = (dir: string) => readFileSync(path.join(dir, 'out/errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// ~3.4 MB: several seconds of work in any stage set, far over the 2 s limit even on a fast machine, while the small
// documents stay far under it on a loaded one.
const big = 'The minister said on Friday that talks "will go on until June 18-19," officials said. '.repeat(40_000);

describe('limits', () => {
  it('stops a document that exceeds --timeout-ms and still writes the others', async () => {
    const dir = batch({ 'a-small.txt': 'Hello from Paris.', 'b-huge.txt': big, 'c-small.txt': 'MOSCOW, November 1. /TASS/. All is well, he said.' });
    const run = await runCli(['annotate', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--concurrency', '1', '--timeout-ms', '2000', '--max-chars', '10000000']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2 ok, 1 failed/);
    expect(errorsOf(dir)).toMatchObject([{ key: 'b-huge', problems: [{ ruleId: 'batch:timeout' }] }]);
  });

  it('fails a document over --max-chars with its size and the limit', async () => {
    const dir = batch({ 'big.txt': 'x '.repeat(600), 'ok.txt': 'Short.' });
    const run = await runCli(['annotate', path.join(dir, 'in'), '--out', path.join(dir, 'out'), '--concurrency', '0', '--max-chars', '1000']);
    expect(run.code).toBe(1);
    const [failure] = errorsOf(dir);
    expect(failure).toMatchObject({ key: 'big', problems: [{ ruleId: 'read:too-large' }] });
    expect(failure.problems[0].message).toMatch(/1000/);
  });
});
