import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/core/doc.js';
import type { Transformer } from '../../../src/core/stage.js';
import { entitiesStage, resolveLexicon } from '../../../src/stages/entities/index.js';
import { ENTITIES_DEFAULTS } from '../../../src/stages/entities/options.js';
import { docOf } from '../../ner/helpers.js';
import { tempDir } from '../../helpers.js';

// Hand-written dispatch in the style of a wire story (not taken from any dataset).
const TEXT = [
  'MOSCOW, March 3. /TASS/. Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny spaceport, Russian Foreign Minister Sergey Lavrov said.',
  "Lavrov added that President Putin's visit to the Democratic People's Republic of Korea strengthened stability on the Korean Peninsula and in Northeast Asia.",
  'Kim Il Sung visited the USSR in 1949 and met Soviet leader Joseph Stalin before the Korean War. Stalin and Kim Il Sung discussed North Korea and South Korea.',
  'The Soviet Union and the U.S. were rivals. IBM and Microsoft did not comment.',
].join('\n');

let run: Transformer;
let out: Doc;
const ctx = { report: () => undefined };

beforeAll(async () => {
  run = await entitiesStage.init(ENTITIES_DEFAULTS);
  out = run(docOf(TEXT), ctx);
});

const mentionsOf = (d: Doc) => (d.mentions ?? []).map((m) => `${m.text}/${m.type}`);
const entityOf = (d: Doc, text: string) => {
  const m = d.mentions!.find((x) => x.text === text);
  return d.entities!.find((e) => e.id === m?.entity);
};

describe('entities stage: declaration', () => {
  it('declares its contract', () => {
    expect([entitiesStage.name, entitiesStage.version, entitiesStage.requires, entitiesStage.assigns])
      .toEqual(['entities', '1.0.0', ['sentences', 'tokens'], ['mentions', 'entities']]);
  });
  it('has a stable fingerprint that changes with the lexicon', async () => {
    const a = await entitiesStage.fingerprint!(ENTITIES_DEFAULTS);
    expect(await entitiesStage.fingerprint!(ENTITIES_DEFAULTS)).toBe(a);
    expect(await entitiesStage.fingerprint!({ ...ENTITIES_DEFAULTS, lexicon: [{ text: 'Acme', type: 'ORG' }] })).not.toBe(a);
  });
});

