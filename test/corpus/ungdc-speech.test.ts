import { strict as assert } from "assert";
import { isJunk, speechBody, speechPath } from "../../lib/corpus/ungdc-speech";

describe("corpus: entries of the General Debate archive", () => {
  it("reads a speech file's path: id, code, session, year, and whether it stands in its own folder", () => {
    assert.deepEqual(speechPath("TXT/Session 63 - 2008/SRB_63_2008.txt"), {
      id: "SRB_63_2008",
      iso: "SRB",
      session: 63,
      year: 2008,
      yearText: "2008",
      inItsFolder: true,
      folder: "Session 63 - 2008",
    });
    assert.equal(speechPath("./TXT/Session 63 - 2008/EU_63_2008.txt")?.iso, "EU");
    assert.equal(speechPath("TXT/Session 64 - 2009/SRB_63_2008.txt")?.inItsFolder, false);
    assert.equal(speechPath("TXT/Session 63 - 2008/notes.txt"), null);
    assert.equal(speechPath("TXT/Session 63 - 2008/srb_63_2008.txt"), null);
  });

  it("recognises junk left by operating systems", () => {
    for (const p of ["TXT/.DS_Store", "__MACOSX/TXT/._A_1_1946.txt", "TXT/Thumbs.db", "TXT/desktop.ini"])
      assert.equal(isJunk(p), true, p);
    assert.equal(isJunk("TXT/Session 63 - 2008/SRB_63_2008.txt"), false);
  });

  it("decodes a speech, or says what is wrong with its bytes", () => {
    assert.deepEqual(speechBody(Buffer.from("\uFEFFOne.\r\nTwo.\r"), 14, "a.tgz:x.txt"), { body: "One.\nTwo.\n" });
    assert.deepEqual(speechBody(Buffer.from("Short"), 9, "a.tgz:x.txt"), {
      file: "a.tgz:x.txt",
      message: "truncated entry (5 of 9 bytes)",
      fix: "download the archive again",
    });
    const bad = speechBody(Buffer.from([0x41, 0x0a, 0x42, 0xff]), undefined, "a.tgz:x.txt");
    assert.ok(!("body" in bad) && bad.line === 2 && bad.message === "not valid UTF-8");
    const empty = speechBody(Buffer.from(" \n\t\n"), undefined, "a.tgz:x.txt");
    assert.ok(!("body" in empty) && /empty speech file/.test(empty.message));
  });
});
