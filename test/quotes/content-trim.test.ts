import { describe, expect, it } from 'vitest';
import { trimContents, type ContentTrimId } from '../../src/quotes/content-trim.js';
import { claimAt, rangeText, viewOf } from './helpers.js';

/** Trims a claim given by its spans in `text` (content pieces joined by ` | `); returns the pieces joined the same way and the rules that fired. */
function trim(text: string, speaker: string, cue: string, content: string): { content: string; fired: ContentTrimId[] } {
  const v = viewOf(text);
  const c = claimAt(v, 'tagger', speaker, cue, content);
  const fired: ContentTrimId[] = [];
  trimContents(v, [c], fired);
  return { content: c.content.map((r) => rangeText(v, r)).join(' | '), fired };
}

describe('content trim', () => {
  it.each([
    // [rule, sentence, speaker, cue, content given, content trimmed]
    ['piece-inside-speaker', 'Her death was confirmed by the Port Authority, the agency she ran for a decade.', 'the Port Authority, the agency she ran for a decade', 'was confirmed',
      'Her death | the agency she ran for a decade', 'Her death'],
    ['piece-inside-speaker', 'The new timetable, said dockers who lost their shifts, is a disgrace.', 'dockers who lost their shifts', 'said',
      'The new timetable | who lost their shifts | is a disgrace', 'The new timetable | is a disgrace'],
    ['according-to-tail', 'Ferry fares in the northern harbor rose by a third last year, according to the council, the steepest rise in a decade.', 'the council', 'according to',
      'Ferry fares in the northern harbor rose by a third last year | the steepest rise in a decade', 'Ferry fares in the northern harbor rose by a third last year'],
    ['according-to-tail', 'The harbor has lost more than two hundred jobs since the spring, according to the union, which represents the crane drivers.', 'the union', 'according to',
      'The harbor has lost more than two hundred jobs since the spring | which represents the crane drivers', 'The harbor has lost more than two hundred jobs since the spring'],
    ['according-to-tail', 'Most of the night ferries ran half empty through the winter, according to port records - a loss of a million a month.', 'port records', 'according to',
      'Most of the night ferries ran half empty through the winter | - a loss of a million a month', 'Most of the night ferries ran half empty through the winter'],
    ['according-to-tail', 'The mill sold fewer than two hundred tons of steel in May, according to Ruiz, taking its losses to a new high.', 'Ruiz', 'according to',
      'The mill sold fewer than two hundred tons of steel in May | taking its losses to a new high', 'The mill sold fewer than two hundred tons of steel in May'],
    ['infinitive-before-main-verb', 'Her plan to widen the canal would cost a billion.', 'Her', 'plan', 'to widen the canal would cost a billion', 'to widen the canal'],
    ['infinitive-before-main-verb', 'Any push to close the night ferries is a gift to the bus company.', 'Any', 'push', 'to close the night ferries is a gift to the bus company', 'to close the night ferries'],
    ['infinitive-before-main-verb', 'Dockers who wanted to join the strike could lose their shifts.', 'Dockers', 'wanted', 'to join the strike could lose their shifts', 'to join the strike'],
  ] as const)('%s: %s', (id, text, speaker, cue, content, want) => {
    const r = trim(text, speaker, cue, content);
    expect(r.content).toBe(want);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [why it stays, sentence, speaker, cue, content]
    ['the only piece is inside the speaker', 'Novak, the mayor, said nothing.', 'Novak, the mayor', 'said', 'the mayor'],
    ['a piece overlapping the speaker but running past it', 'Novak and the board expected to close the mill.', 'Novak and the board', 'expected', 'Novak and the board expected | to close the mill'],
    ['no piece inside the speaker', 'The mill, Novak said, will close.', 'Novak', 'said', 'The mill | will close'],
    ['a fronted phrase before the attribution (short first piece)', 'Over the long term, according to the council, the fares will rise again.', 'the council', 'according to',
      'Over the long term | the fares will rise again'],
    ['a second clause opened by a coordinator', 'Only one ferry ran late in the whole of last year, according to the council, and none was cancelled.', 'the council', 'according to',
      'Only one ferry ran late in the whole of last year | and none was cancelled'],
    ['a second clause opened by a subordinator', 'The mill is now the largest employer in the district, according to Ruiz, although its workforce is shrinking.', 'Ruiz', 'according to',
      'The mill is now the largest employer in the district | although its workforce is shrinking'],
    ['a first piece ending in a subordinator', 'The night ferries will stop running next month at the latest because, according to Ruiz, the fuel costs have doubled.', 'Ruiz', 'according to',
      'The night ferries will stop running next month at the latest because | the fuel costs have doubled'],
    ['a capitalized second piece (a new clause)', 'The harbor has lost more than two hundred jobs since the spring, according to the union, Novak has done nothing.', 'the union', 'according to',
      'The harbor has lost more than two hundred jobs since the spring | Novak has done nothing'],
    ['a first piece in quotation marks', '"We will keep the night ferries running all winter long," according to Ruiz, who runs the port.', 'Ruiz', 'according to',
      '"We will keep the night ferries running all winter long," | who runs the port'],
    ['another cue than according to', 'Ferry fares in the northern harbor rose by a third last year, said the council, the steepest rise in a decade.', 'the council', 'said',
      'Ferry fares in the northern harbor rose by a third last year | the steepest rise in a decade'],
    ['a clause of the infinitive\'s own', 'Novak wants to say that the mill will close.', 'Novak', 'wants', 'to say that the mill will close'],
    ['a pronoun before the auxiliary', 'Ruiz plans to help them have a say.', 'Ruiz', 'plans', 'to help them have a say'],
    ['a pronoun after the auxiliary', 'Ruiz vowed to take action should she win the vote.', 'Ruiz', 'vowed', 'to take action should she win the vote'],
    ['a preposition after the auxiliary (reduced relative)', 'Novak vowed to end the immunity shipowners have from lawsuits.', 'Novak', 'vowed', 'to end the immunity shipowners have from lawsuits'],
    ['a preposition `to` (no infinitive)', 'The offer to many in the union was a surprise.', 'The', 'offer', 'to many in the union was a surprise'],
    ['an -ed form before the auxiliary (a verb of its own)', 'Ruiz hoped to buy back the cranes leased last year would cut costs.', 'Ruiz', 'hoped', 'to buy back the cranes leased last year would cut costs'],
  ] as const)('stays (%s): %s', (_why, text, speaker, cue, content) => {
    const r = trim(text, speaker, cue, content);
    expect(r.content).toBe(content);
    expect(r.fired).toEqual([]);
  });
});
