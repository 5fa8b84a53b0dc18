/**
 * Benchmark (not a test): importing and coding datasets of the real size.
 *
 *   npm run bench:import [-- --dataset unsc-speeches|unsc-debates|cmfa-presscon|all] [--speeches 170000]
 *                        [--mb 500] [--dyads 30964] [--runs 1] [--keep <dir>]
 *
 * For each dataset it writes a copy of the real size in the dataset's layout (scripts/bench-import-data.ts;
 * not timed), then, each in a fresh Node process so that peak memory is its own:
 * - the import: the whole dataset streamed, China's Kosovo statements selected, matched to the study's
 *   slots and written, then every written text coded with the codebook (`npm run import` and coding);
 * - for the Security Council datasets, each card read and coded as it streams, in the card's scope mode
 *   (china-unsc: every China speech, sentence scope; unsc-kosovo: every speaker at the Kosovo meetings, unit scope).
 * - for the TSV datasets, the same TSV files read by csv-parse alone (its streaming API, every row parsed, nothing
 *   selected or coded): what the workbook's reader would cost without its byte-level framing (tsv.ts).
 * ripgrep counts the Kosovo anchor terms (case-insensitive literals, `-a` for the tar) over the same files
 * (the press workbook's sheet XML unzipped first), warm, median of three runs. Peak RSS is the process's
 * maximum resident set (getrusage). With `--runs N` each measurement is made in N fresh processes and the
 * median (by wall-clock time) is shown, with the largest peak RSS of the N. Each figure is wall-clock
 * seconds, with the CPU seconds beside it (user + system; ripgrep's read from /proc on Linux): on a
 * machine shared with other work the wall-clock ratio moves with the load, the CPU ratio much less.
 * Nothing is asserted. The last line of each dataset is
 *   bench:import: <dataset> <N> speeches, <MB> MB in <s> s; peak RSS <MB> MB; ripgrep <s> s; ratio <x>
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import * as XLSX from "xlsx";
import { loadCodebook } from "../lib/codebook";
import { codeUnit, compileCodebook, defaultScopeMode } from "../lib/coding";
import { loadCard, readTextFolder } from "../lib/corpus";
import { loadSlots, slotsPath } from "../lib/sources";
import {
  type DatasetName,
  DATASET_NAMES,
  importDataset,
  isDatasetName,
  loadCouncilCard,
  streamCouncilTexts,
} from "../lib/sources/datasets";
import { wholeTextUnit } from "../lib/units";
import { ANCHOR_TERMS } from "../lib/text";
import { csvParseAlone, tsvFilesOf } from "./bench-import-csv";
import { type Generated, writeDebatesDataset, writePressDataset, writeSpeechesDataset } from "./bench-import-data";

/** What a measuring process reports. */
interface Measured {
  seconds: number;
  /** CPU seconds (user + system) of the measured work. */
  cpu: number;
  peakMb: number;
  texts: number;
  detail: string;
}

const peakMb = () => process.resourceUsage().maxRSS / 1024; // kilobytes on Linux and macOS
/** CPU seconds of this process since `from` (a `process.cpuUsage()`). */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

