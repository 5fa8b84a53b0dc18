import { strict as assert } from "assert";
import { parseTextFile } from "../../../lib/corpus";
import type { Text } from "../../../lib/core";
import {
  formatImportedText,
  provenanceOf,
  readProvenance,
  sourceField,
  sourceHash,
  textOrigin,
} from "../../../lib/sources/datasets/provenance";
import type { Statement } from "../../../lib/corpus/datasets/statements";

const statement: Statement = {
  dataset: "unsc-speeches",
  category: "unsc",
  date: "2008-11-26",
  symbol: "S/PV.6025",
  speaker: "Wen Example",
  post: "",
  venue: "UN Security Council, New York (S/PV.6025)",
  title: "Kosovo",
  body: "Invented one.\n\nInvented two.",
  rows: ["SC06025-01-002", "SC06025-01-009"],
  sources: ["Invented one.", "Invented two."],
};

const text: Text = {
  id: "unsc-2008-11-26",
  date: "2008-11-26",
  year: 2008,
  category: "unsc",
  speaker: "Wen Example",
  post: "",
  country: "CHN",
  countryName: "China",
  venue: statement.venue,
  source: "x",
  body: statement.body,
  words: 4,
};

describe("datasets/provenance", () => {
  it("hashes the rows' texts as read, joined by a blank line", () => {
    assert.equal(
      sourceHash({ sources: ["a"] }),
      "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", // SHA-256 of "a"
    );
    assert.equal(sourceHash(statement), sourceHash({ sources: ["Invented one.\n\nInvented two."] }));
  });

  it("writes dataset, version, DOI, rows and SHA-256 into a front matter the loader reads", () => {
    const prov = provenanceOf(statement, "5.0");
    const content = formatImportedText({ ...text, source: sourceField(prov) }, prov, "Kosovo");
    assert.match(
      content,
      /\nsource: UNSC Meetings and Speeches v5\.0, doi:10\.7910\/DVN\/CKPTRB, speech_id SC06025-01-002 \(\+1 more\)\n/,
    );
    assert.match(content, /\ntitle: "Kosovo"\nsha256: [0-9a-f]{64}\n# dataset: unsc-speeches\n# version: 5\.0\n/);
    assert.match(content, /\n# rows: SC06025-01-002 SC06025-01-009\n---\n\nInvented one\.\n\nInvented two\.\n$/);
    const back = parseTextFile("unsc-2008-11-26.txt", content, ["mfa", "unsc", "leader"]);
    assert.equal(back.body, statement.body);
    assert.deepEqual(readProvenance(content), prov);
  });

  it("tells a dataset's text from a fetched one and one added by hand", () => {
    const prov = provenanceOf(statement, "5.0");
    assert.equal(textOrigin(formatImportedText(text, prov)), "unsc-speeches");
    const fetched =
      '---\nid: x\ndate: 2008-01-01\ncategory: unsc\nspeaker: ""\nvenue: v\nsource: https://example.org\n' +
      'retrieved: "2026-01-01"\nsha256: ab\n---\n\nBody.\n';
    assert.equal(textOrigin(fetched), "fetch");
    assert.equal(readProvenance(fetched), null);
    assert.equal(textOrigin("---\nid: x\n---\n\nBody.\n"), "by hand");
  });
});
