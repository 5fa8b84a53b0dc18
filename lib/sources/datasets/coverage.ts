/**
 * The coverage table: how many of the study's slots are filled, and from where — each dataset, the
 * fetcher, or by hand — which slots are still missing (what `npm run fetch` will look for), and which
 * texts of the folder fill no slot (candidate slots, listed in the slots file's format so that a
 * researcher can copy a row into `data/corpora/china-kosovo.slots.csv` after checking it).
 */
import { stringify } from "csv-stringify/sync";
import * as fs from "fs";
import * as path from "path";
import type { Slot } from "../../sources";
import { SLOT_COLUMNS } from "../../sources";
import { DATASET_NAMES } from "../../corpus/datasets/kinds";
import { type Provenance, type TextOrigin, readProvenance, textOrigin } from "./provenance";

/** One origin of texts (or "missing"): slots filled per category. */
export interface CoverageRow {
  origin: TextOrigin | "missing";
  /** Slots per category, in the order of `Coverage.categories`. */
  counts: Record<string, number>;
  total: number;
}

/** A text of the folder that fills no slot. */
export interface UnslottedText {
  id: string;
  origin: TextOrigin;
  /** Its front matter, for the candidate-slot row. */
  fields: Record<string, string>;
  provenance: Provenance | null;
}

/** Slots filled per origin, slots missing, and texts without a slot. */
export interface Coverage {
  categories: string[];
  /** One row per origin (each dataset, fetch, by hand), then "missing", then "all". */
  rows: Array<CoverageRow | (Omit<CoverageRow, "origin"> & { origin: "all" })>;
  missing: Slot[];
  withoutSlot: UnslottedText[];
}

/** The front matter's `name: value` fields of a text file (values unquoted). */
function frontMatter(content: string): Record<string, string> {
  const fm = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(content)?.[1] ?? "";
  const out: Record<string, string> = {};
  for (const line of fm.split(/\r?\n/)) {
    const m = /^([A-Za-z]\w*):\s*(.*)$/.exec(line);
    if (!m) continue;
    const v = m[2].trim();
    out[m[1]] = /^".*"$/.test(v) ? (JSON.parse(v) as string) : v;
  }
  return out;
}

/**
 * The coverage of `slots` by the `.txt` files of `dir`.
 *
 * @example coverage(slots, "texts/china-kosovo", ["mfa", "unsc", "leader"]).rows.at(-2) // { origin: "missing", … }
 */
export function coverage(slots: Slot[], dir: string, categories: string[]): Coverage {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".txt") && !f.startsWith("."))
        .sort()
    : [];
  const origins = new Map<string, { origin: TextOrigin; content: string }>();
  for (const f of files) {
    const content = fs.readFileSync(path.join(dir, f), "utf8");
    origins.set(f.slice(0, -4), { origin: textOrigin(content), content });
  }
  const order: Array<TextOrigin | "missing"> = [...DATASET_NAMES, "fetch", "by hand", "missing"];
  const zero = () => Object.fromEntries(categories.map((c) => [c, 0]));
  const rows = new Map(order.map((o) => [o, { origin: o, counts: zero(), total: 0 } as CoverageRow]));
  const all = { origin: "all" as const, counts: zero(), total: 0 };
  const missing: Slot[] = [];
  for (const s of slots) {
    const o = origins.get(s.slot)?.origin ?? "missing";
    if (o === "missing") missing.push(s);
    for (const r of [rows.get(o) as CoverageRow, all]) {
      r.counts[s.category] = (r.counts[s.category] ?? 0) + 1;
      r.total++;
    }
  }
  const slotIds = new Set(slots.map((s) => s.slot));
  const withoutSlot = [...origins.entries()]
    .filter(([id]) => !slotIds.has(id))
    .map(([id, o]) => ({
      id,
      origin: o.origin,
      fields: frontMatter(o.content),
      provenance: readProvenance(o.content),
    }));
  return { categories, rows: [...rows.values(), all], missing, withoutSlot };
}

/**
 * The texts without a slot as rows of a slots file (same columns; `evidence` says where the text came
 * from), sorted by id. An empty list gives the header alone.
 *
 * @example candidateSlotsCsv(coverage(slots, dir, cats).withoutSlot).split("\n")[0] // "slot,date,category,…"
 */
export function candidateSlotsCsv(texts: UnslottedText[]): string {
  const rows = texts
    .slice()
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((t) => {
      const f = t.fields;
      const prov = t.provenance;
      const symbol = /\bS\/(?:PV\.\d+|\d{4}\/\d+)/.exec(`${f.venue ?? ""} ${f.source ?? ""}`)?.[0] ?? "";
      const evidence = prov
        ? `dataset: ${prov.dataset} v${prov.version} (doi:${prov.doi}), rows ${prov.rows.join(" ")}`
        : `${t.origin}: ${f.source ?? ""}`;
      const cells = [f.date, f.category, f.speaker, f.post, f.venue, f.title].map((v) => v ?? "");
      return [t.id, ...cells, symbol, "", "", evidence];
    });
  return stringify([[...SLOT_COLUMNS], ...rows], { record_delimiter: "\n" });
}
