import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  cacheFiles,
  type Download,
  dropCache,
  readCache,
  readGone,
  sha256Hex,
  writeCache,
  writeGone,
} from "../../lib/sources";
import { tmp } from "./helpers";

describe("sources: the download cache", () => {
  const url = "http://mission.example/eng/st.htm";
  const download = (bytes: Uint8Array): Download => ({
    url,
    status: 200,
    contentType: "text/html",
    bytes,
    sha256: sha256Hex(bytes),
    retrieved: "2031-12-01",
    fromCache: false,
  });

  it("hashes bytes with SHA-256", () => {
    assert.equal(sha256Hex(Buffer.from("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("names a URL's files by the SHA-256 of the URL", () => {
    const f = cacheFiles("c", url);
    const key = sha256Hex(Buffer.from(url));
    assert.deepEqual(f, {
      body: path.join("c", `${key}.body`),
      meta: path.join("c", `${key}.json`),
      gone: path.join("c", `${key}.gone.json`),
    });
  });

  it("reads back a download, not one whose bytes changed, and forgets one when asked", () => {
    const dir = tmp();
    const bytes = new Uint8Array(Buffer.from("<p>invented</p>"));
    writeCache(dir, download(bytes));
    const hit = readCache(dir, url);
    assert.ok(hit);
    assert.deepEqual(
      [hit.fromCache, hit.retrieved, Buffer.from(hit.bytes).toString()],
      [true, "2031-12-01", "<p>invented</p>"],
    );
    fs.writeFileSync(cacheFiles(dir, url).body, "<p>cut");
    assert.equal(readCache(dir, url), null);
    dropCache(dir, url);
    assert.equal(fs.existsSync(cacheFiles(dir, url).meta), false);
    assert.equal(readCache(dir, url), null);
  });

  it("remembers a page that is gone, and asks again when the note is damaged", () => {
    const dir = tmp();
    assert.equal(readGone(dir, url), null);
    writeGone(dir, url, { status: 404, retrieved: "2031-12-01" });
    assert.deepEqual(readGone(dir, url), { status: 404, retrieved: "2031-12-01" });
    fs.writeFileSync(cacheFiles(dir, url).gone, '{"url": "http://mission.exa');
    assert.equal(readGone(dir, url), null);
  });
});
