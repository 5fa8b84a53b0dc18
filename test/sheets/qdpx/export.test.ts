import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadCodebook } from "../../../lib/codebook";
import { codebookVersion } from "../../../lib/codebook/version";
import { loadUnits } from "../../../lib/corpus";
import { buildQdpxExport, codedSetName, DICTIONARY_USER, fillSheet, sentenceSheetCsv } from "../../../lib/sheets";
import { splitSentences } from "../../../lib/text";

const CARD = "ungdc-kosovo-1989-2007";

describe("sheets/qdpx: buildQdpxExport (what npm run export writes)", function () {
  this.timeout(120000);
  // two real units of the card (General Debate, CC0) and an invented coder's sheet for them, in a folder of its own
  const units = loadUnits(CARD).slice(0, 2);
  const [tune, held] = units.map((u) => u.id);
  const codebook = loadCodebook();
  const keys = codebook.themes.map((t) => t.key);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coding-"));
  const sheet = fillSheet(
    sentenceSheetCsv(units, keys, { coder: "x", codebook: codebookVersion(codebook) }),
    (row, set) => {
      for (const k of keys) set(k, k === "minorities" && row.sentence === "1" ? "1" : "0");
    },
  );
  fs.writeFileSync(path.join(dir, "coder-x.csv"), sheet);
  const n = units.map((u) => splitSentences(u.body).length);
  fs.writeFileSync(
    path.join(dir, "sample.csv"),
    `id,stratum,half,sentences\n${tune},s,tune,${n[0]}\n${held},s,holdout,${n[1]}\n`,
  );
  fs.writeFileSync(path.join(dir, "decisions.csv"), "id,sentence,theme,coder_a,coder_b,value,reason\n");
  const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "list-")), "units.csv");
  fs.writeFileSync(list, `id\n${tune}\n${held}\n`);
  const saved = process.env.WORKBOOK_CODING;
  before(() => {
    process.env.WORKBOOK_CODING = dir;
  });
  after(() => {
    if (saved === undefined) delete process.env.WORKBOOK_CODING;
    else process.env.WORKBOOK_CODING = saved;
  });

  it("the coding folder is read by the one sheet reader: sample and decisions are not sheets, copies refused", () => {
    const built = buildQdpxExport({ corpus: CARD, units: { kind: "list", file: list }, noDictionary: true });
    assert.deepEqual(
      built.sheets.map((s) => [path.basename(s.file), s.level, s.coder]),
      [["coder-x.csv", "sentence", "x"]],
    );
    // a copy of a sheet beside it (a second download of a page's export) is refused, as reliability refuses it
    const copy = path.join(dir, "coder-x (1).csv");
    fs.writeFileSync(copy, sheet);
    try {
      assert.throws(
        () => buildQdpxExport({ corpus: CARD, units: { kind: "list", file: list } }),
        /coder-x \(1\)\.csv and coder-x\.csv are copies of one sheet/,
      );
    } finally {
      fs.rmSync(copy);
    }
  });

  it("the dictionary coder and the sheet's coder as users; a held-out unit's human codings left out, and said", () => {
    const built = buildQdpxExport({ corpus: CARD, units: { kind: "list", file: list } });
    const p = built.project;
    assert.deepEqual(
      p.users.map((u) => u.name),
      [DICTIONARY_USER, "x"],
    );
    const x = p.users[1].guid;
    const coded = (id: string) => p.sources.find((s) => s.name === id)!.selections.filter((s) => s.user === x).length;
    assert.equal(coded(tune), 1);
    assert.equal(coded(held), 0);
    const set = p.sets.find((s) => s.name === codedSetName("x"))!;
    assert.deepEqual(set.sources, [p.sources.find((s) => s.name === tune)!.guid]);
    assert.match(
      built.notes.join("\n"),
      /the human codings of 1 held-out unit\(s\) \(sample\.csv, half "holdout"\) are left out/,
    );
  });

  it("--include-holdout puts them in; --no-dictionary leaves the machine out", () => {
    const built = buildQdpxExport({
      corpus: CARD,
      units: { kind: "list", file: list },
      includeHoldout: true,
      noDictionary: true,
    });
    assert.deepEqual(
      built.project.users.map((u) => u.name),
      ["x"],
    );
    assert.equal(
      built.project.sources.every((s) => s.selections.length === 1),
      true,
    );
    assert.doesNotMatch(built.notes.join("\n"), /held-out/);
  });

  it("a sheet coded against another codebook version is refused, naming both versions", () => {
    const other = path.join(dir, "other.csv");
    fs.writeFileSync(other, sheet.replaceAll(codebookVersion(codebook), "000000000000"));
    assert.throws(
      () => buildQdpxExport({ corpus: CARD, units: { kind: "list", file: list }, sheets: [other] }),
      new RegExp(
        "coded against codebook version 000000000000, but the codebook's definitions are now version " +
          codebookVersion(codebook),
      ),
    );
  });
});
