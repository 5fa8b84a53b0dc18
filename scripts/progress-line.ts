/**
 * A download's progress on stderr: one line rewritten in place on a terminal, else a line at every tenth
 * of the file (so a log keeps a few lines, not thousands).
 */

const MB = 1024 * 1024;

/** A progress reporter for one file. */
export interface ProgressLine {
  update: (done: number, total: number | null) => void;
  /** Ends the line with a closing remark. */
  done: (remark: string) => void;
  /** Ends the line after a failure. */
  stop: () => void;
}

/**
 * Progress of one named file, e.g. "get-data: UNGDC_1946-2024.tgz  31.8 of 63.6 MB (50%)".
 *
 * @example const p = progressLine("a.tgz", 1000); p.update(500, 1000); p.done("checked");
 */
export function progressLine(
  name: string,
  size: number | null,
  out: NodeJS.WriteStream = process.stderr,
): ProgressLine {
  const tty = out.isTTY === true;
  let shownTenth = -1;
  let open = false;
  const text = (done: number, total: number | null) =>
    `get-data: ${name}  ${(done / MB).toFixed(1)}` +
    (total ? ` of ${(total / MB).toFixed(1)} MB (${Math.floor((done / total) * 100)}%)` : " MB");
  return {
    update(done, total) {
      const whole = total ?? size;
      if (tty) {
        out.write(`\r${text(done, whole)}`);
        open = true;
        return;
      }
      const tenth = whole ? Math.floor((done / whole) * 10) : 0;
      if (tenth > shownTenth) {
        shownTenth = tenth;
        out.write(`${text(done, whole)}\n`);
      }
    },
    done(remark) {
      out.write(`${open ? "\n" : ""}get-data: ${name}: ${remark}\n`);
      open = false;
    },
    stop() {
      if (open) out.write("\n");
      open = false;
    },
  };
}
