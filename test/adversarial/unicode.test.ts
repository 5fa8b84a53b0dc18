/**
 * Issue 19, class 6 — Unicode in the codebook. Texts are composed (NFC) by the loaders; patterns now
 * are too (parseCodebook composes the codebook's text, compileCodebook each pattern word), and so is a
 * body the coder is given from elsewhere (codeUnit composes it). Decomposed input is what some
 * keyboards and macOS file names produce: "š" typed as "s" + U+030C (combining caron).
 *
 *  U1  a pattern typed decomposed, texts composed             → the pattern matches (presence 1)
 *  U2  a whole codebook file saved decomposed, npm run code --texts on composed texts → presence 1
 *  U3  a text file saved decomposed, the codebook composed    → read composed by the loader, presence 1
 *  U4  a unit body decomposed given to codeUnit directly      → coded in its composed form (evidence text composed)
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";
import { parseCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook } from "../../lib/coding";
import type { CompiledCodebook } from "../../lib/coding";
import { CODEBOOK, editedCodebook, runScript, tmpDir, writeTree } from "../support/adversarial-fixtures";

const COMPOSED = "Pri\u0161tina";
const DECOMPOSED = "Pris\u030Ctina";
// the invented codebook with a phrase of its own: the name of a city with a caron, in either form
const withCity = (name: string) => editedCodebook("      - mutually acceptable\n", `      - ${name} talks\n`);
const SENTENCE = `The invented parties met for ${COMPOSED} talks in Kosovo.`;

describe("adversarial (issue 19, class 6): decomposed (NFD) patterns and texts", function () {
  this.timeout(60000);

  it("U1 a pattern typed decomposed matches a composed text", () => {
    assert.notEqual(DECOMPOSED, COMPOSED);
    const compiled = compileCodebook(parseCodebook(withCity(DECOMPOSED), "cb.yaml"), { mode: "unit" });
    const c = codeUnit(compiled, { id: "u1", body: SENTENCE });
    assert.deepEqual(c.codes.dialogue, { present: 1, mentions: 1 });
    assert.equal(c.evidence.find((e) => e.pattern.includes("talks"))?.match, `${COMPOSED} talks`);
  });

  const coded = (codebook: string, text: string) => {
    const dir = tmpDir("nfd");
    writeTree(dir, { "cb.yaml": codebook, "texts/a-2010.txt": `${text}\n` });
    const out = path.join(dir, "out.csv");
    const r = runScript("code", [
      "--texts",
      path.join(dir, "texts"),
      "--codebook",
      path.join(dir, "cb.yaml"),
      "--out",
      out,
    ]);
    assert.equal(r.status, 0, r.stderr);
    return parseCsv(fs.readFileSync(out, "utf8"), { columns: true })[0] as Record<string, string>;
  };

  it("U2 a codebook file saved decomposed codes composed texts", () => {
    const row = coded(withCity(COMPOSED).normalize("NFD"), SENTENCE);
    assert.equal(row.dialogue, "1");
  });

  it("U3 a text file saved decomposed is read composed", () => {
    const row = coded(withCity(COMPOSED), SENTENCE.normalize("NFD"));
    assert.equal(row.dialogue, "1");
  });

  it("U4 a decomposed body given to the coder directly is coded composed", () => {
    const compiled = compileCodebook(
      parseCodebook(CODEBOOK.replace("mutually acceptable", `${COMPOSED} talks`), "cb.yaml"),
      {
        mode: "unit",
      },
    );
    const c = codeUnit(compiled, { id: "u4", body: SENTENCE.normalize("NFD") });
    assert.equal(c.codes.dialogue.present, 1);
    assert.equal(c.evidence[0].text, SENTENCE);
  });
});

// the invented codebook with three phrases of its own; the texts say the phrase once, in an anchor sentence
const PLAIN = editedCodebook(
  "      - mutually acceptable\n",
  "      - mutually acceptable\n      - so-called\n      - confidence\n",
);
const fast = (cb: string) => compileCodebook(parseCodebook(cb, "cb.yaml"), { mode: "sentence" });
const slow = (cb: string) => compileCodebook(parseCodebook(cb, "cb.yaml"), { mode: "sentence", exhaustive: true });
const PLAIN_FAST = fast(PLAIN);
const PLAIN_SLOW = slow(PLAIN);
const sentence = (words: string, anchor = "Kosovo") =>
  `The invented parties sought a ${words} solution on ${anchor} today.`;

/** [case, what the text (or the pattern) says, the plain form it must code as] */
const MEMBERS: Array<[string, string, string]> = [
  ["U5 soft hyphen (&shy;)", "mutu\u00ADally acceptable", "mutually acceptable"],
  ["U5 two soft hyphens", "mu\u00ADtu\u00ADal\u00ADly accept\u00ADable", "mutually acceptable"],
  ["U5 zero-width space", "mutually accept\u200Bable", "mutually acceptable"],
  ["U5 zero-width non-joiner", "mutu\u200Cally acceptable", "mutually acceptable"],
  ["U5 zero-width joiner", "mutually acc\u200Deptable", "mutually acceptable"],
  ["U5 word joiner", "mutual\u2060ly acceptable", "mutually acceptable"],
  ["U5 BOM inside the text", "mutually accept\uFEFFable", "mutually acceptable"],
  ["U6 fullwidth letters", "ｍｕｔｕａｌｌｙ ＡＣＣＥＰＴＡＢＬＥ", "mutually acceptable"],
  ["U6 ligature fi", "con\uFB01dence", "confidence"],
  ["U6 long s", "\u017Fo-called", "so-called"],
  ["U7 en space", "mutually\u2002acceptable", "mutually acceptable"],
  ["U7 em space", "mutually\u2003acceptable", "mutually acceptable"],
  ["U7 thin space", "mutually\u2009acceptable", "mutually acceptable"],
  ["U7 hair space", "mutually\u200Aacceptable", "mutually acceptable"],
  ["U7 ideographic space", "mutually\u3000acceptable", "mutually acceptable"],
  ["U7 medium mathematical space", "mutually\u205Facceptable", "mutually acceptable"],
  ["U7 no-break space", "mutually\u00A0acceptable", "mutually acceptable"],
  ["U7 narrow no-break space", "mutually\u202Facceptable", "mutually acceptable"],
  ["U8 hyphen U+2010", "so\u2010called", "so-called"],
  ["U8 non-breaking hyphen U+2011", "so\u2011called", "so-called"],
  ["U8 fullwidth hyphen-minus", "so\uFF0Dcalled", "so-called"],
  ["U8 soft hyphen beside a hyphen", "so-\u00ADcalled", "so-called"],
];

