/**
 * Reading UNSC Meetings and Speeches (Sakamoto & Matsuoka, v5.0): `meetings.tsv` (one row per
 * meeting record: the S/PV symbol, the topic and agenda) and `speeches.tsv` (one row per speech, the
 * text inline in `speech`). Both use standard quoting with line ends inside quoted fields. Rows are
 * chosen by peeking at their key fields; only the rows kept are parsed (csv-parse) and decoded.
 */
import { normalizeBody } from "../../core";
import type { CouncilReadReport, CouncilSelection, CouncilSpeech } from "./council";
import { countryCode } from "./countries";
import { DATASETS } from "./kinds";
import { COUNCIL_FILES, requireFile, shownPath } from "./layout";
import { isChina, isKosovoAgenda } from "./select";
import { type TsvTable, openTsv } from "./tsv";
import { baseSymbol, cell, isMissing, isoFromParts, parseCow, parseFlag, resumptionOf } from "./values";

/** A meeting record of `meetings.tsv`: what the speeches need from it. */
export interface MeetingInfo {
  symbol: string;
  resumption: string;
  date: string | null;
  agenda: string;
  kosovo: boolean;
}

const FIX =
  `download UNSC Meetings and Speeches (doi:${DATASETS["unsc-speeches"].doi}) again ` +
  "and point --from at its folder";

/**
 * The meetings of `meetings.tsv` by `record_id`. Every row's topic and agenda are peeked to find the
 * Kosovo meetings; those rows are parsed in full.
 *
 * @example readMeetings("dl/meetings.tsv").get("SC07155-01")?.symbol // "S/PV.7155"
 */
export function readMeetings(file: string): Map<string, MeetingInfo> {
  const t = openTsv({ file, shown: shownPath(file), quoting: "standard", required: [["record_id"]], fix: FIX });
  const c = {
    id: t.col("record_id"),
    record: t.col("record", "doc_name", "symbol"),
    num: t.col("meeting_num"),
    topic: t.col("topic"),
    agenda: t.col("agenda"),
    y: t.col("year"),
    m: t.col("month"),
    d: t.col("day"),
  };
  const out = new Map<string, MeetingInfo>();
  try {
    for (let r = t.next(); r; r = t.next()) {
      const rec = r;
      let get = (k: number) => t.peek(rec, k);
      const kosovo = isKosovoAgenda(get(c.topic), get(c.agenda));
      if (kosovo) {
        const f = t.parse(rec);
        get = (k: number) => (k < 0 ? "" : f[k]);
      }
      const record = cell(get(c.record));
      const num = cell(get(c.num)).replace(/\.0+$/, "");
      out.set(cell(get(c.id)), {
        symbol: baseSymbol(record) || (num ? `S/PV.${num}` : ""),
        resumption: resumptionOf(record),
        date: isoFromParts(get(c.y), get(c.m), get(c.d)),
        agenda: kosovo ? [cell(get(c.topic)), cell(get(c.agenda))].filter((s) => s !== "").join(" — ") : "",
        kosovo,
      });
    }
  } finally {
    t.close();
  }
  return out;
}

/**
 * The speeches of UNSC Meetings and Speeches that `select` keeps, in the file's order. Fills `report`.
 *
 * @example const select = { kosovoMeetings: true, chinaOnly: true, years: [2008, 2024] };
 *   for (const s of readUnscSpeeches("dl", select, report)) s.symbol // "S/PV.5839", …
 * @throws {InputError} a file is missing or not what it claims (naming the file, the line, what was expected)
 */
