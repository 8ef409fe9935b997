/**
 * Atomic file writes: write to a temp file in the same folder, fsync, rename. A crash leaves either the
 * old file, the new file, or an orphan temp file (cleaned by {@link removeOrphanTemps}), never a
 * truncated output.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Temp files carry this marker so a later run can recognize and remove orphans. */
export const TEMP_MARKER = '.factwire-tmp-';

/** Writes `data` to `file` atomically, creating parent folders. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `${TEMP_MARKER}${process.pid}-${Math.random().toString(36).slice(2)}-${path.basename(file)}`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Removes temp files left by a killed run anywhere under `dir`. Returns how many were removed. */
export async function removeOrphanTemps(dir: string): Promise<number> {
  let removed = 0;
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.startsWith(TEMP_MARKER)) { await rm(p, { force: true }); removed++; }
    }
  };
  await walk(dir);
  return removed;
}

/** A file written line by line to a temp file and renamed into place only by {@link AtomicLineWriter.commit}. */
export interface AtomicLineWriter {
  write(line: string): void;
  /** Flushes, fsyncs and renames the temp file onto the target. */
  commit(): Promise<void>;
  /** Removes the temp file (the target is left as it was). */
  abort(): Promise<void>;
}

/**
 * Streams lines to `file` atomically: memory stays flat however large the batch, and a crash leaves the
 * previous file (or none) plus an orphan temp file, never a truncated target.
 */
export async function openAtomicLineWriter(file: string): Promise<AtomicLineWriter> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `${TEMP_MARKER}${process.pid}-${Math.random().toString(36).slice(2)}-${path.basename(file)}`);
  const stream = createWriteStream(tmp);
  const closed = new Promise<void>((resolve, reject) => { stream.on('close', resolve); stream.on('error', reject); });
  return {
    write(line) { stream.write(line); },
    async commit() {
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await closed;
      const handle = await open(tmp, 'r+');
      try { await handle.sync(); } finally { await handle.close(); }
      await rename(tmp, file);
    },
    async abort() {
      stream.destroy();
      await rm(tmp, { force: true });
    },
  };
}
