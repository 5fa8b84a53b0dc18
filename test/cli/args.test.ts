import { strict as assert } from "assert";
import * as path from "path";
import { fromUser, listOption, parseOptions } from "../../lib/cli";
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
