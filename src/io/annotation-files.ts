/**
 * Reads annotation documents written by `factwire annotate`: `.json` files (one document each),
 * `.jsonl` files (one per line), folders of those (recursively, hidden files and errors.jsonl skipped),
 * or `-` for JSONL on stdin.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** One parsed document, or why it could not be parsed. */
export type AnnotationItem =
  | { ok: true; where: string; value: unknown }
  | { ok: false; where: string; message: string };

async function* walk(p: string): AsyncGenerator<string> {
  const s = await stat(p);
  if (!s.isDirectory()) { yield p; return; }
  const entries = (await readdir(p, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(p, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if ((e.name.endsWith('.json') || e.name.endsWith('.jsonl')) && e.name !== 'errors.jsonl') yield full;
  }
}

async function* jsonLines(stream: NodeJS.ReadableStream, label: string): AsyncGenerator<AnnotationItem> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    try {
      yield { ok: true, where: `${label}:${n}`, value: JSON.parse(line) };
    } catch (err) {
      yield { ok: false, where: `${label}:${n}`, message: `invalid JSON: ${(err as Error).message}` };
    }
  }
}

/** Yields every annotation document found under `paths`. Never throws for bad files. */
export async function* readAnnotations(paths: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<AnnotationItem> {
  for (const p of paths) {
    if (p === '-') { yield* jsonLines(stdin, '<stdin>'); continue; }
    let files: string[] = [];
    try {
      for await (const f of walk(p)) files.push(f);
    } catch (err) {
      yield { ok: false, where: p, message: (err as Error).message };
      continue;
    }
    for (const f of files) {
      if (f.endsWith('.jsonl')) { yield* jsonLines(createReadStream(f), f); continue; }
      try {
        yield { ok: true, where: f, value: JSON.parse(await readFile(f, 'utf8')) };
      } catch (err) {
        yield { ok: false, where: f, message: (err as Error).message };
      }
    }
  }
}
