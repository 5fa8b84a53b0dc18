/** Running the project's own commands from tests. */
import { spawnSync } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript script of the project (`scripts/<name>.ts`) with tsx and captures its output. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
