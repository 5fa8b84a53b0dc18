/**
 * One run of the whole workbook (scripts/run-workbook.ts, every chapter, the default corpus) into a temporary
 * folder, shared by the tests that read its output — the chapters' test and the report's tests — so that
 * `npm test` executes the chapters once.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type Ran, runScript } from "./run";

/** The folder a run wrote, and what the runner printed. */
export interface WorkbookOutput {
  out: string;
  run: Ran;
}

let shared: WorkbookOutput | null = null;

/** Runs the workbook the first time it is called (minutes), then returns the same output. */
export function workbookOutput(): WorkbookOutput {
  if (!shared) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-chapters-"));
    shared = { out, run: runScript("run-workbook", ["--out", out]) };
  }
  return shared;
}

/**
 * The output folder the report's tests read: `WORKBOOK_TEST_OUTPUT` when set (a folder a finished
 * `npm start -- --out <folder>` wrote, to work on the report without executing the chapters again), else the
 * shared run, which must have succeeded.
 */
export function reportOutput(): string {
  const given = process.env.WORKBOOK_TEST_OUTPUT;
  if (given) return path.resolve(given);
  const { out, run } = workbookOutput();
  if (run.status !== 0) throw new Error(`the workbook run failed:\n${run.stdout}\n${run.stderr}`);
  return out;
}
