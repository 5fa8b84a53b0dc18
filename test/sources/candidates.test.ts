import { strict as assert } from "assert";
import { candidates, rebase, recordUrl, type Slot } from "../../lib/sources";

describe("sources: where to look", () => {
  const slot: Slot = {
    slot: "unsc-2008-11-26",
    date: "2008-11-26",
    category: "unsc",
    speaker: "",
    speakerTitle: "",
    venue: "",
    title: "",
    docRef: "S/PV.6025",
    url: "",
    altUrl: "",
    evidence: "",
    line: 2,
  };
  it("builds the UN access-by-symbol URL", () => {
    assert.equal(recordUrl("S/PV.6025"), "https://documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf");
  });
  it("tries official, then (UNSC) the record, then the alternative, and can point them all at a test server", () => {
    const s = { ...slot, url: "http://un.china-mission.gov.cn/eng/a.htm", altUrl: "https://example.org/b?x=1" };
    assert.deepEqual(
      candidates(s).map((c) => c.kind),
      ["official", "record", "alternative"],
    );
    assert.deepEqual(
      candidates(s, { baseUrl: "http://127.0.0.1:9" }).map((c) => c.url),
      [
        "http://127.0.0.1:9/un.china-mission.gov.cn/eng/a.htm",
        "http://127.0.0.1:9/documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf",
        "http://127.0.0.1:9/example.org/b?x=1",
      ],
    );
    assert.deepEqual(
      candidates({ ...s, category: "mfa" }).map((c) => c.kind),
      ["official", "alternative"],
    );
    assert.equal(candidates({ ...slot, category: "mfa" }).length, 0);
    assert.equal(rebase("http://a.b/c", ""), "http://a.b/c");
  });
});
