/**
 * The one guard of a command's files, run before any work: every input is there and of the right
 * kind, and no output may destroy something.
 *
 * A command lists what it reads and what it writes (`checkCommandPaths`). An output is refused when
 *   - it is one of the command's inputs (the same file, also through a link);
 *   - it lies among the project's own data: anything under `data/` (corpus cards, codebook, coding
 *     sheets, slots, the embedded subset) or a corpus card's texts folder — unless the command
 *     writes there by design (`mayWriteIn`: `add-text` into its corpus folder, `build-subset` into
 *     the subset's folder);
 *   - it would overwrite an existing file that is not an earlier output of the same kind (`replaces`
 *     looks at the file's first line: a coding CSV begins `id,date,year,…`, a coder's sheet does not),
 *     or any existing file when the output is always a new one (`replaces: false`: a blank coding sheet);
 *   - its name is a side file's name (`sideSuffixes`, e.g. `.evidence.csv`: the evidence beside
 *     `x.csv` is `x.evidence.csv`, so `--out x.evidence.csv` would collide with it);
 *   - two outputs are one file;
 *   - its place cannot be written: a folder where a file should be, a file where a folder should be,
 *     a loop of links, no permission — said in words, before the work starts, not after.
 * Refusals are ArgumentErrors (exit 2, with the usage); a missing or unreadable input is an InputError.
 */
import * as fs from "fs";
import * as path from "path";
import { ArgumentError, InputError, projectRoot } from "../core";
import { listCards, loadCard, sourceDir } from "../corpus";
import { fsErrorParts } from "./fs-errors";

/** A file or folder a command reads. */
export interface InputPath {
  /** The option that names it, for messages ("--texts"). */
  option: string;
  path: string;
  /** What it must be ("either": a file or a folder, e.g. a download given as a folder or a workbook). */
  kind: "file" | "folder" | "either";
}

/** A file or folder a command writes. */
export interface OutputPath {
  option: string;
  path: string;
  kind: "file" | "folder";
  /** What the command writes there, for messages ("the coding CSV"). */
  what: string;
  /**
   * An existing file is replaced only when its first line says it is an earlier output of this kind;
   * `false`: an existing file is never replaced (a new coding sheet, a decisions file to fill).
   * Unset: any file outside the protected places may be replaced.
   */
  replaces?: ((firstLine: string) => boolean) | false;
}

/** What a command reads and writes. */
export interface CommandPaths {
  inputs: InputPath[];
  outputs: OutputPath[];
  /** Project data folders the command writes by design. */
  mayWriteIn?: string[];
  /** Endings that only side files have (`.evidence.csv`): no other output may end so. */
  sideSuffixes?: Array<{ suffix: string; of: string }>;
}

/** A refused output: an ArgumentError (exit 2, with the usage) whose message reads as a sentence. */
export class OutputRefused extends ArgumentError {
  constructor(option: string, shown: string, reason: string, fix: string) {
    super(option, "an output that destroys nothing", shown, fix);
    this.message = `${option} ${shown} ${reason} — ${fix}`;
  }
}

/** A path for messages: relative to where the user is, when that is inside it. */
export function shownFromUser(p: string): string {
  const rel = path.relative(process.env.INIT_CWD ?? process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}

/** The real path of `p`, through the links of the part of it that exists. */
function realPath(p: string): string {
  const abs = path.resolve(p);
  let head = abs;
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(head), ...tail);
    } catch {
      const up = path.dirname(head);
      if (up === head) return abs;
      tail.unshift(path.basename(head));
      head = up;
    }
  }
}