export function* readUnscSpeeches(
  dir: string,
  select: CouncilSelection,
  report: CouncilReadReport,
): Generator<CouncilSpeech> {
  const files = COUNCIL_FILES["unsc-speeches"];
  const meetingsFile = requireFile(dir, files.meetings, "unsc-speeches");
  const speechesFile = requireFile(dir, files.speeches, "unsc-speeches");
  const meetings = readMeetings(meetingsFile);
  const t = openTsv({
    file: speechesFile,
    shown: shownPath(speechesFile),
    quoting: "standard",
    required: [
      ["speech_id"],
      ["record_id"],
      ["speech"],
      ["speaker"],
      ["year"],
      ["month"],
      ["day"],
      ["affiliation", "affiliation_cow", "cow_ccode"],
    ],
    fix: FIX,
  });
  report.files.push(shownPath(meetingsFile), t.spec.shown);
  try {
    yield* speechRows(t, meetings, select, report);
  } finally {
    report.joinedRows += t.joinedRows();
    t.close();
  }
}

function* speechRows(
  t: TsvTable,
  meetings: Map<string, MeetingInfo>,
  select: CouncilSelection,
  report: CouncilReadReport,
): Generator<CouncilSpeech> {
  const c = {
    id: t.col("speech_id"),
    rid: t.col("record_id"),
    y: t.col("year"),
    m: t.col("month"),
    d: t.col("day"),
    aff: t.col("affiliation"),
    affCow: t.col("affiliation_cow"),
    cow: t.col("cow_ccode"),
    speaker: t.col("speaker"),
    position: t.col("position"),
    president: t.col("president"),
    procedural: t.col("procedural"),
    order: t.col("order"),
    topic: t.col("topic"),
    agenda: t.col("agenda"),
    doc: t.col("doc_name"),
    num: t.col("meeting_num"),
    speech: t.col("speech"),
  };
  for (let r = t.next(); r; r = t.next()) {
    report.rows++;
    const year = Number(cell(t.peek(r, c.y)));
    if (!(year >= select.years[0] && year <= select.years[1])) continue;
    const meeting = meetings.get(cell(t.peek(r, c.rid)));
    const kosovo = meeting ? meeting.kosovo : isKosovoAgenda(t.peek(r, c.topic), t.peek(r, c.agenda));
    if (select.kosovoMeetings && !kosovo) continue;
    if (select.chinaOnly && !isChina(t.peek(r, c.aff) || t.peek(r, c.affCow), parseCow(t.peek(r, c.cow)))) continue;
    const f = t.parse(r);
    const get = (k: number) => (k < 0 ? "" : cell(f[k]));
    const date = isoFromParts(get(c.y), get(c.m), get(c.d)) ?? meeting?.date ?? null;
    if (!date) {
      report.notes.push(`${t.spec.shown} row ${r.index} (${get(c.id)}): no real date in year/month/day; left out`);
      continue;
    }
    const named = countryCode(get(c.aff) || get(c.affCow));
    const country = parseCow(get(c.cow)) === 710 ? "CHN" : named.iso3;
    const doc = get(c.doc);
    const num = get(c.num).replace(/\.0+$/, "");
    const flag = parseFlag(get(c.president));
    const speech = isMissing(f[c.speech]) ? "" : f[c.speech];
    report.kept++;
    yield {
      dataset: "unsc-speeches",
      rowId: get(c.id),
      place: `${t.spec.shown} row ${r.index}`,
      date,
      symbol: meeting?.symbol || (/^S\//i.test(doc) ? baseSymbol(doc) : num ? `S/PV.${num}` : ""),
      resumption: meeting?.resumption ?? resumptionOf(doc),
      order: Number(get(c.order)) || Number(/(\d+)$/.exec(get(c.id))?.[1] ?? 0),
      speaker: get(c.speaker) === "n.a." ? "" : get(c.speaker),
      post: get(c.position),
      countryName: named.name,
      country,
      presiding: flag === null ? /^the (acting )?president$/i.test(get(c.speaker)) : flag,
      procedural: parseFlag(get(c.procedural)),
      agenda: meeting?.agenda || [get(c.topic), get(c.agenda)].filter((s) => s !== "").join(" — "),
      kosovoMeeting: kosovo,
      body: normalizeBody(speech).trim(),
      source: speech,
    };
  }
}
