import { describe, expect, it } from 'vitest';
import { chooseContentEnds, ContentEndModel, endContext, endPiece, endSites, loadContentEndModel, siteFeatures, type EndSite } from '../../src/quotes/content-end.js';
import { endExamples, trainContentEnd } from '../../src/quotes/train-content-end.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import type { Candidate } from '../../src/quotes/extract.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import type { View } from '../../src/quotes/view.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { claimAt, layers, rangeText, viewOf } from './helpers.js';
import { loadTagger, tagInput } from '../../src/quotes/tagger.js';
import { buildView } from '../../src/quotes/view.js';
import { fnv1a } from '../../src/ner/hash.js';

const lex = compileLexicon();
const isCueForm = (w: string): boolean => lex.byForm.has(w);

/** The view of `text` and one claim in it (content pieces joined by ` | `). */
function setup(text: string, cue: string, content: string, pattern: PatternId = 'tagger', speaker: string | null = null): { v: View; c: Candidate } {
  const v = viewOf(text);
  return { v, c: claimAt(v, pattern, speaker, cue, content) };
}

/** The content text each site of the claim would give, `kind:` before it. */
function siteTexts(v: View, c: Candidate, others: Candidate[] = []): string[] {
  const cx = endContext(v, [c, ...others], isCueForm);
  const r = c.content[endPiece(c)];
  return endSites(v, c, cx).map((s) => `${s.kind}:${rangeText(v, { a: r!.a, b: s.end })}`);
}

/** A model that prefers site `want` of the claim over `keep` by exactly its number of distinct features. */
function modelFor(v: View, c: Candidate, want: (s: EndSite) => boolean, margin: number): ContentEndModel {
  const cx = endContext(v, [c], isCueForm);
  const r = c.content[endPiece(c)]!;
  const sites = endSites(v, c, cx);
  const f: number[] = [];
  siteFeatures(v, cx, c, r, sites.find(want)!, f);
  return new ContentEndModel(new Map(f.map((k) => [k, 1])), margin);
}

describe('content-end sites', () => {
  it.each([
    // [what, sentence, cue, content given, sites]
    ['a comma and a boundary word before the end', 'Novak said the mill will close, a move that angered the town.', 'said', 'the mill will close, a move that angered the town',
      ['keep:the mill will close, a move that angered the town', 'cut:the mill will close', 'cut:the mill will close, a move']],
    ['a comma before `and` gives one site', 'Novak said the mill will close soon, and workers fear the worst.', 'said', 'the mill will close soon, and workers fear the worst',
      ['keep:the mill will close soon, and workers fear the worst', 'cut:the mill will close soon']],
    ['an early stop extends to later boundaries and the sentence end', 'Ruiz warned the pier was unsafe, which the board denied.', 'warned', 'the pier was unsafe',
      ['keep:the pier was unsafe', 'extend:the pier was unsafe, which the board denied']],
    ['no site inside quotation marks', 'Ruiz said the fee was "unfair, and also late" for dockers.', 'said', 'the fee was "unfair, and also late" for dockers',
      ['keep:the fee was "unfair, and also late" for dockers', 'cut:the fee was "unfair, and also late"']],
  ] as const)('%s', (_what, text, cue, content, want) => {
    const { v, c } = setup(text, cue, content);
    expect(siteTexts(v, c)).toEqual(want);
  });

  it.each([
    // [why there are none, sentence, cue, content, pattern]
    ['a quotation-mark pattern', 'Novak said: "The mill will close, and soon."', 'said', '"The mill will close, and soon."', 'speaker-cue-quote'],
    ['the last piece is before the cue', 'The mill will close, and soon, Novak said.', 'said', 'The mill will close, and soon', 'content-speaker-cue'],
    ['a one-token content', 'Novak said no, and left.', 'said', 'no', 'tagger'],
  ] as const)('no sites: %s', (_why, text, cue, content, pattern) => {
    const { v, c } = setup(text, cue, content, pattern);
    expect(endSites(v, c, endContext(v, [c], isCueForm))).toEqual([]);
  });

  it('an extension stops before another claim', () => {
    const text = 'Ruiz warned the pier was unsafe, and Novak said it was fine.';
    const { v, c } = setup(text, 'warned', 'the pier was unsafe');
    const other = claimAt(v, 'tagger', 'Novak', 'said', 'it was fine');
    expect(siteTexts(v, c, [other])).toEqual(['keep:the pier was unsafe']);
    expect(siteTexts(v, c)).toEqual(['keep:the pier was unsafe', 'extend:the pier was unsafe, and Novak said it was fine']);
  });
});

