/**
 * Runs the workbook: executes the chapters (notebooks/*.ipynb) in order with the tslab kernel
 * through Jupyter (nbclient), writes the executed notebooks and their HTML exports under output/, then the
 * report around them (lib/report): the findings page as index.html, every chapter page's navigation, and the
 * runtimes that embed the charts live (output/assets/); last, the size of output/. One progress line per
 * chapter; on a failing cell, stops and names the chapter and the cell, with the error's message and fix
 * first (its full trace with --verbose). Before anything runs, checks that the data the chosen chapters
 * read is there, and says in one line per missing piece how to get it.
 *
 *   npm start                                  every chapter, default corpus
 *   npm start -- --only 01 --only 03           chosen chapters (number or part of the name)
 *   npm start -- --corpus china-ungdc          another corpus card (data/corpora/<name>.yaml)
 *   npm start -- --jobs 1                      one chapter at a time (default: 2 at a time on 2+ cores)
 *   npm start -- --dir <folder> --out <folder> other notebooks / output folder (used by the tests)
 *   npm start -- --solutions                   the worked answers (notebooks/solutions/) instead of the chapters:
 *                                              each ends its answers with checks, so a stale answer fails; written
 *                                              to <output>/solutions/, no findings page
 *   npm start -- --verbose                     a failing cell's full trace, not only its message
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ArgumentError, InputError, projectRoot } from "../lib/core";
import { type Chapter, folderSize, formatBytes, listChapters, selectChapters, writeReport } from "../lib/report";
import { checkCommandPaths, fromUser, parseOptions, splitCellError } from "../lib/cli";
import { cardsOfRun, missingData } from "./preflight";

const KERNEL = "workbook-tslab";
const PYTHON = "/usr/bin/python3"; // Debian's Python, which has nbclient and nbconvert

interface CellFailure {
  notebook: string;
  ok: false;
  seconds: number;
  cell: number | null;
  cell_id?: string | null;
  source: string[];
  error: string;
  executed: string;
}
interface Success {
  notebook: string;
  ok: true;
  seconds: number;
  cells: number;
  executed: string;
  html: string;
}
type Result = CellFailure | Success;

function usage(message?: string): never {
  if (message) console.error(`run-workbook: ${message}`);
  console.error(
    "usage: npm start -- [--only NN ...] [--corpus <card>] [--dir <notebooks folder>] [--out <output folder>] " +
      "[--jobs N] [--verbose] [--solutions]",
  );
  process.exit(2);
}

/** Runs the executor on one notebook; resolves with its result line (or a failure built from stderr). */
function execute(root: string, outDir: string, chapter: Chapter, env: NodeJS.ProcessEnv): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(
      PYTHON,
      [path.join(root, "scripts", "execute_notebooks.py"), outDir, KERNEL, chapter.notebook],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      const line = stdout.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as Result);
      } catch {
        resolve({
          notebook: chapter.name,
          ok: false,
          seconds: 0,
          cell: null,
          source: [],
          error: `the notebook executor exited with code ${code}\n${(stdout + stderr).trim()}`,
          executed: "",
        });
      }
    });
  });
}

/**
 * Prints a failed chapter: the error's message and fix first, then the cell's first lines, then (with
 * `verbose`) the full trace, and where the executed notebook is.
 */
function reportFailure(root: string, f: CellFailure, verbose: boolean): void {
  const cell = f.cell === null ? "a cell" : `cell ${f.cell + 1}${f.cell_id ? ` (id ${f.cell_id})` : ""}`;
  const { message, trace } = splitCellError(f.error);
  console.error(`\nworkbook: ${f.notebook} failed at ${cell}: ${message[0] ?? ""}`);
  for (const l of message.slice(1)) console.error(`  ${l}`);
  console.error("");
  for (const l of f.source) console.error(`    | ${l}`);
  if (verbose && trace.length) console.error(`\n${trace.map((l) => `  ${l}`).join("\n")}`);
  if (f.executed) console.error(`\nThe executed notebook, with the error in place: ${path.relative(root, f.executed)}`);
  if (!verbose && trace.length) console.error("The full trace: npm start -- --verbose");
}

/** Compiles lib/ for the kernel (skipped when nothing changed); exits with the compiler's errors. */
function buildLib(root: string): void {
  const r = spawnSync("bash", [path.join(root, "scripts", "build-lib.sh")], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    console.error(`workbook: lib/ does not compile for the notebooks' kernel:\n${(r.stdout + r.stderr).trim()}`);
    process.exit(1);
  }
}

