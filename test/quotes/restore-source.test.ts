import { describe, expect, it } from 'vitest';
import { applyRestoreSource, RESTORE_SOURCE_RULES, type RestoreSourceId } from '../../src/quotes/restore-source.js';
import { claimAt, rangeText, viewOf } from './helpers.js';

/** Applies the rules to one claim given by its spans; returns its speaker and the rules that fired. */
function run(text: string, speaker: string | null, cue: string, content: string): { speaker: string | null; fired: RestoreSourceId[] } {
  const v = viewOf(text);
  const c = claimAt(v, 'tagger', speaker, cue, content);
  const fired: RestoreSourceId[] = [];
  applyRestoreSource(v, [c], fired);
  return { speaker: c.speaker ? rangeText(v, c.speaker) : null, fired };
}

describe('claims whose cue names a source after all', () => {
  it.each([
    // [rule, sentence, cue, content, speaker after]
    ['progressive-subject', 'The harbour board is seeking a new tender.', 'is seeking', 'a new tender', 'The harbour board'],
    ['progressive-subject', 'The ferry union was now hoping to win a raise.', 'was now hoping', 'to win a raise', 'The ferry union'],
    ['progressive-subject', 'Several growers are now questioning whether the quota is fair.', 'are now questioning', 'whether the quota is fair', 'Several growers'],
    ['progressive-subject', 'Mayor Okafor is calling for a recount.', 'calling for', 'a recount', 'Mayor Okafor'],
    ['progressive-subject', 'The council is also asking for the cost of repairs.', 'asking for', 'the cost of repairs', 'The council'],
    ['psych-adjective-subject', 'The growers were confident the quota would rise.', 'were confident', 'the quota would rise', 'The growers'],
    ['psych-adjective-subject', 'Ruiz was not hopeful about the ferry deal.', 'was not hopeful about', 'the ferry deal', 'Ruiz'],
    ['psych-adjective-subject', 'The port authority is worried that the dredging will stall.', 'worried', 'that the dredging will stall', 'The port authority'],
    ['psych-adjective-subject', 'Most tenants were certain that rents would climb.', 'were certain', 'that rents would climb', 'Most tenants'],
  ] as const)('%s: %s', (id, text, cue, content, want) => {
    const r = run(text, null, cue, content);
    expect(r.speaker).toBe(want);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [why nothing changes, sentence, speaker, cue, content]
    ['a passive progressive names no source', 'The mayor is being asked about the bridge.', null, 'is being asked about', 'the bridge'],
    ['a passive names no source', 'Novak is expected to resign next week.', null, 'is expected', 'to resign next week'],
    ['an expletive subject', 'There is nothing new in the report.', null, 'is nothing', 'new in the report'],
    ['a noun in -ing, not a participle', 'The vote is something the board fears.', null, 'is something', 'the board fears'],
    ['a participle with no form of be before it', 'Grabbing the microphone, the mayor denied the report.', null, 'Grabbing', 'the microphone'],
    ['a claim that has a speaker keeps it', 'The harbour board is seeking a new tender, Ruiz said.', 'Ruiz', 'is seeking', 'a new tender'],
    ['the subject is inside the content', 'Ruiz said the harbour board is seeking a new tender.', null, 'is seeking', 'the harbour board is seeking a new tender'],
    ['a simple present, not a progressive', 'The harbour board wants a new tender.', null, 'wants', 'a new tender'],
    ['a raising adjective before "to"', 'The ferry deal is certain to collapse next week.', null, 'is certain', 'to collapse next week'],
    ['an adjective outside the list', 'The ferry deal was popular with the growers.', null, 'was popular with', 'the growers'],
    ['a passive that looks like an adjective of feeling', 'Forty workers were fired for the delay.', null, 'were fired for', 'the delay'],
  ] as const)('leaves the claim: %s', (_why, text, speaker, cue, content) => {
    const r = run(text, speaker, cue, content);
    expect(r.speaker).toBe(speaker);
    expect(r.fired).toEqual([]);
  });

  it.each(RESTORE_SOURCE_RULES.map((r) => [r.id, ...r.example] as const))('documented example of %s: %s', (id, text, cue, content, speaker) => {
    const r = run(text, null, cue, content);
    expect(r.speaker).toBe(speaker);
    expect(r.fired).toEqual([id]);
  });
});
