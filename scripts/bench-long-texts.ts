/**
 * Benchmark (not a test): `npm run code` on texts far longer than any real statement — the quadratic
 * corners of issue 19. Each run is a fresh `npm run code -- --texts <folder> --out <file>` process on
 * one generated text (invented words, a share of them words of the codebook's near patterns, so that
 * proximity patterns have many hits to pair):
 *   - without sentence punctuation (one "sentence" of megabytes): 1, 2 and 4 MB, half of the words
 *     codebook words;
 *   - with a full stop every 12 words: 50 MB, 15% codebook words.
 * Prints, per run, the wall time, the coding time the command reports, the peak resident memory (the
 * kernel's maxRSS of the process), how far it is above a run on a one-line text (the base) as a
 * multiple of the input, and the growth per MB of input from the run before (which leaves out the
 * fixed part: the garbage collector's young generation grows by some 30 MB on any run that allocates
 * much). The goal: time linear in the input, peak ≤ 4 × input + base.
 *
 *   npm run bench:long [-- --unpunctuated 1,2,4 --punctuated 50]
 *
 * The texts are written to a temporary folder (deleted after). Figures vary with the machine and its
 * load; nothing is asserted.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import seedrandom from "seedrandom";
import { projectRoot, writeFileAtomic } from "../lib/core";
import { listOption, parseOptions, runCommand } from "../lib/cli";

const USAGE = "usage: npm run bench:long [-- --unpunctuated 1,2,4 --punctuated 50]   (sizes in MB)";
const MB = 1024 * 1024;
const SYLLABLES = ["ka", "lo", "mi", "ren", "tov", "sa", "pel", "dun", "ori", "vek", "zu", "ham", "tis", "bra"];
/** Words of the codebook's near patterns (both sides), so that proximity patterns have pairs to compare. */
const CODEBOOK_WORDS = [
  "Kosovo",
  "dialogue",
  "Serbia",
  "sovereignty",
  "territorial integrity",
  "support",
  "NATO",
  "bombing",
  "Belgrade",
  "talks",
  "European Union",
  "agreement",
];

/** About `bytes` bytes of invented words in pieces (hard-wrapped lines; a full stop every 12 words when asked). */
function* inventedText(bytes: number, share: number, fullStops: boolean): Generator<string> {
  const rng = seedrandom(`long-${bytes}-${share}-${fullStops}`);
  let written = 0;
  let line = "";
  let words = 0;
  let block = "";
  while (written < bytes) {
    let w: string;
    if (rng() < share) w = CODEBOOK_WORDS[Math.floor(rng() * CODEBOOK_WORDS.length)];
    else {
      w = "";
      for (let i = 0, n = 1 + Math.floor(rng() * 3); i < n; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
    }
    words++;
    if (fullStops && words % 12 === 1) w = w[0].toUpperCase() + w.slice(1);
    if (fullStops && words % 12 === 0) w += ".";
    line += (line ? " " : "") + w;
    if (line.length > 75) {
      block += `${line}\n`;
      written += line.length + 1;
      line = "";
      if (block.length > 1 << 16) {
        yield block;
        block = "";
      }
    }
  }
  yield block;
}

interface Run {
  label: string;
  inputMb: number;
  wallSeconds: number;
  codingSeconds: number;
  peakMb: number;
}

/** One `npm run code` process on the folder holding one text; its wall time, coding time and peak RSS. */
function codeFolder(label: string, dir: string, inputBytes: number, tmp: string): Run {
  const hook = path.join(tmp, "peak-rss.cjs");
  if (!fs.existsSync(hook))
    writeFileAtomic(
      hook,
      'process.on("exit", () => process.stderr.write("peak-rss-kb " + process.resourceUsage().maxRSS + "\\n"));\n',
    );
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      "--require",
      hook,
      "--import",
      "tsx",
      path.join(projectRoot(), "scripts", "code.ts"),
      "--texts",
      dir,
      "--out",
      path.join(tmp, `${label}.csv`),
    ],
    { cwd: projectRoot(), encoding: "utf8", env: { ...process.env, WORKBOOK_OUTPUT: path.join(tmp, "output") } },
  );
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`npm run code failed on ${label}: ${r.stderr}`);
  const peak = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const coding = Number(/in ([\d.]+) s/.exec(r.stdout)?.[1] ?? Number.NaN);
  return { label, inputMb: inputBytes / MB, wallSeconds, codingSeconds: coding, peakMb: peak / 1024 };
}

/** A folder in `tmp` holding one generated text; its size in bytes. */
function textFolder(tmp: string, label: string, bytes: number, share: number, fullStops: boolean): [string, number] {
  const dir = path.join(tmp, label);
  fs.mkdirSync(dir);
  const file = path.join(dir, `${label}-2010.txt`);
  writeFileAtomic(
    file,
    bytes === 0 ? "An invented line about Kosovo and dialogue.\n" : inventedText(bytes, share, fullStops),
  );
  return [dir, fs.statSync(file).size];
}

function sizes(given: string[] | string | undefined, dflt: number[]): number[] {
  const list = given === undefined ? dflt : listOption([given].flat()).map(Number);
  if (list.some((n) => !(n > 0))) throw new Error(`sizes must be positive numbers of MB: ${given}`);
  return list;
}

function main(): void {
  const o = parseOptions(process.argv.slice(2), { unpunctuated: "string", punctuated: "string" });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-long-"));
  try {
    const base = codeFolder("base", ...textFolder(tmp, "base", 0, 0, true), tmp);
    const runs: Run[] = [];
    for (const mb of sizes(o.unpunctuated, [1, 2, 4]))
      runs.push(
        codeFolder(`unpunctuated-${mb}mb`, ...textFolder(tmp, `unpunctuated-${mb}mb`, mb * MB, 0.5, false), tmp),
      );
    for (const mb of sizes(o.punctuated, [50]))
      runs.push(codeFolder(`punctuated-${mb}mb`, ...textFolder(tmp, `punctuated-${mb}mb`, mb * MB, 0.15, true), tmp));
    console.log(`base (a one-line text): ${base.wallSeconds.toFixed(1)} s, peak RSS ${base.peakMb.toFixed(0)} MB`);
    console.log(
      "text                    input MB   wall s  coding s  s per MB  peak RSS MB  (peak - base) / input" +
        "  Δpeak / Δinput",
    );
    runs.forEach((r, i) => {
      const over = (r.peakMb - base.peakMb) / r.inputMb;
      // the growth from the run before of the same kind: memory per MB of input, without the fixed part
      const prev = runs[i - 1];
      const slope =
        prev && prev.label.split("-")[0] === r.label.split("-")[0]
          ? `${((r.peakMb - prev.peakMb) / (r.inputMb - prev.inputMb)).toFixed(2)}×`
          : "";
      console.log(
        `${r.label.padEnd(22)} ${r.inputMb.toFixed(1).padStart(9)} ${r.wallSeconds.toFixed(1).padStart(8)} ` +
          `${r.codingSeconds.toFixed(2).padStart(9)} ${(r.codingSeconds / r.inputMb).toFixed(2).padStart(9)} ` +
          `${r.peakMb.toFixed(0).padStart(12)} ${`${over.toFixed(2)}×`.padStart(23)} ${slope.padStart(15)}`,
      );
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

runCommand("bench:long", USAGE, main);
