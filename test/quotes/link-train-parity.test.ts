/**
 * Parity of the linker's training with run time (src/quotes/train-linker.ts against createExtractor): the claims
 * the ranker is trained on and the claims (with final speakers) the claim filter is trained on are those run time
 * ranks and filters. Sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/quotes/index.js';
import type { Candidate } from '../../src/quotes/extract.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import { linkClaims } from '../../src/quotes/link.js';
import { FROM_RULE_CLAIM, FROM_RULE_LEFT, Linker, loadLinker } from '../../src/quotes/linker.js';
import { loadCueModel } from '../../src/quotes/cue-model.js';
import { speechVerbTest } from '../../src/quotes/nested.js';
import { loadTagger, tagInput } from '../../src/quotes/tagger.js';
import { linkerTrainingInput } from '../../src/quotes/train-linker.js';
import { buildView } from '../../src/quotes/view.js';
import { claimAt, input, rangeText, tokenRange } from './helpers.js';
import { fnv1a, mix } from '../../src/ner/hash.js';

const tagger = loadTagger()!;
const linker = loadLinker()!;
const scorer = loadCueModel()!.scorer;
const lex = compileLexicon();
const key = (text: string, c: Candidate) => `${c.pattern}|${c.cue ? c.cue.a : -1}|${c.speaker ? `${c.speaker.a}-${c.speaker.b}` : '-'}|${c.content.map((r) => `${r.a}-${r.b}`).join('+')}|${text.length}`;

/** What the run-time extractor hands the ranker (claims) and the claim filter (claims with final speakers). */
function runTime(text: string): { ranked: string[]; filtered: string[] } {
  const ranked: string[] = [], filtered: string[] = [];
  const spy = Object.create(linker) as Linker;
  spy.keepScore = (cx, c, margin, buf) => { filtered.push(key(text, c)); return linker.keepScore(cx, c, margin, buf); };
  const ex = createExtractor({ threshold: 0.5, floating: 'claim', tagger, linker: spy, scorer, onExample: (_cx, c) => { ranked.push(key(text, c)); } });
  ex.extract(input(text));
  return { ranked, filtered };
}

/** The same through train-linker.ts's own preparation (`linkerTrainingInput`) and linkClaims with its hooks. */
function training(text: string): { ranked: string[]; filtered: string[] } {
  const ranked: string[] = [], filtered: string[] = [];
  const { v, x, tags, cands } = linkerTrainingInput(input(text), tagger, scorer, lex, speechVerbTest(lex), linker.merge);
  linkClaims(v, x, tags, cands.slice(), linker, { v, ner: x.ner, wh: x.wh, seen: new Set() }, (_cx, c) => { ranked.push(key(text, c)); }, (_cx, c) => {
    filtered.push(key(text, c));
  });
  return { ranked, filtered };
}

describe('linker training sees the claims run time links and filters', () => {
  it.each([
    // [sentence, claims the filter scores (0: quoted tagger claims, an event-verb cue, no claim at all)]
    ['The finance minister believes the new tax will raise revenue next year.', 1],
    ['Analysts at the bank expect prices to fall before the winter.', 1],
    ['The mayor said the city would "rebuild the old bridge before the first snow" this year.', 0],
    ['Officials believe the plan will "cut the waiting lists for new homes by half" within a decade.', 0],
    ['The head of the regional health authority warned that hospitals were running out of beds.', 1],
    ['The ministers failed to agree on a cap for fishing quotas this year.', 0],
    ['The river rose by two metres overnight.', 0],
  ] as const)('%s', (text, nFiltered) => {
    const run = runTime(text);
    const train = training(text);
    expect(train.ranked).toEqual(run.ranked);
    expect(train.filtered).toEqual(run.filtered);
    expect(run.filtered.length).toBe(nFiltered);
  });

  it.each([
    // [rule speaker the merge gave the claim, speaker the filter sees]: the ranker picks the left NP; a rule span
    // overlapping it replaces it, one apart from it does not.
    ['the central bank', 'the central bank'],
    ['inflation', 'The chief economist of the central bank'],
  ] as const)('the filter hook sees the final speaker (rule speaker %s)', (rule, want) => {
    const text = 'The chief economist of the central bank believes inflation will ease.';
    const l = input(text);
    const v = buildView(text, l.tokens, l.sentences);
    const x = tagInput(v, lex, tagger.cueLex, l.mentions, tagger);
    const claim = { ...claimAt(v, 'tagger', null, 'believes', 'inflation will ease'), ruleSpeaker: tokenRange(v, rule) };
    // A ranker that prefers the rule finder's NP left of the cue (origin bits left, or left + rule claim).
    const T_FROM = fnv1a('from');
    const ranker = new Linker(new Map([[mix(T_FROM, FROM_RULE_LEFT), 5], [mix(T_FROM, FROM_RULE_LEFT | FROM_RULE_CLAIM), 5]]), null);
    const picks: string[] = [], seen: string[] = [];
    linkClaims(v, x, new Uint8Array(v.tokens.length), [claim], ranker, { v, ner: x.ner, wh: x.wh, seen: new Set() },
      (_cx, _c, sc, chosen) => { picks.push(sc[chosen]!.r ? rangeText(v, sc[chosen]!.r!) : ''); },
      (_cx, c) => { seen.push(c.speaker ? rangeText(v, c.speaker) : ''); });
    expect(picks).toEqual(['The chief economist of the central bank']);
    expect(seen).toEqual([want]);
  });
});
