import { strict as assert } from "assert";
import { isIsoDate, ValidationError } from "../../lib/core";
import { formatTextFile, parseTextFile } from "../../lib/corpus";
import { checkTextFile, yamlValue } from "../../lib/corpus/text-file";
import { GOOD_FILE } from "./helpers";

describe("corpus: text files (front matter)", () => {
  it("parses a good file", () => {
    const t = parseTextFile("x.txt", GOOD_FILE, ["mfa"]);
    assert.equal(t.id, "mfa-2010-07-22");
    assert.equal(t.date, "2010-07-22");
    assert.equal(t.year, 2010);
    assert.equal(t.body, "Invented body. Two sentences.");
    assert.equal(t.words, 4);
    assert.equal(t.post, "");
  });

  it("round-trips through formatTextFile", () => {
    const t = parseTextFile("x.txt", GOOD_FILE);
    const again = parseTextFile("y.txt", formatTextFile({ ...t, post: "Spokesperson: deputy", speaker: "" }));
    assert.deepEqual(again, { ...t, post: "Spokesperson: deputy", speaker: "" });
  });

  it("normalises BOM, CRLF and lone CR", () => {
    const t = parseTextFile(
      "x.txt",
      "\uFEFF" + GOOD_FILE.replace(/\n/g, "\r\n").replace("Two sentences.", "Two\rsentences."),
    );
    assert.equal(t.body, "Invented body. Two\nsentences.");
  });

  it("checks dates", () => {
    assert.equal(isIsoDate("2024-02-29"), true);
    assert.equal(isIsoDate("2023-02-29"), false);
    assert.equal(isIsoDate("2023-02-30"), false);
    assert.equal(isIsoDate("23/05/2023"), false);
  });

  const bad: Array<[string, string | Buffer, RegExp]> = [
    [
      "impossible date",
      GOOD_FILE.replace("2010-07-22\ncat", "2023-02-30\ncat"),
      /bad\.txt:3: invalid date "2023-02-30" — write a real date as YYYY-MM-DD/,
    ],
    [
      "day/month/year date",
      GOOD_FILE.replace("2010-07-22\ncat", "23/05/2023\ncat"),
      /bad\.txt:3: invalid date "23\/05\/2023"/,
    ],
    ["missing date", GOOD_FILE.replace("date: 2010-07-22\n", ""), /bad\.txt:\d+: missing front-matter field "date"/],
    [
      "category not in the card",
      GOOD_FILE.replace("category: mfa", "category: blog"),
      /bad\.txt:4: category "blog" is not one of the card's categories — use one of: mfa, unsc, leader/,
    ],
    ["empty body", GOOD_FILE.replace("Invented body. Two sentences.\n", "  \n"), /bad\.txt:\d+: empty body/],
    [
      "non-UTF-8 bytes",
      Buffer.concat([Buffer.from(GOOD_FILE), Buffer.from([0xe9, 0x0a])]),
      /bad\.txt:11: not valid UTF-8/,
    ],
    [
      "missing fields",
      "---\nid: x\ndate: 2010-01-01\n---\nBody.\n",
      new RegExp(
        ["category", "speaker", "venue", "source"].map((k) => `missing front-matter field "${k}"`).join("[\\s\\S]*"),
      ),
    ],
    ["no closing line", "---\nid: x\ndate: 2010-01-01\nBody.\n", /bad\.txt:1: front matter has no closing `---` line/],
    ["no front matter", "Just a body.\n", /bad\.txt:1: no front matter/],
    [
      "unknown field",
      GOOD_FILE.replace("venue:", "place: here\nvenue:"),
      /bad\.txt:6: unknown front-matter field "place"/,
    ],
  ];
  for (const [what, content, re] of bad) {
    it(`refuses a file with ${what}, naming the file`, () => {
      assert.throws(
        () => parseTextFile("bad.txt", content, ["mfa", "unsc", "leader"]),
        (e: Error) => e instanceof ValidationError && re.test(e.message),
      );
    });
  }
});

describe("corpus: writing front-matter values", () => {
  it("writes a value plain when YAML reads it back as the same string, else quoted", () => {
    assert.equal(yamlValue("Beijing"), "Beijing");
    assert.equal(yamlValue("MFA regular press conference, Beijing"), "MFA regular press conference, Beijing");
    assert.equal(yamlValue(""), '""');
    assert.equal(yamlValue("2010"), '"2010"');
    assert.equal(yamlValue("yes"), '"yes"');
    assert.equal(yamlValue("Spokesperson: deputy"), '"Spokesperson: deputy"');
    assert.equal(yamlValue("- a list?"), '"- a list?"');
    assert.equal(yamlValue("#1"), '"#1"');
  });

  it("gives the line of the id field, for a duplicate found across files", () => {
    assert.equal(checkTextFile("x.txt", GOOD_FILE).idLine, 2);
    assert.equal(checkTextFile("x.txt", "Body only.").text, null);
  });
});
