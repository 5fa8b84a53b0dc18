/**
 * Generators for the robustness tests (adversarial inputs, determinism, atomic writes).
 *
 * Everything is written at test time into a fresh temporary folder. Every text is invented here
 * (seeded word salad and made-up sentences); nothing quotes a real statement, speech or page.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import seedrandom from "seedrandom";
import * as tar from "tar";
import { ROOT, runScript, type Ran } from "./run";

/** The project root (two folders up from this file). */

/** A fresh temporary folder. */
export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `robust-${prefix}-`));
}

/** Writes files (path relative to `root` → content) and returns their paths, sorted. */
export function writeTree(root: string, files: Record<string, string | Buffer>): string[] {
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), content);
  }
  return Object.keys(files).sort();
}

/**
 * Builds a small General Debate-style archive (`.tgz`, the real layout `TXT/Session NN - YYYY/ISO_NN_YYYY.txt`)
 * with the `tar` package. `extra` may add entries to the tree before it is packed (e.g. a symbolic link).
 */
export function makeArchive(
  files: Record<string, string | Buffer>,
  opts: { name?: string; extra?: (treeDir: string) => string[] } = {},
): string {
  const tree = tmpDir("tree");
  const paths = writeTree(tree, files);
  const more = opts.extra ? opts.extra(tree) : [];
  const out = path.join(tmpDir("archive"), opts.name ?? "UNGDC_1946-2024.tgz");
  tar.c({ file: out, cwd: tree, gzip: true, sync: true, portable: true }, [...paths, ...more]);
  return out;
}

/** A copy of `file` cut to `keep` of its bytes (a fraction, or a byte count when ≥ 1). */
export function truncatedCopy(file: string, keep: number, name = "cut-" + path.basename(file)): string {
  const buf = fs.readFileSync(file);
  const n = keep < 1 ? Math.floor(buf.length * keep) : keep;
  const out = path.join(tmpDir("cut"), name);
  fs.writeFileSync(out, buf.subarray(0, n));
  return out;
}

/** A copy of `file` with `count` bytes inverted from the middle on (a corrupt download). */
export function corruptedCopy(file: string, count = 64, name = "bad-" + path.basename(file)): string {
  const buf = Buffer.from(fs.readFileSync(file));
  const at = Math.floor(buf.length / 2);
  for (let i = at; i < Math.min(buf.length, at + count); i++) buf[i] ^= 0xff;
  const out = path.join(tmpDir("corrupt"), name);
  fs.writeFileSync(out, buf);
  return out;
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "tov",
  "sa",
  "pel",
  "dun",
  "ori",
  "vek",
  "zu",
  "ham",
  "tis",
  "bra",
  "nol",
  "qui",
];

/** A made-up word from a seeded generator. */
function word(rng: () => number): string {
  const n = 1 + Math.floor(rng() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
  return w;
}

/**
 * Invented prose: `sentences` sentences of made-up words, seeded (the same seed gives the same text).
 * `topic` words (e.g. "Kosovo", "dialogue") are mixed in so that the coder has something to find.
 *
 * @example inventedProse(3, "s1", ["Kosovo"]) // "Kalo Kosovo renvek …. …"
 */
export function inventedProse(sentences: number, seed: string, topic: string[] = []): string {
  const rng = seedrandom(seed);
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const n = 6 + Math.floor(rng() * 10);
    const ws: string[] = [];
    for (let i = 0; i < n; i++)
      ws.push(topic.length && rng() < 0.15 ? topic[Math.floor(rng() * topic.length)] : word(rng));
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    out.push(ws.join(" ") + ".");
  }
  return out.join(" ");
}