/** In a fresh process: the import of `from` into `textsDir`, then every written text coded. */
function measureImport(dataset: DatasetName, from: string, textsDir: string): Measured {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const card = loadCard("china-kosovo");
  const r = importDataset({
    dataset,
    from,
    textsDir,
    slots: loadSlots(slotsPath("china-kosovo"), card.categories),
    categories: card.categories,
    years: card.filters.years,
  });
  const compiled = compileCodebook(loadCodebook(), { mode: "unit" });
  let present = 0;
  for (const t of readTextFolder(textsDir, card.categories)) {
    const c = codeUnit(compiled, wholeTextUnit(t));
    present += Object.values(c.codes).reduce((s, x) => s + x.present, 0);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const slotted = r.texts.filter((t) => t.slot !== "").length;
  const detail = `${r.selected} selected → ${r.texts.length} texts (${slotted} in slots), ${present} theme presences`;
  return { seconds, cpu: cpuSince(c0), peakMb: peakMb(), texts: r.texts.length, detail };
}

/** In a fresh process: a card's texts streamed from the dataset and coded one by one (none kept). */
function measureCard(dataset: DatasetName, from: string, cardName: string): Measured {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const base = loadCouncilCard(cardName);
  const card = { ...base, source: { ...base.source, kind: dataset as "unsc-speeches" | "unsc-debates" } };
  const compiled = compileCodebook(loadCodebook(), { mode: defaultScopeMode(card) }); // as the chapters code it
  let texts = 0;
  let words = 0;
  for (const t of streamCouncilTexts(card, { dir: from })) {
    codeUnit(compiled, { id: t.id, body: t.body });
    texts++;
    words += t.words;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, cpu: cpuSince(c0), peakMb: peakMb(), texts, detail: `${texts} speeches, ${words} words coded` };
}

/** In a fresh process: the dataset's TSV files read by csv-parse alone (bench-import-csv.ts). */
async function measureCsvParse(dataset: DatasetName, from: string): Promise<Measured> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const { files, quoting } = tsvFilesOf(dataset, from);
  const r = await csvParseAlone(files, quoting);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const names = files.map((f) => path.basename(f)).join(", ");
  const detail = `${r.rows} rows of ${names} (${(r.bytes / 1e6).toFixed(1)} MB) parsed, nothing selected or coded`;
  return { seconds, cpu: cpuSince(c0), peakMb: peakMb(), texts: r.rows, detail };
}

