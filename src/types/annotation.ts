/* Generated from schemas/annotation.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * OntoNotes-style type, plus MISC for a name of another kind that no rule could type further (CoNLL's MISC). Mapping to CoNLL (export --to eval-jsonl --labels conll): PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC, the rest→MISC.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "EntityType".
 */
export type EntityType =
  'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'PRODUCT' | 'WORK_OF_ART' | 'LAW' | 'MISC';
/**
 * What produced an annotation: `stage@major/rule-id`, e.g. `quotes@1/speaker-cue-content`, so a diff against gold explains itself and analytics can filter by rule.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "By".
 */
export type By = string;

/**
 * One annotated news article: the original text plus standoff layers. Every span satisfies text.slice(start, end) === span.text, counted in the unit named by `offsets` (Unicode code points by default, as Python, brat, W3C Web Annotation and DuckDB count; or UTF-16 code units, as JavaScript counts). This file is the single source of truth: src/types/annotation.ts is generated from it (npm run gen:types).
 */
export interface AnnotationDocument {
  /**
   * The $id of the schema this document follows; changes with every incompatible change of the format.
   */
  schema: 'https://factwire.dev/schemas/annotation/1.0.0';
  /**
   * Document id: the record's `id` for JSON/JSONL input, else the input path relative to the input root without extension.
   */
  id: string;
  source: Source;
  /**
   * Unit of every start/end in this document.
   */
  offsets: 'codepoint' | 'utf16';
  /**
   * The article text exactly as decoded from the input (BOM removed, line endings kept). Never normalized: normalization happens in a shadow view that maps back to these offsets.
   */
  text: string;
  meta: Meta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  messages: Message[];
  provenance: Provenance;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * Input path as given (relative to the working directory), or null for stdin.
   */
  path: string | null;
  /**
   * SHA-256 of the input bytes of this document (the file for .txt; the record's `text` as UTF-8 for JSON/JSONL).
   */
  sha256: string;
  format: 'txt' | 'json' | 'jsonl' | 'stdin-text' | 'stdin-jsonl';
  /**
   * 0-based index of the record in a JSON array or JSONL file.
   */
  record?: number;
  /**
   * How the bytes were decoded. `utf-8-lossy`: invalid sequences became U+FFFD (with a warning message).
   */
  encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-8-lossy';
  lineEndings?: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}
/**
 * `body`: The body text after the header.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Meta".
 */
export interface Meta {
  dct: Dct | null;
  dateline: Dateline | null;
  /**
   * Normalized agency name (TASS, Reuters, AP, AFP, UPI, ...) from the dateline or record meta.
   */
  agency: string | null;
  byline: Byline | null;
  /**
   * Title from the record's meta, else from a `title:` metadata line at the top of the text, else null.
   */
  title: string | null;
  /**
   * Spans of the text that are metadata, not body (metadata line, dateline, byline). Each is also its own sentence with `header` set.
   */
  header: HeaderSpan[];
  body: PlainSpan;
  /**
   * The input record's own `meta` object, passed through unchanged.
   */
  record?: {};
}
/**
 * Document creation time (dispatch date), the anchor of relative dates. `span`: Where in the text the date was read (metadata line or dateline); absent for cli/record.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Dct".
 */
