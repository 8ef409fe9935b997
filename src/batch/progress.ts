/** Progress on stderr (never stdout, which carries data): a cli-progress bar when stderr is a terminal. */
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

/** Counts documents as they are discovered and finished. */
export interface Progress {
  discovered(total: number): void;
  tick(kind: 'ok' | 'failed' | 'skipped'): void;
  stop(): void;
}

/** A progress bar on `stream`, or a no-op when `enabled` is false. */
export function createProgress(stream: Writable, enabled: boolean): Progress {
  if (!enabled) return { discovered() {}, tick() {}, stop() {} };
  const counts = { ok: 0, failed: 0, skipped: 0 };
  const bar = new cliProgress.SingleBar({
    stream: stream as NodeJS.WritableStream,
    format: 'factwire {bar} {value}/{total} docs | ok {ok} failed {failed} skipped {skipped} | {rate} docs/s | eta {eta_formatted}',
    hideCursor: true,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  bar.start(0, 0, { ...counts, rate: '0' });
  return {
    discovered(total) { bar.setTotal(total); },
    tick(kind) {
      counts[kind]++;
      const done = counts.ok + counts.failed + counts.skipped;
      bar.update(done, { ...counts, rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
    },
    stop() { bar.stop(); },
  };
}
