/**
 * Command-line options of the scripts: `--name VALUE` pairs read from `process.argv`. One reader for all of them
 * (train-*, learn-*, crossfit-*), so a flag given without a value falls back the same way everywhere.
 */

/**
 * The value after `--name` on the command line (`name` with or without its leading dashes), or `fallback` when the
 * flag is absent or is the last argument.
 * @template T
 * @param {string} name
 * @param {T} fallback returned as given (callers pass numbers, strings or null)
 * @param {readonly string[]} [argv] the arguments after the script's path (default: this process's)
 * @returns {string | T}
 */
export function arg(name, fallback, argv = process.argv.slice(2)) {
  const i = argv.indexOf(name.startsWith('--') ? name : `--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}
