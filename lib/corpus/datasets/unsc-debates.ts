/**
 * Reading The UN Security Council Debates (Schoenfeld et al., v6.1 and earlier): `meta.tsv` (one row
 * per meeting document), `speaker.tsv` (one row per speech) and the speeches themselves, one `.txt`
 * file each in `speeches.tar` (or an extracted `speeches/` folder). The two tables have no quoting at
 * all, an empty first header (an R row index) and, in v6.1, rows split over two lines (S/PV.5225);
 * versions differ in names (`country_org` or `country`, `role` or `role_in_un`), in 3- or 4-digit
 * speech numbers and in date formats. The texts keep the printed form of address, which is removed.
 */
import * as path from "path";
import { decodeUtf8Strict, normalizeBody } from "../../core";
import { type CouncilReadReport, type CouncilSelection, type CouncilSpeech, stripFormOfAddress } from "./council";
import { countryCode } from "./countries";
import { DATASETS } from "./kinds";
import { COUNCIL_FILES, findFile, requireFile, shownPath } from "./layout";
import { isChina, isKosovoAgenda } from "./select";
import { readFolderSpeeches, readTarSpeeches } from "./tar";
import { type TsvTable, openTsv } from "./tsv";
import { baseSymbol, cell, isoFromParts, parseDateCell, resumptionOf } from "./values";

const FIX =
  `download The UN Security Council Debates (doi:${DATASETS["unsc-debates"].doi}) again ` +
  "and point --from at its folder";

/** A meeting document of `meta.tsv`. */
interface MetaInfo {
  date: string | null;
  symbol: string;
  agenda: string;
  kosovo: boolean;
}

/**
 * The meeting symbol a speech file's name carries: "UNSC_2014_SPV.7155_spch007.txt" → "S/PV.7155";
 * a 2020 letter "UNSC_2020_SPV.2020_791_spch005.txt" → "S/2020/791".
 *
 * @example symbolFromFileName("UNSC_2005_SPV.5225Resumption1_spch0012.txt") // "S/PV.5225"
 */
export function symbolFromFileName(name: string): string {
  const letter = /_S(?:PV)?\.?_?(\d{4})_(\d+)_spch/i.exec(name);
  if (letter) return `S/${letter[1]}/${Number(letter[2])}`;
  const pv = /_SPV\.(\d+)/i.exec(name);
  return pv ? `S/PV.${Number(pv[1])}` : "";
}

/**
 * The file name without its speech number: the meeting document it belongs to (`basename` in meta.tsv).
 *
 * @example meetingBasename("UNSC_2008_SPV.5839_spch0003.txt") // "UNSC_2008_SPV.5839"
 */
export function meetingBasename(name: string): string {
  return name.replace(/_spch\d+\.txt$/i, "");
}

/** The meeting documents of `meta.tsv` by `basename`; Kosovo rows are parsed in full, the others peeked. */
function readMeta(file: string): Map<string, MetaInfo> {
  const t = openTsv({ file, shown: shownPath(file), quoting: "none", required: [["basename"], ["topic"]], fix: FIX });
  const c = { base: t.col("basename"), date: t.col("date"), topic: t.col("topic"), spv: t.col("spv") };
  const c2 = { y: t.col("year"), m: t.col("month"), d: t.col("day") };
  const out = new Map<string, MetaInfo>();
  try {
    for (let r = t.next(); r; r = t.next()) {
      const rec = r;
      let get = (k: number) => cell(t.peek(rec, k));
      const kosovo = isKosovoAgenda(get(c.topic));
      if (kosovo) {
        const f = t.parse(rec);
        get = (k: number) => (k < 0 ? "" : cell(f[k]));
      }
      out.set(get(c.base), {
        date: parseDateCell(get(c.date)) ?? isoFromParts(get(c2.y), get(c2.m), get(c2.d)),
        symbol: baseSymbol(get(c.spv)),
        agenda: kosovo ? get(c.topic) : "",
        kosovo,
      });
    }
  } finally {
    t.close();
  }
  return out;
}

/**
 * The speeches of The UN Security Council Debates that `select` keeps, in the archive's order.
 * Fills `report` (its version: "6.1" for 4-digit speech numbers and `country_org`, else "5").
 *
 * @example const select = { kosovoMeetings: true, chinaOnly: true, years: [2008, 2023] };
 *   for (const s of readUnscDebates("dl", select, report)) s.rowId // "UNSC_2008_SPV.5839_spch0012", …
 * @throws {InputError} a file is missing or not what it claims (naming the file, the line, what was expected)
 */
