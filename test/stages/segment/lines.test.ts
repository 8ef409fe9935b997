/** Sentence boundaries at single line breaks: one unit per line splits, hard-wrapped prose stays whole. */
import { describe, expect, it } from 'vitest';
import { segment, sentenceTexts } from './helpers.js';

describe('sentences: single line breaks', () => {
  it.each([
    ['headline, dateline and first sentence', 'HOCKEY - OILERS EDGE FLAMES IN OVERTIME .\nEDMONTON 1998-02-14\nThe Oilers beat the Flames 3-2 on Saturday .',
      ['HOCKEY - OILERS EDGE FLAMES IN OVERTIME .', 'EDMONTON 1998-02-14', 'The Oilers beat the Flames 3-2 on Saturday .']],
    ['headline without a stop', 'Harbour Bridge Closed For Repairs\nThe bridge will reopen on Monday.', ['Harbour Bridge Closed For Repairs', 'The bridge will reopen on Monday.']],
    ['rows of a results table', 'Division one\nRovers 2 United 1\nCity 0 Town 3', ['Division one', 'Rovers 2 United 1', 'City 0 Town 3']],
    ['a table of names and figures', 'Tiger Harlan ( United States ) 68 70 71 209\nErnesto Delgado ( Argentina ) 70 70 70 210\nPaul O\'Rourke ( Ireland ) 71 72 68 211',
      ['Tiger Harlan ( United States ) 68 70 71 209', 'Ernesto Delgado ( Argentina ) 70 70 70 210', "Paul O'Rourke ( Ireland ) 71 72 68 211"]],
    ['a line ending in a colon starts a list', 'Scorers :\nKovacs 12 , Mendes 40', ['Scorers :', 'Kovacs 12 , Mendes 40']],
    ['one paragraph per line', 'The council met on Tuesday and approved the new budget after a long debate about school funding and roads.\nMayor Ellen Park said the vote was a relief.',
      ['The council met on Tuesday and approved the new budget after a long debate about school funding and roads.', 'Mayor Ellen Park said the vote was a relief.']],
    ['an initial at a line end still splits at the break', 'Report by K.\nSecond line here', ['Report by K.', 'Second line here']],
    ['an abbreviation at a line end splits in one-per-line copy', 'Stocks rose in the U.S.\nBonds fell in Japan', ['Stocks rose in the U.S.', 'Bonds fell in Japan']],
    ['a quotation does not hold a break open', '"We are ready .\nWe will win , " the coach said .', ['"We are ready .', 'We will win , " the coach said .']],
    ['CRLF and U+2028 are breaks too', 'BUDGET PASSES\r\nThe vote was close.\u2028Critics objected.', ['BUDGET PASSES', 'The vote was close.', 'Critics objected.']],
  ])('splits: %s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  it.each([
    ['short lines continuing in lower case', 'The minister said\nthat talks\nwould go on.'],
    ['72-column e-mail prose', 'The committee agreed on Thursday that the new rules on water use would\napply from March, and that Northern Ireland and Wales would follow by\nSeptember after a consultation with farmers and local councils.'],
    ['wrapped prose breaking before names', 'Officials from the transport ministry met representatives of the\nregional operators Greenfield Rail and Northern Freight on\nMonday to discuss the timetable for Winter services and the cost\nof new Rolling Stock.'],
    ['wrapped prose breaking before a capital, one more', 'Officials from the transport ministry met representatives of the\nregional operators Greenfield Rail and Northern Freight on Monday to\ndiscuss the timetable for Winter services and the cost of new\nRolling Stock.'],
    ['a line ending in a comma', 'Lisbon, Porto,\nBraga and Faro reported rain.'],
    ['a line ending in an opening bracket', 'The agency (\nAFP ) said so.'],
    ['a line starting with a comma', 'The mayor said\n, without notes , that it was over.'],
    ['telex copy in capitals, hard-wrapped', 'THE MINISTER SAID ON FRIDAY THAT TALKS WITH THE DELEGATION\nWOULD RESUME NEXT WEEK IN BRUSSELS AFTER A PAUSE OF SEVERAL\nMONTHS.'],
  ])('joins: %s', (_name, text) => {
    expect(sentenceTexts(text)).toEqual([text]);
  });

  it.each([
    ['a title line above wrapped prose', 'Rail Strike Ends\nThe union and the operator reached an agreement late on Sunday after\nnine hours of talks, and trains will run normally from Tuesday morning\nacross the whole network.',
      ['Rail Strike Ends', 'The union and the operator reached an agreement late on Sunday after\nnine hours of talks, and trains will run normally from Tuesday morning\nacross the whole network.']],
    ['a line that ends early in wrapped prose', 'The union and the operator reached an agreement late on Sunday after\nnine hours of talks and trains will run normally from Tuesday morning.\nRegards\nThe press office of the union',
      ['The union and the operator reached an agreement late on Sunday after\nnine hours of talks and trains will run normally from Tuesday morning.', 'Regards', 'The press office of the union']],
  ])('wrapped prose with a deliberate break: %s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  it('never splits between tokens of one line, and never emits empty sentences', () => {
    const { doc } = segment('A\nB\n\nC\n D \n');
    expect(doc.sentences!.map((s) => s.text)).toEqual(['A', 'B', 'C', 'D']);
  });
});
