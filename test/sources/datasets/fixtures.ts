/**
 * Fixtures in each dataset's exact on-disk layout (../shared/corpora/DATASETS.md), with invented words:
 * no text of any real statement. The meetings' symbols and dates are facts (the study's slots), the
 * speakers are invented. The benchmark (scripts/bench-import.ts) writes its large datasets with the
 * same line writers.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as tar from "tar";
import * as XLSX from "xlsx";

/** UNSC Meetings and Speeches v5.0, `speeches.tsv`. */
export const SPEECHES_COLUMNS = [
  "speech_id",
  "record_id",
  "doc_name",
  "meeting_num",
  "year",
  "month",
  "day",
  "topic",
  "agenda",
  "order",
  "speaker",
  "affiliation",
  "position",
  "president",
  "secretary_general",
  "procedural",
  "count",
  "speech",
  "affiliation_cow",
  "cow_ccode",
  "permanent_member",
  "elected_member",
  "state",
  "igo",
  "un_org",
  "ngo",
];

/** UNSC Meetings and Speeches v5.0, `meetings.tsv`. */
export const MEETINGS_COLUMNS = [
  "record_id",
  "year",
  "month",
  "day",
  "meeting_num",
  "closed",
  "topic",
  "agenda",
  "agenda_categories",
  "pres_name",
  "pres_country",
  "speeches",
  "word_count",
  "outcome",
  "record",
  "record_url",
  "RES",
  "RES_url",
  "PRST",
  "PRST_url",
];

/** The UN Security Council Debates v6.1, `speaker.tsv` (first header empty: an R row index). */
export const SPEAKER_COLUMNS = [
  "",
  "filename",
  "date",
  "day",
  "month",
  "year",
  "speaker",
  "speaker_undl",
  "speaker_country",
  "country_org",
  "role",
  "participanttype",
  "speech_number",
  "record_speech",
  "tokens",
  "types",
  "sentences",
  "topic",
  "agenda_item1",
  "agenda_item2",
  "agenda_item3",
  "agenda_item4",
  "agenda_item_manual",
  "document_symbol",
  "meeting_symbol",
  "speech_format",
];

/** The UN Security Council Debates v6.1, `meta.tsv`. */
export const META_COLUMNS = ["", "basename", "date", "topic", "year", "month", "day", "spv", "num_speeches"];

/** CMFA PressCon v4 columns. */
export const PRESSCON_COLUMNS = [
  "id_orig",
  "id_split",
  "id",
  "link",
  "spokesperson",
  "day",
  "month",
  "year",
  "date",
  "question",
  "answer",
  "question_lem",
  "answer_lem",
  "who_asked",
  "q_loc",
  "q_per",
  "q_org",
  "q_misc",
  "a_loc",
  "a_per",
  "a_org",
  "a_misc",
  "q_sentiment",
  "a_sentiment",
];

