/**
 * A failing notebook cell's error text (what the kernel wrote), split into what a student reads first — the
 * error's name, message and fix — and the trace (the code location, the caret, the `at …` lines), which the
 * workbook runner shows only with `--verbose`.
 */

/**
 * An error's first line: "InputError: …", "TypeError: …", "Error [ERR_X]: …", or tslab's "unexpected error: …".
 */
const ERROR_HEAD =
  /^(?:Uncaught )?(?:(?:[A-Z][A-Za-z0-9]*)?(?:Error|Exception)(?: \[[A-Z0-9_]+\])?|unexpected error): /;
/** A stack frame line. */
const FRAME = /^\s+at\s/;

/** A cell error, split. */
export interface CellError {
  /** The error's name and message, with its fix (several lines for a list of problems). */
  message: string[];
  /** Everything else: the location and caret before the message, the stack frames after it. */
  trace: string[];
}

/**
 * Splits a cell's error text into the message (from the error's first line up to the first stack frame) and
 * the trace. Text without an error line (a compiler's type error) is all message.
 *
 * @example splitCellError("evalmachine.<anonymous>:3\nthrow x;\n^\n\nError: boom\n    at a (b.js:1:1)").message
 *   // ["Error: boom"]
 */
export function splitCellError(text: string): CellError {
  const lines = text.replace(/\s+$/, "").split("\n");
  const head = lines.findIndex((l) => ERROR_HEAD.test(l));
  if (head < 0) return { message: lines, trace: [] };
  let end = lines.findIndex((l, i) => i > head && FRAME.test(l));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, head);
  while (before.length && before[before.length - 1].trim() === "") before.pop();
  return { message: lines.slice(head, end), trace: [...before, ...lines.slice(end)] };
}
