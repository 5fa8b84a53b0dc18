/**
 * Reading the UN Security Council Debates' speeches: a plain tar (`speeches.tar`, one flat folder
 * `speeches/` of `.txt` files) read with the `tar` package's parser, fed in chunks so that the 0.5 GB
 * archive is never in memory and never unpacked; or the same folder already extracted. Only the
 * entries a caller wants are kept; the parser skips the others' bytes.
 */
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { InputError } from "../../core";

/** One speech file: its name (no folder) and its bytes. */
export interface SpeechFile {
  name: string;
  /** Where it was read, for provenance: "speeches.tar:speeches/UNSC_…txt" or "speeches/UNSC_…txt". */
  place: string;
  bytes: Buffer;
}

/**
 * The speech files of a tar whose names `want` accepts, in the archive's order. Directories and
 * other entry types are passed over. A file that is not a tar, a damaged header or a truncated
 * archive is an InputError naming the file and saying what was found.
 *
 * @example for (const f of readTarSpeeches("speeches.tar", "speeches.tar", (n) => n.includes("SPV.7155"))) f.name
 * @throws {InputError} when the archive cannot be read to its end
 */
export function* readTarSpeeches(
  file: string,
  shown: string,
  want: (name: string) => boolean,
  chunkBytes = 4 << 20,
): Generator<SpeechFile> {
  const ready: SpeechFile[] = [];
  const problems: string[] = [];
  let entries = 0;
  const parser = new tar.Parser({
    strict: true,
    filter: (p: string) => {
      entries++;
      return want(path.posix.basename(p));
    },
    onReadEntry: (entry) => {
      if (entry.type !== "File" && entry.type !== "OldFile") {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on("data", (c: Buffer) => chunks.push(c));
      entry.on("end", () =>
        ready.push({
          name: path.posix.basename(entry.path),
          place: `${shown}:${entry.path}`,
          bytes: Buffer.concat(chunks),
        }),
      );
    },
  });
  parser.on("error", (e: Error) => problems.push(e.message));
  parser.on("warn", (_code: string, message: string | Error) => problems.push(String(message)));
  if (!fs.existsSync(file))
    throw new InputError({ file: shown, message: "file not found", fix: "point --from at the dataset's folder" });
  const fd = fs.openSync(file, "r");
  let at = 0;
  try {
    for (;;) {
      // a fresh buffer for each chunk: the parser keeps views of it (a header cut by the chunk's end, an
      // entry's data until the entry ends), so it is never overwritten, and nothing is copied
      const buf = Buffer.allocUnsafeSlow(chunkBytes);
      const n = fs.readSync(fd, buf, 0, buf.length, at);
      if (n === 0) break;
      parser.write(n === buf.length ? buf : buf.subarray(0, n));
      at += n;
      if (problems.length) throw tarError(shown, at, entries, problems[0]);
      while (ready.length) yield ready.shift() as SpeechFile;
    }
    parser.end();
    if (problems.length) throw tarError(shown, at, entries, problems[0]);
    if (entries === 0) throw tarError(shown, at, entries, at === 0 ? "the file is empty" : "no tar entry found");
    while (ready.length) yield ready.shift() as SpeechFile;
  } finally {
    fs.closeSync(fd);
  }
}

function tarError(shown: string, at: number, entries: number, what: string): InputError {
  return new InputError({
    file: shown,
    message:
      `expected a tar archive of speech files; found a problem after ${entries} entr${entries === 1 ? "y" : "ies"} ` +
      `(byte ${at}): ${what}`,
    fix:
      "the archive is damaged or incomplete: download speeches.tar again " +
      "(or extract it and point --from at the folder)",
  });
}

/**
 * The speech files of an extracted `speeches/` folder whose names `want` accepts, in name order.
 *
 * @example readFolderSpeeches("dl/speeches", "speeches", () => true).next().value.name
 */
export function* readFolderSpeeches(
  dir: string,
  shown: string,
  want: (name: string) => boolean,
): Generator<SpeechFile> {
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith(".txt") && want(n))
    .sort();
  for (const name of names) yield { name, place: `${shown}/${name}`, bytes: fs.readFileSync(path.join(dir, name)) };
}
