/** Which General Debate archive a load read, in one line for a reader. */
import type { LoadReport } from "./loaded";

/** The words every such line starts with (the comparison of two runs masks the rest of the line). */
export const ARCHIVE_LINE_START = "General Debate texts read from";

/**
 * One line saying which General Debate archive a load read: the full archive, or the embedded subset (what it
 * holds, and the command that fetches the full archive). Null for a folder corpus.
 *
 * @example archiveLine(loadCorpus("ungdc-kosovo").report)
 *   // "General Debate texts read from the full archive (../shared/corpora/ungdc/UNGDC_1946-2024.tgz)."
 */
export function archiveLine(report: LoadReport): string | null {
  const a = report.archive;
  if (!a) return null;
  if (a.kind === "full") return `${ARCHIVE_LINE_START} the full archive (\`${a.file}\`).`;
  return (
    `${ARCHIVE_LINE_START} the embedded subset (\`${a.file}\`: ${a.summary}); every figure here is the same as ` +
    "on the full archive. `npm run get-data` downloads the full archive."
  );
}
