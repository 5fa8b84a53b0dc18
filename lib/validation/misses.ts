/** The misses and false alarms of a comparison, with what a reader needs to judge each. */
import { byCodeUnit } from "../core";
import type { CodedUnit, Evidence, Unit } from "../core";
import { unitTheme } from "./compare";
import type { ThemeValidation } from "./compare";

/** A miss or false alarm with what a reader needs to judge it. */
export interface ErrorToRead {
  id: string;
  theme: string;
  kind: "miss" | "false alarm";
  /** For a false alarm the sentence(s) the coder counted; for a miss the unit's text (shortened). */
  text: string;
  /** For a false alarm the codebook pattern(s) that fired; "" for a miss. */
  patterns: string;
}

/**
 * The misses and false alarms of a comparison, with the coder's evidence (false alarms) or the
 * unit's text (misses) for a reader to judge, sorted by theme then id.
 *
 * @param maxChars longest text shown (cut at a word, with " …")
 * @example showTable(errorsToRead(compareToGold(gold, run.presence), run.coded, run.units))
 */
export function errorsToRead(
  rows: ThemeValidation[],
  coded: CodedUnit[],
  units: Array<Pick<Unit, "id" | "body">>,
  maxChars = 400,
): ErrorToRead[] {
  const evidence = new Map<string, Evidence[]>();
  for (const c of coded)
    for (const e of c.evidence) {
      const k = unitTheme(e.unitId, e.theme);
      const list = evidence.get(k) ?? [];
      list.push(e);
      evidence.set(k, list);
    }
  const bodies = new Map(units.map((u) => [u.id, u.body]));
  const cut = (t: string) => {
    const s = t.replace(/\s+/g, " ").trim();
    return s.length > maxChars ? s.slice(0, maxChars).replace(/\s+\S*$/, "") + " …" : s;
  };
  const out: ErrorToRead[] = [];
  for (const r of rows) {
    if (r.theme === "overall") continue;
    for (const id of r.falseAlarms) {
      const ev = evidence.get(unitTheme(id, r.theme)) ?? [];
      const sentences = [...new Set(ev.map((e) => e.text))];
      const patterns = [...new Set(ev.map((e) => e.pattern))].sort(byCodeUnit);
      out.push({
        id,
        theme: r.theme,
        kind: "false alarm",
        text: cut(sentences.join(" … ")),
        patterns: patterns.join("; "),
      });
    }
    for (const id of r.misses)
      out.push({ id, theme: r.theme, kind: "miss", text: cut(bodies.get(id) ?? ""), patterns: "" });
  }
  return out.sort((a, b) => byCodeUnit(a.theme, b.theme) || byCodeUnit(a.id, b.id) || byCodeUnit(a.kind, b.kind));
}
