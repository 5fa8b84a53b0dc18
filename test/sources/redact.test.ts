import { strict as assert } from "assert";
import { candidates, FetchError, redactCredentials, redactUrl, type Slot } from "../../lib/sources";

describe("sources: credentials never shown", () => {
  it("strips a user name and password from a URL, and leaves other URLs and text alone", () => {
    assert.equal(redactUrl("https://ana:secret@example.org/a?b=1#c"), "https://example.org/a?b=1#c");
    assert.equal(redactUrl("https://ana@example.org/"), "https://example.org/");
    assert.equal(redactUrl("https://example.org/a@b"), "https://example.org/a@b");
    assert.equal(redactUrl("S/PV.6025"), "S/PV.6025");
  });

  it("strips them from every URL quoted in a message", () => {
    assert.equal(
      redactCredentials("cannot fetch http://ana:secret@a.example/x and https://b:c@b.example/y"),
      "cannot fetch http://a.example/x and https://b.example/y",
    );
  });

  it("a FetchError's URL and message carry none", () => {
    const e = new FetchError("http", "http://ana:secret@a.example/x", "not a URL: http://ana:secret@a.example/x");
    assert.equal(e.url, "http://a.example/x");
    assert.equal(e.message, "not a URL: http://a.example/x");
  });

  it("a slot's source (the text's source: line) carries none; the request keeps them", () => {
    const slot = { url: "http://ana:secret@mission.example/eng/st.htm", altUrl: "", category: "mfa", docRef: "" };
    const [c] = candidates(slot as Slot);
    assert.equal(c.source, "http://mission.example/eng/st.htm");
    assert.equal(c.url, "http://ana:secret@mission.example/eng/st.htm");
  });
});
