/**
 * Finding a dataset's files in the folder a user downloaded it to: `.tsv` or Dataverse's `.tab`,
 * `speeches.tar` or an extracted `speeches/` folder, the press conferences' `.xlsx`. A folder that
 * still holds only Dataverse's bundle (`dataverse_files.zip`) is named in the message.
 */
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../core";
import { DATASETS, type DatasetName } from "./kinds";

/**
 * The files a Security Council download must hold, by role: each entry lists the names the file goes by
 * (Dataverse may deliver a table as `.tab`; the Debates' speeches may be the tar or the extracted folder,
 * written with a trailing "/").
 */
export const COUNCIL_FILES = {
  "unsc-speeches": { meetings: ["meetings.tsv", "meetings.tab"], speeches: ["speeches.tsv", "speeches.tab"] },
  "unsc-debates": {
    meta: ["meta.tsv", "meta.tab"],
    speaker: ["speaker.tsv", "speaker.tab"],
    speeches: ["speeches.tar", "speeches/"],
  },
} as const;

/**
 * The first of `names` that is a file in `dir` (a folder, for a name ending in "/"), or null.
 *
 * @example findFile("dl", ["speaker.tsv", "speaker.tab"]) // "dl/speaker.tab"
 */
export function findFile(dir: string, names: readonly string[]): string | null {
  for (const n of names) {
    const p = path.join(dir, n);
    if (fs.existsSync(p) && (n.endsWith("/") ? fs.statSync(p).isDirectory() : fs.statSync(p).isFile())) return p;
  }
  return null;
}

/**
 * A dataset file that must be there: its path, or an InputError naming the folder, what was
 * expected and what the folder holds.
 *
 * @example requireFile("dl", ["meetings.tsv", "meetings.tab"], "unsc-speeches")
 * @throws {InputError} when none of `names` is in `dir`
 */
export function requireFile(dir: string, names: readonly string[], dataset: DatasetName): string {
  const found = findFile(dir, names);
  if (found) return found;
  throw new InputError({
    file: dir,
    message:
      `expected ${names.join(" or ")} (${DATASETS[dataset].title}: ${DATASETS[dataset].layout}); ` +
      `found ${listing(dir)}`,
    fix:
      bundleHint(dir) ??
      `download ${DATASETS[dataset].title} from doi:${DATASETS[dataset].doi} and point --from at its folder`,
  });
}

/**
 * What a folder holds, for messages: "no such folder", "an empty folder", or its first names.
 *
 * @example listing("dl") // "meetings.tsv, speeches.tsv"
 */
export function listing(dir: string): string {
  if (!fs.existsSync(dir)) return "no such folder";
  if (!fs.statSync(dir).isDirectory()) return "a file, not a folder";
  const names = fs.readdirSync(dir).sort();
  if (names.length === 0) return "an empty folder";
  return names.slice(0, 8).join(", ") + (names.length > 8 ? `, … (${names.length} entries)` : "");
}

/**
 * When a folder holds Dataverse's zip bundle, how to unpack it; null otherwise.
 *
 * @example bundleHint("dl") // "unzip dataverse_files.zip in dl first (the download arrives as one zip)"
 */
export function bundleHint(dir: string): string | null {
  const zip = findFile(dir, ["dataverse_files.zip"]);
  return zip ? `unzip ${path.basename(zip)} in ${dir} first (the download arrives as one zip)` : null;
}

/**
 * A path as messages show it: relative to `base` when it is inside it or beside it (one `..`), else as given.
 *
 * @example shownPath(path.join(process.cwd(), "dl", "speeches.tsv")) // "dl/speeches.tsv"
 * @example shownPath(path.join(projectRoot(), "..", "shared", "unsc"), projectRoot()) // "../shared/unsc"
 */
export function shownPath(p: string, base = process.cwd()): string {
  const rel = path.relative(base, p);
  return rel === "" || rel.startsWith(`..${path.sep}..`) || rel === ".." || path.isAbsolute(rel) ? p : rel;
}