export function* readUnscDebates(
  dir: string,
  select: CouncilSelection,
  report: CouncilReadReport,
): Generator<CouncilSpeech> {
  const layout = COUNCIL_FILES["unsc-debates"];
  const metaFile = requireFile(dir, layout.meta, "unsc-debates");
  const speakerFile = requireFile(dir, layout.speaker, "unsc-debates");
  requireFile(dir, layout.speeches, "unsc-debates");
  const tarFile = findFile(dir, ["speeches.tar"]);
  const folder = path.join(dir, "speeches");
  const metas = readMeta(metaFile);
  const t = openTsv({
    file: speakerFile,
    shown: shownPath(speakerFile),
    quoting: "none",
    required: [["filename"], ["country_org", "country"], ["speaker"]],
    fix: FIX,
  });
  let wanted: Map<string, Omit<CouncilSpeech, "body" | "source">>;
  try {
    wanted = chooseRows(t, metas, select, report);
  } finally {
    report.joinedRows += t.joinedRows();
    t.close();
  }
  const speechesShown = shownPath(tarFile ?? folder);
  report.files.push(shownPath(metaFile), t.spec.shown, speechesShown);
  const files = tarFile
    ? readTarSpeeches(tarFile, speechesShown, (n) => wanted.has(n))
    : readFolderSpeeches(folder, speechesShown, (n) => wanted.has(n));
  const found = new Set<string>();
  for (const f of files) {
    const meta = wanted.get(f.name);
    if (!meta || found.has(f.name)) continue;
    found.add(f.name);
    const source = decodeUtf8Strict(f.bytes, f.place, "the speech file");
    report.kept++;
    yield { ...meta, place: f.place, body: stripFormOfAddress(normalizeBody(source).trim()).trim(), source };
  }
  const lost = [...wanted.keys()].filter((n) => !found.has(n));
  if (lost.length > 0)
    report.notes.push(
      `${lost.length} speech(es) listed in ${t.spec.shown} have no file in ${speechesShown}: ` +
        lost.slice(0, 5).join(", ") +
        (lost.length > 5 ? ", …" : ""),
    );
}

/** Picks the rows of speaker.tsv that `select` keeps (peeking), parses them, and maps file name → speech. */
function chooseRows(
  t: TsvTable,
  metas: Map<string, MetaInfo>,
  select: CouncilSelection,
  report: CouncilReadReport,
): Map<string, Omit<CouncilSpeech, "body" | "source">> {
  const c = {
    file: t.col("filename"),
    country: t.col("country_org", "country"),
    speaker: t.col("speaker"),
    date: t.col("date"),
    y: t.col("year"),
    m: t.col("month"),
    d: t.col("day"),
    topic: t.col("topic"),
    items: ["agenda_item1", "agenda_item2", "agenda_item3", "agenda_item4", "agenda_item_manual"].map((n) => t.col(n)),
    symbol: t.col("meeting_symbol"),
    doc: t.col("document_symbol"),
    type: t.col("participanttype"),
    role: t.col("role", "role_in_un"),
    number: t.col("speech_number"),
  };
  const wanted = new Map<string, Omit<CouncilSpeech, "body" | "source">>();
  let fourDigits = false;
  for (let r = t.next(); r; r = t.next()) {
    report.rows++;
    if (!fourDigits && /_spch\d{4}\.txt\s*$/i.test(t.peek(r, c.file))) fourDigits = true;
    // China's rows are a few in a hundred: its card asks the country first, which one peek answers
    if (select.chinaOnly && !isChina(t.peek(r, c.country))) continue;
    const name = path.posix.basename(cell(t.peek(r, c.file)).replace(/\\/g, "/"));
    const year = Number(/^UNSC_(\d{4})_/.exec(name)?.[1] ?? cell(t.peek(r, c.y)));
    if (!(year >= select.years[0] && year <= select.years[1])) continue;
    const meta = metas.get(meetingBasename(name));
    const rec = r;
    const kosovo = meta ? meta.kosovo : isKosovoAgenda(t.peek(rec, c.topic), ...c.items.map((k) => t.peek(rec, k)));
    if (select.kosovoMeetings && !kosovo) continue;
    const f = t.parse(r);
    const get = (k: number) => (k < 0 ? "" : cell(f[k]));
    const date = parseDateCell(get(c.date)) ?? isoFromParts(get(c.y), get(c.m), get(c.d)) ?? meta?.date ?? null;
    if (!date) {
      report.notes.push(`${t.spec.shown} row ${r.index} (${name}): no readable date; left out`);
      continue;
    }
    const named = countryCode(get(c.country));
    const speaker = get(c.speaker);
    wanted.set(name, {
      dataset: "unsc-debates",
      rowId: name.replace(/\.txt$/i, ""),
      place: `${t.spec.shown} row ${r.index}`,
      date,
      symbol: baseSymbol(get(c.symbol)) || meta?.symbol || symbolFromFileName(name),
      resumption: resumptionOf(get(c.doc) || name),
      order: Number(get(c.number)) || Number(/_spch(\d+)\.txt$/i.exec(name)?.[1] ?? 0),
      speaker,
      post: get(c.role),
      countryName: named.name,
      country: named.iso3,
      presiding: /president/i.test(get(c.type)) || /^the (acting )?president$/i.test(speaker),
      procedural: null,
      agenda: meta?.agenda || [get(c.topic), ...c.items.map(get)].filter((s) => s !== "").join(" — "),
      kosovoMeeting: kosovo,
    });
  }
  report.version = fourDigits && t.col("country_org") >= 0 ? "6.1" : fourDigits ? "6" : "5";
  return wanted;
}
