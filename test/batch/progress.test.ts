/** Progress goes to the stream it is given (stderr in the CLI), only when enabled. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';

class Capture extends Writable {
  text = '';
  isTTY = true;
  columns = 120;
  override _write(chunk: Buffer, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
  cursorTo() { return true; }
  clearLine() { return true; }
  moveCursor() { return true; }
}

describe('createProgress', () => {
  it.each([
    ['enabled: draws counts on the stream', true, /ok 2 failed 1 skipped 1/],
    ['disabled: writes nothing', false, /^$/],
  ])('%s', (_n, enabled, pattern) => {
    const stream = new Capture();
    const progress = createProgress(stream, enabled);
    progress.discovered(4);
    progress.tick('ok'); progress.tick('ok'); progress.tick('failed'); progress.tick('skipped');
    progress.stop();
    expect(stream.text).toMatch(pattern);
  });
});
