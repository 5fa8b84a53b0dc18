/**
 * Errors, one type per kind of problem:
 *   - `InputError`: one problem with an input *file* (names the file and line and the fix);
 *   - `ValidationError`: several problems found in one pass over a file or folder;
 *   - `ArgumentError`: a bad argument to a function or an option of a command (no file involved).
 *
 * Errors for bad input. Every message names the file (and line, or row and column,
 * when there is one) and says what to do — a researcher must be able to fix the input
 * from the message alone.
 */

/** Where a problem is: a file and, when known, a line (1-based) or row/column. */
export interface Place {
  file: string;
  line?: number;
  column?: string | number;
}

/** One problem found in an input, with the fix. */
export interface Problem extends Place {
  message: string;
  fix: string;
}

/** Formats a place as "file:line" or "file, row R, column C". */
export function formatPlace(p: Place): string {
  if (p.line !== undefined && p.column !== undefined) return `${p.file}:${p.line} (column ${p.column})`;
  if (p.line !== undefined) return `${p.file}:${p.line}`;
  if (p.column !== undefined) return `${p.file} (column ${p.column})`;
  return p.file;
}

/** Formats one problem as "file:line: message — fix". */
export function formatProblem(p: Problem): string {
  return `${formatPlace(p)}: ${p.message} — ${p.fix}`;
}

/** A single problem with an input file. */
export class InputError extends Error implements Problem {
  file: string;
  line?: number;
  column?: string | number;
  fix: string;
  detail: string;
  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = "InputError";
    this.file = problem.file;
    this.line = problem.line;
    this.column = problem.column;
    this.fix = problem.fix;
    this.detail = problem.message;
  }
}

/** Several problems found in one pass (a load reports them all together, never just the first). */
export class ValidationError extends Error {
  problems: Problem[];
  constructor(what: string, problems: Problem[]) {
    super(
      `${what}: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n` +
        problems.map((p) => "  " + formatProblem(p)).join("\n"),
    );
    this.name = "ValidationError";
    this.problems = problems;
  }
}

/**
 * A bad argument to a function or a bad option of a command: not a file's fault, so no file is named.
 * The message says what was given, what is expected, and what to do.
 *
 * @example throw new ArgumentError("--sample", "0.2 or 20%", "abc")
 */
export class ArgumentError extends Error {
  argument: string;
  constructor(argument: string, expected: string, got: unknown, fix?: string) {
    const shown = typeof got === "string" ? `"${got}"` : String(got);
    super(`${argument}: expected ${expected}, got ${shown}${fix ? ` — ${fix}` : ""}`);
    this.name = "ArgumentError";
    this.argument = argument;
  }
}
