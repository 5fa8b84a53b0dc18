/**
 * The Jupyter server a person steps through the chapters with (`npm run notebook`), shared by
 * `scripts/notebook.ts`, the browser test and `scripts/bench-cells.ts`: which front end is installed,
 * what installs a missing one, and a server started on 127.0.0.1 with a token, the project's
 * kernelspec first on JUPYTER_PATH, stopped with its kernels and checked for leftover processes.
 *
 * Every process the server starts (kernels, the kernel's shell, tslab) inherits one environment variable,
 * `WORKBOOK_NOTEBOOK_SESSION`, with a value of its own: `sessionProcesses` finds them through /proc even
 * after they have been orphaned, so a stop can be checked for "no process left behind".
 */
import { type ChildProcess, spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";

/** The two browser front ends: the classic Jupyter Notebook (Debian's `jupyter-notebook`) and JupyterLab. */
export type FrontEnd = "notebook" | "lab";

/** The server executable of each front end, as Debian installs it (run by Debian's /usr/bin/python3). */
export const SERVER_EXECUTABLES: Record<FrontEnd, string> = {
  notebook: "/usr/bin/jupyter-notebook",
  lab: "/usr/bin/jupyter-lab",
};

/** The Debian package of each front end (`scripts/setup.sh` installs the first; the second where apt offers it). */
export const SERVER_PACKAGES: Record<FrontEnd, string> = { notebook: "jupyter-notebook", lab: "jupyterlab" };

/** Names the chapters' metadata asks for; `scripts/setup.sh` writes the kernelspec. */
export const KERNEL_NAME = "workbook-tslab";
export const KERNEL_DISPLAY_NAME = "TypeScript (workbook)";

/** What each front end does with a chart's display bundle (vega-lite spec + SVG + text). */
export const CHART_RENDERING: Record<FrontEnd | "vscode", string> = {
  notebook: "the SVG (the classic Notebook has no vega-lite renderer)",
  lab: "the vega-lite spec, interactive (JupyterLab's built-in renderer)",
  vscode: "the vega-lite spec (VS Code's Jupyter renderers)",
};

/** Environment variable that points the server check at another executable (used by the tests). */
export const SERVER_OVERRIDE_ENV = "WORKBOOK_NOTEBOOK_SERVER";
const SESSION_ENV = "WORKBOOK_NOTEBOOK_SESSION";

/** The install step for `packages`, exactly as `scripts/setup.sh` runs it (with sudo when not root). */
export function installStep(packages: string[]): string {
  return `apt-get update && apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A front end found on this machine, or why none was. */
export type FrontEndChoice =
  | { ok: true; frontEnd: FrontEnd; executable: string }
  | { ok: false; wanted: FrontEnd; executable: string; message: string };

/**
 * The front end to start: the one asked for, else JupyterLab where it is installed, else the classic
 * Notebook. `env[SERVER_OVERRIDE_ENV]` replaces the classic Notebook's executable (a test points it at a
 * missing file to see the message a machine without the server gives).
 *
 * @example chooseFrontEnd({}).ok // true once `npm run notebook` has installed jupyter-notebook
 */
export function chooseFrontEnd(
  opts: {
    want?: FrontEnd;
    env?: NodeJS.ProcessEnv;
    exists?: (file: string) => boolean;
    isRoot?: boolean;
    hasSudo?: boolean;
  } = {},
): FrontEndChoice {
  const env = opts.env ?? process.env;
  const exists = opts.exists ?? isExecutable;
  const executables: Record<FrontEnd, string> = {
    notebook: env[SERVER_OVERRIDE_ENV] || SERVER_EXECUTABLES.notebook,
    lab: SERVER_EXECUTABLES.lab,
  };
  const order: FrontEnd[] = opts.want ? [opts.want] : ["lab", "notebook"];
  for (const f of order) if (exists(executables[f])) return { ok: true, frontEnd: f, executable: executables[f] };
  const wanted = opts.want ?? "notebook";
  return {
    ok: false,
    wanted,
    executable: executables[wanted],
    message: missingServerMessage(wanted, executables[wanted], opts),
  };
}

/**
 * What a machine without the server is told: the install step that `npm run notebook` performs, and what
 * to do without root.
 */
export function missingServerMessage(
  frontEnd: FrontEnd,
  executable: string,
  opts: { isRoot?: boolean; hasSudo?: boolean } = {},
): string {
  const isRoot = opts.isRoot ?? (typeof process.getuid === "function" && process.getuid() === 0);
  const hasSudo = opts.hasSudo ?? ["/usr/bin/sudo", "/bin/sudo"].some((f) => fs.existsSync(f));
  const step = installStep([SERVER_PACKAGES[frontEnd]]);
  const name = frontEnd === "lab" ? "JupyterLab" : "the Jupyter Notebook server";
  const lines = [
    `notebook: ${name} is not installed (${executable} is missing).`,
    `npm run notebook installs it first (scripts/setup.sh --notebook) with:`,
    `    ${isRoot ? "" : "sudo "}${step}`,
  ];
  if (frontEnd === "lab")
    lines.push("Debian 12 has no JupyterLab package; leave out --lab to open the classic Notebook.");
  else if (isRoot || hasSudo) lines.push("Run `npm run notebook` and it does that, then starts the server.");
  else
    lines.push(
      "You are not root and have no sudo: ask an administrator to run that line once, then run `npm run notebook`.",
      'Without any install rights, see docs/notebook.md ("A machine where you are not root").',
    );
  return lines.join("\n");
}

/**
 * A TCP port on `host` that nothing listens on now (the kernel picks it; it is closed again at once).
 *
 * @example await freePort("127.0.0.1") // e.g. 41237
 */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error(`no free port on ${host}`))));
    });
  });
}

/** True when nothing listens on `host:port`. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** The command-line arguments of the server (the token travels in JUPYTER_TOKEN, not on the command line). */
export function serverArgs(opts: {
  frontEnd: FrontEnd;
  root: string;
  ip: string;
  port: number;
  openBrowser?: boolean;
  isRoot?: boolean;
}): string[] {
  const lab = opts.frontEnd === "lab";
  const args = [
    `--ip=${opts.ip}`,
    `--port=${opts.port}`,
    "--port-retries=0",
    lab ? `--ServerApp.root_dir=${opts.root}` : `--notebook-dir=${opts.root}`,
    lab ? "--LabApp.default_url=/lab/tree/notebooks" : "--NotebookApp.default_url=/tree/notebooks",
  ];
  if (!opts.openBrowser) args.push("--no-browser");
  if (opts.isRoot) args.push("--allow-root"); // the server refuses to start as root without it
  return args;
}

/** A running server. */
export interface NotebookServer {
  frontEnd: FrontEnd;
  /** http://127.0.0.1:PORT/ */
  baseUrl: string;
  /** The address to open: the notebooks/ folder, with the token. */
  url: string;
  port: number;
  token: string;
  pid: number;
  /** The value of WORKBOOK_NOTEBOOK_SESSION in every process of this server (see `sessionProcesses`). */
  session: string;
  /** Seconds from spawn to the server answering /api/status. */
  startSeconds: number;
  /** What the server printed so far (when its output is captured). */
  log(): string;
  /** Stops the server (SIGTERM: it shuts its kernels down), then ends any process of its session still there. */
  stop(timeoutMs?: number): Promise<StopReport>;
  /** Resolves when the server process exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** How a stop went. `leftovers` are the processes of the session still alive after the server exited. */
export interface StopReport {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  killedServer: boolean;
  leftovers: ProcessInfo[];
}

export interface ProcessInfo {
  pid: number;
  command: string;
}

/**
 * Processes whose environment carries `WORKBOOK_NOTEBOOK_SESSION=<session>` (read from /proc; processes
 * of other users are skipped when their environment cannot be read).
 */
export function sessionProcesses(session: string): ProcessInfo[] {
  const needle = Buffer.from(`${SESSION_ENV}=${session}\0`);
  const found: ProcessInfo[] = [];
  let entries: string[] = [];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return found;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const environ = fs.readFileSync(`/proc/${e}/environ`);
      if (environ.indexOf(needle) < 0) continue;
      const state = fs.readFileSync(`/proc/${e}/stat`, "utf8").replace(/^.*\)\s+/, "")[0];
      if (state === "Z") continue; // a zombie awaiting its parent has ended
      const command = fs.readFileSync(`/proc/${e}/cmdline`, "utf8").split("\0").join(" ").trim();
      found.push({ pid: Number(e), command });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a Jupyter server on `ip:port` (127.0.0.1 and a free port by default) with a token, the project's
 * `.jupyter` first on JUPYTER_PATH (so the chapters find "TypeScript (workbook)"), rooted at the project
 * and opened on notebooks/. Resolves once the server answers; rejects with its output when it exits or
 * does not answer within `readyTimeoutMs`.
 *
 * @example const s = await startNotebookServer({ root, executable: "/usr/bin/jupyter-notebook" }); await s.stop();
 */
export async function startNotebookServer(opts: {
  root: string;
  executable: string;
  frontEnd?: FrontEnd;
  ip?: string;
  port?: number;
  token?: string;
  openBrowser?: boolean;
  /** Let the server print to this process's terminal (the command line); otherwise its output is kept. */
  inheritOutput?: boolean;
  env?: NodeJS.ProcessEnv;
  readyTimeoutMs?: number;
}): Promise<NotebookServer> {
  const frontEnd = opts.frontEnd ?? "notebook";
  const ip = opts.ip ?? "127.0.0.1";
  const port = opts.port ?? (await freePort(ip));
  const token = opts.token ?? crypto.randomBytes(24).toString("hex");
  const session = crypto.randomBytes(12).toString("hex");
  const base = { ...process.env, ...(opts.env ?? {}) };
  const jupyterPath = [path.join(opts.root, ".jupyter"), base.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
  const env: NodeJS.ProcessEnv = {
    ...base,
    JUPYTER_PATH: jupyterPath,
    JUPYTER_TOKEN: token,
    [SESSION_ENV]: session,
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const args = serverArgs({ frontEnd, root: opts.root, ip, port, openBrowser: opts.openBrowser, isRoot });
  const started = Date.now();
  // Its own process group: a Ctrl-C in the terminal reaches the command, which stops the server cleanly.
  const child: ChildProcess = spawn(opts.executable, args, {
    cwd: opts.root,
    env,
    detached: true,
    stdio: ["ignore", opts.inheritOutput ? "inherit" : "pipe", opts.inheritOutput ? "inherit" : "pipe"],
  });
  let output = "";
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 200_000) output = output.slice(-100_000); // the end is what explains a failure
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
    child.on("error", (err) => {
      output += `\n${err.message}`;
      exitInfo = { code: null, signal: null };
      resolve(exitInfo);
    });
  });
  const baseUrl = `http://${ip}:${port}/`;
  const pid = child.pid ?? -1;

  const stop = async (timeoutMs = 20_000): Promise<StopReport> => {
    const t0 = Date.now();
    let killedServer = false;
    if (exitInfo === null && pid > 0) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)));
      const done = await Promise.race([exited.then(() => true), late]);
      clearTimeout(timer);
      if (!done) {
        killedServer = true;
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // gone meanwhile
        }
        await exited;
      }
    }
    // Kernels get a moment to exit after their shutdown reply.
    let leftovers = sessionProcesses(session);
    for (let i = 0; i < 20 && leftovers.length > 0; i++) {
      await sleep(100);
      leftovers = sessionProcesses(session);
    }
    if (leftovers.length > 0) {
      for (const p of leftovers) {
        try {
          process.kill(p.pid, "SIGKILL");
        } catch {
          // gone meanwhile
        }
      }
    }
    const info = exitInfo ?? { code: null, signal: null };
    return { ...info, seconds: (Date.now() - t0) / 1000, killedServer, leftovers };
  };

  const deadline = started + (opts.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exitInfo !== null) {
      throw new Error(
        `notebook: the ${frontEnd === "lab" ? "JupyterLab" : "Jupyter Notebook"} server exited before it answered` +
          ` (${opts.executable} ${args.join(" ")}):\n${output.trim()}`,
      );
    }
    try {
      const r = await fetch(`${baseUrl}api/status`, { headers: { Authorization: `token ${token}` } });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `notebook: the server did not answer on ${baseUrl} within ${opts.readyTimeoutMs ?? 60_000} ms:\n${output}`,
      );
    }
    await sleep(100);
  }
  const startSeconds = (Date.now() - started) / 1000;
  const home = frontEnd === "lab" ? "lab/tree/notebooks" : "tree/notebooks";
  return {
    frontEnd,
    baseUrl,
    url: `${baseUrl}${home}?token=${token}`,
    port,
    token,
    pid,
    session,
    startSeconds,
    log: () => output,
    stop,
    exited,
  };
}

/** The address of one notebook in the running server (a chapter under notebooks/). */
export function notebookUrl(server: Pick<NotebookServer, "baseUrl" | "token" | "frontEnd">, file: string): string {
  const rel = file.split(path.sep).map(encodeURIComponent).join("/");
  const page = server.frontEnd === "lab" ? "lab/tree" : "notebooks";
  return `${server.baseUrl}${page}/${rel}?token=${server.token}`;
}
