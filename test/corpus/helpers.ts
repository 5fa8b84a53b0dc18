/**
 * Shared by the corpus tests: temporary folders, a small archive in the real layout of the General
 * Debate archive, a speakers workbook, and a good text file. Every text here is invented.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as tar from "tar";
import * as XLSX from "xlsx";
import { projectRoot } from "../../lib/core";

export const FIX = path.join(projectRoot(), "test", "fixtures", "corpus");

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `corpus-test-${prefix}-`));
}

export function writeTree(root: string, files: Record<string, string | Buffer>): string[] {
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), content);
  }
  return Object.keys(files).sort();
}

/** Builds a small archive in the real layout (gzip unless `gzip: false`). */
export function makeArchive(
  files: Record<string, string | Buffer>,
  opts: { gzip?: boolean; name?: string } = {},
): string {
  const dir = tmpDir("tree");
  const paths = writeTree(dir, files);
  const out = path.join(tmpDir("arch"), opts.name ?? (opts.gzip === false ? "archive.tar" : "UNGDC_1946-2024.tgz"));
  tar.c({ file: out, cwd: dir, gzip: opts.gzip !== false, sync: true, portable: true }, paths);
  return out;
}

/** Writes a speakers workbook with invented rows (trailing spaces, a missing post, an "EC" row). */
export function makeSpeakers(file: string): void {
  const rows = [
    ["Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post"],
    [2008, 63, "AAA", "Aland Example ", " Ada Able ", "Minister for Foreign Affairs"],
    [2008, 63, "BBB", "Bexample", "Bo Baker", null],
    [2009, 64, "AAA", "Aland Example", "Ada Able", "Minister for Foreign Affairs "],
    [1971, 26, "CHN", "China", "Mr. Example", null],
    [1972, 27, "CHN", "China", "Mr. Sample", null],
    [2011, 66, "EC", "European Council", "An Officer", "President"],
    [1950, 5, "AAA", "Old Aland", "X", null],
    [1951, 6, "AAA", "Old Aland", "X", null],
    [1952, 7, "AAA", "Old Aland", "X", null],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
  fs.writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
}

export const SPEECHES: Record<string, string> = {
  "TXT/Session 63 - 2008/AAA_63_2008.txt":
    "We open the debate.\nOur trade grew. The question of\nKosovo’s status matters to us. We\n" +
    "support talks. Climate is next.\n Finally we thank you.\n",
  "TXT/Session 63 - 2008/BBB_63_2008.txt": "A skilled workforce and the Taskforce matter. Nothing else.\n",
  "TXT/Session 64 - 2009/AAA_64_2009.txt": "\uFEFFWe return.\r\nEULEX has a role.\r\nWe end here.\r\n",
  "TXT/Session 26 - 1971/CHN_26_1971.txt": "An invented speech of the earlier delegation.\n",
  "TXT/Session 27 - 1972/CHN_27_1972.txt": "An invented speech of the later delegation.\n",
  "TXT/Session 66 - 2011/EU_66_2011.txt": "An invented speech of a union.\n",
};
export const JUNK: Record<string, string> = {
  "TXT/.DS_Store": "junk",
  "TXT/Session 63 - 2008/.Rhistory": "junk",
  "__MACOSX/TXT/._AAA_63_2008.txt": "junk",
};

export const GOOD_FILE =
  "---\nid: mfa-2010-07-22\ndate: 2010-07-22\ncategory: mfa\nspeaker: A Person\nvenue: A venue\n" +
  "source: https://example.org/x\n---\n\nInvented body. Two sentences.\n";