describe('content-end choice', () => {
  const text = 'Novak said the mill will close, a move that angered the town.';
  it.each([
    // [margin, content after]: the model prefers the cut by its feature count (about 27), so a larger margin keeps the end
    [0, 'the mill will close'],
    [10, 'the mill will close'],
    [1000, 'the mill will close, a move that angered the town'],
  ] as const)('margin %d', (margin, want) => {
    const { v, c } = setup(text, 'said', 'the mill will close, a move that angered the town');
    const m = modelFor(v, c, (s) => s.kind === 'cut' && v.tokens[s.at]!.text === ',', margin);
    chooseContentEnds(v, [c], m, isCueForm);
    expect(c.content.map((r) => rangeText(v, r)).join(' | ')).toBe(want);
  });

  it.each([
    // [sentence, cue, content pieces, gold content end (text the gold content ends with), gold site text]
    ['The mill, Novak said, will close, a move that angered the town.', 'said', 'The mill | will close, a move that angered the town', 'will close', 'will close'],
    ['Novak said the mill will close, a move that angered the town.', 'said', 'the mill will close', 'angered the town', 'the mill will close, a move that angered the town'],
  ] as const)('training: the gold site of %s', (text, cue, content, goldEnds, want) => {
    const { v, c } = setup(text, cue, content);
    const cueAt = text.indexOf(cue);
    const end = text.indexOf(goldEnds) + goldEnds.length;
    const start = v.tokens[c.content[endPiece(c)]!.a]!.start;
    const [ex] = endExamples(v, [c], [{ quote: { start, end }, cue: { start: cueAt, end: cueAt + cue.length } }], isCueForm);
    expect(ex?.exact).toBe(true);
    const r = c.content[endPiece(c)]!;
    expect(rangeText(v, { a: r.a, b: ex!.sites[ex!.gold]!.end })).toBe(want);
    // Trained on this example alone, the ranker picks its gold site; the same seed gives the same weights.
    const m = trainContentEnd([ex!], { epochs: 3, seed: 1, margin: 0 });
    const scores = ex!.feats.map((f) => m.score(f));
    expect(scores.indexOf(Math.max(...scores))).toBe(ex!.gold);
    expect([...trainContentEnd([ex!], { epochs: 3, seed: 1, margin: 0 }).weights]).toEqual([...m.weights]);
  });

  it('the model file round-trips', () => {
    const m = new ContentEndModel(new Map([[7, 1.5], [3, -2]]), 2, { note: 'test' });
    const back = ContentEndModel.parse(m.serialize());
    expect([...back.weights].sort()).toEqual([...m.weights].sort());
    expect(back.margin).toBe(2);
  });
});

const on = await quotesStage.init(quotesStage.defaults);
const off = await quotesStage.init({ ...quotesStage.defaults, contentEnd: false });

describe('content-end in the stage', () => {
  it.each([
    'The mayor said the ferry would resume service in May, a decision that angered the harbor unions.',
    'The governor argued that the bridge was unsafe, which prompted an inspection by the state.',
    'Ruiz told reporters the port was safe, while inspectors found rust on two cranes.',
    'The company said profits rose 5 percent, compared with a loss a year earlier.',
    'Novak said the plant would close, and the union called a strike. "We tried," he said, "but it failed."',
  ])('offsets hold and contents only move at their end: %s', (text) => {
    expect(loadContentEndModel()).not.toBeNull();
    const doc = { id: 'd', ...layers(text) };
    const ctx = { report() {} };
    const a = off(doc as never, ctx).quotes ?? [];
    const b = on(doc as never, ctx).quotes ?? [];
    expect(b.length).toBe(a.length);
    b.forEach((q, i) => {
      for (const f of q.content.fragments ?? [q.content]) expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
      expect(q.content.start).toBe(a[i]!.content.start);
      expect(q.cue).toEqual(a[i]!.cue);
    });
  });
});

describe('content-end reads the tagger input\'s word hashes', () => {
  // The step takes `tagInput(...).wh` as fnv1a of each token's lower form instead of hashing again (content-end.ts):
  // if the tagger ever hashes words differently, the step's features would change silently. This guards it.
  const tagger = loadTagger()!;
  const lex = compileLexicon();
  it.each([
    ['plain prose', 'The mayor said the levy would pass in May, a decision that angered farmers.'],
    ['mixed case and quotation marks', 'ÉLYSÉE officials insisted: "We are ready," adding that Talks resume MONDAY.'],
    ['digits, clitics and dashes', "Novak's aides — 12 of them — said it's over."],
  ] as const)('%s', (_case, text) => {
    const l = layers(text);
    const v = buildView(text, l.tokens, l.sentences);
    const x = tagInput(v, lex, tagger.cueLex, l.mentions, tagger);
    expect(x.wh.length).toBe(v.tokens.length);
    expect(Array.from(x.wh)).toEqual(v.lower.map((w) => fnv1a(w)));
  });
});
