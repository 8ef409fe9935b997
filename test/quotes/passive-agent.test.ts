import { describe, expect, it } from 'vitest';
import { applyPassiveAgent } from '../../src/quotes/passive-agent.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import { claimAt, rangeText, viewOf } from './helpers.js';

/** Applies the rule to one claim given by its spans; returns its speaker and content (pieces joined by ` | `). */
function apply(text: string, speaker: string | null, cue: string, content: string, pattern: PatternId = 'tagger') {
  const v = viewOf(text);
  const c = claimAt(v, pattern, speaker, cue, content);
  const fired: 'passive-agent-source'[] = [];
  applyPassiveAgent(v, [c], fired);
  return { speaker: c.speaker ? rangeText(v, c.speaker) : null, content: c.content.map((r) => rangeText(v, r)).join(' | '), fired };
}

describe('passive-agent-source', () => {
  it.each([
    // [sentence, speaker, cue, content as found; speaker and content after]
    ['Novak was endorsed by the dockers union on Monday.', 'Novak', 'was endorsed by', 'the dockers union on Monday', 'the dockers union', 'Novak'],
    ['The ferry plan has been endorsed by most harbor pilots.', 'The ferry plan', 'has been endorsed', 'by most harbor pilots', 'most harbor pilots', 'The ferry plan'],
    ['Ruiz was sharply criticized by the harbor board.', 'Ruiz', 'was sharply criticized by', 'the harbor board', 'the harbor board', 'Ruiz'],
    ['The mayor is well liked by the crews.', 'The mayor', 'is well liked by', 'the crews', 'the crews', 'The mayor'],
    ['Novak was hit by critics for the fee plan.', 'Novak', 'was hit by', 'critics for the fee plan', 'critics', 'Novak'],
    // The agent already read as the speaker, or no speaker: the subject is the noun phrase left of the cue.
    ['The pier plan, a view echoed by most pilots, failed.', 'most pilots', 'echoed', 'by most pilots', 'most pilots', 'a view'],
    ['His views were echoed by the harbor board.', null, 'were echoed by', 'the harbor board', 'the harbor board', 'His views'],
    // Support received: those who give it are the source.
    ['Novak drew support from most dockers in May.', 'Novak', 'drew support from', 'most dockers in May', 'most dockers', 'Novak'],
    ['Ruiz has strong support among harbor pilots.', 'Ruiz', 'has strong support', 'among harbor pilots', 'harbor pilots', 'Ruiz'],
    ['Ruiz enjoyed broad support from the unions.', 'Ruiz', 'enjoyed', 'broad support from the unions', 'the unions', 'Ruiz'],
    ['The mayor has consolidated support from the council.', 'The mayor', 'has consolidated support from', 'the council', 'the council', 'The mayor'],
  ] as const)('%s', (text, speaker, cue, content, wantSpeaker, wantContent) => {
    const r = apply(text, speaker, cue, content);
    expect([r.speaker, r.content]).toEqual([wantSpeaker, wantContent]);
    expect(r.fired).toEqual(['passive-agent-source']);
  });

  it.each([
    // [why it stays, sentence, speaker, cue, content, pattern?]
    ['a psych verb: the subject feels', 'The dockers were angered by the deal.', 'The dockers', 'were angered by', 'the deal'],
    ['a psych verb after an auxiliary', 'Harbor pilots have been startled by the new rules.', 'Harbor pilots', 'have been startled by', 'the new rules'],
    ['a name, not an attitude', 'The group is also known by its old name.', 'The group', 'is also known by', 'its old name'],
    ['no `by` agent', 'Novak was criticized for the fee plan.', 'Novak', 'was criticized for', 'the fee plan'],
    ['an active verb', 'Novak endorsed the plan by Ruiz.', 'Novak', 'endorsed', 'the plan by Ruiz'],
    ['words between the subject and the cue', 'Novak, in May, was endorsed by the union.', 'Novak', 'was endorsed by', 'the union'],
    ['a quotation-mark pattern', 'Novak was endorsed by "the whole port."', 'Novak', 'was endorsed by', '"the whole port."', 'speaker-cue-quote'],
    ['the content holds the subject already', 'Novak was endorsed by the union.', null, 'was endorsed by', 'Novak | the union'],
    ['a question after a passive `asked`', 'Novak was asked by a pilot why the pier closed.', 'Novak', 'was asked by', 'a pilot why the pier closed'],
    ['a relative pronoun as subject', 'The union, which was criticized by the board, met.', 'the board', 'was criticized', 'by the board'],
    ['an adverb read as the subject', 'The move was hotly criticized by the pilots.', 'the pilots', 'criticized', 'by the pilots'],
    ['a floating quantifier read as the subject', 'The piers were both attacked by the storm.', 'the storm', 'attacked', 'by the storm'],
    ['support given, not received', 'Ruiz has come out in support of the ferry plan.', 'Ruiz', 'has come out in support of', 'the ferry plan'],
    ['the verb `support`', 'Most pilots support the new rota.', 'Most pilots', 'support', 'the new rota'],
    ['support for a thing', 'Ruiz voiced support for the ferry plan.', 'Ruiz', 'voiced support for', 'the ferry plan'],
  ] as const)('keeps the claim: %s', (_why, text, speaker: string | null, cue, content, pattern?: PatternId) => {
    const r = apply(text, speaker, cue, content, pattern);
    expect([r.speaker, r.content]).toEqual([speaker, content]);
    expect(r.fired).toEqual([]);
  });
});
