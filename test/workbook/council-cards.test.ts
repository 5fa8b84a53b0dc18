/**
 * The Security Council cards run every chapter: `npm start -- --corpus unsc-kosovo` and `--corpus china-unsc` on a
 * UNSC Meetings and Speeches download generated in the dataset's exact layout (the fixtures' writer: invented
 * speeches at meetings whose symbols and dates are the study's), found through the cards' variable
 * UNSC_SPEECHES_DIR; and, without the download, the runner stops before any chapter with one line naming the
 * folder, the DOI and the variable.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { listChapters } from "../../lib/report";
import { writeUnscSpeeches } from "../corpus/datasets/fixtures";
import { ROOT, runScript } from "../support/run";

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `workbook-${name}-`));

/** The text of every output of an executed notebook. */
function outputsOf(file: string): string {
  const nb = JSON.parse(fs.readFileSync(file, "utf8")) as { cells: Array<{ outputs?: unknown[] }> };
  return nb.cells.map((c) => JSON.stringify(c.outputs ?? [])).join("\n");
}

describe("workbook: the Security Council cards on a generated download", function () {
  this.timeout(20 * 60_000);
  const chapters = listChapters(path.join(ROOT, "notebooks"));
  const download = writeUnscSpeeches(path.join(tmp("unsc-download"), "unsc-speeches"));

  // the fixture: 28 speeches at seven Kosovo meetings of 2008–2024 (China at each); China's 10 speeches of
  // 2005–2022, one of them at a meeting on another item (test/corpus/datasets/council-corpus.test.ts)
  const cases: Array<[string, string]> = [
    ["unsc-kosovo", "28 texts, 28 units"],
    ["china-unsc", "10 texts, 10 units"],
  ];
  for (const [card, loaded] of cases) {
    it(`npm start -- --corpus ${card}: every chapter runs on the download`, function () {
      const out = tmp(card);
      const r = runScript("run-workbook", ["--corpus", card, "--out", out], { env: { UNSC_SPEECHES_DIR: download } });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      for (const c of chapters) assert.match(r.stdout, new RegExp(`\\] ${c.name}\\s+ok`), `${c.name} did not run`);
      assert.match(outputsOf(path.join(out, "notebooks", "01-load-texts.ipynb")), new RegExp(loaded));
      // chapter 08, section 5: China beside the others at the seven meetings where it spoke
      const compared = outputsOf(path.join(out, "notebooks", "08-compare-speakers.ipynb"));
      assert.match(compared, /The Council's Kosovo meetings of 2008–2024 at which China spoke/);
      assert.match(compared, /7 of the 7 Kosovo meetings in unsc-kosovo; 28 speeches at them/);
      assert.ok(fs.existsSync(path.join(out, "index.html")));
    });
  }

  it("without the download: the run stops before any chapter, one line naming the folder, DOI and variable", () => {
    const nowhere = path.join(tmp("no-download"), "unsc-speeches");
    const r = runScript("run-workbook", ["--corpus", "unsc-kosovo", "--out", tmp("no-download-out")], {
      env: { UNSC_SPEECHES_DIR: nowhere },
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.deepEqual(r.stderr.trim().split("\n"), [
      "workbook: the chapters cannot run: the texts they read are not there.",
      `  ${nowhere}: the UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads is not there ` +
        "(no such folder) — download it from doi:10.7910/DVN/CKPTRB (a folder with speeches.tsv and meetings.tsv) " +
        "into that folder, or set UNSC_SPEECHES_DIR to the folder that holds it",
    ]);
    assert.doesNotMatch(r.stdout, /\[1\//, "a chapter ran");
  });
});
