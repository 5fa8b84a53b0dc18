import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ValidationError, projectRoot } from "../../../lib/core";
import { loadCard, parseCard } from "../../../lib/corpus";
import { asCouncilCard, loadCouncilCard } from "../../../lib/corpus/datasets/card";
import { councilDir } from "../../../lib/corpus/datasets/council-source";
import { tmpDir, withEnv, writeUnscSpeeches } from "./fixtures";

describe("datasets/card", () => {
  const speeches = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
  it("reads the two cards: a Security Council source, the card parser's checks for the rest", () => {
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
      .replace("select: kosovo-meetings", "select: everything")
      .replace("unit: whole", "unit: paragraph");
    try {
      parseCard(src, "bad.yaml");
      assert.fail("no error");
    } catch (e) {
      assert.ok(e instanceof ValidationError);
      const lines = src.split("\n");
      const at = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
      assert.deepEqual(
        e.problems.map((p) => [p.line, p.message.split(" ").slice(0, 2).join(" ")]),
        [
          [at("select: everything"), "source select"],
          [at("unit: paragraph"), 'unit "paragraph"'],
        ],
      );
    }
  });
});

describe("datasets/card: a card of another source", () => {
  it("an unknown source kind is named with its line", () => {
    const src = fs
      .readFileSync(path.join(projectRoot(), "data/corpora/unsc-kosovo.yaml"), "utf8")
      .replace("kind: unsc-speeches", "kind: unsc-videos");
    assert.throws(
      () => parseCard(src, "bad.yaml"),
      (e: unknown) => e instanceof ValidationError && /source kind "unsc-videos" is not known/.test(e.message),
    );
  });
  it("is not a Security Council card", () => {
    assert.throws(() => asCouncilCard(loadCard("ungdc-kosovo")), /a card on a Security Council dataset/);
  });
});
