import { strict as assert } from "assert";
import { type Download, extractFor, type FetchError, type Slot } from "../../lib/sources";

describe("sources: choosing the extractor", () => {
  const slot: Slot = {
    slot: "unsc-2031-06-06",
    date: "2031-06-06",
    category: "unsc",
    speaker: "",
    speakerTitle: "",
    venue: "Security Council",
    title: "Meeting",
    docRef: "S/PV.9001",
    url: "",
    altUrl: "",
    evidence: "",
    line: 2,
  };
  const got = (body: string, contentType: string): Download => ({
    url: "http://x/y",
    status: 200,
    contentType,
    bytes: new Uint8Array(Buffer.from(body)),
    sha256: "",
    retrieved: "2031-12-01",
    fromCache: false,
  });
  const record = { kind: "record" as const, url: "http://x/y", source: "http://x/y" };
  const official = { kind: "official" as const, url: "http://x/y", source: "http://x/y" };

  it("wants a PDF for a verbatim record, and HTML or PDF otherwise", async () => {
    await assert.rejects(
      extractFor(slot, record, got("<html><body>Please sign in</body></html>", "text/html")),
      (e: FetchError) => e.kind === "content-type" && e.message === "expected a PDF, got text/html",
    );
    await assert.rejects(
      extractFor(slot, official, got("GIF89a", "")),
      (e: FetchError) => e.kind === "content-type" && e.message === "expected HTML or PDF, got no content type",
    );
  });

  it("takes a statement page's text, and calls a page without one an extraction failure", async () => {
    const page = "<html><h1>Invented remarks</h1><div class='TRS_Editor'><p>We support dialogue.</p></div></html>";
    const ex = await extractFor(slot, official, got(page, "text/html; charset=utf-8"));
    assert.deepEqual([ex.kind, ex.body], ["statement-html", "Invented remarks\n\nWe support dialogue."]);
    await assert.rejects(
      extractFor(slot, official, got("<html><body></body></html>", "text/html")),
      (e: FetchError) => e.kind === "extract" && e.message === "no statement text found in the page",
    );
  });

  it("reads a page of questions and answers as a press conference", async () => {
    const page = "<div class='content'><p>Q: On Kosovo?</p><p>A: Dialogue.</p><p>Q: Weather?</p><p>A: Fine.</p></div>";
    const ex = await extractFor(slot, official, got(page, "text/html"));
    assert.deepEqual([ex.kind, ex.body], ["press-conference", "Q: On Kosovo?\nA: Dialogue."]);
  });
});
