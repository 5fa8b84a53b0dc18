import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { InputError } from "../../../lib/core";
import { readFolderSpeeches, readTarSpeeches } from "../../../lib/corpus/datasets/tar";
import { tmpDir } from "./fixtures";

function makeTar(files: Record<string, string>): string {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, "speeches"));
  for (const [n, c] of Object.entries(files)) fs.writeFileSync(path.join(dir, "speeches", n), c);
  const file = path.join(dir, "speeches.tar");
  tar.c({ file, cwd: dir, sync: true, portable: true }, ["speeches"]);
  return file;
}

describe("datasets/tar", () => {
  it("yields only the wanted files of a flat speeches/ folder, bytes untouched (CRLF kept)", () => {
    const file = makeTar({ "a_spch0001.txt": "one\r\ntwo\r\n", "b_spch0002.txt": "other", "c_spch0003.txt": "third" });
    const got = [...readTarSpeeches(file, "speeches.tar", (n) => n !== "b_spch0002.txt")];
    assert.deepEqual(
      got.map((f) => [f.name, f.place, f.bytes.toString()]),
      [
        ["a_spch0001.txt", "speeches.tar:speeches/a_spch0001.txt", "one\r\ntwo\r\n"],
        ["c_spch0003.txt", "speeches.tar:speeches/c_spch0003.txt", "third"],
      ],
    );
  });

  it("reads the same from small chunks (entries across chunk boundaries)", () => {
    const file = makeTar({ "a.txt": "x".repeat(700), "b.txt": "y".repeat(1300) });
    const whole = [...readTarSpeeches(file, "s.tar", () => true)].map((f) => f.bytes.toString());
    const small = [...readTarSpeeches(file, "s.tar", () => true, 100)].map((f) => f.bytes.toString());
    assert.deepEqual(small, whole);
    assert.equal(whole[1].length, 1300);
  });

  it("says a file is not a tar, or a tar is cut short", () => {
    const dir = tmpDir();
    const notTar = path.join(dir, "speeches.tar");
    fs.writeFileSync(notTar, "speech_id\tspeech\n".repeat(100));
    assert.throws(
      () => [...readTarSpeeches(notTar, "speeches.tar", () => true)],
      (e: unknown) => e instanceof InputError && /expected a tar archive/.test(e.message) && /checksum/.test(e.message),
    );
    const good = makeTar({ "a.txt": "x".repeat(5000) });
    const cut = path.join(dir, "cut.tar");
    fs.writeFileSync(cut, fs.readFileSync(good).subarray(0, 2048));
    assert.throws(
      () => [...readTarSpeeches(cut, "cut.tar", () => true)],
      (e: unknown) =>
        e instanceof InputError && e.file === "cut.tar" && /Truncated|damaged|incomplete/i.test(e.message),
    );
  });

  it("reads an extracted folder in name order", () => {
    const dir = tmpDir();
    for (const n of ["b.txt", "a.txt", "notes.md"]) fs.writeFileSync(path.join(dir, n), n);
    assert.deepEqual(
      [...readFolderSpeeches(dir, "speeches", () => true)].map((f) => f.place),
      ["speeches/a.txt", "speeches/b.txt"],
    );
  });
});
