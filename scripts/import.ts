/**
 * Fills the study corpus from a dataset a researcher has downloaded by hand.
 *
 *   npm run import -- --dataset unsc-speeches|unsc-debates|cmfa-presscon --from <path>
 *                     [--corpus china-kosovo] [--texts <dir>] [--slots <csv>] [--years 2008-2024]
 *                     [--version <v>] [--replace]
 *
 * Reads China's statements on Kosovo from the download (Security Council: China's speeches at the
 * Kosovo meetings; press conferences: the pairs about Kosovo, as Q:/A: lines), matches each to its
 * slot, writes it into the corpus folder with its provenance, lists texts without a slot as
 * candidate slots, and ends with the coverage table. A second run changes nothing; `npm run fetch`
 * then fetches only the slots still missing.
 *
 * Paths are read from where the command was typed and checked before anything is read
 * (`checkCommandPaths`: --texts may not lie in data/ or another corpus's folder, nor be the download).
 *
 * Exit codes: 0 done; 2 bad command line, or a file that is not what it claims (the message names it).
 */
import { parseArgs } from "util";
import { ArgumentError, InputError, ValidationError } from "../lib/core";
import { loadCard, sourceDir } from "../lib/corpus";
import { defaultTextsDir, loadSlots, slotsPath } from "../lib/sources";
import {
  DATASETS,
  DATASET_NAMES,
  type ImportReport,
  datasetInfo,
  importDataset,
  shownPath,
} from "../lib/sources/datasets";
import { checkCommandPaths, fromUser, fsErrorMessage, isFileSystemError } from "../lib/cli";

const USAGE = `usage: npm run import -- --dataset ${DATASET_NAMES.join("|")} --from <path>
       [--corpus china-kosovo] [--texts <dir>] [--slots <csv>] [--years 2008-2024] [--version <v>] [--replace]`;

function usage(message: string): never {
  process.stderr.write(`import: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** "2008-2024" → [2008, 2024]. */
function yearsOption(v: string): [number, number] {
  const m = /^(\d{4})\s*[-–:]\s*(\d{4})$/.exec(v.trim());
  if (!m || Number(m[1]) > Number(m[2])) throw new ArgumentError("--years", "FROM-TO, e.g. 2008-2024", v);
  return [Number(m[1]), Number(m[2])];
}

/** Pads the cells of rows into columns. */
function table(head: string[], rows: string[][], right: number[] = []): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (right.includes(i) ? c.padStart(w[i]) : c.padEnd(w[i])))
      .join("  ")
      .trimEnd();
  return [line(head), line(w.map((n) => "-".repeat(n))), ...rows.map(line)].join("\n");
}

function report(r: ImportReport, textsDir: string): string {
  const info = DATASETS[r.dataset];
  const shownDir = shownPath(textsDir);
  const what = r.dataset === "cmfa-presscon" ? "question–answer pairs" : "speeches";
  const picked = r.dataset === "cmfa-presscon" ? "about Kosovo" : "of China at Kosovo meetings";
  const out = [
    `import: ${info.title} v${r.version} (doi:${info.doi}) from ${r.files.join(", ")}`,
    `read ${r.rows} ${what}; ${r.selected} ${picked} → ${r.texts.length} text${r.texts.length === 1 ? "" : "s"}` +
      (r.joinedRows > 0 ? ` (${r.joinedRows} rows split over two lines joined)` : ""),
    "",
  ];
  if (r.texts.length > 0)
    out.push(
      table(
        ["text", "slot", "matched by", "outcome", "words"],
        r.texts.map((t) => [
          t.id,
          t.slot ? "yes" : "candidate",
          t.how,
          t.outcome === "kept" ? `kept (${t.before})` : t.outcome,
          String(t.words),
        ]),
        [4],
      ),
      "",
    );
  const count = (o: string) => r.texts.filter((t) => t.outcome === o).length;
  const candidates = r.coverage.withoutSlot;
  out.push(
    `written ${count("written")}, updated ${count("updated")}, replaced ${count("replaced")}, ` +
      `unchanged ${count("unchanged")}, kept ${count("kept")} (texts from elsewhere; --replace to overwrite)`,
    `texts without a slot: ${candidates.length}` +
      (candidates.length ? ` (${candidates.map((c) => c.id).join(", ")})` : "") +
      ` — listed as candidate slots in ${shownPath(r.candidatesFile)}`,
    ...r.notes.map((n) => `note: ${n}`),
    "",
    `coverage of the ${r.coverage.rows.at(-1)?.total ?? 0} slots (${shownDir}):`,
    table(
      ["source", ...r.coverage.categories, "all"],
      r.coverage.rows.map((row) => [
        row.origin,
        ...r.coverage.categories.map((c) => String(row.counts[c] ?? 0)),
        String(row.total),
      ]),
      r.coverage.categories.map((_, i) => i + 1).concat([r.coverage.categories.length + 1]),
    ),
  );
  const missing = r.coverage.missing.length;
  out.push(
    "",
    missing > 0
      ? `next: \`npm run fetch -- --corpus china-kosovo\` fetches only the ${missing} slot(s) still missing.`
      : "every slot is filled.",
  );
  return out.join("\n");
}

function main(): number {
  let args: Record<string, string | boolean | undefined>;
  try {
    args = parseArgs({
      options: {
        dataset: { type: "string" },
        from: { type: "string" },
        corpus: { type: "string", default: "china-kosovo" },
        texts: { type: "string" },
        slots: { type: "string" },
        years: { type: "string" },
        version: { type: "string" },
        replace: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (typeof args.dataset !== "string") usage(`--dataset is required (${DATASET_NAMES.join(", ")})`);
  if (typeof args.from !== "string") usage("--from is required: the folder (or .xlsx) you downloaded");
  try {
    const info = datasetInfo(args.dataset);
    const corpus = String(args.corpus);
    const card = loadCard(corpus);
    const textsDir = typeof args.texts === "string" ? fromUser(args.texts) : defaultTextsDir(corpus);
    const slotsFile = typeof args.slots === "string" ? fromUser(args.slots) : slotsPath(corpus);
    const from = fromUser(args.from);
    // before anything is read: the download and slots are there, the texts folder destroys nothing
    checkCommandPaths({
      inputs: [
        { option: "--from", path: from, kind: "either" },
        { option: "--slots", path: slotsFile, kind: "file" },
      ],
      outputs: [{ option: "--texts", path: textsDir, kind: "folder", what: "the imported texts" }],
      mayWriteIn: [sourceDir(card)],
    });
    const r = importDataset({
      dataset: info.name,
      from,
      textsDir,
      slots: loadSlots(slotsFile, card.categories),
      categories: card.categories,
      years: typeof args.years === "string" ? yearsOption(args.years) : card.filters.years,
      version: typeof args.version === "string" ? args.version : undefined,
      replace: args.replace === true,
    });
    process.stdout.write(`${report(r, textsDir)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ArgumentError) usage(e.message);
    if (e instanceof InputError || e instanceof ValidationError) {
      process.stderr.write(`import: ${e.message}\n`);
      return 2;
    }
    if (isFileSystemError(e)) {
      process.stderr.write(`import: ${fsErrorMessage(e)}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main();
