/**
 * What `npm run fetch` prints at the end: a table of the slots fetched, skipped or failed with the
 * reason, the totals, and a closing note on what to do next.
 */
import type { SlotResult } from "../sources/fetch";
import { type RunSummary, summarize } from "../sources/run-summary";

/**
 * The final table: one row per slot that was fetched, skipped or failed, with the reason, then totals.
 * Rows keep the slots' order; "only failures" when `failuresOnly`. Reasons longer than the table's last
 * column are cut there and printed in full below it (unless the failure was only "unreachable").
 *
 * @example console.log(formatReport(results));
 */
export function formatReport(results: SlotResult[], opts: { failuresOnly?: boolean; width?: number } = {}): string {
  const width = opts.width ?? 160;
  const rows = results.filter((r) => !opts.failuresOnly || r.status === "failed");
  const head = ["slot", "status", "via", "detail"];
  const cells = rows.map((r) => [
    r.slot,
    r.status === "failed" ? `failed (${r.kind})` : r.status,
    r.via || "-",
    r.status === "fetched" ? `${r.words} words${r.fromCache ? ", from cache" : ""}; ${r.reason}` : r.reason,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  w[3] = Math.max(10, Math.min(w[3], width - (w[0] + w[1] + w[2] + 6)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 3 ? (s.length > w[3] ? s.slice(0, w[3] - 1) + "…" : s) : s.padEnd(w[i])))
      .join("  ")
      .trimEnd();
  const s = summarize(results);
  const unreachable = s.unreachable ? ` (${s.unreachable} unreachable)` : "";
  const counts = `fetched ${s.fetched}, skipped ${s.skipped}, failed ${s.failed}${unreachable}`;
  const total = `${counts} — of ${results.length} slots`;
  // Reasons cut short in the table are printed in full below it (network-down failures need no more).
  const full = rows.filter((r, i) => r.status === "failed" && r.kind !== "unreachable" && cells[i][3].length > w[3]);
  const more = full.length > 0 ? ["", "failures in full:", ...full.map((r) => `  ${r.slot}: ${r.reason}`)] : [];
  return [line(head), line(w.map((n) => "-".repeat(n))), ...cells.map(line), ...more, "", total].join("\n");
}

/**
 * The note after the table: for no network, that nothing was written and the same command can be re-run
 * when online; for failures, that a re-run retries them; "" when nothing failed.
 *
 * @example closingNote({ fetched: 3, skipped: 0, failed: 1, unreachable: 0, noNetwork: false })
 *   // "\n1 slot failed (reasons above). Re-run to retry them; finished texts are kept.\n"
 */
export function closingNote(s: RunSummary): string {
  const plural = (n: number) => (n === 1 ? "" : "s");
  if (s.noNetwork)
    return (
      `\nno network: ${s.unreachable} slot${plural(s.unreachable)} unreachable — every source failed with a DNS ` +
      "lookup failure or a refused connection.\n" +
      "Nothing was written for them. Re-run the same command when online: texts already written are skipped " +
      "and cached downloads reused.\n"
    );
  if (s.failed > 0)
    return (
      `\n${s.failed} slot${plural(s.failed)} failed (reasons above). ` +
      "Re-run to retry them; finished texts are kept.\n"
    );
  return "";
}