const codes = (c: CompiledCodebook, body: string) => codeUnit(c, { id: "u", body }).codes.dialogue;

describe("adversarial (issue 19, class 6): invisible, compatibility and typographic characters", () => {
  for (const [name, odd, plain] of MEMBERS) {
    it(`${name}: the text "${odd}" codes as "${plain}" (fast and exhaustive coder)`, () => {
      const want = codes(PLAIN_FAST, sentence(plain));
      assert.deepEqual(want, { present: 1, mentions: 1 }, "the plain form itself must code");
      assert.deepEqual(codes(PLAIN_FAST, sentence(odd)), want);
      assert.deepEqual(codes(PLAIN_SLOW, sentence(odd)), want);
    });
    it(`${name} in the pattern: "${odd}" matches the plain text`, () => {
      const cb = PLAIN.replace(`      - ${plain}\n`, `      - ${odd}\n`);
      assert.notEqual(cb, PLAIN);
      assert.deepEqual(codes(fast(cb), sentence(plain)), { present: 1, mentions: 1 });
      assert.deepEqual(codes(slow(cb), sentence(plain)), { present: 1, mentions: 1 });
    });
  }

  /** [case, the anchor as the text writes it] */
  const ANCHORS: Array<[string, string]> = [
    ["U6 fullwidth anchor", "ＫＯＳＯＶＯ"],
    ["U5 soft hyphen in the anchor", "Ko\u00ADso\u00ADvo"],
    ["U5 BOM in the anchor", "Kos\uFEFFovo"],
    ["U8 typographic apostrophe", "Kosovo\u2019s"],
    ["U8 modifier apostrophe", "Kosovo\u02BCs"],
    ["U8 fullwidth apostrophe", "Kosovo\uFF07s"],
  ];
  for (const [name, anchor] of ANCHORS) {
    it(`${name}: "${anchor}" makes the sentence about Kosovo (fast and exhaustive coder)`, () => {
      const body = sentence("mutually acceptable", anchor);
      assert.deepEqual(codes(PLAIN_FAST, body), { present: 1, mentions: 1 });
      assert.deepEqual(codes(PLAIN_SLOW, body), { present: 1, mentions: 1 });
    });
  }

  it('U8 an en dash between words stays a dash: "Belgrade–Pristina" still names Pristina', () => {
    const body = "The invented parties found a mutually acceptable way for Belgrade\u2013Pristina.";
    assert.deepEqual(codes(PLAIN_FAST, body), { present: 1, mentions: 1 });
    assert.deepEqual(codeUnit(PLAIN_FAST, { id: "u", body }), codeUnit(PLAIN_SLOW, { id: "u", body }));
  });

  it("U10 evidence offsets and words point into the text as loaded", () => {
    // a soft hyphen and a ligature before the match shift every later offset of the folded text
    const body = "Con\uFB01dence on Ko\u00ADsovo was mutu\u00ADally accept\u200Bable, the invented parties said.";
    const c = codeUnit(PLAIN_FAST, { id: "u", body });
    const ev = c.evidence.filter((e) => e.pattern === "mutually acceptable");
    assert.equal(ev.length, 1);
    assert.equal(ev[0].match, "mutu\u00ADally accept\u200Bable");
    assert.equal(body.slice(ev[0].start, ev[0].end), ev[0].match);
    assert.equal(ev[0].start, body.indexOf("mutu"));
    assert.equal(ev[0].text, body, "the sentence is the text's own");
    const conf = c.evidence.find((e) => e.pattern === "confidence");
    assert.equal(conf?.match, "Con\uFB01dence");
    assert.deepEqual([conf?.start, conf?.end], [0, 9]);
    assert.deepEqual(c, codeUnit(PLAIN_SLOW, { id: "u", body }));
  });

  it("U11 a text with none of these characters is coded as before (the rule changes nothing else)", () => {
    const body = `${sentence("mutually acceptable")} Another sentence with no anchor. ${sentence("so-called")}`;
    const c = codeUnit(PLAIN_FAST, { id: "u", body });
    assert.deepEqual(c.codes.dialogue, { present: 1, mentions: 2 });
    assert.deepEqual(
      c.evidence.map((e) => [e.start, e.end, e.match]),
      [
        [body.indexOf("mutually"), body.indexOf("mutually") + 19, "mutually acceptable"],
        [body.lastIndexOf("so-called"), body.lastIndexOf("so-called") + 9, "so-called"],
      ],
    );
  });
});
