/**
 * Finding header candidates (spaCy's `match` half): metadata lines, the dateline and the byline near
 * the start of a text. Pure functions of the text and options; building `Meta` from them is in
 * apply.ts.
 */
import { matchBylineAt, type BylineMatch } from './byline.js';
import { matchDatelineAt, type DatelineMatch } from './dateline.js';
import { findMetadataLines, nextLineStart, restOfLineIsBlank, skipBlankLines, type MetadataLineMatch } from './metadata-line.js';

/** How far from the start the header is looked for. */
export interface HeaderWindow {
  /** A header item must start before this offset (UTF-16 units). */
  maxHeaderChars: number;
  /** A dateline or byline must start on one of the first this-many non-blank lines. */
  maxHeaderLines: number;
}

/**
 * A line before the dateline/byline longer than this is body text (a paragraph), so the header
 * search stops there: a dateline is never found after the story has started. Titles are shorter.
 */
export const MAX_PRE_HEADER_LINE = 200;

/** Everything found in a text's header. */
export interface HeaderCandidates {
  metadataLines: MetadataLineMatch[];
  dateline: DatelineMatch | null;
  byline: BylineMatch | null;
}

/** Skips spaces and tabs (not line breaks). */
function skipBlanks(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/**
 * Finds the header items: metadata lines at the very start, then, at the position after them and at
 * each following line start within the window, the first byline and the first dateline. The search
 * ends at a strong dateline (the story starts after it), at a long line (a paragraph of body), or at
 * the edge of the window; a weak dateline is used only when no strong one follows.
 */
export function findHeaderCandidates(text: string, window: HeaderWindow): HeaderCandidates {
  const metadataLines = findMetadataLines(text, window.maxHeaderChars);
  let dateline: DatelineMatch | null = null;
  let byline: BylineMatch | null = null;
  const last = metadataLines[metadataLines.length - 1];
  // After the metadata lines, the next item may share their line (the seed's ` date ... MOSCOW, ...`).
  let pos = skipBlankLines(text, last ? last.span.end : 0);
  let lines = metadataLines.length - (last && !restOfLineIsBlank(text, last.span.end) ? 1 : 0);
  // A weak dateline (bare place and dash) is kept in reserve while a strong one may follow.
  let weak: { dateline: DatelineMatch; byline: BylineMatch | null } | null = null;
  while (pos < text.length && pos < window.maxHeaderChars && lines < window.maxHeaderLines) {
    const at = skipBlanks(text, pos);
    const d = matchDatelineAt(text, at);
    if (d?.strength === 'strong') {
      dateline = d;
      break;
    }
    if (d && !weak) weak = { dateline: d, byline };
    const found: BylineMatch | null = !d && byline === null ? matchBylineAt(text, at) : null;
    if (found) byline = found;
    const next = nextLineStart(text, at);
    if (next === -1) break;
    // A long line is body: nothing below it is header (a weak dateline on it stands).
    if (!found && next - at > MAX_PRE_HEADER_LINE) break;
    pos = skipBlankLines(text, next);
    lines++;
  }
  if (!dateline && weak) {
    dateline = weak.dateline;
    byline = weak.byline; // a byline below the dateline would be in the body
  }
  return { metadataLines, dateline, byline };
}