export interface Dct {
  value: string;
  /**
   * Where it came from, in order of precedence: --dct, the record's `dct`, a metadata line (` date 2024-11-01`), a dated dateline.
   */
  source: 'cli' | 'record' | 'metadata-line' | 'dateline';
  span?: PlainSpan;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "PlainSpan".
 */
export interface PlainSpan {
  start: number;
  end: number;
  text: string;
}
/**
 * A wire dateline such as `MOSCOW, November 1. /TASS/.` or `WASHINGTON (Reuters) -`. `region`: State or country after the place (`Kenya` in `NAIROBI, Kenya (AP)`).
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Dateline".
 */
export interface Dateline {
  start: number;
  end: number;
  text: string;
  place: PlainSpan;
  region?: PlainSpan;
  date?: PlainSpan;
  agency?: PlainSpan;
}
/**
 * A byline such as `By JANE DOE, Associated Press`. `name`: the author name(s). `affiliation`: the organization after the name, when given.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Byline".
 */
export interface Byline {
  start: number;
  end: number;
  text: string;
  name: PlainSpan;
  affiliation?: PlainSpan;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "HeaderSpan".
 */
export interface HeaderSpan {
  start: number;
  end: number;
  text: string;
  kind: 'metadata-line' | 'dateline' | 'byline';
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Paragraph".
 */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Sentence".
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /**
   * Index into `paragraphs`.
   */
  paragraph: number;
  /**
   * Index of the first token of the sentence in `tokens`.
   */
  tokenStart: number;
  /**
   * Index one past the last token (half-open).
   */
  tokenEnd: number;
  /**
   * Set when this sentence is a header span (metadata line, dateline, byline): header spans are sentences of their own, never merged with body text.
   */
  header?: 'metadata-line' | 'dateline' | 'byline';
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Token".
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /**
   * `quote` for quotation marks (straight, curly, guillemets); `clitic` for split-off 's, n't, 're ...
   */
  kind: 'word' | 'number' | 'punct' | 'quote' | 'symbol' | 'clitic' | 'url' | 'emoji' | 'other';
  /**
   * Normalized form when it differs from `text` (curly quotes to straight, NBSP to space, dash variants to -).
   */
  norm?: string;
}
/**
 * `title`: A title or role next to the mention, kept outside its span (`President`, `Foreign Minister`). `extent`: the whole noun phrase the name heads (the ACE/MEANTIME convention), present only when larger than the span, which it always contains: a leading determiner, premodifiers and the title, a trailing head noun, a city's region (`the Bank of Norland`, `Kessler analyst Mara Voss`, `the Tarvo stock index`, `Millbrook, Ohio`).
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Mention".
 */
export interface Mention {
  id: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /**
   * Id of the entity this mention belongs to.
   */
  entity: string | null;
  title?: PlainSpan;
  extent?: PlainSpan;
  confidence?: number;
  by: By;
  /**
   * Names nested inside this mention (`Helsinki` in `University of Helsinki`), in text order, never overlapping one another. Absent when there are none. The mention layer itself stays flat (CoNLL/OntoNotes convention); corpora that annotate nested names (GUM, MEANTIME) count these too: `factwire export --to eval-jsonl --nested` adds them as entities.
   *
   * @minItems 1
   */
  inner?: [InnerName, ...InnerName[]];
}
/**
 * A name inside a mention: a strict sub-span of it on token edges (start/end in the document's offset unit, like every span), its type, and the rule that found it (`entities@1/inner.<rule-id>`).
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "InnerName".
 */
export interface InnerName {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  by: By;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Entity".
 */
export interface Entity {
  id: string;
  type: EntityType;
  /**
   * Canonical name (the longest full name seen, or a lexicon's canonical name).
   */
  name: string;
  /**
   * Mention ids in text order.
   */
  mentions: string[];
  /**
   * Titles and roles found next to the mentions (`Foreign Minister`, `leader`).
   */
  roles: string[];
  by: By;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Timex".
 */
export interface Timex {
  id: string;
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /**
   * TIMEX3 value: 2024-11-01, 1950-04, 2024-W44, 2023-FA, 1998-Q3, 199 (the 1990s), 19 (the 20th century), 2024-11-01TMO, T14:30, P3D, PXY, PRESENT_REF, XXXX-06-18 ... For a range, the value of the whole (the begin value when no single value covers it).
   */
  value: string;
  mod?:
    | 'EARLY'
    | 'MID'
    | 'LATE'
    | 'APPROX'
    | 'BEFORE'
    | 'AFTER'
    | 'ON_OR_BEFORE'
    | 'ON_OR_AFTER'
    | 'LESS_THAN'
    | 'MORE_THAN'
    | 'EQUAL_OR_LESS'
    | 'EQUAL_OR_MORE'
    | 'START'
    | 'END';
  /**
   * A period with two ends. For a range inside one timex (`June 18-19`, `March 3 to 25, 1949`): the TIMEX3 values of both ends. For a range whose ends are two timexes (`from 1950 until 1953`, `between May and July`: TimeML annotates each end on its own), both timexes carry the same range plus `timexes`, the ids of the begin and end timexes.
   */
  range?: {
    begin: string;
    end: string;
    /**
     * @minItems 2
     * @maxItems 2
     */
    timexes?: [string, string];
  };
  /**
   * What a relative value was resolved against: the DCT, a previous timex, or null for absolute values.
   */
  anchor:
    | {
        kind: 'dct';
      }
    | {
        kind: 'timex';
        timex: string;
      }
    | null;
  /**
   * For SET: EVERY, EACH ...
   */
  quant?: string;
  /**
   * For SET: 1X, 2X ...
   */
  freq?: string;
  /**
   * True for the dispatch date read from a metadata line or dateline.
   */
  metadata?: boolean;
  by: By;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Quote".
 */
export interface Quote {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed';
  /**
   * What was claimed. start/end cover all fragments; when the content is discontinuous (`"X," he said, "Y."`), `fragments` lists the pieces.
   */
  content: {
    start: number;
    end: number;
    text: string;
    /**
     * @minItems 2
     */
    fragments?: [PlainSpan, PlainSpan, ...PlainSpan[]];
  };
  speaker: {
    start: number;
    end: number;
    text: string;
    /**
     * Entity id the speaker mention resolves to, or null when unresolved.
     */
    entity: string | null;
    /**
     * That entity's canonical name.
     */
    name: string | null;
    /**
     * How it was resolved: name, pronoun, description, inherited.
     */
    resolvedBy?: string;
    /**
     * The organisation a person-headed speaker speaks for when the span names it but no person (`a Kremlin spokesman`): the speaker's own entity stays null.
     */
    affiliation?: {
      /**
       * Entity id of the organisation.
       */
      entity: string;
      /**
       * That entity's canonical name.
       */
      name: string | null;
    };
  } | null;
  cue: {
    start: number;
    end: number;
    text: string;
    lemma: string;
  } | null;
  /**
   * Indexes of the sentences the claim sits in.
   */
  sentences: number[];
  confidence?: number;
  by: By;
}
/**
 * A problem found in the content (never an exception): `source:rule` id, severity and, when it has one, its position.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Message".
 */
export interface Message {
  severity: 'fatal' | 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
  start?: number;
  end?: number;
  line?: number;
  column?: number;
}
/**
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  /**
   * factwire package version.
   */
  factwire: string;
  pipeline: {
    name: string;
    /**
     * Hash of the resolved pipeline (stages, versions, options, factwire version, model files). Resume skips a document only when this and the input sha256 match.
     */
    hash: string;
  };
  stages: {
    name: string;
    version: string;
  }[];
}
/**
 * A half-open character range [start, end) of `text` and the text it covers.
 *
 * This interface was referenced by `AnnotationDocument`'s JSON-Schema
 * via the `definition` "Span".
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}