/** Front matter + body in the folder format of `lib/corpus.ts`. `fields` replaces or (with `null`) drops fields. */
export function textFile(
  body: string,
  fields: Record<string, string | null> = {},
  opts: { close?: boolean } = {},
): string {
  const base: Record<string, string | null> = {
    id: "mfa-2010-07-22",
    date: "2010-07-22",
    category: "mfa",
    speaker: "An Invented Speaker",
    venue: "An invented venue",
    source: "https://example.org/invented",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n${opts.close === false ? "" : "---\n"}\n${body}\n`;
}

/**
 * Writes an invented text of about `bytes` bytes to `file` in 1 MB pieces (the test process never holds it
 * whole). With `frontMatter`, the file starts with a valid front matter block.
 */
export function writeBigText(file: string, bytes: number, frontMatter?: Record<string, string>): void {
  const fd = fs.openSync(file, "w");
  try {
    if (frontMatter) fs.writeSync(fd, textFile("", frontMatter).replace(/\n\n$/, "\n"));
    const piece = Buffer.from(
      Array.from({ length: 12 }, (_, i) => inventedProse(40, `big-${i}`, ["Kosovo", "dialogue", "Serbia"]) + "\n").join(
        "",
      ),
      "utf8",
    );
    let written = 0;
    while (written < bytes) {
      fs.writeSync(fd, piece);
      written += piece.length;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** SHA-256 of every file under `dir` (relative path → hex), sorted by path: compare before and after a run. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** What a command did. */
/**
 * Runs `scripts/<name>.ts` without blocking this process's event loop (a fixture server in this process keeps
 * answering).
 */
export { ROOT, runScript, type Ran };

export function runScriptAsync(name: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  const child = startScript(name, args, env);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })));
}

/** Starts `scripts/<name>.ts` (or a given .ts file) in the background; the caller kills it. */
export function startScript(file: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const f = path.isAbsolute(file) ? file : path.join(ROOT, "scripts", `${file}.ts`);
  return spawn(process.execPath, ["--import", "tsx", f, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Runs a TypeScript snippet in a fresh process (imports from `lib/` by absolute path) and returns what it
 * printed last as JSON. Used to measure memory in a clean process: the snippet prints
 * `{ rssDelta, peakDelta }` from `process.memoryUsage().rss` and `process.resourceUsage().maxRSS`.
 */
export function runSnippet<T>(code: string, opts: { killAfterMs?: number } = {}): T {
  const dir = tmpDir("snippet");
  const file = path.join(dir, "snippet.ts");
  fs.writeFileSync(file, code.replace(/"\.\/lib\//g, `"${ROOT}/lib/`));
  const r = spawnSync(process.execPath, ["--import", "tsx", file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.killAfterMs,
    killSignal: "SIGKILL",
  });
  if (r.signal) throw new Error(`snippet killed (${r.signal}) after ${opts.killAfterMs} ms: it did not finish`);
  if (r.status !== 0) throw new Error(`snippet failed (${r.status}): ${r.stderr}`);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as T;
}

/** Measuring code for `runSnippet`: wraps `body` (statements) with the RSS before/after and the peak. */
export function memoryProbe(body: string): string {
  return (
    `const __r0 = process.memoryUsage().rss;\n${body}\nconst __r1 = process.memoryUsage().rss;\n` +
    "console.log(JSON.stringify({ rssDelta: __r1 - __r0, " +
    "peakDelta: process.resourceUsage().maxRSS * 1024 - __r0, " +
    'result: typeof result === "undefined" ? null : result }));\n'
  );
}

/** A coding sheet as a researcher would save it (header + rows), comma-separated. */
export function sheet(themes: string[], rows: string[][]): string {
  const head = ["id", "coder", "year", "country", "speaker", "text", ...themes].join(",");
  return [head, ...rows.map((r) => r.join(","))].join("\n") + "\n";
}

/**
 * An earlier output of `npm run code` (a coding CSV: the command replaces only a file that begins like one,
 * never a coder's sheet or any other file).
 */
export const EARLIER_CODING = "id,date,year,category,country,speaker,dialogue,dialogue_n\nearlier,,2010,,,,1,1\n";

/** A small invented codebook (valid), in the format of `data/codebook.yaml`. */
export const CODEBOOK = `# An invented codebook for the robustness tests.
version: 1
title: Robustness test codebook
about_kosovo:
  rule: Sentences naming an anchor, and their neighbours unless they name another topic.
  anchors:
    - Kosovo|Pristina|KFOR
  window: 1
  other_topics:
    - Ukraine|Cyprus
themes:
  - key: sovereignty
    label: Serbia's sovereignty
    level: core
    scope: kosovo
    definition: Support for Serbia's sovereignty.
    patterns:
      - near: [sovereignty|territorial integrity, Serbia|Belgrade]
        within: 4
      - part of Serbia
  - key: dialogue
    label: Dialogue
    level: core
    scope: kosovo
    definition: Dialogue endorsed.
    patterns:
      - negotiat*|dialogue
      - mutually acceptable
`;

/** The invented codebook with `from` replaced by `to` (the first occurrence); throws if `from` is absent. */
export function editedCodebook(from: string, to: string): string {
  if (!CODEBOOK.includes(from)) throw new Error(`codebook fixture: "${from.slice(0, 40)}" not found`);
  return CODEBOOK.replace(from, to);
}

/** The 1-based line on which `needle` first occurs in `text`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return text.slice(0, i).split("\n").length;
}

/** Today's UTC date "YYYY-MM-DD" (to check that no output carries a timestamp). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
