/**
 * Reading CMFA PressCon (Mochtak & Turcsanyi): one row per question–answer dyad of the foreign
 * ministry's regular press conferences, in an `.xlsx`. The date is an Excel date (a serial number)
 * or text, with day/month/year columns beside it; multi-topic questions are split into several dyads
 * (`id_split` like `123_2`) that share `id_orig`. Only the answer is the spokesperson's words: the
 * texts are written with `Q:` (journalist) and `A:` (spokesperson) lines.
 */
import * as path from "path";
import { normalizeBody } from "../../core";
import { hasAnchor } from "../../text";
import { DATASETS } from "./kinds";
import { isPairAboutKosovo } from "./select";
import { bareName } from "./council";
import type { Statement } from "./statements";
import { readSheetTable } from "./xlsx";
import { cell, excelSerialToIso, isoFromParts, parseDateCell } from "./values";

/** One question–answer dyad. */
export interface Dyad {
  /** 1-based row of the sheet. */
  row: number;
  /** The dyad's id (`id_split`, else `id`, else the row). */
  id: string;
  /** The question's id before splitting (`id_orig`), "" when the sheet has none. */
  idOrig: string;
  date: string;
  spokesperson: string;
  question: string;
  answer: string;
  link: string;
}

/** What reading the workbook found. */
export interface PressRead {
  shown: string;
  version: string;
  rows: number;
  dyads: Dyad[];
  notes: string[];
}

const FIX = `download CMFA PressCon (the .xlsx described in doi:${DATASETS["cmfa-presscon"].doi}) again`;

function text(v: unknown): string {
  return v === undefined || v === null ? "" : normalizeBody(String(v)).trim();
}

/** A date cell: an Excel serial, a Date, or text; null when none of these. */
function dateOf(v: unknown): string | null {
  if (typeof v === "number") return excelSerialToIso(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return parseDateCell(text(v));
}

/**
 * The dyads of a CMFA PressCon workbook within `years`, in the sheet's order. The version is read from
 * the file name (`_v4`) or, failing that, from the columns (v4 adds sentiment scores).
 *
 * @example readPressCon("dl/CMFA_PressCon_v4.xlsx", [2008, 2024], "CMFA_PressCon_v4.xlsx").dyads.length
 * @throws {InputError} not a workbook, or no sheet with the columns question, answer and a date
 */
export function readPressCon(file: string, years: [number, number], shown = path.basename(file)): PressRead {
  const t = readSheetTable(file, shown, [["question"], ["answer"], ["date", "year"]], FIX);
  const c = {
    id: t.col("id_split", "id"),
    orig: t.col("id_orig"),
    date: t.col("date"),
    y: t.col("year"),
    m: t.col("month"),
    d: t.col("day"),
    who: t.col("spokesperson"),
    q: t.col("question"),
    a: t.col("answer"),
    link: t.col("link"),
  };
  const named = /_v(\d+)/i.exec(path.basename(file))?.[1];
  const version = named ?? (t.col("q_sentiment") >= 0 ? "4" : "3");
  const out: PressRead = { shown, version, rows: t.rows.length, dyads: [], notes: [] };
  t.rows.forEach((r, i) => {
    const get = (k: number) => (k < 0 ? "" : text(r[k]));
    const row = t.rowNumber(i);
    const date = (c.date >= 0 ? dateOf(r[c.date]) : null) ?? isoFromParts(get(c.y), get(c.m), get(c.d));
    if (!date) {
      if (get(c.q) !== "" || get(c.a) !== "") out.notes.push(`${shown} row ${row}: no readable date; left out`);
      return;
    }
    const year = Number(date.slice(0, 4));
    if (year < years[0] || year > years[1]) return;
    const who = cell(get(c.who));
    out.dyads.push({
      row,
      id: get(c.id) || String(row),
      idOrig: get(c.orig),
      date,
      spokesperson: who === "-" || /^missing$/i.test(who) ? "" : who,
      question: get(c.q),
      answer: get(c.a),
      link: get(c.link),
    });
  });
  return out;
}

/**
 * The dyads about Kosovo. A dyad counts when its question or answer names an anchor term; when a
 * multi-topic question was split into dyads that all repeat the question, only the dyads whose answer
 * names an anchor term count (the first one, if none does), so another topic's answer is not taken in.
 *
 * @example kosovoDyads(read.dyads).length
 */
export function kosovoDyads(dyads: Dyad[]): Dyad[] {
  const out: Dyad[] = [];
  for (let i = 0; i < dyads.length; ) {
    let j = i + 1;
    while (j < dyads.length && dyads[i].idOrig !== "" && dyads[j].idOrig === dyads[i].idOrig) j++;
    const group = dyads.slice(i, j);
    if (group.length > 1 && group.every((d) => d.question === group[0].question)) {
      const answering = group.filter((d) => hasAnchor(d.answer));
      if (answering.length > 0) out.push(...answering);
      else if (hasAnchor(group[0].question)) out.push(group[0]);
    } else out.push(...group.filter((d) => isPairAboutKosovo(d.question, d.answer)));
    i = j;
  }
  return out;
}

const label = (prefix: string, s: string) =>
  s
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => `${prefix} ${p}`);

/**
 * The Kosovo pairs of each press conference (one per date and page) as one statement: each pair a
 * block of `Q:` lines then `A:` lines, blocks separated by a blank line; a question split over several
 * dyads is written once, with their answers after it.
 *
 * @example pressStatements(kosovoDyads(read.dyads))[0].body.startsWith("Q: ") // true
 */
export function pressStatements(dyads: Dyad[]): Statement[] {
  const groups = new Map<string, Dyad[]>();
  for (const d of dyads) {
    const key = `${d.date}\u0000${d.link}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const keys = [...groups.keys()].sort();
  return keys.map((key) => {
    const list = groups.get(key) as Dyad[];
    const blocks: string[][] = [];
    list.forEach((d, i) => {
      const prev = list[i - 1];
      const sameQuestion = prev && d.idOrig !== "" && prev.idOrig === d.idOrig && prev.question === d.question;
      if (sameQuestion) blocks[blocks.length - 1].push(...label("A:", d.answer));
      else blocks.push([...label("Q:", d.question), ...label("A:", d.answer)]);
    });
    const date = list[0].date;
    return {
      dataset: "cmfa-presscon",
      category: "mfa",
      date,
      symbol: "",
      speaker: bareName(list.find((d) => d.spokesperson !== "")?.spokesperson ?? ""),
      post: "Foreign Ministry Spokesperson",
      venue: "MFA regular press conference, Beijing",
      title: `Foreign Ministry Spokesperson's Regular Press Conference (${date}; ${list.length} pair(s) on Kosovo)`,
      body: blocks.map((b) => b.join("\n")).join("\n\n"),
      rows: list.map((d) => d.id),
      sources: list.map((d) => `${d.question}\n${d.answer}`),
    } satisfies Statement;
  });
}
