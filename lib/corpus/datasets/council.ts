/**
 * One speech of a Security Council dataset, in the same shape whichever dataset it came from, and
 * what a reader does to its text: the printed form of address taken off the start ("Mr. X (China)
 * (spoke in Chinese):" — the UN Security Council Debates keep it, UNSC Meetings and Speeches do not),
 * and, when a country's representative presides, only the part spoken in the national capacity.
 */
import type { DatasetName } from "./kinds";

/** A speech of a Security Council dataset, read by header names. */
export interface CouncilSpeech {
  dataset: DatasetName;
  /** The dataset's own id of the speech: `speech_id` (e.g. SC07155-01-007) or the file name's stem. */
  rowId: string;
  /** Where it was read: "speeches.tsv row 1234" or "speeches.tar:speeches/UNSC_….txt". */
  place: string;
  /** ISO date of the meeting. */
  date: string;
  /** The meeting's symbol without its resumption part, e.g. "S/PV.7155" (a 2020 letter: "S/2020/339"). */
  symbol: string;
  /** "Resumption 1" for a resumed meeting, else "". */
  resumption: string;
  /** The speech's place in the meeting (1, 2, …; 0 when unknown). */
  order: number;
  speaker: string;
  /** The speaker's position or role; "" when unknown. */
  post: string;
  countryName: string;
  /** ISO alpha-3 code of the country ("" for the Secretariat, organisations, briefers). */
  country: string;
  /** Spoke as the Council's President. */
  presiding: boolean;
  /** The dataset's procedural flag (UNSC Meetings and Speeches); null when the dataset has none. */
  procedural: boolean | null;
  /** The meeting's topic and agenda text. */
  agenda: string;
  /** The meeting's agenda is Kosovo (or resolution 1244). */
  kosovoMeeting: boolean;
  /** The text, line ends normalised, form of address removed. */
  body: string;
  /** The text exactly as the dataset holds it (for the SHA-256 of provenance). */
  source: string;
}

/** What a reader keeps: Kosovo meetings only or all, China only or every speaker, and the years. */
export interface CouncilSelection {
  kosovoMeetings: boolean;
  chinaOnly: boolean;
  years: [number, number];
}

/** What reading a Security Council dataset found, besides the speeches. */
export interface CouncilReadReport {
  /** The files read, as shown in messages. */
  files: string[];
  /** The version read from the files (or the default). */
  version: string;
  /** Rows (speeches) in the metadata. */
  rows: number;
  /** Rows kept by the selection. */
  kept: number;
  /** Rows joined from split physical lines. */
  joinedRows: number;
  notes: string[];
}

const PARENS = "\\s*\\([^()\\n]{1,80}\\)";
const FORM_OF_ADDRESS = new RegExp(
  "^\\s*(?:(?:The (?:Acting )?President|The (?:Deputy )?Secretary-General)" +
    `(?:${PARENS}){0,3}` +
    "|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Prince|Princess|Sheikh|Sheikha|Archbishop|Cardinal|Monsignor)" +
    `\\.?\\s[^\\n:()]{1,120}?(?:${PARENS}){1,3})\\s*:\\s*`,
);

/**
 * A speech's text without the printed form of address at its start; the text itself when it has none.
 *
 * @example stripFormOfAddress("Mr. Li (China) (spoke in Chinese): We thank…") // "We thank…"
 * @example stripFormOfAddress("We thank…") // "We thank…"
 */
export function stripFormOfAddress(body: string): string {
  const m = FORM_OF_ADDRESS.exec(body);
  return m ? body.slice(m[0].length) : body;
}

const NATIONAL = new RegExp(
  "\\b(?:in|now make a statement in) (?:my|his|her) (?:national )?capacity as (?:the )?representative of " +
    "([A-Z][\\w’' -]{1,60}?)[.,:;]",
);
const RESUME =
  /[^.!?\n]*\b(?:resume|resumes|resuming) (?:my|his|her) functions? as (?:the )?President\b[^.!?\n]*[.!?]?/i;

/**
 * The part of a presiding turn spoken as a country's representative: from the sentence that says so
 * to the sentence that resumes the presidency (exclusive); null when the turn has no such part.
 *
 * @example nationalCapacityPart("Thank you. I shall now make a statement in my capacity as the representative of
 *   China. We support dialogue. I now resume my functions as President of the Council.")
 *   // "I shall now make a statement in my capacity as the representative of China. We support dialogue."
 */
export function nationalCapacityPart(body: string): { country: string; text: string } | null {
  const m = NATIONAL.exec(body);
  if (!m) return null;
  const stop = body.lastIndexOf(". ", m.index);
  const sentenceStart = Math.max(stop < 0 ? 0 : stop + 2, body.lastIndexOf("\n", m.index) + 1);
  const rest = body.slice(sentenceStart);
  const r = RESUME.exec(rest);
  const text = (r ? rest.slice(0, r.index) : rest).trim();
  return { country: m[1].trim(), text };
}

/**
 * A speaker's name without leading titles.
 *
 * @example bareName("Mr. Wen Example") // "Wen Example"
 */
export function bareName(s: string): string {
  return s.replace(/^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|H\.E)\.?\s+)+/, "").trim();
}
