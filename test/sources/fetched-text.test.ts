import { strict as assert } from "assert";
import * as path from "path";
import { parseTextFile } from "../../lib/corpus";
import { fetchedFacts, formatFetchedText, textFile } from "../../lib/sources";

describe("sources: fetched texts", () => {
  const meta = {
    id: "x",
    date: "2008-02-18",
    category: "unsc",
    speaker: "",
    post: "",
    venue: "UNSC",
    source: "http://a/b",
    retrieved: "2026-11-28",
    sha256: "ab",
  };

  it("writes the folder format with the retrieval date and SHA-256 in the front matter", () => {
    assert.equal(
      formatFetchedText(meta, "Body.\r\n"),
      '---\nid: x\ndate: 2008-02-18\ncategory: unsc\nspeaker: ""\nvenue: UNSC\nsource: http://a/b\n' +
        'country: CHN\nretrieved: "2026-11-28"\nsha256: ab\n---\n\nBody.\n',
    );
    const text = parseTextFile("x.txt", formatFetchedText(meta, "Body."), ["unsc"]);
    assert.deepEqual([text.country, text.countryName, text.body], ["CHN", "China", "Body."]);
  });

  it("reads the retrieval facts back, from fields or from comment lines", () => {
    assert.deepEqual(fetchedFacts(formatFetchedText(meta, "Body.")), {
      retrieved: "2026-11-28",
      sha256: "ab",
      source: "http://a/b",
    });
    const commented = "---\nid: y\nsource: http://c/d\n# retrieved: 2026-01-02\n# sha256: cd\n---\n\nBody.\n";
    assert.deepEqual(fetchedFacts(commented), { retrieved: "2026-01-02", sha256: "cd", source: "http://c/d" });
  });

  it("keeps a slot's text in <folder>/<slot>.txt", () => {
    assert.equal(
      textFile("texts/china-kosovo", "unsc-2008-02-18"),
      path.join("texts", "china-kosovo", "unsc-2008-02-18.txt"),
    );
  });
});
