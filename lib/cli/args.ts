/**
 * Reading a command's options with Node's `util.parseArgs`, plus options that take several values
 * (`--coders a.csv b.csv`), and paths as the user typed them.
 */
import * as path from "path";
import { parseArgs } from "util";
import { ArgumentError } from "../core";

/** How an option takes its value: one value, one or more values (`--coders a.csv b.csv`), or none. */
export type OptionKind = "string" | "strings" | "boolean";

/** The parsed options of a spec: a string, a list of strings or a boolean per option given. */
export type OptionValues<S extends Record<string, OptionKind>> = {
  [K in keyof S]?: S[K] extends "strings" ? string[] : S[K] extends "boolean" ? boolean : string;
};

/** The option a parseArgs error message names, e.g. "--out" in "Option '--out <value>' argument missing". */
function namedOption(message: string): string {
  return /'(-[^' =]+)/.exec(message)?.[1] ?? "option";
}

/** A parseArgs error (unknown option, missing value) as an ArgumentError saying what was expected. */
function argumentErrorOf(e: unknown, argv: string[], spec: Record<string, OptionKind>): unknown {
  const code = (e as { code?: string }).code ?? "";
  if (!code.startsWith("ERR_PARSE_ARGS")) return e;
  const option = namedOption((e as Error).message);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const known = Object.keys(spec).map((k) => `--${k}`);
    return new ArgumentError("option", `one of ${known.join(", ")}`, option);
  }
  const name = option.replace(/^-+/, "");
  if (spec[name] === "boolean") {
    const given = argv.find((a) => a.startsWith(`${option}=`)) ?? option;
    return new ArgumentError(option, "no value (it is a switch)", given.slice(option.length + 1));
  }
  const next = argv[argv.indexOf(option) + 1];
  return new ArgumentError(option, "a value after it", next ?? "", `write ${option} <value>`);
}

/**
 * A refused option as an ArgumentError (exit 2, with the usage) whose message is the sentence given:
 * `<option>: <message> — <fix>`, for refusals that "expected …, got …" would say badly.
 *
 * @example throw refuseOption("--years", "applies to --corpus only (a folder of texts is coded whole)",
 *   "leave --years out")
 */
export function refuseOption(option: string, message: string, fix: string): ArgumentError {
  const e = new ArgumentError(option, message, "", fix);
  e.message = `${option}: ${message} — ${fix}`;
  return e;
}

/**
 * A whole-number option from `min` to `max` (`dflt` when not given), or an ArgumentError saying the
 * range and, when given, why there is a bound (`why`, e.g. "milliseconds; Node's timers wait at most
 * about 24.8 days", or "each replicate re-computes every coefficient").
 *
 * @example wholeNumberOption("--retries", "3", { min: 0, max: 100, dflt: 3 }) // 3
 * @example wholeNumberOption("--bootstrap", "abc", { min: 1, max: 100000, dflt: 0 }) // throws ArgumentError
 * @throws {ArgumentError} when the value is not a whole number in the range
 */
export function wholeNumberOption(
  option: string,
  given: string | undefined,
  range: { min: number; max?: number; dflt: number; why?: string },
): number {
  if (given === undefined) return range.dflt;
  const n = given.trim() === "" ? Number.NaN : Number(given);
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(n) || n < range.min || n > max) {
    const span = range.max === undefined ? `≥ ${range.min}` : `from ${range.min} to ${range.max}`;
    throw new ArgumentError(option, `a whole number ${span}${range.why ? ` (${range.why})` : ""}`, given);
  }
  return n;
}

/**
 * Parses command-line options with `util.parseArgs` (strict: unknown options are errors). Options of
 * kind "strings" take every value up to the next option, so `--coders a.csv b.csv` gives
 * `{ coders: ["a.csv", "b.csv"] }`; a value that follows no such option is an error.
 *
 * @example parseOptions(["--coders", "a.csv", "b.csv", "--out", "r.csv"], { coders: "strings", out: "string" })
 * // { coders: ["a.csv", "b.csv"], out: "r.csv" }
 * @throws {ArgumentError} for an unknown option, an option without its value, or a stray value
 */
export function parseOptions<S extends Record<string, OptionKind>>(argv: string[], spec: S): OptionValues<S> {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {};
  for (const [name, kind] of Object.entries(spec))
    options[name] = kind === "strings" ? { type: "string", multiple: true } : { type: kind };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw argumentErrorOf(e, argv, spec);
  }
  const values = { ...parsed.values } as Record<string, string | string[] | boolean | undefined>;
  // Lists are rebuilt from the tokens, so that values keep the order they were typed in.
  let list: string[] | null = null;
  for (const name of Object.keys(values)) if (spec[name] === "strings") values[name] = [];
  for (const t of parsed.tokens ?? []) {
    if (t.kind === "option") {
      list = spec[t.name] === "strings" ? (values[t.name] as string[]) : null;
      if (list && t.value !== undefined) list.push(t.value);
    } else if (t.kind === "option-terminator") list = null;
    else if (list === null) throw new ArgumentError("arguments", "an option (--name) before every value", t.value);
    else list.push(t.value);
  }
  return values as OptionValues<S>;
}

/**
 * The values of a list option given comma-separated, space-separated or both, blanks dropped.
 *
 * @example listOption(["sovereignty,dialogue", "us_nato"]) // ["sovereignty", "dialogue", "us_nato"]
 */
export function listOption(given: string[]): string[] {
  return given
    .join(",")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * A path as the user typed it, resolved from where they ran `npm run` (npm runs scripts from the
 * project root and says where the user was in INIT_CWD).
 *
 * @example fromUser("ana.csv") // "<the user's folder>/ana.csv"
 */
export function fromUser(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
