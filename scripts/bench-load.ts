/**
 * Benchmark: loading the General Debate archive.
 *
 *   npm run bench:load
 *
 * Each measurement runs in a fresh Node process (so peak memory is its own, and the in-process
 * memo is empty):
 * - the whole archive (10,952 speeches, every year) streamed, decoded and word-counted, with the
 *   speakers workbook joined — the cost of reading everything once;
 * - each corpus card cold (its cache file removed: archive → `.cache/corpus/`) and then warm
 *   (from the cache), plus cutting its units;
 * - the same cards on the embedded subset (data/ungdc-subset), the full archive hidden.
 * Prints wall time and peak resident memory (RSS, sampled every 10 ms). It needs the full archive,
 * found where the cards find it (`$UNGDC_DIR`, ../shared/corpora/ungdc, downloads/ungdc; `npm run get-data`
 * fetches it): the embedded subset is not what it measures. Figures vary with the machine and its load;
 * nothing is asserted.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { ArgumentError } from "../lib/core";
import {
  cacheDir,
  findFullArchive,
  fullArchiveDirs,
  loadCard,
  loadCorpus,
  readSpeakers,
  readUngdcArchive,
  shownPath,
  unitsOfTexts,
} from "../lib/corpus";

const USAGE = "usage: npm run bench:load";

type Years = [number, number] | undefined;

/** What one measuring process does: the whole archive, or a card loaded cold (cache removed) or warm. */
const WHATS = ["all", "cold", "warm"] as const;
type What = (typeof WHATS)[number];

/** Runs `f`, then prints its wall time, the peak resident memory while it ran, and what it returned. */
function measure(label: string, f: () => string): void {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = process.hrtime.bigint();
  const detail = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  const seconds = (ms / 1000).toFixed(2).padStart(7);
  const mb = String(Math.round(peak / 1e6)).padStart(5);
  console.log(`${label.padEnd(46)} ${seconds} s   peak RSS ${mb} MB   ${detail}`);
}

/** One measurement (run in its own process). */
function one(what: What, name: string, years: Years): void {
  const card = loadCard(name);
  const label = `${name}${years ? ` ${years[0]}–${years[1]}` : ""}`;
  if (what === "all") {
    const full = findFullArchive(card);
    if (!full) throw new Error("bench-load: the full archive disappeared during the benchmark");
    measure("whole archive, cold (stream+decode+count)", () => {
      const speakers = full.xlsx ? readSpeakers(full.xlsx) : undefined;
      const { texts, report } = readUngdcArchive(full.tgz, { speakers });
      const words = texts.reduce((s, t) => s + t.words, 0);
      const skipped = `${report.junk.length} junk skipped, ${report.rocSpeeches.length} ROC`;
      return `${texts.length} speeches, ${words} words, ${skipped}`;
    });
    return;
  }
  if (what === "cold") {
    const ys = years ?? card.filters.years;
    for (const f of fs.existsSync(cacheDir()) ? fs.readdirSync(cacheDir()) : []) {
      if (f.startsWith(`${name}-${ys[0]}-${ys[1]}-`)) fs.unlinkSync(path.join(cacheDir(), f));
    }
  }
  measure(`${what}: ${label}`, () => {
    const c = loadCorpus(card, { years });
    const units = unitsOfTexts(card, c.texts);
    const words = units.reduce((s, u) => s + u.words, 0);
    return `${c.texts.length} texts (from ${c.report.from}), ${units.length} units, ${words} words in units`;
  });
}

/** "1989-2024" → [1989, 2024]. Throws ArgumentError for anything else. */
function parseYears(v: string | undefined): Years {
  if (v === undefined) return undefined;
  const m = /^(\d{4})-(\d{4})$/.exec(v);
  if (!m || Number(m[1]) > Number(m[2])) throw new ArgumentError("--years", "FROM-TO, e.g. 1989-2024", v);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The options of a measuring process (`--one all|cold|warm --card <name> [--years FROM-TO]`, given by
 * the parent process), or null for the parent itself (no options).
 */
function readOptions(argv: string[]): { what: What; card: string; years: Years } | null {
  const parse = () =>
    parseArgs({
      args: argv,
      options: { one: { type: "string" }, card: { type: "string" }, years: { type: "string" } },
      allowPositionals: false,
    }).values;
  let values: ReturnType<typeof parse>;
  try {
    values = parse();
  } catch (e) {
    throw new ArgumentError("command line", "no options", argv.join(" "), (e as Error).message);
  }
  if (values.one === undefined) return null;
  const what = values.one as What;
  if (!WHATS.includes(what)) throw new ArgumentError("--one", WHATS.join(", "), values.one);
  if (!values.card) throw new ArgumentError("--card", "a corpus card", "", "give --card <name>");
  return { what, card: values.card, years: parseYears(values.years) };
}

function main(): void {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    console.error(`bench-load: ${e.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options) {
    one(options.what, options.card, options.years);
    return;
  }
  const card = loadCard("ungdc-kosovo");
  const full = findFullArchive(card);
  if (!full) {
    const looked = fullArchiveDirs(card).map(shownPath).join(", ");
    console.error(
      `bench-load: the whole-archive benchmark needs the full General Debate archive, not found in ${looked} ` +
        "— run `npm run get-data` (or set UNGDC_DIR to its folder)",
    );
    process.exitCode = 1;
    return;
  }
  const tgz = full.tgz;
  console.log(
    `archive ${tgz} (${(fs.statSync(tgz).size / 1e6).toFixed(1)} MB compressed); each line is a fresh process`,
  );
  const runs: Array<[What, string, string?]> = [
    ["all", "ungdc-kosovo"],
    ["cold", "ungdc-kosovo"],
    ["warm", "ungdc-kosovo"],
    ["cold", "ungdc-kosovo", "1989-2024"],
    ["warm", "ungdc-kosovo", "1989-2024"],
    ["cold", "china-ungdc"],
    ["warm", "china-ungdc"],
  ];
  const measureAll = (env: NodeJS.ProcessEnv) => {
    for (const [what, name, years] of runs) {
      if (what === "all" && env.UNGDC_DIR !== process.env.UNGDC_DIR) continue;
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", __filename, "--one", what, "--card", name, ...(years ? ["--years", years] : [])],
        { stdio: "inherit", env },
      );
      if (r.status !== 0) process.exitCode = r.status ?? 1;
    }
  };
  measureAll(process.env);
  // the same loads on the embedded subset: the full archive hidden behind an empty UNGDC_DIR
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "bench-load-no-archive-"));
  console.log(`on the embedded subset (${card.source.subset}), the full archive hidden:`);
  try {
    measureAll({ ...process.env, UNGDC_DIR: empty });
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

main();
