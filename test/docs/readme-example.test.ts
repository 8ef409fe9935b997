/**
 * The README's "What you get" block says that, apart from the marked elisions, it is verbatim output for the seed
 * dispatch. This keeps it so: every complete JSON object written in that block's lines for a layer must be one of
 * the golden output's items of that layer (the golden test in turn pins the golden to what annotate writes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const golden = JSON.parse(readFileSync(new URL('fixtures/articles/tass-2024-11-01-lavrov/expected.json', root), 'utf8')) as Record<string, unknown>;

/** The fenced block after the "What you get" heading. */
function exampleBlock(): string {
  const at = readme.indexOf('## What you get');
  const open = readme.indexOf('```text\n', at);
  const close = readme.indexOf('\n```', open + 8);
  if (at < 0 || open < 0 || close < 0) throw new Error('README: no example block under "What you get"');
  return readme.slice(open + 8, close);
}

/** The top-level `{...}` objects in `s` (braces inside JSON strings are skipped). */
function objectsIn(s: string): string[] {
  const out: string[] = [];
  let depth = 0, from = -1, inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inString) { if (c === '\\') i++; else if (c === '"') inString = false; continue; }
    if (c === '"') inString = true;
    else if (c === '{') { if (depth++ === 0) from = i; }
    else if (c === '}' && depth > 0 && --depth === 0) out.push(s.slice(from, i + 1));
  }
  return out;
}

/** The lines of the block that start with `"layer":`, with the continuation lines that follow them. */
function layerText(block: string, layer: string): string {
  const lines = block.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(`"${layer}":`));
  if (i < 0) return '';
  let text = lines[i]!;
  for (let j = i + 1; j < lines.length && !/^\s*"[a-z]+":/.test(lines[j]!) && !/^\s*}/.test(lines[j]!); j++) text += `\n${lines[j]}`;
  return text.slice(text.indexOf(':') + 1);
}

describe('README example output', () => {
  const block = exampleBlock();
  it.each(['sentences', 'tokens', 'mentions', 'entities', 'timexes'])('every %s item shown is a golden item', (layer) => {
    const shown = objectsIn(layerText(block, layer)).map((o) => JSON.parse(o) as unknown);
    expect(shown.length).toBeGreaterThan(0);
    for (const item of shown) expect(golden[layer]).toContainEqual(item);
  });

  it.each(['source', 'provenance'])('%s is the golden one', (field) => {
    const [shown] = objectsIn(layerText(block, field));
    expect(JSON.parse(shown!)).toEqual(golden[field]);
  });

  it.each(['mentions', 'entities', 'sentences', 'tokens', 'timexes', 'quotes'])('the count of %s is the golden one', (layer) => {
    const m = new RegExp(`"${layer}": \\[.*?(\\d+) (?:in all|of them)\\]`, 's').exec(layerText(block, layer) ? `"${layer}":${layerText(block, layer)}` : '');
    expect(m, `no "N in all" for ${layer}`).not.toBeNull();
    expect(Number(m![1])).toBe((golden[layer] as unknown[]).length);
  });
});