async function main(): Promise<number> {
  const values = parseOptions(process.argv.slice(2), {
    only: "strings",
    corpus: "string",
    dir: "string",
    out: "string",
    jobs: "string",
    verbose: "boolean",
    solutions: "boolean",
    help: "boolean",
  });
  if (values.help) usage();
  const root = projectRoot();
  const solutions = values.solutions === true;
  const dirDefault = path.join(root, "notebooks", ...(solutions ? ["solutions"] : []));
  const dir = values.dir === undefined ? dirDefault : fromUser(values.dir);
  const outBase = values.out === undefined ? path.join(root, "output") : fromUser(values.out);
  const outDir = path.join(outBase, solutions ? "solutions" : "");
  try {
    checkCommandPaths({
      inputs: [{ option: "--dir", path: dir, kind: "folder" }],
      outputs: [{ option: "--out", path: outDir, kind: "folder", what: "the workbook's output" }],
    });
  } catch (e) {
    if (e instanceof ArgumentError || e instanceof InputError) usage(e.message);
    throw e;
  }
  const corpus = values.corpus ?? process.env.WORKBOOK_CORPUS ?? "ungdc-kosovo";
  const jobs = values.jobs === undefined ? Math.max(1, Math.min(2, os.cpus().length)) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) usage(`--jobs takes a whole number of at least 1, not "${values.jobs}"`);
  if (!fs.existsSync(path.join(root, "data", "corpora", `${corpus}.yaml`))) {
    const cards = fs.existsSync(path.join(root, "data", "corpora"))
      ? fs
          .readdirSync(path.join(root, "data", "corpora"))
          .filter((f) => f.endsWith(".yaml"))
          .map((f) => f.replace(/\.yaml$/, ""))
      : [];
    usage(`unknown corpus "${corpus}": no data/corpora/${corpus}.yaml (cards: ${cards.join(", ") || "none"})`);
  }
  if (!fs.existsSync(dir)) usage(`no notebooks folder ${dir}`);
  const all = listChapters(dir);
  const chapters = selectChapters(all, values.only ?? []);
  if (chapters.length === 0) usage(`no notebooks in ${dir}`);
  const missing = missingData(cardsOfRun(chapters, corpus));
  for (const l of missing.notes) console.error(`workbook: note: ${l}`);
  if (missing.fatal.length) {
    console.error("workbook: the chapters cannot run: the texts they read are not there.");
    for (const l of missing.fatal) console.error(`  ${l}`);
    return 1;
  }
  fs.mkdirSync(path.join(outDir, "notebooks"), { recursive: true });
  buildLib(root);

  const env = {
    ...process.env,
    JUPYTER_PATH: path.join(root, ".jupyter"),
    WORKBOOK_CORPUS: corpus,
    WORKBOOK_OUTPUT: outDir,
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
  const plural = chapters.length === 1 ? "" : "s";
  const shownOut = path.relative(root, outDir) || ".";
  const what = `${chapters.length} ${solutions ? "solution notebook" : "chapter"}${plural}`;
  console.log(`workbook: ${what}, corpus ${corpus}, ${jobs} at a time, output ${shownOut}/`);
  const started = Date.now();
  const failures: CellFailure[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < chapters.length && failures.length === 0) {
      const chapter = chapters[next++];
      const r = await execute(root, outDir, chapter, env);
      done += 1;
      const label = `[${done}/${chapters.length}] ${r.notebook}`;
      if (r.ok) {
        console.log(`${label.padEnd(40, " ")} ok   ${r.seconds.toFixed(1).padStart(6)} s  (${r.cells} code cells)`);
      } else {
        failures.push(r);
        console.log(`${label.padEnd(40, " ")} FAIL ${r.seconds.toFixed(1).padStart(6)} s`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, chapters.length) }, worker));
  for (const f of failures) reportFailure(root, f, values.verbose === true);
  if (failures.length) return 1;
  if (solutions) {
    console.log(`workbook: done in ${((Date.now() - started) / 1000).toFixed(1)} s; every worked answer holds`);
    return 0;
  }
  const report = writeReport(listChapters(dir), outDir, corpus);
  for (const u of report.unresolved) console.warn(`workbook: the findings name a cell no chapter has (${u})`);
  const size = folderSize(outDir);
  const parts = size.parts.map((p) => `${p.part === "." ? "pages" : p.part} ${formatBytes(p.bytes)}`).join(", ");
  console.log(`workbook: ${shownOut}/ holds ${size.files} files, ${formatBytes(size.bytes)} (${parts})`);
  const shownIndex = path.relative(root, report.index);
  const found = report.findings ? `, ${report.findings} findings` : "";
  console.log(`workbook: done in ${((Date.now() - started) / 1000).toFixed(1)} s${found}; open ${shownIndex}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof ArgumentError) usage(e.message);
    throw e;
  },
);
