/** The exit codes of `npm run fetch`, and the one a run ends with. */
import type { RunSummary } from "../sources/run-summary";

/** Exit codes of `npm run fetch`: 0 all done, 1 some slot failed, 2 bad command line or input, 3 no network. */
export const EXIT = { ok: 0, failed: 1, usage: 2, noNetwork: 3 } as const;

/**
 * The exit code for a run: 0 when nothing failed, 3 when every failure was "unreachable" (no network),
 * 1 otherwise.
 *
 * @example exitCode({ fetched: 2, skipped: 0, failed: 0, unreachable: 0, noNetwork: false })  // → 0
 * @example exitCode({ fetched: 0, skipped: 0, failed: 3, unreachable: 3, noNetwork: true })  // → 3
 */
export function exitCode(s: RunSummary): number {
  if (s.failed === 0) return EXIT.ok;
  return s.unreachable === s.failed ? EXIT.noNetwork : EXIT.failed;
}
