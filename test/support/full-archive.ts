/**
 * Tests that need the full General Debate archive (the whole-archive counts, the 10,952 speeches) find it
 * where the corpus cards do, and are skipped — counted as skipped by the reporter, with the reason printed —
 * when it is not there (a clone without `../shared` and without `npm run get-data`). CI has it.
 */
import type { Context } from "mocha";
import { type FullArchive, findFullArchive, loadCard } from "../../lib/corpus";

/** The full archive the cards would read, or null. */
export function fullArchive(): FullArchive | null {
  return findFullArchive(loadCard("ungdc-kosovo"));
}

/**
 * The full archive, or a skip of the running test (or of the whole suite, from a `before` hook) saying what
 * needs it and how to get it.
 */
export function needFullArchive(ctx: Context, what: string): FullArchive {
  const found = fullArchive();
  if (!found) {
    console.log(
      `      skipped: ${what} needs the full General Debate archive — \`npm run get-data\` (or set UNGDC_DIR)`,
    );
    ctx.skip();
  }
  return found as FullArchive;
}
