/**
 * The subset's `.tgz`: raw speech files copied out of the archive (bytes as they are), written back in the
 * archive's own layout with `tar` — sorted entries, fixed modes, no owners, one fixed time — so that the same
 * speeches always give the same bytes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as tar from "tar";
import { byCodeUnit, writeFileAtomic } from "../core";

/** The time every entry of the subset carries (none: the epoch), so a rebuild gives the same bytes. */
export const SUBSET_MTIME = new Date(0);

/**
 * The raw bytes of some entries of a `.tgz`, by path inside it (entries not asked for are not kept).
 *
 * @example rawEntries("UNGDC_1946-2024.tgz", new Set(["TXT/Session 63 - 2008/SRB_63_2008.txt"])).size // 1
 */
export function rawEntries(tgz: string, wanted: Set<string>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  tar.t({
    file: tgz,
    sync: true,
    strict: true,
    onReadEntry: (entry) => {
      const p = entry.path.replace(/^\.\//, "");
      if (!wanted.has(p)) return;
      const chunks: Buffer[] = [];
      entry.on("data", (c: Buffer) => chunks.push(c));
      entry.on("end", () => out.set(p, Buffer.concat(chunks)));
    },
  });
  return out;
}

/** Every folder above some file paths ("TXT", "TXT/Session 63 - 2008", …). */
function foldersOf(paths: string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths) {
    const parts = p.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return [...dirs];
}

/**
 * Writes files (path inside the archive → bytes) as a gzip'd tar: folders and files in code-unit order of
 * their paths (a folder before its contents), modes 755/644, no owners, time `SUBSET_MTIME`, gzip level 9
 * with a portable header. Written atomically.
 *
 * @example writeDeterministicTgz(new Map([["TXT/Session 63 - 2008/SRB_63_2008.txt", bytes]]), "subset.tgz")
 */
export function writeDeterministicTgz(files: Map<string, Buffer>, outFile: string): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ungdc-subset-"));
  try {
    const filePaths = [...files.keys()];
    const dirs = foldersOf(filePaths);
    for (const d of dirs) fs.mkdirSync(path.join(tmp, "tree", d), { recursive: true });
    for (const d of dirs) fs.chmodSync(path.join(tmp, "tree", d), 0o755);
    for (const [p, bytes] of files) {
      fs.writeFileSync(path.join(tmp, "tree", p), bytes);
      fs.chmodSync(path.join(tmp, "tree", p), 0o644);
    }
    const entries = [...dirs, ...filePaths].sort(byCodeUnit);
    const tgz = path.join(tmp, "out.tgz");
    tar.c(
      {
        file: tgz,
        cwd: path.join(tmp, "tree"),
        sync: true,
        portable: true,
        noDirRecurse: true,
        mtime: SUBSET_MTIME,
        gzip: { level: 9 },
      },
      entries,
    );
    writeFileAtomic(outFile, fs.readFileSync(tgz));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
