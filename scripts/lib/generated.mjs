// Shared by the scripts that generate source modules from a library's data (gen-name-genders.mjs,
// gen-verb-lemmas.mjs): the word-list layout of the module, and writing it or, with --check, failing when it is
// out of date (a test runs the check, so a library update cannot leave a stale list behind).
import { readFile, writeFile } from 'node:fs/promises';

/** Space-separated words as concatenated single-quoted TS string lines of at most ~110 characters. */
export function wrapWords(words) {
  return words.join(' ').replace(/(.{1,110})(?: |$)/g, '$1\n').trim().split('\n').map((l) => `  '${l} '`).join(' +\n');
}

/** Writes `content` to `out`, or with `--check` on the command line sets exit code 1 when `out` differs. */
export async function writeOrCheck(out, content, script, summary) {
  if (process.argv.includes('--check')) {
    const current = await readFile(out, 'utf8').catch(() => '');
    if (current !== content) {
      console.error(`${out} is out of date: run node ${script}`);
      process.exitCode = 1;
    }
  } else {
    await writeFile(out, content);
    console.error(`wrote ${out} (${summary})`);
  }
}
