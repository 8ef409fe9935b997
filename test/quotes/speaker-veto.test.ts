import { describe, expect, it } from 'vitest';
import { SPEAKER_VETO_RULES, speakerVeto } from '../../src/quotes/speaker-veto.js';
import { extractText, tokenRange, viewOf } from './helpers.js';

/** The veto (or null) on candidate `cand` as the speaker of `cue` in `text`. */
function veto(text: string, cue: string, cand: string) {
  const v = viewOf(text);
  return speakerVeto(v, tokenRange(v, cand), tokenRange(v, cue));
}

describe('source candidates that cannot be the subject of the cue', () => {
  it.each([
    // [sentence, cue, candidate]
    ['Novak cut into the budget, calling it a disgrace.', 'calling', 'the budget'],
    ['The campaign sent a text to supporters late on Monday, saying the race was won.', 'saying', 'supporters'],
    ['Ruiz, who in two rulings last year had made clear that she would object, stayed silent.', 'had made clear', 'two rulings'],
    ['The union fought over the new contract for weeks, arguing that it cut pay.', 'arguing', 'the new contract'],
  ] as const)('%s (%s ← %s)', (text, cue, cand) => {
    expect(veto(text, cue, cand)).toBe('object-of-preposition');
  });

  it.each([
    // [why allowed, sentence, cue, candidate]
    ['a passive agent is a source', 'The plan was praised by the growers as fair.', 'praised', 'the growers'],
    ['a possessive right before a nominal cue', 'Novak broke from his policy of silence.', 'policy of', 'his'],
    ['a source after the cue (inversion)', 'The talks failed, said Novak.', 'said', 'Novak'],
    ['a clause opened by `with`', 'The vote was close, with Ruiz saying it was rigged.', 'saying', 'Ruiz'],
    ['a subject after a lead-in comma', 'In Tulsa, the mayor said the bridge is safe.', 'said', 'the mayor'],
    ['`at least` opens a quantity, not a place', 'At the hearing, at least a dozen growers said prices were too low.', 'said', 'least a dozen growers'],
    ['a capitalized preposition opens a headline', 'In Tulsa Farmers Say Prices Are Too Low', 'Say', 'Tulsa Farmers'],
  ] as const)('%s: %s', (_why, text, cue, cand) => {
    expect(veto(text, cue, cand)).toBeNull();
  });

  it.each(SPEAKER_VETO_RULES.map((r) => [r.id, ...r.example] as const))('documented example of %s: %s', (id, text, cue, cand) => {
    expect(veto(text, cue, cand)).toBe(id);
  });

  it('the linker chooses again without the vetoed candidate', () => {
    // Ranked first, `his` (the object of `over`) would speak for `calling`; without it the linker keeps no speaker.
    const text = 'Ruiz went after Novak on Wednesday over his refusal to release the audit, calling it "disqualifying."';
    const q = extractText(text).quotes.find((x) => x.cue?.text === 'calling');
    expect(q).toBeDefined();
    expect(q!.speaker?.text ?? null).not.toBe('his');
  });
});
