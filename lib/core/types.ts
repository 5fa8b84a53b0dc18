/**
 * The plain data the pipeline passes between its stages.
 *
 *   corpus (Text) → units (Unit, Sentence) → codebook (Theme) → coding (CodedUnit, Evidence)
 *   → reliability → timeline → vocabulary → charts → report
 *
 * Every stage is a set of plain functions over these shapes; nothing here has methods.
 */

/** A time window named in a corpus card, e.g. { label: "2008–2011", from: 2008, to: 2011 }. */
export interface Period {
  label: string;
  from: number;
  to: number;
}

/** One text of a corpus: a speech, a statement, a press-conference answer. */
export interface Text {
  /** Stable id. For the General Debate the file stem, e.g. "SRB_63_2008". */
  id: string;
  /** ISO date "YYYY-MM-DD" when known, else null (then only `year` is known). */
  date: string | null;
  year: number;
  /** One of the corpus card's categories. */
  category: string;
  /** Who spoke; "" when unknown. */
  speaker: string;
  /** The speaker's post; "" when unknown. */
  post: string;
  /** ISO 3166-1 alpha-3 code, e.g. "CHN". */
  country: string;
  countryName: string;
  /** Where it was said, e.g. "UN General Assembly, General Debate (session 63)". */
  venue: string;
  /** URL or archive path the body was read from. */
  source: string;
  body: string;
  /** Number of words in `body`. */
  words: number;
}

/** Metadata a unit inherits from its text. */
export type TextMeta = Omit<Text, "id" | "body" | "words">;

/** A coding unit: the part of a text that is coded (the whole text, or a Kosovo passage). */
export interface Unit extends TextMeta {
  /** Unit id; equals `textId` when the unit is the whole text. */
  id: string;
  textId: string;
  /** [start, end) character offsets into the text's body that make up this unit, in order. */
  spans: Array<[number, number]>;
  /** The unit's text: the spans joined by "\n\n". */
  body: string;
  words: number;
}

/** A sentence of a unit or text, with [start, end) offsets into the string it was split from. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Presence (0/1) and mentions (sentences expressing it) of one theme in one unit. */
export interface ThemeCode {
  present: 0 | 1;
  mentions: number;
}

/** One pattern hit that made a sentence count for a theme (or a vocabulary list). */
export interface Evidence {
  unitId: string;
  /** Theme key or vocabulary-list key. */
  theme: string;
  /** Index of the sentence in the unit. */
  sentence: number;
  /** The whole sentence. */
  text: string;
  /** The matched phrase as it stands in the text. */
  match: string;
  /** [start, end) offsets of the match in the unit's body. */
  start: number;
  end: number;
  /** The codebook pattern that fired, as written in the codebook. */
  pattern: string;
}

/** The coding of one unit: a code per theme, counts per vocabulary list, and the evidence. */
export interface CodedUnit {
  unitId: string;
  codes: Record<string, ThemeCode>;
  /** Sentences using each vocabulary list (e.g. normalization, icj, and each name of the Kosovo side). */
  vocabulary: Record<string, number>;
  evidence: Evidence[];
}

/** A coded unit joined with the metadata a table or chart needs. One row of the coding CSV. */
export interface CodedRow {
  id: string;
  date: string | null;
  year: number;
  category: string;
  country: string;
  speaker: string;
  codes: Record<string, ThemeCode>;
  vocabulary: Record<string, number>;
}
