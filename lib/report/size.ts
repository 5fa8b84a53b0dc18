/** What a report folder weighs: files and bytes, in all and per kind of file, for the size budget of `output/`. */
import * as fs from "fs";
import * as path from "path";
import { byCodeUnit } from "../core";

/** Files and bytes of a folder, in all and by kind (the first folder under it, or "." for its own files). */
export interface FolderSize {
  files: number;
  bytes: number;
  parts: Array<{ part: string; files: number; bytes: number }>;
}

/**
 * The files and bytes under `dir` (recursively; links not followed), with a part per sub-folder.
 *
 * @example folderSize("output").bytes // 9_412_310
 */
export function folderSize(dir: string): FolderSize {
  const parts = new Map<string, { files: number; bytes: number }>();
  let files = 0;
  let bytes = 0;
  const walk = (d: string, part: string | null) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, part ?? e.name);
      else if (e.isFile()) {
        const size = fs.statSync(p).size;
        const key = part ?? ".";
        const acc = parts.get(key) ?? { files: 0, bytes: 0 };
        acc.files += 1;
        acc.bytes += size;
        parts.set(key, acc);
        files += 1;
        bytes += size;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir, null);
  return {
    files,
    bytes,
    parts: [...parts.entries()].sort((a, b) => byCodeUnit(a[0], b[0])).map(([part, s]) => ({ part, ...s })),
  };
}

/**
 * Bytes in the largest unit that keeps the number readable (1 decimal): "812 B", "4.2 kB", "9.4 MB".
 *
 * @example formatBytes(9_412_310) // "9.4 MB"
 */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
