import { describe, expect, it } from 'vitest';
import { applySpeakerRelink, SPEAKER_RELINK_RULES, type SpeakerRelinkId } from '../../src/quotes/speaker-relink.js';
import { claimAt, rangeText, viewOf } from './helpers.js';

/** Applies the rules to one claim given by its spans; returns its speaker and the rules that fired. */
function run(text: string, speaker: string | null, cue: string, content: string): { speaker: string | null; fired: SpeakerRelinkId[] } {
  const v = viewOf(text);
  const c = claimAt(v, 'tagger', speaker, cue, content);
  const fired: SpeakerRelinkId[] = [];
  applySpeakerRelink(v, [c], fired);
  return { speaker: c.speaker ? rangeText(v, c.speaker) : null, fired };
}

describe('speakers on the wrong side of a non-restrictive relative clause', () => {
  it.each([
    // [rule, sentence, speaker proposed, cue, content, speaker after]
    ['closed-relative-head', 'Novak, who chairs the port board, said the dredging would stall.', 'who', 'said', 'the dredging would stall', 'Novak'],
    ['closed-relative-head', 'The ferry union, which called the strike, later warned that fares would rise.', 'which', 'warned', 'that fares would rise', 'The ferry union'],
    ['closed-relative-head', 'Mayor Okafor, who says the budget is "a fantasy," told reporters the council would resist.', 'who', 'told', 'the council would resist', 'Mayor Okafor'],
    ['relative-subject', 'Ruiz, who in two earlier rulings had made clear that she would object, stayed silent.', 'two', 'had made clear', 'that she would object', 'who'],
    ['relative-subject', 'Petrova, who has in the past described the levy as theft, spoke first.', 'the past', 'described', 'the levy as theft', 'who'],
    ['relative-subject', 'Novak, who through his office declined to comment, was not at the hearing.', 'his office', 'declined', 'to comment', 'who'],
  ] as const)('%s: %s', (id, text, speaker, cue, content, want) => {
    const r = run(text, speaker, cue, content);
    expect(r.speaker).toBe(want);
    expect(r.fired).toEqual([id]);
  });

  it.each([
    // [why nothing changes, sentence, speaker, cue, content]
    ['the cue is the relative clause\'s own verb', 'Novak, who chairs the port board, said the dredging would stall.', 'who', 'chairs', 'the port board'],
    ['no comma before the pronoun: a restrictive clause', 'Growers who lost their crops said the quota was unfair.', 'who', 'said', 'the quota was unfair'],
    ['the clause does not close before the cue', 'Novak, who said the dredging would stall, left early.', 'who', 'said', 'the dredging would stall'],
    ['a subject after the pronoun: an object relative', 'The levy, which the mayor says is unfair, passed.', 'the mayor', 'says', 'is unfair'],
    ['a passive agent is the source', 'The ruling, which was praised by the growers as fair, stands.', 'the growers', 'praised', 'as fair'],
    ['a comma between the speaker and the cue', 'Ruiz, who in March, Novak recalled, was hopeful, left.', 'Novak', 'recalled', 'was hopeful'],
    ['a subject right after the relative pronoun', 'Novak, who Ruiz says lied, resigned.', 'Ruiz', 'says', 'lied'],
    ['no relative clause at all', 'In two earlier rulings the court made clear that it would object.', 'the court', 'made clear', 'that it would object'],
  ] as const)('%s: %s', (_why, text, speaker, cue, content) => {
    const r = run(text, speaker, cue, content);
    expect(r.speaker).toBe(speaker);
    expect(r.fired).toEqual([]);
  });

  it.each(SPEAKER_RELINK_RULES.map((r) => [r.id, ...r.example] as const))('documented example of %s: %s', (id, text, cue, before, after) => {
    const r = run(text, before, cue, text.slice(text.indexOf(cue) + cue.length + 1).replace(/[.,]$/, '').split(',')[0]!.trim());
    expect(r.speaker).toBe(after);
    expect(r.fired).toEqual([id]);
  });
});
