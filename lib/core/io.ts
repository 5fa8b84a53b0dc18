/**
 * File input/output shared by every stage: where the project is, where outputs go,
 * and writes that are never half done (temporary file, then rename: `./atomic`).
 */
import * as fs from "fs";
import * as path from "path";
import { type FileContent, writeFilesAtomic } from "./atomic";

/** The project root: the folder holding package.json (found from this file's location). */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "lib"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/**
 * A path a user typed, read from the project root: an absolute path as it is, a relative one joined to the
 * project root — not to the current folder, which in a notebook is the kernel's `.workbook-build/`. So
 * `loadCodebook("data/codebook-mine.yaml")` reads the same file from a notebook, a script and a test.
 *
 * @example path.relative(projectRoot(), fromProjectRoot("data/codebook.yaml")) // "data/codebook.yaml"
 */
export function fromProjectRoot(file: string): string {
  return path.isAbsolute(file) ? file : path.join(projectRoot(), file);
}

/** A path under the project's `output/` folder (created on demand). */
export function outputPath(...parts: string[]): string {
  const p = path.join(process.env.WORKBOOK_OUTPUT ?? path.join(projectRoot(), "output"), ...parts);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  return p;
}

/**
 * A file of the output folder as a chapter shows it: `output/` and its place in that folder, wherever the
 * folder is (`$WORKBOOK_OUTPUT` may put it in a temporary folder for a test run), so that a chapter's outputs
 * are the same on every run and machine. A file outside the output folder is shown relative to the project.
 *
 * @example shownOutputPath(outputPath("coding-pages", "student-a.html")) // "output/coding-pages/student-a.html"
 */
export function shownOutputPath(file: string): string {
  const dir = path.resolve(process.env.WORKBOOK_OUTPUT ?? path.join(projectRoot(), "output"));
  const rel = path.relative(dir, path.resolve(file));
  if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) return ["output", ...rel.split(path.sep)].join("/");
  return path.relative(projectRoot(), path.resolve(file)).split(path.sep).join("/");
}

/**
 * Writes `data` to `file` atomically: to a temporary file beside it, then renamed over it.
 * A reader never sees a half-written file, and an interrupted write leaves the old file intact.
 * Several files that belong together: `writeFilesAtomic` (all replaced or none).
 *
 * @example writeFileAtomic("output/counts.csv", "theme,n\nsovereignty,3\n")
 */
export function writeFileAtomic(file: string, data: FileContent): void {
  writeFilesAtomic([{ file, data }]);
}
