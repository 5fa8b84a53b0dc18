/**
 * Benchmark: loading the General Debate archive.
 *
 *   npm run bench:load
 *
 * 1. cold: streams the whole archive (every speech, every year) with the speakers workbook
 *    joined — what a first `loadTexts` costs;
 * 2. each corpus card cold (cache removed) and warm (from `.cache/corpus/`, in a fresh process
 *    the in-process memo is empty, so the second read here skips the memo with `clearMemo`).
 * Prints wall time and peak resident memory (RSS). The archive folder is `$UNGDC_DIR` or
 * ../shared/corpora/ungdc. Figures vary with the machine and its load; they are not asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { cacheDir, clearMemo, loadCard, loadCorpus, loadUnits, readSpeakers, readUngdcArchive, sourceDir } from "../lib/corpus";

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const rssMB = () => Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6);

function timed<T>(label: string, f: () => T): T {
  peak = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const out = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${label.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(7)} s   peak RSS ${String(rssMB()).padStart(5)} MB`);
  return out;
}

function main(): void {
  const card = loadCard("ungdc-kosovo");
  const dir = sourceDir(card);
  const tgz = path.join(dir, card.source.archive ?? "UNGDC_1946-2024.tgz");
  const xlsx = path.join(dir, card.source.speakers ?? "Speakers_by_session.xlsx");
  if (!fs.existsSync(tgz)) {
    console.error(`bench-load: no archive at ${tgz} (set UNGDC_DIR)`);
    process.exitCode = 1;
    return;
  }
  console.log(`archive ${tgz} (${(fs.statSync(tgz).size / 1e6).toFixed(1)} MB compressed)`);
  const speakers = timed("read speakers workbook", () => readSpeakers(xlsx));
  const all = timed("cold: whole archive, all years (stream + decode + count)", () => readUngdcArchive(tgz, { speakers }));
  const words = all.texts.reduce((s, t) => s + t.words, 0);
  console.log(`  ${all.texts.length} speeches, ${words} words, ${all.report.junk.length} junk entries skipped, ${all.report.rocSpeeches.length} ROC-delegation speeches`);
  all.texts.length = 0;

  const runs: Array<[string, [number, number] | undefined]> = [
    ["ungdc-kosovo", undefined],
    ["ungdc-kosovo", [1989, 2024]],
    ["china-ungdc", undefined],
  ];
  for (const [name, years] of runs) {
    const label = `${name}${years ? ` ${years[0]}–${years[1]}` : ""}`;
    const c = loadCard(name);
    for (const f of fs.existsSync(cacheDir()) ? fs.readdirSync(cacheDir()) : []) {
      if (f.startsWith(`${name}-${(years ?? c.filters.years)[0]}-${(years ?? c.filters.years)[1]}-`)) fs.unlinkSync(path.join(cacheDir(), f));
    }
    clearMemo();
    const cold = timed(`cold (archive → cache): ${label}`, () => loadCorpus(c, { years }));
    clearMemo();
    const warm = timed(`warm (from .cache/corpus): ${label}`, () => loadCorpus(c, { years }));
    const units = timed(`units of ${label}`, () => loadUnits(c, { years }));
    console.log(`  ${cold.texts.length} texts (${warm.report.from}), ${units.length} units, ${units.reduce((s, u) => s + u.words, 0)} words in units`);
  }
  clearInterval(sampler);
}

main();
