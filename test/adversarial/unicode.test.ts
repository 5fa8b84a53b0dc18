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
