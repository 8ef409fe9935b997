import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../src/time/find.js';
import { RULES } from '../../src/time/rules.js';
import { compileRule, scan, scanExhaustive } from '../../src/time/scanner.js';

// Every rule row carries worked examples; each must be recognized by that very rule, with that extent
// and value. The default DCT for examples that do not name one is the seed's.
const rows = RULES.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, rule, ex })));

describe('rule table', () => {
  it('has unique ids, at least one example each, and patterns that compile', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(() => compileRule(r)).not.toThrow();
    }
  });

  it.each(rows)('$id: "$ex.text"', ({ rule, ex }) => {
    const dct = ex.dct === undefined ? '2024-11-01' : ex.dct;
    const found = findTimexes(ex.text, { dct });
    const extent = ex.extent ?? ex.text;
    const hit = found.find((t) => t.text === extent);
    expect(hit, `no timex "${extent}" in ${JSON.stringify(found)}`).toBeDefined();
    expect(hit!.rule.split('+')).toContain(rule.id);
    expect(hit!.value).toBe(ex.value);
    if (ex.type) expect(hit!.type).toBe(ex.type);
    else if (!hit!.rule.includes('+')) expect([rule.type, 'TIME', 'DATE', 'DURATION', 'SET']).toContain(hit!.type);
    if (ex.range) expect(hit!.range).toEqual(ex.range);
    if (ex.mod) expect(hit!.mod).toBe(ex.mod);
  });

  it('finds with triggers exactly what a search of every rule over the whole text finds', () => {
    // All examples in one text (so rules meet each other's words), plus separators and casing variants.
    const texts = [
      rows.map((r) => r.ex.text).join(' '),
      rows.map((r) => r.ex.text).join('\n'),
      rows.map((r) => r.ex.text.toUpperCase()).join('. '),
      "In '82 and the mid-1990s, 1 1/2 hours; $1949 3.2024 1949% at 10:35 a.m. (0735 GMT) Friday, Oct. 23, 1998.",
    ];
    const brief = (ms: ReturnType<typeof scan>) => ms.map((m) => `${m.start}-${m.end}:${m.rule.id}`);
    for (const text of texts) expect(brief(scan(text))).toEqual(brief(scanExhaustive(text)));
  });
});
