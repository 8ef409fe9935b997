import { describe, expect, it } from 'vitest';
import { applyNoSource, NO_SOURCE_RULES, type NoSourceId } from '../../src/quotes/no-source.js';
import { rangeText, viewOf, claimAt } from './helpers.js';

/** Applies the rules to one claim given by its spans; returns its speaker, content pieces (joined by ` | `) and the rules that fired. */
function run(text: string, speaker: string, cue: string, content: string): { speaker: string | null; content: string; fired: NoSourceId[] } {
  const v = viewOf(text);
  const c = claimAt(v, 'tagger', speaker, cue, content);
  const fired: NoSourceId[] = [];
  applyNoSource(v, [c], fired);
  return { speaker: c.speaker ? rangeText(v, c.speaker) : null, content: c.content.map((r) => rangeText(v, r)).join(' | '), fired };
}

describe('claims with no source', () => {
  it.each([
    // [rule, sentence, speaker, cue, content, content after]
    ['passive-no-agent', 'Novak is expected to resign next week.', 'Novak', 'is expected', 'to resign next week', 'Novak | to resign next week'],
    ['passive-no-agent', 'The mayor was asked about the bridge.', 'The mayor', 'was asked about', 'the bridge', 'The mayor | the bridge'],
    ['passive-no-agent', 'The ferry company has long been accused of hiding its losses.', 'The ferry company', 'has long been accused of', 'hiding its losses', 'The ferry company | hiding its losses'],
    ['passive-no-agent', 'The union is widely regarded as the strongest in the port.', 'The union', 'is widely regarded as', 'the strongest in the port', 'The union | the strongest in the port'],
    ['passive-no-agent', 'Ruiz is scheduled to testify on Monday.', 'Ruiz', 'is scheduled', 'to testify on Monday', 'Ruiz | to testify on Monday'],
    ['raising-verb', 'The talks seemed close to collapse.', 'The talks', 'seemed', 'close to collapse', 'The talks | close to collapse'],
    ['raising-verb', 'The growers now appear ready to sell.', 'The growers', 'now appear', 'ready to sell', 'The growers | ready to sell'],
    ['raising-verb', 'Voters appear to be tired of the feud.', 'Voters', 'appear', 'to be tired of the feud', 'Voters | to be tired of the feud'],
    ['raising-verb', 'It may seem odd that the ferry still runs.', 'It', 'may seem', 'odd that the ferry still runs', 'odd that the ferry still runs'],
  ] as const)('%s: %s', (id, text, speaker, cue, content, want) => {
    const r = run(text, speaker, cue, content);
    expect(r.speaker).toBeNull();
    expect(r.content).toBe(want);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [why the speaker stays, sentence, speaker, cue, content]
    ['an active reporting verb', 'Novak expected the talks to fail.', 'Novak', 'expected', 'the talks to fail'],
    ['a psych verb: the subject is the one who feels', 'The growers are concerned about the new quota.', 'The growers', 'are concerned about', 'the new quota'],
    ['"has said" written as \'s', "Novak's said the plant will close.", 'Novak', "'s said", 'the plant will close'],
    ['a passive with its agent as the speaker', 'The plan was criticized by the union.', 'the union', 'was criticized', 'The plan'],
    ['a verb of saying after "seem to"', 'Novak seemed to confirm the report.', 'Novak', 'seemed', 'to confirm the report'],
    ['a verb of thinking after "seems to"', 'She seems to feel that the plan is fair.', 'She', 'seems to feel', 'that the plan is fair'],
    ['"appear" before "that"', 'It appears that the ferry will stop.', 'It', 'appears', 'that the ferry will stop'],
    ['a comma between subject and cue', 'Novak, it is expected, will resign.', 'Novak', 'is expected', 'will resign'],
    ['a participle outside the list', 'The board was divided over the plan.', 'The board', 'was divided over', 'the plan'],
  ] as const)('keeps the speaker: %s', (_why, text, speaker, cue, content) => {
    const r = run(text, speaker, cue, content);
    expect(r.speaker).toBe(speaker);
    expect(r.content).toBe(content);
    expect(r.fired).toEqual([]);
  });

  it.each([
    // [sentence, cue, content, content after]: a claim with no speaker takes its subject into the content.
    ['Novak is expected to resign next week.', 'is expected', 'to resign next week', 'Novak | to resign next week'],
    ['The mayor was asked about the bridge.', 'was asked about', 'the bridge', 'The mayor | the bridge'],
    ['The mayor was asked about the bridge.', 'was asked about', 'The mayor was asked about the bridge', 'The mayor was asked about the bridge'],
    ['The mayor discussed the bridge.', 'discussed', 'the bridge', 'the bridge'],
  ] as const)('no speaker: %s (%s)', (text, cue, content, want) => {
    const v = viewOf(text);
    const c = claimAt(v, 'tagger', null, cue, content);
    applyNoSource(v, [c]);
    expect(c.speaker).toBeNull();
    expect(c.content.map((r) => rangeText(v, r)).join(' | ')).toBe(want);
  });

  it.each(NO_SOURCE_RULES.map((r) => [r.id, ...r.example] as const))('documented example of %s: %s', (id, text, speaker, cue, content, after) => {
    const r = run(text, speaker, cue, content);
    expect(r.speaker).toBeNull();
    expect(r.content).toBe(after);
    expect(r.fired).toEqual([id]);
  });
});
