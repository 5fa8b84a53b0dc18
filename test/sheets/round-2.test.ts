/**
 * Round 2 of human coding (data/coding/ungdc-kosovo-1989-2007/) is reproducible: `npm run sheet` draws
 * the same sample and writes the same sentences the coders coded, and `npm run adjudicate` builds the
 * committed gold from the sheets and decisions. Only the sheets' id and text columns are compared with
 * the committed sheets (their theme columns are never read here); the gold is compared by its hash.
 */
import { strict as assert } from "assert";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { ROOT, runScript } from "../support/run";

const DIR = path.join(ROOT, "data", "coding", "ungdc-kosovo-1989-2007");
const META = ["id", "sentence", "coder", "codebook", "year", "country", "speaker", "text"];

/** The metadata columns of a sentence-level sheet (never its theme columns). */
function metaColumns(file: string): string[][] {
  const rows = parse(fs.readFileSync(file, "utf8"), { bom: true, columns: true }) as Array<Record<string, string>>;
  return rows.map((r) => META.map((c) => r[c]));
}
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("sheets: round 2 is reproducible", function () {
  this.timeout(180000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "round-2-"));
  const draw = (coder: string, out: string) =>
    runScript("sheet", [
      "--corpus",
      "ungdc-kosovo-1989-2007",
      "--coder",
      coder,
      "--level",
      "sentence",
      "--sample",
      "0.12",
      "--seed",
      "round-2",
      "--stratify",
      "period,group",
      "--halves",
      "--sample-list",
      path.join(tmp, "sample.csv"),
      "--out",
      out,
    ]);

  it("npm run sheet draws the committed sample: 50 units, 25 per half, byte for byte", () => {
    const r = draw("A", path.join(tmp, "coder-a.csv"));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      fs.readFileSync(path.join(tmp, "sample.csv"), "utf8"),
      fs.readFileSync(path.join(DIR, "sample.csv"), "utf8"),
    );
    const list = parse(fs.readFileSync(path.join(tmp, "sample.csv"), "utf8"), { columns: true }) as Array<{
      half: string;
    }>;
    assert.equal(list.length, 50);
    assert.equal(list.filter((e) => e.half === "tune").length, 25);
  });
  it("… and writes the sentences each coder coded (every column but the themes and the note)", () => {
    for (const [coder, file] of [
      ["A", "coder-a.csv"],
      ["B", "coder-b.csv"],
    ]) {
      const out = path.join(tmp, `new-${file}`);
      const r = draw(coder, out);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /lists the same sample \(unchanged\)/);
      const made = metaColumns(out);
      assert.equal(made.length, 340);
      assert.deepEqual(made, metaColumns(path.join(DIR, file)));
    }
  });
  it("refuses a sample list that lists another sample", () => {
    const other = path.join(tmp, "other");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "sample.csv"), "id,stratum,half,sentences\nX,s,tune,1\n");
    const r = runScript("sheet", [
      ...["--corpus", "ungdc-kosovo-1989-2007", "--coder", "A", "--level", "sentence", "--sample", "0.12"],
      ...["--seed", "round-2", "--stratify", "period,group", "--halves"],
      ...["--sample-list", path.join(other, "sample.csv"), "--out", path.join(other, "a.csv")],
    ]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /exists and lists another sample/);
    assert.ok(!fs.existsSync(path.join(other, "a.csv")));
  });
  it("npm run adjudicate builds the committed sentence-level gold from the sheets and the decisions", () => {
    const out = path.join(tmp, "gold.csv");
    const r = runScript("adjudicate", [
      "--sheets",
      path.join(DIR, "coder-a.csv"),
      path.join(DIR, "coder-b.csv"),
      "--decisions",
      path.join(DIR, "decisions.csv"),
      "--out",
      out,
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /50 shared units \(340 sentences\), 12 themes, 21 disagreement\(s\) of 4080 cells/);
    assert.equal(sha(out), sha(path.join(DIR, "gold.csv")));
  });
});
