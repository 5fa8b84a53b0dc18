import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { formatProblem, projectRoot } from "../../../lib/core";
import { loadCouncilCard } from "../../../lib/corpus/datasets/card";
import { councilDir, councilSourceProblem } from "../../../lib/corpus/datasets/council-source";
import { tmpDir, withEnv, writeUnscDebates, writeUnscSpeeches } from "./fixtures";

describe("datasets/council-source: is a Security Council card's download there?", () => {
  const kosovo = loadCouncilCard("unsc-kosovo");

  it("the folder is $UNSC_SPEECHES_DIR when set, else the card's path", () => {
    const dir = tmpDir();
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", dir, () => councilDir(kosovo)),
      dir,
    );
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", "", () => councilDir(kosovo)),
      path.join(projectRoot(), "../shared/corpora/unsc-speeches"),
    );
  });

  it("no folder: one line naming the folder, the DOI and the variable", () => {
    const dir = path.join(tmpDir(), "nothing");
    const p = withEnv("UNSC_SPEECHES_DIR", dir, () => councilSourceProblem(kosovo));
    assert.ok(p);
    assert.equal(
      formatProblem(p),
      `${dir}: the UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads is not there ` +
        "(no such folder) — download it from doi:10.7910/DVN/CKPTRB (a folder with speeches.tsv and " +
        "meetings.tsv) into that folder, or set UNSC_SPEECHES_DIR to the folder that holds it",
    );
  });

  it("a folder without every file: names what is lacking and what is there", () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "meetings.tsv"), "record_id\n");
    const p = withEnv("UNSC_SPEECHES_DIR", dir, () => councilSourceProblem(kosovo));
    assert.match(p?.message ?? "", /is not complete: no speeches\.tsv or speeches\.tab \(found meetings\.tsv\)$/);
    fs.writeFileSync(path.join(dir, "dataverse_files.zip"), "PK");
    const zipped = withEnv("UNSC_SPEECHES_DIR", dir, () => councilSourceProblem(kosovo));
    assert.match(zipped?.fix ?? "", /^unzip dataverse_files\.zip in .* first/);
  });

  it("nothing is missing when the files are there (a .tab copy, an extracted speeches/ folder)", () => {
    const speeches = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", speeches, () => councilSourceProblem(kosovo)),
      null,
    );
    fs.renameSync(path.join(speeches, "meetings.tsv"), path.join(speeches, "meetings.tab"));
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", speeches, () => councilSourceProblem(kosovo)),
      null,
    );
    const debates = writeUnscDebates(path.join(tmpDir(), "unsc-debates"));
    const onDebates = { ...kosovo, source: { ...kosovo.source, kind: "unsc-debates" as const } };
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", debates, () => councilSourceProblem(onDebates)),
      null,
    );
    fs.rmSync(path.join(debates, "speeches.tar"));
    assert.match(
      withEnv("UNSC_SPEECHES_DIR", debates, () => councilSourceProblem(onDebates))?.message ?? "",
      /The UN Security Council Debates download .* is not complete: no speeches\.tar or speeches\/ /,
    );
    fs.mkdirSync(path.join(debates, "speeches"));
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", debates, () => councilSourceProblem(onDebates)),
      null,
    );
  });
});
