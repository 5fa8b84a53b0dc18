import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { FrameError, fieldText, lineAt, openFramer, type Quoting } from "../../../lib/corpus/datasets/tsv-frame";
import { tmpDir } from "./fixtures";

/** Frames a whole file; every record's fields as text. */
function frameAll(content: string, quoting: Quoting, expected?: number, chunk?: number): string[][] {
  const file = path.join(tmpDir(), "t.tsv");
  fs.writeFileSync(file, content);
  const f = openFramer(file, quoting, chunk);
  const out: string[][] = [];
  try {
    const head = f.next();
    if (!head) return out;
    const n = expected ?? head.fields.length / 2;
    out.push(Array.from({ length: head.fields.length / 2 }, (_, k) => fieldText(head, k, quoting)));
    for (let r = f.next(n); r; r = f.next(n)) {
      const rec = r;
      out.push(Array.from({ length: rec.fields.length / 2 }, (_, k) => fieldText(rec, k, quoting)));
    }
  } finally {
    f.close();
  }
  return out;
}

const QUOTED = 'id\tspeech\tn\n1\t"a ""quoted"" word\nnext line\twith a tab"\t7\n2\tplain\t8\n';

describe("datasets/tsv-frame", () => {
  it("frames quoted fields with quotes, tabs and line ends inside", () => {
    assert.deepEqual(frameAll(QUOTED, "standard"), [
      ["id", "speech", "n"],
      ["1", 'a "quoted" word\nnext line\twith a tab', "7"],
      ["2", "plain", "8"],
    ]);
  });

  it("gives the same records whatever the chunk size (records across chunk boundaries)", () => {
    const whole = frameAll(QUOTED, "standard");
    for (const chunk of [3, 5, 7, 11, 16]) assert.deepEqual(frameAll(QUOTED, "standard", undefined, chunk), whole);
  });

  it("frames long unquoted fields (native search) up to their own tab or line end", () => {
    const long = "w".repeat(300);
    const content = `a\tb\n${long}\t"q ""x"""\n${long}\t${long}\n`;
    assert.deepEqual(frameAll(content, "standard", undefined, 64), [
      ["a", "b"],
      [long, 'q "x"'],
      [long, long],
    ]);
    assert.throws(() => frameAll(`a\tb\n${long}x"y\tz\n`, "standard"), /a bare quote/);
  });

  it("takes CRLF line ends, a byte-order mark and blank lines in its stride", () => {
    const rows = frameAll('\uFEFFa\tb\r\n1\t"x"\r\n\r\n2\ty\r\n', "standard");
    assert.deepEqual(rows, [
      ["a", "b"],
      ["1", "x"],
      ["2", "y"],
    ]);
  });

  it("reads every byte as data when there is no quoting", () => {
    assert.deepEqual(frameAll("\tname\n1\tsays \"hi\" and it''s fine\n", "none"), [
      ["", "name"],
      ["1", "says \"hi\" and it''s fine"],
    ]);
  });

  it("joins a physical line with too few fields to the next (no quoting)", () => {
    assert.deepEqual(frameAll("a\tb\tc\n1\tpart one\npart two\tz\n2\tx\ty\n", "none"), [
      ["a", "b", "c"],
      ["1", "part one\npart two", "z"],
      ["2", "x", "y"],
    ]);
  });

  it("names the byte of a bare quote, a stray closing quote, an open quote at the end, a row too long", () => {
    const cases: Array<[string, RegExp]> = [
      ['a\tb\n1\tsays "hi"\n', /a bare quote/],
      ['a\tb\n1\t"x"y\n', /closing quote is followed by "y"/],
      ['a\tb\n1\t"never closed\n', /ends inside a quoted field/],
      ["a\tb\n1\t2\t3\n", /row 1 has 3 fields where the header has 2/],
    ];
    for (const [content, message] of cases) assert.throws(() => frameAll(content, "standard"), message);
    try {
      frameAll('a\tb\n1\tok\n2\tsays "hi"\n', "standard");
      assert.fail("no error");
    } catch (e) {
      assert.ok(e instanceof FrameError);
      assert.equal(e.offset, "a\tb\n1\tok\n2\tsays ".length);
    }
  });

  it("finds the line of a byte offset", () => {
    const file = path.join(tmpDir(), "l.tsv");
    fs.writeFileSync(file, "a\nb\nc\n");
    assert.equal(lineAt(file, 0), 1);
    assert.equal(lineAt(file, 2), 2);
    assert.equal(lineAt(file, 5), 3);
  });
});