function child(args: string[]): Measured {
  const r = spawnSync(process.execPath, ["--import", "tsx", __filename, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`bench-import: measuring ${args.join(" ")} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as Measured;
}

/** `runs` fresh measurements (`before` runs ahead of each): the median by wall-clock time, the largest peak. */
function measured(args: string[], runs: number, before: () => void = () => {}): Measured {
  const all = Array.from({ length: Math.max(1, runs) }, () => {
    before();
    return child(args);
  }).sort((a, b) => a.seconds - b.seconds);
  return { ...all[Math.floor((all.length - 1) / 2)], peakMb: Math.max(...all.map((m) => m.peakMb)) };
}

/** The files ripgrep reads for a dataset: the dataset's own, the workbook's sheet XML unzipped. */
function rgFiles(dataset: DatasetName, gen: Generated, scratch: string): string[] {
  if (dataset !== "cmfa-presscon") return gen.files;
  const cfb = XLSX.CFB.read(fs.readFileSync(gen.files[0]), { type: "buffer" });
  const out: string[] = [];
  cfb.FileIndex.forEach((e: { type: number; name: string; content?: unknown }, i: number) => {
    if (e.type !== 2 || !e.content || !/\.xml$/i.test(e.name)) return;
    const f = path.join(scratch, `xlsx-${i}-${e.name}`);
    fs.writeFileSync(f, Buffer.from(e.content as Uint8Array));
    out.push(f);
  });
  return out;
}

/** CPU seconds of this process's finished children (Linux /proc; NaN elsewhere). */
function childrenCpu(): number {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) / 100; // cutime, cstime in clock ticks (100 a second on Linux)
  } catch {
    return Number.NaN;
  }
}

/** Median seconds of ripgrep counting the anchor terms over `files` (after one warming run), and its CPU. */
function ripgrep(files: string[], scratch: string): { seconds: number; cpu: number } {
  if (spawnSync("rg", ["--version"]).status !== 0) return { seconds: Number.NaN, cpu: Number.NaN };
  const pf = path.join(scratch, "anchors.txt");
  fs.writeFileSync(pf, `${ANCHOR_TERMS.join("\n")}\n`);
  const args = ["-c", "-i", "-a", "-F", "-f", pf, ...files];
  spawnSync("rg", args, { maxBuffer: 1 << 26 });
  const runs = [0, 1, 2].map(() => {
    const t0 = process.hrtime.bigint();
    const c0 = childrenCpu();
    spawnSync("rg", args, { maxBuffer: 1 << 26 });
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: childrenCpu() - c0 };
  });
  return runs.sort((a, b) => a.seconds - b.seconds)[1];
}

const fixed = (x: number, d = 2) => (Number.isNaN(x) ? "n/a" : x.toFixed(d));

function bench(
  dataset: DatasetName,
  root: string,
  opts: { speeches: number; mb: number; dyads: number; runs: number },
): void {
  const dir = path.join(root, dataset);
  const t0 = Date.now();
  const gen =
    dataset === "unsc-speeches"
      ? writeSpeechesDataset(dir, opts.speeches, opts.mb)
      : dataset === "unsc-debates"
        ? writeDebatesDataset(dir, opts.speeches, opts.mb)
        : writePressDataset(dir, opts.dyads);
  const mb = gen.bytes / 1e6;
  const names = gen.files.map((f) => path.basename(f)).join(", ");
  console.log(
    `${dataset}: generated ${gen.speeches} speeches, ${fixed(mb, 1)} MB (${names}) ` +
      `in ${fixed((Date.now() - t0) / 1000, 1)} s`,
  );
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-rg-"));
  const rg = ripgrep(rgFiles(dataset, gen, scratch), scratch);
  fs.rmSync(scratch, { recursive: true, force: true });
  console.log(`  ripgrep (the anchor terms, -i, over the same files): ${fixed(rg.seconds)} s (cpu ${fixed(rg.cpu)} s)`);
  const line = (label: string, m: Measured) =>
    console.log(
      `  ${label}: ${m.detail} in ${fixed(m.seconds)} s (cpu ${fixed(m.cpu)} s); ` +
        `peak RSS ${Math.round(m.peakMb)} MB; ratio ${fixed(m.seconds / rg.seconds)} (cpu ${fixed(m.cpu / rg.cpu)})`,
    );
  if (dataset !== "cmfa-presscon") {
    line("csv-parse alone (streaming API)", measured(["--csv-parse", dataset, gen.path], opts.runs));
    for (const card of ["china-unsc", "unsc-kosovo"])
      line(`card ${card} (read and code)`, measured(["--card", dataset, gen.path, card], opts.runs));
  }
  const texts = path.join(root, `${dataset}-texts`);
  const m = measured(["--import", dataset, gen.path, texts], opts.runs, () =>
    fs.rmSync(texts, { recursive: true, force: true }),
  );
  line("import and code", m);
  console.log(
    `bench:import: ${dataset} ${gen.speeches} speeches, ${fixed(mb, 1)} MB in ${fixed(m.seconds)} s; ` +
      `peak RSS ${Math.round(m.peakMb)} MB; ripgrep ${fixed(rg.seconds)} s; ratio ${fixed(m.seconds / rg.seconds)}`,
  );
}

function main(): void {
  const [mode, dataset, from, extra] = process.argv.slice(2);
  if (mode === "--csv-parse" && isDatasetName(dataset)) {
    measureCsvParse(dataset, from).then((m) => console.log(JSON.stringify(m)));
    return;
  }
  if ((mode === "--import" || mode === "--card") && isDatasetName(dataset)) {
    const m = mode === "--import" ? measureImport(dataset, from, extra) : measureCard(dataset, from, extra);
    console.log(JSON.stringify(m));
    return;
  }
  const { values } = parseArgs({
    options: {
      dataset: { type: "string", default: "all" },
      speeches: { type: "string", default: "170000" },
      mb: { type: "string", default: "500" },
      dyads: { type: "string", default: "30964" },
      runs: { type: "string", default: "1" },
      keep: { type: "string" },
    },
  });
  const which = values.dataset === "all" ? DATASET_NAMES : [values.dataset as string];
  const order = (["cmfa-presscon", "unsc-debates", "unsc-speeches"] as DatasetName[]).filter((d) => which.includes(d));
  if (order.length === 0) throw new Error(`bench-import: --dataset must be all or one of ${DATASET_NAMES.join(", ")}`);
  const root = values.keep ? path.resolve(values.keep) : fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const opts = {
    speeches: Number(values.speeches),
    mb: Number(values.mb),
    dyads: Number(values.dyads),
    runs: Number(values.runs),
  };
  try {
    for (const d of order) bench(d, root, opts);
  } finally {
    if (!values.keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

main();
