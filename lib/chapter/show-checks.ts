/** Showing a student's checks in a notebook: a table of ✓ / ✗ / … and a one-line summary. */
import { showMarkdown, showTable } from "../display";
import { type Check, checkSummary } from "./check";

/**
 * The rows of a check table: ✓ right, ✗ wrong (with the answer and the hint), … not answered yet (the answer kept
 * back until you answer).
 *
 * @example checkRows([checkValue("n", 3, 3)]) // [{ "": "✓", check: "n", yours: "3", answer: "3", hint: "" }]
 */
export function checkRows(checks: Check[]): Array<Record<string, string>> {
  return checks.map((c) => ({
    "": c.ok === true ? "✓" : c.ok === false ? "✗" : "…",
    check: c.check,
    yours: c.ok === null ? "(not answered yet)" : c.yours,
    answer: c.ok === null ? "(shown once you answer)" : c.answer,
    hint: c.ok === false ? c.hint : "",
  }));
}

/**
 * Shows checks as a table with a summary line ("4 of 6 right; …"). Does nothing outside a notebook.
 *
 * @example showChecks(checkCodes(myPrediction, coderCodes), "Your prediction against the coder")
 */
export function showChecks(checks: Check[], title = "Your answers, checked"): void {
  showTable(checkRows(checks), { title, maxRows: 40 });
  showMarkdown(`**${checkSummary(checks)}.**`);
}
