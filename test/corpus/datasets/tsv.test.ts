import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../../lib/core";
import { openTsv, type TsvSpec } from "../../../lib/corpus/datasets/tsv";
import { tmpDir } from "./fixtures";

function spec(content: string | Buffer, over: Partial<TsvSpec> = {}): TsvSpec {
  const file = path.join(tmpDir(), "f.tsv");
  fs.writeFileSync(file, content);
  return { file, shown: "f.tsv", quoting: "standard", required: [["id"]], fix: "download it again", ...over };
}

/** Every row parsed by csv-parse. */
function parseAll(s: TsvSpec): string[][] {
  const t = openTsv(s);
  const out: string[][] = [];
  try {
    for (let r = t.next(); r; r = t.next()) out.push(t.parse(r));
  } finally {
    t.close();
  }
  return out;
}

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no InputError");
}

describe("datasets/tsv", () => {
  it("reads columns by header name, whichever name a version uses", () => {
    const t = openTsv(spec("id\tcountry\tspeech\n1\tChina\tx\n", { required: [["id"], ["country_org", "country"]] }));
    assert.equal(t.col("country_org", "country"), 1);
    assert.equal(t.col("missing"), -1);
    t.close();
  });

  it("parses kept rows with csv-parse and agrees with the peeked fields", () => {
    const s = spec('id\tspeech\n1\t"a ""b""\nc"\n');
    const t = openTsv(s);
    const r = t.next();
    assert.ok(r);
    assert.equal(t.peek(r, 1), 'a "b"\nc');
    assert.deepEqual(t.parse(r), ["1", 'a "b"\nc']);
    t.close();
  });

  it("reads files without quoting, with an empty first header and split rows", () => {
    const s = spec('\tid\tagenda\tn\n1\tA\tpart "one"\npart two\t5\n2\tB\tx\t6\n', { quoting: "none" });
    const t = openTsv(s);
    assert.deepEqual(t.header, ["", "id", "agenda", "n"]);
    t.close();
    assert.deepEqual(parseAll(s), [
      ["1", "A", 'part "one"\npart two', "5"],
      ["2", "B", "x", "6"],
    ]);
    const t2 = openTsv(s);
    while (t2.next());
    assert.equal(t2.joinedRows(), 1);
    t2.close();
  });

  it("takes the quotes off a Dataverse .tab copy whose header names are quoted", () => {
    const s = spec('""\t"id"\t"speaker"\n"1"\t"A"\t"Mr. X"\n', { quoting: "none" });
    assert.deepEqual(parseAll(s), [["1", "A", "Mr. X"]]);
  });

  it("says which columns are missing and what the header holds", () => {
    const e = inputError(() => openTsv(spec("a,b,c\n1,2,3\n", { required: [["id"], ["speech"]] })));
    assert.equal(e.file, "f.tsv");
    assert.equal(e.line, 1);
    assert.match(e.message, /expected a tab-separated header with the columns id, speech; found 1 columns: a,b,c/);
    assert.match(e.message, /download it again/);
  });

  it("names an HTML page saved in place of the file", () => {
    const e = inputError(() => openTsv(spec("<!DOCTYPE html><html>\n")));
    assert.match(e.message, /expected a tab-separated file with a header; found an HTML or XML page/);
  });

  it("names the line of a bad row and of bytes that are not UTF-8", () => {
    const e = inputError(() => parseAll(spec('id\tx\n1\tok\n2\t"open\nstill\n')));
    assert.equal(e.line, 3);
    assert.match(e.message, /ends inside a quoted field/);
    const bad = Buffer.concat([Buffer.from("id\tx\n1\tok\n2\t"), Buffer.from([0xff]), Buffer.from("\n")]);
    const u = inputError(() => parseAll(spec(bad)));
    assert.equal(u.line, 3);
    assert.match(u.message, /row 2 is not valid UTF-8/);
  });

  it("refuses a missing or empty file", () => {
    assert.match(inputError(() => openTsv({ ...spec(""), file: "/nonexistent/x.tsv" })).message, /file not found/);
    assert.match(inputError(() => openTsv(spec(""))).message, /the file is empty/);
  });
});
