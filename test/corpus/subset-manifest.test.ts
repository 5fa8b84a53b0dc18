import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../lib/core";
import { fileDigest, readManifest, subsetGap, subsetSummary, verifySubset } from "../../lib/corpus";
import type { SubsetManifest } from "../../lib/corpus";
import { tmpDir } from "./helpers";

/** A manifest of figures written by hand (not the real subset's). */
function manifest(files: SubsetManifest["files"]): SubsetManifest {
  const digest = { path: "x", bytes: 0, sha256: "" };
  return {
    format: 1,
    source: { doi: "10.7910/DVN/0TJX8Y", version: "V13", archive: digest, speakers: digest },
    selection: { anchorYears: [1989, 2024], countries: ["CHN"] },
    contents: { speeches: 509, anchorSpeeches: 433, countrySpeeches: { CHN: 78 } },
    whole: { speeches: 10952, speechesPerYear: {}, junk: [], rocSpeeches: [], noSpeakerRow: [] },
    files,
  };
}

describe("corpus: the subset's manifest", () => {
  const m = manifest({ archive: { path: "a", bytes: 0, sha256: "" }, speakers: { path: "b", bytes: 0, sha256: "" } });

  it("serves Kosovo passages of every country in the anchor years, and any request for a country held whole", () => {
    const gap = (unit: "kosovo-passage" | "whole", years: [number, number], countries: string[] = []) =>
      subsetGap(m, { unit, years, countries });
    assert.equal(gap("kosovo-passage", [2008, 2024]), null);
    assert.equal(gap("kosovo-passage", [1989, 2024]), null);
    assert.equal(gap("kosovo-passage", [1998, 2007]), null);
    assert.equal(gap("whole", [1971, 2024], ["CHN"]), null);
    assert.equal(gap("whole", [1946, 2024], ["CHN"]), null);
    assert.match(gap("kosovo-passage", [1988, 2024]) ?? "", /speeches naming Kosovo of every country in 1988–2024/);
    assert.match(gap("whole", [2008, 2024]) ?? "", /whole speeches of every country in 2008–2024/);
    assert.match(gap("whole", [2008, 2024], ["SRB"]) ?? "", /whole speeches of SRB/);
    // the speeches of SRB naming Kosovo are held, but not how many SRB speeches there are per year
    assert.match(gap("kosovo-passage", [2008, 2024], ["SRB"]) ?? "", /held|holds only/);
  });

  it("sums up what the subset holds in one line", () => {
    assert.equal(
      subsetSummary(m),
      "509 of the archive's 10,952 speeches: the 433 naming an anchor term in 1989–2024 and every speech of a " +
        "selected country (the 78 of CHN)",
    );
  });

  it("reads a manifest, and names the file and the fix when it is missing, not JSON, or incomplete", () => {
    const dir = tmpDir("manifest");
    const file = path.join(dir, "manifest.json");
    assert.throws(
      () => readManifest(file),
      (e: Error) => e instanceof InputError && /is not there/.test(e.message),
    );
    fs.writeFileSync(file, "{ not json");
    assert.throws(
      () => readManifest(file),
      (e: Error) => e instanceof InputError && /not readable as JSON/.test(e.message),
    );
    fs.writeFileSync(file, JSON.stringify({ format: 1, source: {} }));
    assert.throws(
      () => readManifest(file),
      (e: Error) => e instanceof InputError && /missing field\(s\) selection, contents, whole, files/.test(e.message),
    );
    fs.writeFileSync(file, JSON.stringify(m));
    assert.deepEqual(readManifest(file), m);
  });

  it("checks each file's SHA-256 (of 'abc': ba7816bf…, FIPS 180-2 appendix B.1)", () => {
    const dir = tmpDir("verify");
    fs.writeFileSync(path.join(dir, "a"), "abc");
    fs.writeFileSync(path.join(dir, "b"), "");
    const d = fileDigest(path.join(dir, "a"));
    assert.deepEqual(d, {
      path: "a",
      bytes: 3,
      sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    });
    const good = manifest({ archive: d, speakers: fileDigest(path.join(dir, "b")) });
    verifySubset(dir, good);
    fs.writeFileSync(path.join(dir, "a"), "abd");
    assert.throws(
      () => verifySubset(dir, good),
      (e: Error) => e instanceof InputError && /does not match/.test(e.message),
    );
    fs.rmSync(path.join(dir, "a"));
    assert.throws(
      () => verifySubset(dir, good),
      (e: Error) => e instanceof InputError && /is missing/.test(e.message),
    );
  });
});