/** A field under standard quoting: quoted when it holds a tab, a line end or a quote. */
export function quoted(v: string): string {
  return /[\t\n\r"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One line of a standard-quoted TSV file. */
export function quotedLine(columns: string[], row: Record<string, string>): string {
  return `${columns.map((c) => quoted(row[c] ?? "NA")).join("\t")}\n`;
}

/** One line of a TSV file with no quoting at all (values written as they are). */
export function bareLine(columns: string[], row: Record<string, string>): string {
  return `${columns.map((c) => row[c] ?? "NA").join("\t")}\n`;
}

/** The Kosovo item's agenda as the Council lists it (a fact). */
export const KOSOVO_AGENDA_TEXT =
  "Security Council resolutions 1160 (1998), 1199 (1998), 1203 (1998), 1239 (1999) and 1244 (1999)";

/** Invented statement texts. */
export const WORDS = {
  china1:
    "Invented remark one. The delegation wants talks between Belgrade and Pristina to go on.\n" +
    'It says "step by step"\tand asks for calm in Kosovo.',
  china2: "Invented second turn. Resolution 1244 (1999) stays the frame for the invented delegation.",
  china3: "Invented remark three on the mission in Kosovo. Sovereignty and territorial integrity matter to us.",
  chinaCow: "Invented remark read by the COW code alone. Kosovo needs patience.",
  chinaPresiding:
    "The meeting is resumed. I shall now make a statement in my capacity as the representative of China. " +
    "Invented national words on Kosovo. I now resume my functions as President of the Council. " +
    "I give the floor to the next speaker.",
  chinaCandidate: "Invented remark at a meeting that fills no slot. Kosovo again.",
  chinaOtherMeeting: "Invented remark at a meeting on another item that still names Kosovo in passing.",
  chinaEarly: "Invented remark of 2005 on Kosovo, outside the study years.",
  russia: "Invented words of another delegation on Kosovo and resolution 1244 (1999).",
  usa: "Invented words of a third delegation on Kosovo's institutions.",
  serbia: "Invented words of Belgrade's representative on Kosovo and Metohija.",
  kosovo: "Invented words of Pristina's representative.",
  procedural: "The meeting is called to order. I give the floor to the first speaker.",
};

interface Speech {
  meeting: string;
  order: number;
  speaker: string;
  affiliation: string;
  cow: string;
  text: string;
  president?: string;
  procedural?: string;
}

interface Meeting {
  id: string;
  symbol: string;
  date: string;
  topic: string;
  agenda: string;
}

/** The meetings of the UNSC Meetings and Speeches fixture: Kosovo ones (slots and one not), one on another item. */
export const SPEECHES_MEETINGS: Meeting[] = [
  { id: "SC05225-01", symbol: "S/PV.5225", date: "2005-07-27", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
  { id: "SC05839-01", symbol: "S/PV.5839", date: "2008-02-18", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
  { id: "SC06025-01", symbol: "S/PV.6025", date: "2008-11-26", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
  {
    id: "SC06050-01",
    symbol: "S/PV.6050",
    date: "2008-12-20",
    topic: "Bosnia and Herzegovina",
    agenda: "The situation",
  },
  { id: "SC07183-01", symbol: "S/PV.7183", date: "2014-05-27", topic: "NA", agenda: KOSOVO_AGENDA_TEXT },
  { id: "SC07940-01", symbol: "S/PV.7940", date: "2017-05-16", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
  { id: "SC08254-01", symbol: "S/PV.8254", date: "2018-05-14", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
  { id: "SC09990-01", symbol: "S/PV.9990", date: "2019-07-01", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
  { id: "SC09019-01", symbol: "S/PV.9019", date: "2022-04-20", topic: "Kosovo", agenda: KOSOVO_AGENDA_TEXT },
];

const others = (meeting: string, from: number): Speech[] => [
  {
    meeting,
    order: from,
    speaker: "Mr. Petrov Example",
    affiliation: "Russian Federation",
    cow: "365.0",
    text: WORDS.russia,
  },
  { meeting, order: from + 1, speaker: "Ms. Smith Example", affiliation: "United States", cow: "2.0", text: WORDS.usa },
  { meeting, order: from + 2, speaker: "Mr. Jovic Example", affiliation: "Serbia", cow: "345.0", text: WORDS.serbia },
  { meeting, order: from + 3, speaker: "Ms. Berisha Example", affiliation: "Kosovo", cow: "347.0", text: WORDS.kosovo },
];

/** The speeches of the UNSC Meetings and Speeches fixture. */
export const SPEECHES_ROWS: Speech[] = [
  {
    meeting: "SC05225-01",
    order: 2,
    speaker: "Mr. Wen Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.chinaEarly,
  },
  {
    meeting: "SC05839-01",
    order: 1,
    speaker: "The President",
    affiliation: "Belgium",
    cow: "211.0",
    text: WORDS.procedural,
    president: "True",
    procedural: "True",
  },
  {
    meeting: "SC05839-01",
    order: 3,
    speaker: "Mr. Wen Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.china1,
  },
  ...others("SC05839-01", 4),
  {
    meeting: "SC06025-01",
    order: 2,
    speaker: "Mr. Wen Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.china2,
  },
  ...others("SC06025-01", 3),
  {
    meeting: "SC06025-01",
    order: 9,
    speaker: "Mr. Wen Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.china3,
  },
  {
    meeting: "SC06050-01",
    order: 2,
    speaker: "Mr. Wen Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.chinaOtherMeeting,
  },
  {
    meeting: "SC07183-01",
    order: 5,
    speaker: "Mr. Li Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.china3,
  },
  ...others("SC07183-01", 1),
  { meeting: "SC07940-01", order: 4, speaker: "Mr. Li Example", affiliation: "NA", cow: "710.0", text: WORDS.chinaCow },
  {
    meeting: "SC08254-01",
    order: 1,
    speaker: "The President",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.procedural,
    president: "True",
    procedural: "True",
  },
  {
    meeting: "SC08254-01",
    order: 6,
    speaker: "The President",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.chinaPresiding,
    president: "True",
    procedural: "False",
  },
  ...others("SC08254-01", 2),
  {
    meeting: "SC09990-01",
    order: 3,
    speaker: "Mr. Li Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.chinaCandidate,
  },
  ...others("SC09019-01", 1),
  {
    meeting: "SC09019-01",
    order: 5,
    speaker: "Mr. Dai Example",
    affiliation: "China",
    cow: "710.0",
    text: WORDS.china2,
  },
];

/**
 * Writes a UNSC Meetings and Speeches folder (`speeches.tsv`, `meetings.tsv`): standard quoting, the
 * speeches with quotes, tabs and line ends inside.
 */
export function writeUnscSpeeches(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  let meetings = MEETINGS_COLUMNS.join("\t") + "\n";
  for (const m of SPEECHES_MEETINGS) {
    const [y, mo, d] = m.date.split("-").map(Number);
    const num = m.symbol.replace("S/PV.", "");
    meetings += quotedLine(MEETINGS_COLUMNS, {
      record_id: m.id,
      year: String(y),
      month: String(mo),
      day: String(d),
      meeting_num: num,
      closed: "False",
      topic: m.topic,
      agenda: m.agenda,
      record: m.symbol,
      record_url: `https://example.org/${num}`,
    });
  }
  let speeches = SPEECHES_COLUMNS.join("\t") + "\n";
  for (const s of SPEECHES_ROWS) {
    const m = SPEECHES_MEETINGS.find((x) => x.id === s.meeting) as Meeting;
    const [y, mo, d] = m.date.split("-").map(Number);
    speeches += quotedLine(SPEECHES_COLUMNS, {
      speech_id: `${s.meeting}-${String(s.order).padStart(3, "0")}`,
      record_id: s.meeting,
      doc_name: m.symbol,
      meeting_num: m.symbol.replace("S/PV.", ""),
      year: String(y),
      month: String(mo),
      day: String(d),
      topic: m.topic,
      agenda: m.agenda,
      order: String(s.order),
      speaker: s.speaker,
      affiliation: s.affiliation,
      position: "NA",
      president: s.president ?? "False",
      procedural: s.procedural ?? "False",
      count: String(s.text.split(/\s+/).length),
      speech: s.text,
      affiliation_cow: s.affiliation,
      cow_ccode: s.cow,
      state: "True",
    });
  }
  fs.writeFileSync(path.join(dir, "meetings.tsv"), meetings);
  fs.writeFileSync(path.join(dir, "speeches.tsv"), speeches);
  return dir;
}

/** A speech of the Debates fixture: file name, metadata, text (written with CRLF and a form of address). */
interface DebateSpeech {
  file: string;
  date: string;
  speaker: string;
  country: string;
  type: string;
  topic: string;
  symbol: string;
  text: string;
  item3?: string;
}

/** The speeches of the UN Security Council Debates fixture (4-digit speech numbers; v5 uses 3). */
export function debateSpeeches(digits: 3 | 4): DebateSpeech[] {
  const n = (k: number) => String(k).padStart(digits, "0");
  return [
    ...[1, 2].map((k) => ({
      file: `UNSC_2005_SPV.5225_spch${n(k)}.txt`,
      date: "2005-07-27",
      speaker: "Mr. O''Neill Example",
      country: "Ireland",
      type: "Guest",
      topic: 'Letter on the "situation" in an invented region',
      symbol: "S/PV.5225",
      text: "Invented words at a split-row meeting.",
      item3: "Invented agenda part one\ninvented agenda part two",
    })),
    {
      file: `UNSC_2008_SPV.5839_spch${n(3)}.txt`,
      date: "2008-02-18",
      speaker: "Mr. Wen Example",
      country: "China",
      type: "Mentioned",
      topic: KOSOVO_AGENDA_TEXT,
      symbol: "S/PV.5839",
      text: `Mr. Wen Example (China) (spoke in Chinese): ${WORDS.china1}`,
    },
    {
      file: `UNSC_2008_SPV.5839_spch${n(4)}.txt`,
      date: "2008-02-18",
      speaker: "Mr. Petrov Example",
      country: "Russian Federation",
      type: "Mentioned",
      topic: KOSOVO_AGENDA_TEXT,
      symbol: "S/PV.5839",
      text: `Mr. Petrov Example (Russian Federation) (spoke in Russian): ${WORDS.russia}`,
    },
    {
      file: `UNSC_2018_SPV.8254_spch${n(6)}.txt`,
      date: "2018-05-14",
      speaker: "The President",
      country: "China",
      type: "The President",
      topic: KOSOVO_AGENDA_TEXT,
      symbol: "S/PV.8254",
      text: `The President (spoke in Chinese): ${WORDS.chinaPresiding}`,
    },
    {
      file: `UNSC_2020_SPV.2020_1040_spch${n(5)}.txt`,
      date: "2020-10-21",
      speaker: "Mr. Geng Example",
      country: "China",
      type: "Mentioned",
      topic: KOSOVO_AGENDA_TEXT,
      symbol: "S/2020/1040",
      text: WORDS.china2,
    },
    {
      file: `UNSC_2021_SPV.8900_spch${n(2)}.txt`,
      date: "2021-03-03",
      speaker: "Mr. Geng Example",
      country: "China",
      type: "Mentioned",
      topic: "Invented item on another region",
      symbol: "S/PV.8900",
      text: WORDS.chinaOtherMeeting,
    },
  ];
}

/** Long month names, for "DD Month YYYY" dates. */
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September"].concat([
  "October",
  "November",
  "December",
]);

/** "2008-02-18" → "18 February 2008". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * Writes a UN Security Council Debates folder: `speaker.tsv` and `meta.tsv` without quoting (bare `"`,
 * doubled apostrophes, an empty first header, split rows at S/PV.5225), and `speeches.tar` (a flat
 * `speeches/` folder of CRLF texts) or, with `folder`, the extracted `speeches/` folder. Version "5"
 * writes 3-digit speech numbers, `country` for `country_org`, `role_in_un` for `role`, and ISO dates.
 */
export function writeUnscDebates(dir: string, opts: { version?: "6.1" | "5"; folder?: boolean } = {}): string {
  const v5 = opts.version === "5";
  fs.mkdirSync(path.join(dir, "speeches"), { recursive: true });
  const cols = SPEAKER_COLUMNS.map((c) =>
    v5 && c === "country_org" ? "country" : v5 && c === "role" ? "role_in_un" : c,
  );
  const speeches = debateSpeeches(v5 ? 3 : 4);
  let speaker = cols.join("\t") + "\n";
  speeches.forEach((s, i) => {
    const [y, m, d] = s.date.split("-");
    speaker += bareLine(cols, {
      "": String(i + 1),
      filename: s.file,
      date: v5 ? s.date : longDate(s.date),
      day: String(Number(d)),
      month: String(Number(m)),
      year: y,
      speaker: s.speaker,
      country_org: s.country,
      country: s.country,
      participanttype: s.type,
      speech_number: String(Number(/_spch(\d+)/.exec(s.file)?.[1])),
      topic: s.topic,
      agenda_item1: "Europe",
      agenda_item3: s.item3 ?? "NA",
      meeting_symbol: s.symbol,
      document_symbol: s.symbol,
      speech_format: "In-Person",
    });
    fs.writeFileSync(path.join(dir, "speeches", s.file), `${s.text.replace(/\n/g, "\r\n")}\r\n`);
  });
  let meta = META_COLUMNS.join("\t") + "\n";
  const bases = [...new Set(speeches.map((s) => s.file.replace(/_spch\d+\.txt$/, "")))];
  bases.forEach((b, i) => {
    const s = speeches.find((x) => x.file.startsWith(b)) as DebateSpeech;
    const [y, m, d] = s.date.split("-");
    meta += bareLine(META_COLUMNS, {
      "": String(i + 1),
      basename: b,
      date: v5 ? s.date : longDate(s.date),
      topic: s.item3 ? `${s.topic}\n(continued)` : s.topic,
      year: y,
      month: String(Number(m)),
      day: String(Number(d)),
      spv: s.symbol,
      num_speeches: String(speeches.filter((x) => x.file.startsWith(b)).length),
    });
  });
  fs.writeFileSync(path.join(dir, "speaker.tsv"), speaker);
  fs.writeFileSync(path.join(dir, "meta.tsv"), meta);
  if (!opts.folder) {
    tar.c({ file: path.join(dir, "speeches.tar"), cwd: dir, sync: true, portable: true }, ["speeches"]);
    fs.rmSync(path.join(dir, "speeches"), { recursive: true });
  }
  return dir;
}

/** A dyad of the press-conference fixture. */
export interface FixtureDyad {
  orig: string;
  split: string;
  date: string;
  who: string;
  q: string;
  a: string;
}

/** The press-conference fixture's dyads (invented questions and answers). */
export const PRESS_DYADS: FixtureDyad[] = [
  {
    orig: "100",
    split: "100",
    date: "2008-01-17",
    who: "Jiang Example",
    q: "Invented question on Kosovo's status talks?",
    a: "Invented answer: talks should go on.",
  },
  {
    orig: "101",
    split: "101",
    date: "2008-01-17",
    who: "Jiang Example",
    q: "Invented question on trade?",
    a: "Invented answer on trade.",
  },
  {
    orig: "200",
    split: "200",
    date: "2010-07-23",
    who: "missing",
    q: "Invented question on the court's opinion?",
    a: "Invented answer naming UNMIK and Pristina.",
  },
  {
    orig: "300",
    split: "300_1",
    date: "2023-05-30",
    who: "Mao Example",
    q: "Invented two-part question on Kosovo and on a river dam?",
    a: "Invented answer on the river dam.",
  },
  {
    orig: "300",
    split: "300_2",
    date: "2023-05-30",
    who: "Mao Example",
    q: "Invented two-part question on Kosovo and on a river dam?",
    a: "Invented answer: calm in Kosovo matters.",
  },
  {
    orig: "400",
    split: "400",
    date: "2015-03-04",
    who: "-",
    q: "Invented question about Kosovo's invented sports team?",
    a: "Invented answer, no comment.",
  },
  {
    orig: "500",
    split: "500",
    date: "2006-05-05",
    who: "Liu Example",
    q: "Invented early question on Kosovo?",
    a: "Invented early answer.",
  },
];

/** Excel's serial number of an ISO date (1900 date system). */
export function excelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Writes a CMFA PressCon `.xlsx`: dates as Excel date cells (serial numbers), a split question. */
export function writePressCon(file: string, dyads: FixtureDyad[] = PRESS_DYADS): string {
  const rows: unknown[][] = [PRESSCON_COLUMNS];
  dyads.forEach((d, i) => {
    const [y, m, day] = d.date.split("-").map(Number);
    const row: Record<string, unknown> = {
      id_orig: d.orig,
      id_split: d.split,
      id: String(i + 1),
      link: `https://example.org/press/${d.date}`,
      spokesperson: d.who,
      day,
      month: m,
      year: y,
      date: excelSerial(d.date),
      question: d.q,
      answer: d.a,
      q_loc: "-",
      a_loc: "-",
      q_sentiment: 0,
    };
    rows.push(PRESSCON_COLUMNS.map((c) => row[c] ?? ""));
  });
  const ws = XLSX.utils.aoa_to_sheet(rows);
  const dateCol = PRESSCON_COLUMNS.indexOf("date");
  for (let r = 1; r < rows.length; r++) {
    const cell = ws[XLSX.utils.encode_cell({ r, c: dateCol })];
    if (cell) cell.z = "yyyy-mm-dd";
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "PressCon");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
  return file;
}

/** A fresh temporary folder. */
export function tmpDir(prefix = "datasets-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs `f` with an environment variable set, then restores it. */
export function withEnv<T>(name: string, value: string, f: () => T): T {
  const old = process.env[name];
  process.env[name] = value;
  try {
    return f();
  } finally {
    if (old === undefined) delete process.env[name];
    else process.env[name] = old;
  }
}
