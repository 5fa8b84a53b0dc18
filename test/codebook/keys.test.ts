import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { loadCodebook, parseCodebook, themeKeys, vocabularyColumns, vocabularyKeys } from "../../lib/codebook";
import { ValidationError } from "../../lib/core";

const MINIMAL = fs.readFileSync(path.join(__dirname, "..", "fixtures", "codebook", "minimal.yaml"), "utf8");

describe("codebook: keys and columns", () => {
  it("gives theme and vocabulary keys in codebook order", () => {
    const cb = parseCodebook(MINIMAL, "minimal.yaml");
    assert.deepEqual(themeKeys(cb), ["sovereignty", "dialogue", "heritage"]);
    assert.deepEqual(vocabularyKeys(cb), ["normalization"]);
  });

  it("the project's coding CSV has two vocabulary columns, from the codebook's data", () => {
    assert.deepEqual(vocabularyColumns(loadCodebook()), [
      { key: "normalization", column: "uses_normalization" },
      { key: "icj", column: "mentions_icj" },
    ]);
  });

  it("a list without a column has none", () => {
    const cb = parseCodebook(MINIMAL.replace("    column: uses_normalization\n", ""), "minimal.yaml");
    assert.deepEqual(vocabularyColumns(cb), []);
  });

  it("refuses a column that is already a column of the coding CSV, or not a column name", () => {
    for (const [column, why] of [
      ["dialogue_n", "already a column of the coding CSV"],
      ["year", "already a column of the coding CSV"],
      ["Uses Normalization", "not a valid column name"],
    ]) {
      const text = MINIMAL.replace("column: uses_normalization", `column: ${column}`);
      const line = text.split("\n").findIndex((l) => l.includes("column:")) + 1;
      assert.throws(
        () => parseCodebook(text, "cb.yaml"),
        (e: unknown) =>
          e instanceof ValidationError &&
          e.problems.length === 1 &&
          e.problems[0].line === line &&
          e.problems[0].message === `vocabulary "normalization": column "${column}" is ${why}`,
      );
    }
  });
});
