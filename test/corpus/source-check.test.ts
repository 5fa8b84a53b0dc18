import { strict as assert } from "assert";
import * as path from "path";
import { projectRoot } from "../../lib/core";
import { loadCard } from "../../lib/corpus";
import { checkSource, describeSource, missingSourceLine, sourceStatus } from "../../lib/corpus/source-check";
import { tmpDir, withEnv, writeUnscSpeeches } from "./datasets/fixtures";

describe("corpus/source-check: is a card's source there?", () => {
  it("a General Debate card reads the archive or the embedded subset: nothing fatal", () => {
    assert.deepEqual(checkSource(loadCard("ungdc-kosovo")).fatal, []);
    assert.equal(missingSourceLine(loadCard("china-ungdc")), null);
  });

  it("a folder card never blocks (an empty folder is an empty corpus)", () => {
    const empty = tmpDir();
    assert.deepEqual(
      withEnv("CHINA_KOSOVO_TEXTS", empty, () => checkSource(loadCard("china-kosovo"))),
      { fatal: [], notes: [] },
    );
  });

  it("a Security Council card without its download: one fatal line with the folder, the DOI and the variable", () => {
    const nowhere = path.join(tmpDir(), "nowhere");
    const line = withEnv("UNSC_SPEECHES_DIR", nowhere, () => missingSourceLine(loadCard("china-unsc")));
    assert.ok(line?.startsWith(`${nowhere}: the UNSC Meetings and Speeches download that corpus "china-unsc" reads`));
    assert.match(line ?? "", /doi:10\.7910\/DVN\/CKPTRB/);
    assert.match(line ?? "", /set UNSC_SPEECHES_DIR to the folder that holds it$/);
    const there = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", there, () => missingSourceLine(loadCard("china-unsc"))),
      null,
    );
  });

  it("says where each kind of card's texts come from", () => {
    assert.equal(
      describeSource(loadCard("unsc-kosovo")),
      "UNSC Meetings and Speeches (doi:10.7910/DVN/CKPTRB), downloaded to ../shared/corpora/unsc-speeches " +
        "(or $UNSC_SPEECHES_DIR)",
    );
    assert.equal(
      describeSource(loadCard("ungdc-kosovo")),
      "UN General Debate archive (or its subset in data/ungdc-subset)",
    );
    assert.equal(describeSource(loadCard("china-kosovo")), "folder texts/china-kosovo (or $CHINA_KOSOVO_TEXTS)");
  });

  it("says where a card's texts are read from on this machine, or what is missing", () => {
    const there = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", there, () => sourceStatus(loadCard("unsc-kosovo"))),
      `there: ${path.relative(projectRoot(), there)}`,
    );
    const nowhere = path.join(tmpDir(), "nowhere");
    assert.match(
      withEnv("UNSC_SPEECHES_DIR", nowhere, () => sourceStatus(loadCard("unsc-kosovo"))),
      /download that corpus "unsc-kosovo" reads is not there \(no such folder\)/,
    );
    // with no archive in $UNGDC_DIR, a General Debate card reads the subset that ships with the repository
    assert.equal(
      withEnv("UNGDC_DIR", path.join(projectRoot(), "data"), () => sourceStatus(loadCard("ungdc-kosovo"))),
      "there: the embedded subset in data/ungdc-subset",
    );
    assert.equal(sourceStatus(loadCard("china-kosovo")), "a folder: texts/china-kosovo (or $CHINA_KOSOVO_TEXTS)");
  });
});
