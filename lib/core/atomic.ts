/**
 * A command's outputs as one unit: every file is first written whole to a temporary file beside its
 * target (`<file>.tmp-<pid>-<random>`, flushed to disk), and only when all are written are they
 * renamed into place, one after the other in one step. A failure before that removes the temporary
 * files and leaves every old output as it was: all are replaced or none.
 *
 * Interruptions: while `writeFilesAtomicAsync` writes, Ctrl-C (SIGINT) or SIGTERM removes the
 * temporary files and ends the process (exit 128 + the signal's number) unless another part of the
 * program listens for the signal (a notebook kernel, a server), which then decides; the write in
 * progress fails with an "interrupted" error. A process killed outright (SIGKILL, power loss) may
 * leave a temporary file: the next write to the same target removes those of processes no longer
 * running. The loaders never read them (their names do not end in .txt or .csv).
 *
 * Test hook: with the environment variable `WORKBOOK_TEST_PAUSE_AFTER_TEMPORARY=<n>` (for tests only,
 * read here and nowhere else), `writeFilesAtomicAsync` stops after its n-th temporary file is written
 * whole, says so on stderr (`atomic: test pause after <n> temporary file(s)`) and waits, letting
 * signals in, for up to a minute. A test can then send a signal at a known point of the write instead
 * of polling for a temporary file and hoping to catch it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** What a file holds: text, bytes, or pieces of either written in turn (a large CSV never held whole). */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** One file of a unit of outputs. */
export interface FileToWrite {
  file: string;
  data: FileContent;
}

/** Temporary files being written (of any write in progress), removed on SIGINT/SIGTERM. */
const pending = new Set<string>();
/** The async writes in progress: each learns of a signal that interrupted it. */
const runs = new Set<{ signal: NodeJS.Signals | null }>();

/** Throws when the write was interrupted (a check between pieces). */
type Check = () => void;

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    /* already gone, or never created */
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const run of runs) run.signal = signal;
  runs.clear();
  for (const tmp of pending) removeQuietly(tmp);
  pending.clear();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  // nobody else handles the signal: end as the signal would have
  if (process.listenerCount(signal) === 0) process.exit(128 + (os.constants.signals[signal] ?? 0));
}

/** Starts an async write: listens for SIGINT/SIGTERM while any is in progress. */
function startRun(): { signal: NodeJS.Signals | null } {
  const run = { signal: null };
  if (runs.size === 0) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  runs.add(run);
  return run;
}

function endRun(run: { signal: NodeJS.Signals | null }): void {
  if (!runs.delete(run) || runs.size > 0) return;
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
}

/** Is process `pid` still running? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files that processes no longer running left beside `file`. */
function removeStaleTemporaries(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-[a-z0-9]+$/.exec(n.slice(prefix.length))?.[1]);
    if (pid > 0 && pid !== process.pid && !alive(pid)) removeQuietly(path.join(dir, n));
  }
}

function temporaryName(file: string): string {
  return `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The pieces of a content, in order. */
function piecesOf(data: FileContent): Iterable<string | Uint8Array> {
  return typeof data === "string" || data instanceof Uint8Array ? [data] : data;
}

/** Writes one temporary file whole, yielding after each piece (the async writer lets signals in there). */
function* writeTemporary(tmp: string, data: FileContent, check: Check): Generator<void> {
  const fd = fs.openSync(tmp, "w");
  try {
    for (const piece of piecesOf(data)) {
      check();
      fs.writeFileSync(fd, piece); // with a descriptor: written whole at the current position
      yield;
    }
    fs.fsyncSync(fd); // on disk before the rename makes it visible
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes every temporary file, stepping through `writeTemporary`; returns [tmp, target] pairs. Yields
 * false after each piece and true when a temporary file has been written whole.
 */
function* writeAll(files: FileToWrite[], temps: Array<[string, string]>, check: Check): Generator<boolean> {
  for (const { file } of files) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    removeStaleTemporaries(file);
  }
  for (const { file, data } of files) {
    const tmp = temporaryName(file);
    temps.push([tmp, file]);
    pending.add(tmp);
    for (const _ of writeTemporary(tmp, data, check)) yield false;
    yield true;
  }
}

/** The test hook's n (see the header), or 0 when it is not set. */
function testPauseAfter(): number {
  const n = Number(process.env.WORKBOOK_TEST_PAUSE_AFTER_TEMPORARY ?? "");
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The test hook's pause: says where it stopped, then waits up to a minute, letting signals in. */
async function testPause(written: number, check: Check): Promise<void> {
  process.stderr.write(`atomic: test pause after ${written} temporary file(s)\n`);
  for (let waited = 0; waited < 60000; waited += 50) {
    await new Promise<void>((resolve) => setTimeout(resolve, 50));
    check();
  }
}

function renameAll(temps: Array<[string, string]>, check: Check): void {
  check();
  for (const [tmp, file] of temps) {
    fs.renameSync(tmp, file);
    pending.delete(tmp);
  }
}

function cleanUp(temps: Array<[string, string]>): void {
  for (const [tmp] of temps) {
    if (pending.delete(tmp)) removeQuietly(tmp);
  }
}

/**
 * Writes several files as one unit: all temporary files first, then all renamed into place. On an
 * error nothing is replaced and no temporary file is left.
 *
 * @example writeFilesAtomic([{ file: "out.csv", data: csv }, { file: "out.evidence.csv", data: evidence }])
 */
export function writeFilesAtomic(files: FileToWrite[]): void {
  const temps: Array<[string, string]> = [];
  try {
    const check = () => {};
    for (const _ of writeAll(files, temps, check)) {
      /* each piece written */
    }
    renameAll(temps, check);
  } catch (e) {
    cleanUp(temps);
    throw e;
  }
}

/**
 * `writeFilesAtomic` for a command line: between pieces it lets Node handle signals, so that Ctrl-C
 * during a long write removes the temporary files, replaces nothing and ends the command.
 *
 * @example await writeFilesAtomicAsync([{ file: "out.csv", data: csv }, { file: "out.evidence.csv", data: rows }])
 */
export async function writeFilesAtomicAsync(files: FileToWrite[]): Promise<void> {
  const temps: Array<[string, string]> = [];
  const run = startRun();
  const check = () => {
    if (run.signal) throw new Error(`writing ${files.map((f) => f.file).join(", ")} interrupted by ${run.signal}`);
  };
  try {
    const pauseAfter = testPauseAfter();
    let written = 0;
    for (const fileDone of writeAll(files, temps, check)) {
      if (fileDone && ++written === pauseAfter) await testPause(written, check);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    renameAll(temps, check);
  } catch (e) {
    cleanUp(temps);
    throw e;
  } finally {
    endRun(run);
  }
}
