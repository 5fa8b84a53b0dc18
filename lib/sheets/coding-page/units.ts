/**
 * Which units a coding page (or a REFI-QDA export) holds: every unit of a corpus, a seeded sample (the one
 * `npm run sheet` draws with the same `--sample` and `--seed`), or the units listed in a file such as a
 * round's `sample.csv` (optionally one half of it: `tune` or `holdout`).
 */
import * as fs from "fs";
import { ArgumentError, byCodeUnit, InputError, type Unit } from "../../core";
import { headerOf, readCsv } from "../csv";
import { sampleUnits } from "../sample";

/** How to choose the units. */
export type UnitChoice =
  | { kind: "all" }
  | { kind: "sample"; fraction: number; seed: string }
  | { kind: "list"; file: string; half?: string };

/** The chosen units, what they are in words, and a short stable name for them. */
export interface ChosenUnits {
  units: Unit[];
  /** E.g. "a 0.2 sample (seed 1) of 334 units". */
  description: string;
  /** E.g. "all", "sample-0.2-1", "list-sample.csv-tune". */
  key: string;
}

/** The ids of a list file: its `id` column, the rows of one half when asked. */
function listedIds(file: string, half: string | undefined): string[] {
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "file not found",
      fix: "give a CSV with an id column, e.g. a round's sample.csv",
    });
  const records = readCsv(fs.readFileSync(file, "utf8"), file);
  const { col } = headerOf(records);
  if (!col.has("id"))
    throw new InputError({ file, line: 1, message: "no `id` column", fix: "name the unit ids' column `id`" });
  if (half !== undefined && !col.has("half"))
    throw new InputError({
      file,
      line: 1,
      message: `no \`half\` column, so no half "${half}"`,
      fix: "leave out --half",
    });
  const rows = records.slice(1).filter((r) => (r[col.get("id")!] ?? "").trim() !== "");
  const kept = half === undefined ? rows : rows.filter((r) => (r[col.get("half")!] ?? "").trim() === half);
  if (kept.length === 0)
    throw new InputError({ file, message: `no unit ${half ? `in half "${half}"` : "listed"}`, fix: "check the file" });
  return kept.map((r) => r[col.get("id")!].trim());
}

/**
 * The units of a corpus that a page or an export holds.
 *
 * @throws {ArgumentError} for a sample fraction outside (0, 1]
 * @throws {InputError} for a list file that is missing, has no id column, or names units the corpus lacks
 * @example chooseUnits(units, { kind: "sample", fraction: 0.2, seed: "1" }).description
 */
export function chooseUnits(all: Unit[], choice: UnitChoice): ChosenUnits {
  if (choice.kind === "all") return { units: all, description: `every unit (${all.length})`, key: "all" };
  if (choice.kind === "sample") {
    if (!(choice.fraction > 0 && choice.fraction <= 1))
      throw new ArgumentError("--sample", "a fraction in (0, 1], e.g. 0.2", choice.fraction);
    const units = sampleUnits(all, choice.fraction, choice.seed);
    return {
      units,
      description: `a ${choice.fraction} sample (seed ${choice.seed}) of ${all.length} units: ${units.length}`,
      key: `sample-${choice.fraction}-${choice.seed}`,
    };
  }
  const ids = listedIds(choice.file, choice.half);
  const byId = new Map(all.map((u) => [u.id, u]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length)
    throw new InputError({
      file: choice.file,
      message: `${missing.length} listed unit(s) are not in the corpus: ${missing.slice(0, 5).join(", ")}`,
      fix: "list units of this corpus card (or pass the card the list was drawn from)",
    });
  const units = [...new Set(ids)].map((id) => byId.get(id) as Unit).sort((a, b) => byCodeUnit(a.id, b.id));
  const name = choice.file.split(/[\\/]/).pop() ?? choice.file;
  const half = choice.half ? `, half "${choice.half}"` : "";
  return {
    units,
    description: `the ${units.length} units listed in ${name}${half}`,
    key: `list-${name}${choice.half ? `-${choice.half}` : ""}`,
  };
}
