/** Running the project's own commands from tests. */
import { spawnSync } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

export interface Ran {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` with tsx from the project root, optionally with standard input and extra environment. */
export function runScript(
  name: string,
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string> } = {},
): Ran {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", `${name}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...(opts.env ?? {}) },
    input: opts.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
