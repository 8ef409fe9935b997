/** Shared test helpers: build the shipped pipeline once, turn a string into a DocInput, run the CLI. */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { buildPipeline, type Pipeline } from '../src/core/pipeline.js';
import type { DocInput } from '../src/core/doc.js';
import { loadPipelineSpec } from '../src/pipelines/load.js';
import { registry } from '../src/stages/registry.js';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const pipelines = new Map<string, Promise<Pipeline>>();
/** The shipped pipeline `name`, built once per test file. */
export function shippedPipeline(name = 'news'): Promise<Pipeline> {
  if (!pipelines.has(name)) pipelines.set(name, buildPipeline(loadPipelineSpec(name), registry));
  return pipelines.get(name)!;
}

/** A DocInput for raw text, as stdin text would give. */
export function textInput(text: string, id = 'test', dct?: string): DocInput {
  return {
    id,
    text,
    source: { path: null, sha256: createHash('sha256').update(text).digest('hex'), format: 'stdin-text' },
    ...(dct ? { dct: { value: dct, source: 'cli' as const } } : {}),
  };
}

/** Result of running the compiled CLI. */
export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs `node bin/factwire.js ...args` (the compiled CLI, as a user would) and collects its output. */
export function runCli(args: string[], opts: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/factwire.js'), ...args], {
      cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

const tempDirs: string[] = [];
// Registered while the importing test file is collected, so it runs once at the end of that file.
afterAll(() => { for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/**
 * A fresh directory under the OS temp dir, removed when the calling test file ends: test runs must not leave
 * their batches behind in a user's /tmp (a full suite left eight of them per run).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