/** Device and inode of an existing path ("dev:ino"), so that a hard link is known as the same file; else null. */
function fileId(p: string): string | null {
  try {
    const s = fs.statSync(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Is `p` inside (or equal to) folder `dir`? Both real paths. */
function inside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** The project's own data: `data/`, and every corpus card's texts folder (a card that cannot be read is skipped). */
export function projectDataPlaces(): Array<{ dir: string; what: string }> {
  const places = [
    {
      dir: path.join(projectRoot(), "data"),
      what: "the project's data (corpus cards, codebook, coding sheets, slots)",
    },
  ];
  for (const name of listCards()) {
    try {
      places.push({ dir: sourceDir(loadCard(name)), what: `the texts of corpus ${name}` });
    } catch {
      /* a broken card is reported by the command that reads it */
    }
  }
  return places.map((p) => ({ dir: realPath(p.dir), what: p.what }));
}

/** What is at `p`: a file, a folder, nothing; a path problem (ELOOP, ENOTDIR …) is thrown in words. */
function kindAt(p: string, option: string, shown: string, asOutput: boolean): "file" | "folder" | "none" {
  try {
    return fs.statSync(p).isDirectory() ? "folder" : "file";
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return "none";
    const { meaning, fix } = fsErrorParts(e as NodeJS.ErrnoException);
    if (asOutput) throw new OutputRefused(option, shown, meaning, fix);
    throw new InputError({ file: shown, message: meaning, fix });
  }
}

/** Checks one input: it exists, is of its kind and can be read. */
function checkInput(input: InputPath): void {
  const shown = shownFromUser(input.path);
  const kind = kindAt(input.path, input.option, shown, false);
  const fix = `check the path given to ${input.option} (it is read from where you typed the command)`;
  if (kind === "none") throw new InputError({ file: shown, message: "does not exist", fix });
  if (input.kind !== "either" && kind !== input.kind)
    throw new InputError({
      file: shown,
      message: `is a ${kind}, not a ${input.kind}`,
      fix: `give ${input.option} a ${input.kind}`,
    });
  try {
    fs.accessSync(input.path, fs.constants.R_OK);
  } catch (e) {
    const { meaning } = fsErrorParts(e as NodeJS.ErrnoException);
    throw new InputError({ file: shown, message: meaning, fix });
  }
}

/** The nearest part of `p` that exists (itself, or a folder above it). */
function nearestExisting(p: string): string {
  let dir = path.resolve(p);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Checks that an output's place can be written: the right kind, folders above it, permission. */
function checkWritable(o: OutputPath, shown: string): "file" | "folder" | "none" {
  const kind = kindAt(o.path, o.option, shown, true);
  if (kind !== "none" && kind !== o.kind)
    throw new OutputRefused(o.option, shown, `is a ${kind}, not a ${o.kind}`, `give ${o.option} a ${o.kind} path`);
  const base = kind === "none" ? nearestExisting(path.dirname(path.resolve(o.path))) : path.resolve(o.path);
  if (kind === "none" && !fs.statSync(base).isDirectory())
    throw new OutputRefused(
      o.option,
      shown,
      `cannot be made: ${shownFromUser(base)} is a file`,
      "check each part of the path",
    );
  try {
    fs.accessSync(base, fs.constants.W_OK);
  } catch (e) {
    const { meaning, fix } = fsErrorParts(e as NodeJS.ErrnoException);
    throw new OutputRefused(
      o.option,
      shown,
      base === path.resolve(o.path) ? meaning : `cannot be written: ${shownFromUser(base)} ${meaning}`,
      fix,
    );
  }
  return kind;
}

/** The first line of a file (at most 4 KB read), without a byte-order mark. */
function firstLine(file: string): string {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf
      .subarray(0, n)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0];
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checks a command's inputs and outputs before it starts (see the module's header for the rules).
 *
 * @example checkCommandPaths({ inputs: [{ option: "--texts", path: dir, kind: "folder" }],
 *   outputs: [{ option: "--out", path: out, kind: "file", what: "the coding CSV" }] })
 * @throws {InputError} for an input that is not there, not of its kind or not readable
 * @throws {OutputRefused} (an ArgumentError) for an output that would destroy something or cannot be written
 */
export function checkCommandPaths(c: CommandPaths): void {
  for (const input of c.inputs) checkInput(input);
  const inputs = c.inputs.map((i) => ({ ...i, real: realPath(i.path), id: fileId(i.path) }));
  const data = projectDataPlaces();
  const allowed = (c.mayWriteIn ?? []).map(realPath);
  const seen = new Map<string, OutputPath>();
  for (const o of c.outputs) {
    const shown = shownFromUser(o.path);
    const real = realPath(o.path);
    for (const s of c.sideSuffixes ?? [])
      if (o.what !== s.of && real.toLowerCase().endsWith(s.suffix))
        throw new OutputRefused(
          o.option,
          shown,
          `ends in ${s.suffix}, the name of ${s.of}`,
          `choose a name that does not end in ${s.suffix}`,
        );
    const other = seen.get(real);
    if (other) throw new OutputRefused(o.option, shown, `is also ${other.what}`, "give each output its own path");
    seen.set(real, o);
    const id = fileId(o.path);
    const input = inputs.find((i) => i.real === real || (id !== null && i.id === id));
    if (input)
      throw new OutputRefused(
        o.option,
        shown,
        `is the input of ${input.option}: writing ${o.what} there would destroy it`,
        `choose another ${o.option} path`,
      );
    const place = data.find((d) => inside(real, d.dir));
    if (place && !allowed.some((a) => inside(real, a)))
      throw new OutputRefused(
        o.option,
        shown,
        `lies in ${place.what}: writing ${o.what} there would destroy it`,
        "choose a path outside data/ and the corpus folders, e.g. under output/",
      );
    const kind = checkWritable(o, shown);
    if (kind === "file" && o.replaces === false)
      throw new OutputRefused(
        o.option,
        shown,
        "exists: not overwriting it (it may hold someone's work)",
        `choose another ${o.option} path, or move the file away first`,
      );
    // an empty file holds nothing to lose
    if (kind === "file" && o.replaces && fs.statSync(o.path).size > 0 && !o.replaces(firstLine(o.path)))
      throw new OutputRefused(
        o.option,
        shown,
        `exists and is not ${o.what} (its first line is "${firstLine(o.path).slice(0, 60)}"): not overwriting it`,
        `choose another ${o.option} path, or move the file away first`,
      );
  }
}
