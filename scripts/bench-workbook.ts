/**
 * Benchmark of the workbook's main job: runs every chapter twice through the real runner —
 * cold (no parsed-corpus cache, no output) and warm (cache in place) — and prints the time of each
 * chapter and the totals. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:workbook [-- --corpus ungdc-kosovo] [--only 04] [--jobs 1]
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { projectRoot } from "../lib/core";
import { failWith, parseOptions, runCommand } from "../lib/cli";

const USAGE = "usage: npm run bench:workbook -- [--corpus <card>] [--only NN ...] [--jobs N]";
const fail: (message: string, code?: number) => never = failWith("bench:workbook", USAGE);
const root = projectRoot();

/** Per-chapter seconds parsed from the runner's progress lines ("[1/9] 01-load-texts  ok  6.2 s"). */
function parseProgress(stdout: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const m of stdout.matchAll(/^\[\d+\/\d+\] (\S+)\s+(?:ok|FAIL)\s+([\d.]+) s/gm)) times.set(m[1], Number(m[2]));
  return times;
}

/** One run of the workbook into a temporary folder: wall-clock seconds and seconds per chapter. */
function run(label: string, runnerArgs: string[]): { wall: number; chapters: Map<string, number> } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `bench-workbook-${label}-`));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts", "run-workbook.ts"), "--out", out, ...runnerArgs],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(r.stdout + r.stderr);
    fail(`the ${label} run failed (exit ${r.status})`, 1);
  }
  fs.rmSync(out, { recursive: true, force: true });
  return { wall, chapters: parseProgress(r.stdout) };
}

/** The options passed on to the runner, as it reads them. */
function runnerArgs(argv: string[]): string[] {
  const o = parseOptions(argv, { corpus: "string", only: "strings", jobs: "string" });
  return [
    ...(o.corpus === undefined ? [] : ["--corpus", o.corpus]),
    ...(o.only ?? []).flatMap((c) => ["--only", c]),
    ...(o.jobs === undefined ? [] : ["--jobs", o.jobs]),
  ];
}

function main(): void {
  const args = runnerArgs(process.argv.slice(2));
  const cache = path.join(root, ".cache");
  const moved = `${cache}.bench-${process.pid}`;
  if (fs.existsSync(cache)) fs.renameSync(cache, moved);
  let cold: ReturnType<typeof run>;
  try {
    cold = run("cold", args);
  } finally {
    // keep the cache the cold run just built; drop the one we moved aside
    if (fs.existsSync(moved)) fs.rmSync(moved, { recursive: true, force: true });
  }
  const warm = run("warm", args);

  const names = [...new Set([...cold.chapters.keys(), ...warm.chapters.keys()])];
  const cell = (s: number) => s.toFixed(1).padStart(8);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`chapter                        cold (s)   warm (s)`);
  for (const n of names)
    console.log(`${n.padEnd(30)} ${cell(cold.chapters.get(n) ?? NaN)}   ${cell(warm.chapters.get(n) ?? NaN)}`);
  console.log(`${"sum of chapters".padEnd(30)} ${cell(sum(cold.chapters))}   ${cell(sum(warm.chapters))}`);
  console.log(`${"wall clock (whole command)".padEnd(30)} ${cell(cold.wall)}   ${cell(warm.wall)}`);
  console.log(
    `bench:workbook: cold ${cold.wall.toFixed(1)} s, warm ${warm.wall.toFixed(1)} s, ${names.length} chapters, ` +
      `${os.cpus().length} cores`,
  );
}

runCommand("bench:workbook", USAGE, main);
