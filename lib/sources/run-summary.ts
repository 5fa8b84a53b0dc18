/** The counts of a fetch run: fetched, skipped, failed, unreachable, and whether there was no network at all. */
import type { SlotResult } from "./fetch";

/** Counts of a run. */
export interface RunSummary {
  fetched: number;
  skipped: number;
  failed: number;
  unreachable: number;
  /** True when nothing could be reached at all: every failure was "unreachable" and nothing was fetched. */
  noNetwork: boolean;
}

/**
 * Counts a run's results.
 *
 * @example summarize([{ status: "failed", kind: "unreachable", ... }]).noNetwork  // → true
 */
export function summarize(results: SlotResult[]): RunSummary {
  const fetched = results.filter((r) => r.status === "fetched").length;
  const skipped = results.filter((r) => r.status === "skipped").length;
  const failed = results.filter((r) => r.status === "failed").length;
  const unreachable = results.filter((r) => r.status === "failed" && r.kind === "unreachable").length;
  const fetchedFresh = results.filter((r) => r.status === "fetched" && !r.fromCache).length;
  return {
    fetched,
    skipped,
    failed,
    unreachable,
    noNetwork: failed > 0 && unreachable === failed && fetchedFresh === 0,
  };
}
