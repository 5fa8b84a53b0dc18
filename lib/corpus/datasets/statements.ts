/**
 * A statement for the study corpus, as the import writes it: China's speeches at one Security Council
 * meeting joined into one text (the study codes China's statement per meeting), or the Kosovo pairs
 * of one press conference. It keeps the dataset rows it was made from, for provenance.
 */
import { byCodeUnit } from "../../core";
import { type CouncilSpeech, bareName } from "./council";
import type { DatasetName } from "./kinds";
import { chinaStatementBody } from "./select";

/** One text to write into the study corpus, with where it came from. */
export interface Statement {
  dataset: DatasetName;
  category: "unsc" | "mfa";
  /** ISO date. */
  date: string;
  /** The meeting's symbol ("" for a press conference). */
  symbol: string;
  speaker: string;
  post: string;
  /** Where it was said, from the dataset (a matched slot's venue is used instead). */
  venue: string;
  /** What the meeting or press conference was about, for the candidate-slot list. */
  title: string;
  body: string;
  /** The dataset's ids of the rows it was made from, in order. */
  rows: string[];
  /** The rows' texts as read (a speech field or file; a press pair's question and answer), hashed for provenance. */
  sources: string[];
}

/**
 * China's statements per meeting: the China rows of each meeting (by symbol, else by date) that are
 * China's statement (see `chinaStatementBody`), in speaking order, joined by a blank line. Sorted by
 * date, then symbol.
 *
 * @example councilStatements(speeches).map((s) => s.symbol) // ["S/PV.5839", "S/PV.5850", …]
 */
export function councilStatements(speeches: CouncilSpeech[]): Statement[] {
  const byMeeting = new Map<string, Array<{ s: CouncilSpeech; body: string }>>();
  for (const s of speeches) {
    const body = chinaStatementBody(s);
    if (body === null || body.trim() === "") continue;
    const key = `${s.date}\u0000${s.symbol || s.date}`;
    const list = byMeeting.get(key) ?? [];
    list.push({ s, body });
    byMeeting.set(key, list);
  }
  const out: Statement[] = [];
  for (const key of [...byMeeting.keys()].sort(byCodeUnit)) {
    const list = (byMeeting.get(key) ?? []).sort((a, b) => a.s.order - b.s.order || byCodeUnit(a.s.rowId, b.s.rowId));
    const first = list[0].s;
    const meeting = [first.symbol || "meeting", first.resumption].filter((p) => p !== "").join(", ");
    const speaker = list.map((x) => bareName(x.s.speaker)).find((n) => n !== "" && !/^the /i.test(n)) ?? "";
    out.push({
      dataset: first.dataset,
      category: "unsc",
      date: first.date,
      symbol: first.symbol,
      speaker,
      post: list.map((x) => x.s.post).find((p) => p !== "") ?? "",
      venue: `UN Security Council, New York (${meeting})`,
      title: first.agenda,
      body: list.map((x) => x.body.trim()).join("\n\n"),
      rows: list.map((x) => x.s.rowId),
      sources: list.map((x) => x.s.source),
    });
  }
  return out;
}
