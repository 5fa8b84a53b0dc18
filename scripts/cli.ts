/** Small helpers shared by the command-line scripts. */
import * as path from "path";

/**
 * Prints `<command>: <message>` (and the usage line for a usage error, code 2) and exits.
 *
 * @example const fail = failWith("sheet", USAGE); fail("no --out given");
 */
export function failWith(command: string, usage: string): (message: string, code?: number) => never {
  return (message: string, code = 2): never => {
    console.error(`${command}: ${message}`);
    if (code === 2) console.error(usage);
    process.exit(code);
  };
}

/**
 * Flags that take several values: `--flag v1 v2 --other v` → { flag: [v1, v2], other: [v] }.
 * A value before any flag is a usage error.
 */
export function parseMultiFlags(argv: string[], fail: (message: string) => never): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string | null = null;
  for (const a of argv) {
    if (a.startsWith("--")) {
      current = a.slice(2);
      out[current] ??= [];
    } else if (current) out[current].push(a);
    else fail(`unexpected argument "${a}"`);
  }
  return out;
}

/** A path as the user typed it, resolved from where they ran `npm run` (npm runs scripts from the project root). */
export function fromUser(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
