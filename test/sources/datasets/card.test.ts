import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ValidationError, projectRoot } from "../../../lib/core";
import { loadCouncilCard, parseCouncilCard } from "../../../lib/sources/datasets/card";
import { councilDir } from "../../../lib/sources/datasets/council-corpus";
import { tmpDir, withEnv, writeUnscSpeeches } from "./fixtures";

describe("datasets/card", () => {
  const speeches = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
  it("reads the two cards: Security Council source, the loader's checks for the rest", () => {
    const kosovo = loadCouncilCard("unsc-kosovo");
    assert.deepEqual(kosovo.source, {
      kind: "unsc-speeches",
      path: "../shared/corpora/unsc-speeches",
      env: "UNSC_SPEECHES_DIR",
      select: "kosovo-meetings",
    });
    assert.deepEqual(kosovo.filters.years, [2008, 2024]);
    const china = loadCouncilCard("china-unsc");
    assert.equal(china.source.select, "china");
    assert.deepEqual(china.filters.countries, ["CHN"]);
    assert.equal(
      withEnv("UNSC_SPEECHES_DIR", speeches, () => councilDir(china)),
      speeches,
    );
    assert.equal(councilDir(china), path.join(projectRoot(), "../shared/corpora/unsc-speeches"));
  });

  it("reports every problem of a card with its line", () => {
    const src = fs
      .readFileSync(path.join(projectRoot(), "data/corpora/unsc-kosovo.yaml"), "utf8")
      .replace("kind: unsc-speeches", "kind: unsc-videos")
      .replace("select: kosovo-meetings", "select: everything")
      .replace("unit: whole", "unit: paragraph");
    try {
      parseCouncilCard(src, "bad.yaml");
      assert.fail("no error");
    } catch (e) {
      assert.ok(e instanceof ValidationError);
      const lines = src.split("\n");
      const at = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
      assert.deepEqual(
        e.problems.map((p) => [p.line, p.message.split(" ").slice(0, 2).join(" ")]),
        [
          [at("kind: unsc-videos"), "source kind"],
          [at("select: everything"), "source select"],
          [at("unit: paragraph"), 'unit "paragraph"'],
        ],
      );
    }
  });
});
