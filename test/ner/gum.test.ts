import { describe, expect, it } from 'vitest';
import { ownGazetteerEntries } from '../../src/ner/gazetteer.js';
import { ANY_TAG, gumSplit, gumTrainDoc, O_OR_MISC, type Segmented } from '../../src/ner/gum.js';
import { NerModel } from '../../src/ner/model.js';
import { spansToTags, tagsToSpans, TAG_NAMES, type TokenSpan } from '../../src/ner/tags.js';
import { trainModel, type TrainDoc } from '../../src/ner/train.js';
import type { Token } from '../../src/types/annotation.js';

/** One sentence per line, tokens split on spaces (hand-written text, not from any dataset). */
function segment(text: string): Segmented {
  const tokens: Token[] = [];
  const sentences: Segmented['sentences'][number][] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const first = tokens.length;
    for (const m of line.matchAll(/\S+/g)) tokens.push({ start: pos + m.index, end: pos + m.index + m[0].length, text: m[0], kind: 'word' });
    sentences.push({ start: pos, end: pos + line.length, text: line, paragraph: 0, tokenStart: first, tokenEnd: tokens.length } as Segmented['sentences'][number]);
    pos += line.length + 1;
  }
  return { tokens, sentences };
}

/** Entities given by their text (first occurrence at or after the previous one's start). */
function record(text: string, ents: [string, string][]) {
  let from = 0;
  const entities = ents.map(([t, label]) => {
    const start = text.indexOf(t, from);
    from = start;
    return { start, end: start + t.length, text: t, label };
  });
  return { id: 'x', text, entities };
}

const bit = (name: string) => 1 << TAG_NAMES.indexOf(name);
const fixed = (name: string) => bit(name);
const openWith = (...names: string[]) => names.reduce((m, n) => m | bit(n), O_OR_MISC);

describe('gumTrainDoc: allowed tags per token', () => {
  it.each<[string, string, [string, string][], number[]]>([
    ['person fixed, the rest O or MISC', 'Yesterday Anna Berg left', [['Anna Berg', 'person']], [O_OR_MISC, fixed('B-PER'), fixed('I-PER'), O_OR_MISC]],
    ['place with a nested person: the outer name wins', 'at Berg Hall today', [['Berg Hall', 'place'], ['Berg', 'person']], [O_OR_MISC, fixed('B-LOC'), fixed('I-LOC'), O_OR_MISC]],
    ['event with a nested place: O/MISC or the place', 'the Oslo Marathon ended', [['Oslo Marathon', 'event'], ['Oslo', 'place']], [O_OR_MISC, openWith('B-LOC'), O_OR_MISC, O_OR_MISC]],
    ['other GUM types are open', 'on Monday morning', [['Monday', 'time']], [O_OR_MISC, O_OR_MISC, O_OR_MISC]],
    ['organization over two tokens', 'Nordic Bank said', [['Nordic Bank', 'organization']], [fixed('B-ORG'), fixed('I-ORG'), O_OR_MISC]],
    ['a span off our token edges leaves its tokens open', 'Bergs went home', [['Berg', 'person']], [ANY_TAG, O_OR_MISC, O_OR_MISC]],
  ])('%s', (_name, text, ents, want) => {
    const d = gumTrainDoc(record(text, ents), segment(text));
    expect(Array.from(d.allowed![0]!)).toEqual(want);
  });

  it.each<[string, string, [string, string][], number[]]>([
    ['outside a span only the listed words may be MISC', 'Danish Internet users', [], [O_OR_MISC, fixed('O'), fixed('O')]],
    ['an open span stays open whatever the list says', 'the Internet Act passed', [['Internet Act', 'abstract']], [fixed('O'), O_OR_MISC, O_OR_MISC, fixed('O')]],
  ])('with a MISC word list: %s', (_name, text, ents, want) => {
    const d = gumTrainDoc(record(text, ents), segment(text), (w) => w === 'Danish');
    expect(Array.from(d.allowed![0]!)).toEqual(want);
  });

  it('leaves a span crossing a sentence break open', () => {
    const text = 'to Nordic\nBank today';
    const d = gumTrainDoc(record(text, [['Nordic\nBank', 'organization']]), segment(text));
    expect([Array.from(d.allowed![0]!), Array.from(d.allowed![1]!)]).toEqual([[O_OR_MISC, ANY_TAG], [ANY_TAG, O_OR_MISC]]);
  });

  it.each<[string, string | null]>([
    ['GUM (x dep/a.conllu; split=train; genre=news)', 'train'],
    ['GUM (x dep/a.conllu; split=dev; genre=news)', 'dev'],
    ['GUM (x)', null],
  ])('reads the split of %s', (source, want) => {
    expect(gumSplit({ source })).toBe(want);
  });
});

// Fully labelled docs plus partially labelled ones (MISC decision left open), hand-written.
const FULL: [string, [number, number, TokenSpan['type']][]][] = [
  ['Anna Berg visited Oslo on Monday .', [[0, 2, 'PER'], [3, 4, 'LOC']]],
  ['Berg spoke to Danish officials in Copenhagen .', [[0, 1, 'PER'], [3, 4, 'MISC'], [6, 7, 'LOC']]],
  ['The Nordic Bank said profits rose .', [[1, 3, 'ORG']]],
];
const PARTIAL: [string, [number, number, TokenSpan['type']][]][] = [
  ['Peter Holm met Danish bankers at Nordic Bank .', [[0, 2, 'PER'], [6, 8, 'ORG']]],
  ['Holm flew from Copenhagen to Oslo .', [[0, 1, 'PER'], [3, 4, 'LOC'], [5, 6, 'LOC']]],
];

function docs(): TrainDoc[] {
  const full = FULL.map(([s, spans]): TrainDoc => {
    const toks = s.split(' ');
    return { sentences: [toks], tags: [spansToTags(toks.length, spans.map(([start, end, type]) => ({ start, end, type })))] };
  });
  const partial = PARTIAL.map(([s, spans]): TrainDoc => {
    const toks = s.split(' ');
    const tags = spansToTags(toks.length, spans.map(([start, end, type]) => ({ start, end, type })));
    const allowed = Uint16Array.from(tags, (t) => (t === 0 ? O_OR_MISC : 1 << t));
    return { sentences: [toks], tags: [tags], allowed: [allowed], weight: 2 };
  });
  return [...full, ...partial];
}

describe('training with partial labels', () => {
  const gaz = () => ({ source: 'test', entries: ownGazetteerEntries() });
  const opts = { iterations: 8, seed: 7, minWeight: 0, twoPass: true, folds: 2 };

  it('is deterministic and learns the fixed spans of partially labelled documents', () => {
    const a = trainModel(docs(), gaz(), opts).serialize();
    expect(Buffer.from(trainModel(docs(), gaz(), opts).serialize()).equals(Buffer.from(a))).toBe(true);
    const model = NerModel.deserialize(a);
    for (const [s, spans] of PARTIAL) {
      const got = tagsToSpans(model.tag({ sentences: [s.split(' ')] })[0]!).filter((sp) => sp.type !== 'MISC');
      expect(got).toEqual(spans.map(([start, end, type]) => ({ start, end, type })));
    }
  });

  it('refuses partial labels with the stacked second pass', () => {
    expect(() => trainModel(docs(), gaz(), { ...opts, stacked: true })).toThrow(/partially labelled/);
  });
});
