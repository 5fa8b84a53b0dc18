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
 *   (from the cache), plus cutting its units.
 * Prints wall time and peak resident memory (RSS, sampled every 10 ms). The archive folder is
 * `$UNGDC_DIR` or ../shared/corpora/ungdc. Figures vary with the machine and its load; nothing is
 * asserted.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cacheDir, loadCard, loadCorpus, readSpeakers, readUngdcArchive, sourceDir, unitsOf } from "../lib/corpus";

type Years = [number, number] | undefined;

function measure(label: string, f: () => string): void {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = process.hrtime.bigint();
  const detail = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  console.log(
    `${label.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(7)} s   peak RSS ${String(Math.round(peak / 1e6)).padStart(5)} MB   ${detail}`,
  );
}

function one(what: string, name: string, years: Years): void {
  const card = loadCard(name);
  const label = `${name}${years ? ` ${years[0]}–${years[1]}` : ""}`;
  if (what === "all") {
    const dir = sourceDir(card);
    measure("whole archive, cold (stream+decode+count)", () => {
      const speakers = readSpeakers(path.join(dir, card.source.speakers ?? "Speakers_by_session.xlsx"));
      const { texts, report } = readUngdcArchive(path.join(dir, card.source.archive ?? "UNGDC_1946-2024.tgz"), {
        speakers,
      });
      return `${texts.length} speeches, ${texts.reduce((s, t) => s + t.words, 0)} words, ${report.junk.length} junk skipped, ${report.rocSpeeches.length} ROC`;
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
    const units = unitsOf(card, c.texts);
    return `${c.texts.length} texts (from ${c.report.from}), ${units.length} units, ${units.reduce((s, u) => s + u.words, 0)} words in units`;
  });
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--one") {
    const years = args[3] ? (args[3].split("-").map(Number) as [number, number]) : undefined;
    one(args[1], args[2], years);
    return;
  }
  const card = loadCard("ungdc-kosovo");
  const tgz = path.join(sourceDir(card), card.source.archive ?? "UNGDC_1946-2024.tgz");
  if (!fs.existsSync(tgz)) {
    console.error(`bench-load: no archive at ${tgz} (set UNGDC_DIR)`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `archive ${tgz} (${(fs.statSync(tgz).size / 1e6).toFixed(1)} MB compressed); each line is a fresh process`,
  );
  const runs: Array<[string, string, string?]> = [
    ["all", "ungdc-kosovo"],
    ["cold", "ungdc-kosovo"],
    ["warm", "ungdc-kosovo"],
    ["cold", "ungdc-kosovo", "1989-2024"],
    ["warm", "ungdc-kosovo", "1989-2024"],
    ["cold", "china-ungdc"],
    ["warm", "china-ungdc"],
  ];
  for (const [what, name, years] of runs) {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", __filename, "--one", what, name, ...(years ? [years] : [])],
      { stdio: "inherit" },
    );
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}

main();
