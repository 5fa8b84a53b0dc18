/**
 * Predict, run, check: a student writes an answer in a cell, runs it, and a check cell compares it with the answer
 * the lib computes from the data. `showChecks` (lib/display) shows the comparison; `expectChecks` — run by the
 * solution notebooks in `npm test` — throws when an answer is wrong, so that every answer stays true.
 *
 *   checkValue      a number (with a tolerance) or a word
 *   checkSet        a set of words, in any order (e.g. the themes a sentence is coded for)
 *   checkCodes      a set per item (e.g. per toy sentence), one check each
 *   expectChecks    throws CheckFailed naming every check that is wrong or unanswered
 */

/** One check: the student's answer, the right one, and whether they agree (null: not answered yet). */
export interface Check {
  check: string;
  yours: string;
  answer: string;
  ok: boolean | null;
  /** What to look at when the answer is wrong. */
  hint: string;
}

/** A student's codes per item (e.g. per toy sentence): a list of keys, or null while not answered. */
export type Answers = Record<string, string[] | null>;

/** What "not answered yet" looks like: null, undefined, "" or "?". */
function unanswered(v: unknown): boolean {
  return v === null || v === undefined || v === "" || v === "?";
}

/** A value as the check table shows it: whole numbers as they are, others to four significant digits. */
function shown(v: unknown): string {
  return typeof v === "number" && !Number.isInteger(v) && Number.isFinite(v)
    ? String(Number(v.toPrecision(4)))
    : String(v);
}

/**
 * A number (equal within `tolerance`, default 0.0005) or a word (equal, case and surrounding spaces ignored).
 *
 * @example checkValue("Fisher p, by hand", 0.08, 74 / 924, { tolerance: 0.001 }).ok // true
 * @example checkValue("the theme", null, "dialogue").ok // null: not answered yet
 */
export function checkValue(
  check: string,
  yours: number | string | null | undefined,
  answer: number | string,
  opts: { tolerance?: number; hint?: string } = {},
): Check {
  const hint = opts.hint ?? "";
  if (unanswered(yours)) return { check, yours: "", answer: String(answer), ok: null, hint };
  let ok: boolean;
  if (typeof answer === "number") {
    const y = typeof yours === "number" ? yours : Number(yours);
    ok = Number.isFinite(y) && Math.abs(y - answer) <= (opts.tolerance ?? 0.0005);
  } else ok = String(yours).trim().toLowerCase() === answer.trim().toLowerCase();
  return { check, yours: shown(yours), answer: shown(answer), ok, hint };
}

/**
 * A set of words, order ignored: right when it holds exactly the answer's words. An empty answer is written "none".
 *
 * @example checkSet("s4", ["dialogue"], ["dialogue"]).ok // true
 * @example checkSet("s4", [], ["dialogue"]).ok // false
 */
export function checkSet(check: string, yours: string[] | null | undefined, answer: string[], hint = ""): Check {
  const show = (xs: string[]) => (xs.length ? [...xs].sort().join(", ") : "none");
  if (yours === null || yours === undefined) return { check, yours: "", answer: show(answer), ok: null, hint };
  const a = new Set(answer);
  const y = new Set(yours);
  const ok = a.size === y.size && [...a].every((x) => y.has(x));
  return { check, yours: show(yours), answer: show(answer), ok, hint };
}

/**
 * One set check per item, in the answers' order: the student's codes of each item (null: not yet) against the
 * right codes, with a hint per item.
 *
 * @example checkCodes({ s1: ["sovereignty"], s2: null }, { s1: ["sovereignty"], s2: ["dialogue"] }).map((c) => c.ok)
 * // [true, null]
 */
export function checkCodes(
  yours: Record<string, string[] | null | undefined>,
  answers: Record<string, string[]>,
  hints: Record<string, string> = {},
): Check[] {
  return Object.keys(answers).map((id) => checkSet(id, yours[id], answers[id], hints[id] ?? ""));
}

/**
 * "4 of 6 right; 1 wrong; 1 not answered yet".
 *
 * @example checkSummary([checkValue("a", 1, 1), checkValue("b", 2, 1), checkValue("c", null, 1)])
 * // "1 of 3 right; 1 wrong; 1 not answered yet"
 */
export function checkSummary(checks: Check[]): string {
  const right = checks.filter((c) => c.ok === true).length;
  const wrong = checks.filter((c) => c.ok === false).length;
  const open = checks.filter((c) => c.ok === null).length;
  return [`${right} of ${checks.length} right`, wrong ? `${wrong} wrong` : "", open ? `${open} not answered yet` : ""]
    .filter(Boolean)
    .join("; ");
}

/** A worked answer that no longer holds: the checks that are wrong or unanswered. */
export class CheckFailed extends Error {
  checks: Check[];
  constructor(checks: Check[]) {
    super(
      `${checks.length} check${checks.length === 1 ? "" : "s"} failed:\n` +
        checks
          .map(
            (c) => `  ${c.check}: ${c.ok === null ? "not answered" : `answered ${c.yours}`}, the answer is ${c.answer}`,
          )
          .join("\n") +
        "\n— the worked answer no longer matches the data: update the solution notebook (notebooks/solutions/)",
    );
    this.name = "CheckFailed";
    this.checks = checks;
  }
}

/**
 * Throws unless every check is right: a solution notebook ends its answers with it, so `npm test` fails when an
 * answer stops being true.
 *
 * @example expectChecks([checkValue("Fisher p", 0.0801, 74 / 924, { tolerance: 0.0001 })]) // no error
 * @throws {CheckFailed} naming each check that is wrong or not answered
 */
export function expectChecks(checks: Check[]): void {
  const bad = checks.filter((c) => c.ok !== true);
  if (bad.length) throw new CheckFailed(bad);
}
