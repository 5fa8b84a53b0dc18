import { strict as assert } from "assert";
import * as path from "path";
import { fromUser, listOption, parseOptions, wholeNumberOption } from "../../lib/cli";
import { ArgumentError } from "../../lib/core";

const SPEC = { coders: "strings", out: "string", help: "boolean" } as const;

describe("cli: reading options", () => {
  it("an option of kind strings takes every value up to the next option", () => {
    assert.deepEqual(parseOptions(["--coders", "a.csv", "b.csv", "--out", "r.csv"], SPEC), {
      coders: ["a.csv", "b.csv"],
      out: "r.csv",
    });
    assert.deepEqual(parseOptions(["--coders=a.csv", "b.csv", "--coders", "c.csv", "--help"], SPEC), {
      coders: ["a.csv", "b.csv", "c.csv"],
      help: true,
    });
    assert.deepEqual(parseOptions([], SPEC), {});
  });
  it("an unknown option, a missing value, a stray value and a switch with a value are ArgumentErrors", () => {
    assert.throws(
      () => parseOptions(["--colour"], SPEC),
      /option: expected one of --coders, --out, --help, got "--colour"/,
    );
    assert.throws(() => parseOptions(["--out"], SPEC), /--out: expected a value after it/);
    assert.throws(() => parseOptions(["--out", "--help"], SPEC), /--out: expected a value after it, got "--help"/);
    assert.throws(() => parseOptions(["--out", "r.csv", "extra"], SPEC), /got "extra"/);
    assert.throws(() => parseOptions(["stray"], SPEC), ArgumentError);
    assert.throws(() => parseOptions(["--help=yes"], SPEC), /--help: expected no value \(it is a switch\), got "yes"/);
  });
  it("a list given with commas, spaces or both", () => {
    assert.deepEqual(listOption(["sovereignty,dialogue", "us_nato", " ,"]), ["sovereignty", "dialogue", "us_nato"]);
  });
  it("a path from where the user ran npm (INIT_CWD)", () => {
    const saved = process.env.INIT_CWD;
    try {
      process.env.INIT_CWD = path.resolve("somewhere");
      assert.equal(fromUser("a.csv"), path.resolve("somewhere", "a.csv"));
      assert.equal(fromUser("/abs/a.csv"), "/abs/a.csv");
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });
});

describe("cli: whole-number options", () => {
  it("reads a whole number in its range, the default when not given", () => {
    assert.equal(wholeNumberOption("--retries", "3", { min: 0, max: 100, dflt: 1 }), 3);
    assert.equal(wholeNumberOption("--retries", undefined, { min: 0, max: 100, dflt: 1 }), 1);
  });
  it("refuses text, fractions, blanks and numbers out of range, naming the range and why", () => {
    for (const given of ["abc", "1.5", "", "-1", "101"])
      assert.throws(
        () => wholeNumberOption("--bootstrap", given, { min: 0, max: 100, dflt: 0, why: "an invented reason" }),
        (e: Error) =>
          e instanceof ArgumentError &&
          e.message === `--bootstrap: expected a whole number from 0 to 100 (an invented reason), got "${given}"`,
        given,
      );
  });
});
