/**
 * A batch killed mid-run (SIGKILL, no chance to clean up) leaves no truncated output, and the rerun
 * redoes only what was not finished.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

const DOCS = 400;
const paragraph = 'MOSCOW, November 1. /TASS/. The agreements are already being implemented, the minister said on Friday. "We will continue," he added.\n\n';

function listJson(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else out.push(p);
    }
  };
  walk(dir);
  return out;
}

describe('kill and resume', () => {
  it('leaves only complete outputs and redoes nothing that was finished', async () => {
    const dir = tempDir('factwire-kill-');
    const input = path.join(dir, 'in');
    mkdirSync(input);
    for (let i = 0; i < DOCS; i++) writeFileSync(path.join(input, `doc-${String(i).padStart(4, '0')}.txt`), paragraph.repeat(40));
    const out = path.join(dir, 'out');

    const child = spawn(process.execPath, [path.join(ROOT, 'bin/factwire.js'), 'annotate', input, '--out', out, '--concurrency', '1'], { stdio: 'ignore' });
    // Kill as soon as a few documents are written, while the rest are still to do.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        let n = 0;
        try { n = readdirSync(out).filter((f) => f.endsWith('.json') && !f.startsWith('.factwire-tmp-')).length; } catch { /* not created yet */ }
        if (n >= 5) { clearInterval(timer); child.kill('SIGKILL'); resolve(); }
      }, 5);
      child.on('exit', () => { clearInterval(timer); reject(new Error('batch finished before it could be killed')); });
    });
    await new Promise((r) => child.on('close', r));

    const files = listJson(out);
    const finished = files.filter((f) => f.endsWith('.json') && !path.basename(f).startsWith('.factwire-tmp-'));
    expect(finished.length).toBeGreaterThanOrEqual(5);
    expect(finished.length).toBeLessThan(DOCS);
    for (const f of finished) expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow();

    const rerun = await runCli(['annotate', input, '--out', out, '--concurrency', '1']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`${DOCS - finished.length} ok, 0 failed, ${finished.length} skipped`);
    // Orphan temp files of the killed run are gone; every document has exactly one complete output.
    const after = listJson(out);
    expect(after.filter((f) => path.basename(f).startsWith('.factwire-tmp-'))).toEqual([]);
    expect(after.filter((f) => f.endsWith('.json'))).toHaveLength(DOCS);
  });
});
