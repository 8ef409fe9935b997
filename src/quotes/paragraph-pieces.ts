/**
 * Content pieces never cross a line break. PolNeAR marks a content that runs on into the next paragraph (a
 * quotation continued after `\n\n`, a list item on its own line) as one piece per line, without the break (train:
 * of 94 line breaks inside a gold content, 93 are a whitespace gap between two pieces), while the finders and the
 * repairs build one token range across it. Only exact span scoring sees this: the break is whitespace.
 */
import type { TokRange } from './speaker-span.js';
import type { View } from './view.js';

/** Id of the rule, for traces and the test checklist. */
export type ParagraphPieceId = 'split-at-line-break';

/** Documentation row of the rule: text, content before (one piece), content after (` | ` joins pieces). */
export const PARAGRAPH_PIECE_EXAMPLE = [
  '“The mill will close in May and the port, which we built,\nwill follow,” Novak said.',
  '“The mill will close in May and the port, which we built,\nwill follow,”',
  '“The mill will close in May and the port, which we built, | will follow,”',
] as const;

/** True when the text between token `i - 1` and token `i` holds a line break. */
function breakBefore(v: View, i: number): boolean {
  const gap = v.text.slice(v.tokens[i - 1]!.end, v.tokens[i]!.start);
  return gap.includes('\n') || gap.includes('\r');
}

/**
 * The content ranges with every range cut at the line breaks inside it (`split-at-line-break`). Returns the
 * input array itself when no range crosses a break, so the common case allocates nothing.
 */
export function splitAtLineBreaks(v: View, content: readonly TokRange[]): readonly TokRange[] {
  let out: TokRange[] | null = null;
  for (let k = 0; k < content.length; k++) {
    const r = content[k]!;
    let a = r.a;
    for (let i = r.a + 1; i < r.b; i++) {
      if (!breakBefore(v, i)) continue;
      out ??= content.slice(0, k);
      out.push({ a, b: i });
      a = i;
    }
    if (out) out.push(a === r.a ? r : { a, b: r.b });
  }
  return out ?? content;
}
