/**
 * The held-out half of a round of human coding is opened once, at the end: the first time a command
 * compares the dictionary coder with it, the moment is written to `holdout-opened.txt` in the coding
 * folder (and printed, loudly), so that the record of when it was first seen is in the repository.
 * Chapters show the held-out half only once that record exists.
 */
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic } from "../core";

/** The record's file name, in the coding folder. */
export const HOLDOUT_RECORD = "holdout-opened.txt";

/** When the held-out half was first opened, and by what. */
export interface HoldoutOpening {
  file: string;
  /** ISO date and time (UTC), e.g. "2026-12-02T09:14:03Z". */
  at: string;
  /** The command that opened it. */
  by: string;
}

/**
 * When the held-out half of the round in `dir` was first opened, or null when it has not been.
 *
 * @example holdoutOpening(codingFolder("ungdc-kosovo-1989-2007")) // null until the final evaluation
 */
export function holdoutOpening(dir: string): HoldoutOpening | null {
  const file = path.join(dir, HOLDOUT_RECORD);
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, "utf8");
  const at = /first opened for the dictionary coder at (\S+)/.exec(text)?.[1] ?? "";
  const by = /^by: (.*)$/m.exec(text)?.[1] ?? "";
  return { file, at, by };
}

/**
 * Opens the held-out half: the first time, writes the record (the moment and the command) and
 * returns it with `first: true`; afterwards returns the first opening's record with `first: false`.
 *
 * @param by the command that opens it, e.g. "npm run validate -- --half holdout"
 * @example openHoldout(dir, "npm run validate -- --half holdout").first
 */
export function openHoldout(dir: string, by: string, now: Date = new Date()): HoldoutOpening & { first: boolean } {
  const earlier = holdoutOpening(dir);
  if (earlier) return { ...earlier, first: false };
  const at = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const file = path.join(dir, HOLDOUT_RECORD);
  writeFileAtomic(
    file,
    `The held-out half of this round was first opened for the dictionary coder at ${at}\nby: ${by}\n`,
  );
  return { file, at, by, first: true };
}
