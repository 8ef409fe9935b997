import { describe, expect, it } from 'vitest';
import { dropFalseClaims, FALSE_CLAIM_RULES, falseClaimRule, FUNCTION_WORDS } from '../../src/quotes/false-claims.js';
import { compileLexicon } from '../../src/quotes/lexicon.js';
import type { PatternId } from '../../src/quotes/patterns.js';
import { claimAt, viewOf } from './helpers.js';

const lex = compileLexicon();

/** A claim given as `[pattern, speaker, cue, content]` (content pieces joined by ` | `). */
type Row = readonly [PatternId, string | null, string, string];

/** The id of the rule that drops claim 0 of `claims` in `text`, or null. */
function ruleOf(text: string, claims: readonly Row[]): string | null {
  const v = viewOf(text);
  const cands = claims.map(([p, s, c, x]) => claimAt(v, p, s, c, x));
  return falseClaimRule(v, cands, 0, lex)?.id ?? null;
}

describe('false claims', () => {
  it('every rule has an id of its own and an example', () => {
    expect(new Set(FALSE_CLAIM_RULES.map((r) => r.id)).size).toBe(FALSE_CLAIM_RULES.length);
    for (const r of FALSE_CLAIM_RULES) expect(r.example.length).toBeGreaterThan(0);
    for (const r of FALSE_CLAIM_RULES) expect(r.patterns.size).toBeGreaterThan(0);
  });

  it.each([
    // [case, text, claims (the first is judged), expected rule id or null]
    ['a preposition as the whole cue', 'The campaign used the old ad against the senator.',
      [['tagger', 'The campaign', 'against', 'the senator']], 'false-claim:function-word-cue'],
    ['a form of have as the whole cue', 'Tenants have every right to see the lease.',
      [['tagger', 'Tenants', 'have', 'every right to see the lease']], 'false-claim:function-word-cue'],
    ['a byline preposition after a quoted headline', '"Ferry fares to rise in spring," by the Ledger\'s Ann Roe.',
      [['tagger', "the Ledger's Ann Roe", 'by', 'Ferry fares to rise in spring']], 'false-claim:function-word-cue'],
    ['a verb inside the content of a reporting verb', 'The mayor said the council approved the levy on Monday.',
      [['tagger', 'the council', 'approved', 'the levy on Monday'], ['speaker-cue-content', 'The mayor', 'said', 'the council approved the levy on Monday']],
      'false-claim:cue-in-reported-content'],
    ['… of a tagger claim on a lexicon cue', 'Analysts warned that the port had lost its biggest client.',
      [['tagger', 'the port', 'had lost', 'its biggest client'], ['tagger', 'Analysts', 'warned', 'that the port had lost its biggest client']],
      'false-claim:cue-in-reported-content'],
    ['a one-word content after a cue of no lexicon word', 'She named Okafor as her deputy.',
      [['tagger', 'She', 'named', 'Okafor']], 'false-claim:one-word-content-unlisted-cue'],
    ['… a gerund as the content', 'The coach hates losing.',
      [['tagger', 'The coach', 'hates', 'losing']], 'false-claim:one-word-content-unlisted-cue'],
    ['… a number as the content', 'Turnout in the ward reached 41 by noon.',
      [['tagger', 'Turnout in the ward', 'reached', '41']], 'false-claim:one-word-content-unlisted-cue'],
    // Negative rows: the claim stays.
    ['a one-word content after a lexicon cue', 'The union criticized Okafor on Friday.',
      [['tagger', 'The union', 'criticized', 'Okafor']], null],
    ['a two-word content after a cue of no lexicon word', 'She named Ann Okafor as her deputy.',
      [['tagger', 'She', 'named', 'Ann Okafor']], null],
    ['a one-word content of a rule claim', 'She named Okafor as her deputy.',
      [['speaker-cue-content', 'She', 'named', 'Okafor']], null],
    ['a reporting verb as the cue', 'The campaign urged voters to reject the levy.',
      [['tagger', 'The campaign', 'urged', 'voters to reject the levy']], null],
    ['a modal is no function word here', 'Critics would rather see the levy fail.',
      [['tagger', 'Critics', 'would', 'rather see the levy fail']], null],
    ['`in` opens poll claims', 'In the survey most voters backed the levy.',
      [['tagger', null, 'In', 'most voters backed the levy']], null],
    ['a rule claim is never dropped', 'The campaign used the old ad against the senator.',
      [['speaker-cue-content', 'The campaign', 'against', 'the senator']], null],
    ['the outer cue holds no lexicon word', 'Voters grew restless as the council approved the levy.',
      [['tagger', 'the council', 'approved', 'the levy'], ['tagger', 'Voters', 'grew restless', 'as the council approved the levy']], null],
    ['the cue lies outside the other content', 'The mayor said the vote was close. The council approved the levy.',
      [['tagger', 'The council', 'approved', 'the levy'], ['speaker-cue-content', 'The mayor', 'said', 'the vote was close']], null],
    ['a rule claim inside a reported content stays', 'The mayor said the council warned that fares would rise.',
      [['speaker-cue-content', 'the council', 'warned', 'that fares would rise'], ['tagger', 'The mayor', 'said', 'the council warned that fares would rise']], null],
    // Quoted terms.
    ['a quoted term before an -ing cue', 'The board backed the "green corridor," arguing it would cut traffic.',
      [['quote-cue-speaker', 'it', 'arguing', 'The board backed the "green corridor,"']], 'false-claim:quoted-term-not-quotation'],
    ['… before a cue with no speaker after it', 'Critics called the levy "a stealth tax," warned the report.',
      [['quote-cue-speaker', null, 'warned', 'Critics called the levy "a stealth tax,"']], 'false-claim:quoted-term-not-quotation'],
    ['… before a cue another claim has too', 'Okafor called the plan "a mirage," told the panel it would fail.',
      [['quote-cue-speaker', 'the panel', 'told', 'Okafor called the plan "a mirage,"'], ['tagger', 'Okafor', 'told', 'it would fail']],
      'false-claim:quoted-term-not-quotation'],
    // Negative rows: the claim stays.
    ['a quotation that opens the content', '"The corridor will cut traffic," said the board.',
      [['quote-cue-speaker', 'the board', 'said', '"The corridor will cut traffic,"']], null],
    ['a quoted term before `said X` with no other claim on the cue', 'The board backed the "green corridor," said Okafor.',
      [['quote-cue-speaker', 'Okafor', 'said', 'The board backed the "green corridor,"']], null],
    ['a tagger claim of the quoted-term shape', 'The board backed the "green corridor," arguing it would cut traffic.',
      [['tagger', 'it', 'arguing', 'The board backed the "green corridor,"']], null],
    ["a relative clause in an editor's note: the publisher reports the person's claim", "Editor's note: Ann Roe is a landlord who has long vowed to fight the rent cap.",
      [['tagger', 'who', 'has long vowed', 'to fight the rent cap']], null],
    ["a quote-cue-speaker claim in an editor's note", "Editor's note: \"We will appeal,\" said Roe, who owns the block.",
      [['quote-cue-speaker', 'Roe', 'said', '"We will appeal,"']], null],
  ] as const)('%s', (_case, text, claims, expected) => {
    expect(ruleOf(text, claims as readonly Row[])).toBe(expected);
  });

  it.each([
    ['against', true], ['had', true], ['(', true], ['per', false], ['in', false], ['would', false], ['said', false],
  ] as const)('function word %s: %s', (w, expected) => {
    expect(FUNCTION_WORDS.has(w)).toBe(expected);
  });

  it('drops the false claims and keeps the others in order', () => {
    const text = 'The mayor said the council approved the levy on Monday.';
    const v = viewOf(text);
    const outer = claimAt(v, 'speaker-cue-content', 'The mayor', 'said', 'the council approved the levy on Monday');
    const inner = claimAt(v, 'tagger', 'the council', 'approved', 'the levy on Monday');
    expect(dropFalseClaims(v, [outer, inner], lex)).toEqual([outer]);
    expect(dropFalseClaims(v, [outer, inner], lex, [])).toEqual([outer, inner]);
  });
});