describe('entities stage: mentions', () => {
  it.each([
    ['MOSCOW', 'GPE'], ['TASS', 'ORG'], ['Russian', 'NORP'], ['Vladimir Putin', 'PERSON'], ['North Korean', 'NORP'],
    ['Kim Jong Un', 'PERSON'], ['Vostochny spaceport', 'FAC'], ['Sergey Lavrov', 'PERSON'], ['Putin', 'PERSON'],
    ["Democratic People's Republic of Korea", 'GPE'], ['Korean Peninsula', 'LOC'], ['Northeast Asia', 'LOC'],
    ['Kim Il Sung', 'PERSON'], ['USSR', 'GPE'], ['Soviet', 'NORP'], ['Joseph Stalin', 'PERSON'], ['Korean War', 'EVENT'],
    ['North Korea', 'GPE'], ['South Korea', 'GPE'], ['Soviet Union', 'GPE'], ['U.S.', 'GPE'], ['IBM', 'ORG'], ['Microsoft', 'ORG'],
  ])('finds %s as %s', (text, type) => {
    expect(mentionsOf(out)).toContain(`${text}/${type}`);
  });

  it.each([
    ['Vladimir Putin', 'President'], ['Sergey Lavrov', 'Foreign Minister'], ['Kim Jong Un', 'leader'], ['Joseph Stalin', 'leader'],
  ])('keeps the title of %s outside the span: %s', (text, title) => {
    expect(out.mentions!.find((m) => m.text === text)?.title?.text).toBe(title);
  });

  it('never includes titles, possessives, punctuation or "the" in a span', () => {
    for (const m of out.mentions!) {
      // A final period is only allowed on abbreviations ("U.S.").
      expect(m.text).not.toMatch(/^(President|the|The)\b|'s$|[,;:]$|[a-z]\.$/);
    }
  });

  it('offsets slice to the text, ids are m1.. in text order, by names the rule', () => {
    out.mentions!.forEach((m, i) => {
      expect(TEXT.slice(m.start, m.end)).toBe(m.text);
      if (m.title) expect(TEXT.slice(m.title.start, m.title.end)).toBe(m.title.text);
      expect(m.id).toBe(`m${i + 1}`);
      expect(m.by).toMatch(/^entities@1\/[a-z0-9.-]+$/);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(out.mentions![i - 1]!.end);
    });
  });
});

describe('entities stage: entities', () => {
  it.each([
    ['Putin', 'Vladimir Putin', 2], ['Lavrov', 'Sergey Lavrov', 2], ['Stalin', 'Joseph Stalin', 2], ['Kim Il Sung', 'Kim Il Sung', 2],
    ['USSR', 'Union of Soviet Socialist Republics', 2], ['North Korea', "Democratic People's Republic of Korea", 2],
  ])('%s belongs to entity "%s" with %i mentions', (text, name, n) => {
    const e = entityOf(out, text);
    expect(e?.name).toBe(name);
    expect(e?.mentions.length).toBe(n);
  });

  it('keeps Kim Jong Un and Kim Il Sung apart', () => {
    expect(entityOf(out, 'Kim Jong Un')?.id).not.toBe(entityOf(out, 'Kim Il Sung')?.id);
  });

  it('collects roles', () => {
    expect(entityOf(out, 'Putin')?.roles).toEqual(['President']);
    expect(entityOf(out, 'Lavrov')?.roles).toEqual(['Foreign Minister']);
  });

  it('links every mention to an entity that lists it', () => {
    for (const m of out.mentions!) expect(out.entities!.find((e) => e.id === m.entity)?.mentions).toContain(m.id);
  });
});

describe('entities stage: lexicon option', () => {
  it.each<[string, { text: string; type: 'ORG' | 'PERSON'; canonical?: string }[], string, string, string]>([
    ['inline entry overrides the model', [{ text: 'Vostochny spaceport', type: 'ORG', canonical: 'Vostochny Cosmodrome' }], 'Vostochny spaceport', 'ORG', 'Vostochny Cosmodrome'],
    ['adds an unknown name', [{ text: 'Zorblat', type: 'PERSON' }], 'Zorblat', 'PERSON', 'Zorblat'],
  ])('%s', async (_label, lexicon, text, type, name) => {
    const t = await entitiesStage.init({ ...ENTITIES_DEFAULTS, lexicon });
    const d = t(docOf(`${TEXT}\nwe saw Zorblat today.`), ctx);
    expect(mentionsOf(d)).toContain(`${text}/${type}`);
    expect(entityOf(d, text)?.name).toBe(name);
  });

  it('reads a lexicon file and rejects a malformed one', () => {
    const dir = tempDir('fw-lex-');
    writeFileSync(join(dir, 'ok.json'), JSON.stringify([{ text: 'Acme', type: 'ORG' }]));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ text: 'Acme', type: 'COMPANY' }]));
    expect(resolveLexicon(join(dir, 'ok.json'))).toEqual([{ text: 'Acme', type: 'ORG' }]);
    expect(() => resolveLexicon(join(dir, 'bad.json'))).toThrow(/E_STAGE_OPTIONS/);
  });
});

describe('entities stage: robustness', () => {
  it.each(['', '   ', 'no names here at all.', '"', 'A', '\n\n'])('does not crash on %j', (text) => {
    const d = run(docOf(text), ctx);
    expect(d.mentions).toBeDefined();
    for (const m of d.mentions!) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('entities stage: the extent and inner-name switches', () => {
  // Hand-written: "the Bank of England" has an extent (its determiner), "University of Oslo" an inner place.
  const SWITCH_TEXT = 'Officials of the Bank of England met staff of the University of Oslo in London on Monday.';
  it.each([
    { extents: true, innerNames: true },
    { extents: false, innerNames: true },
    { extents: true, innerNames: false },
    { extents: false, innerNames: false },
  ])('extents $extents, innerNames $innerNames: the fields appear only when on, the mentions stay the same', async ({ extents, innerNames }) => {
    const t = await entitiesStage.init({ ...ENTITIES_DEFAULTS, extents, innerNames });
    const d = t(docOf(SWITCH_TEXT), ctx);
    const all = run(docOf(SWITCH_TEXT), ctx);
    expect(mentionsOf(d)).toEqual(mentionsOf(all));
    expect(d.mentions!.some((m) => m.extent !== undefined)).toBe(extents);
    expect(d.mentions!.some((m) => m.inner !== undefined)).toBe(innerNames);
  });
});
