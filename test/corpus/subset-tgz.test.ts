import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { rawEntries, writeDeterministicTgz } from "../../lib/corpus/subset-tgz";
import { makeArchive, tmpDir } from "./helpers";

describe("corpus: the subset's deterministic .tgz", () => {
  const files = () =>
    new Map([
      ["TXT/Session 64 - 2009/BBB_64_2009.txt", Buffer.from("Second.\r\n")],
      ["TXT/Session 63 - 2008/AAA_63_2008.txt", Buffer.from("\uFEFFFirst.\n")],
    ]);

  it("writes folders before their files, sorted, mode 755/644, owner 0, files at time 0, folders with no time", () => {
    const out = path.join(tmpDir("tgz"), "s.tgz");
    writeDeterministicTgz(files(), out);
    const seen: Array<[string, string, number, number, number | "none"]> = [];
    tar.t({
      file: out,
      sync: true,
      onReadEntry: (e) =>
        seen.push([e.path, e.type, e.mode ?? -1, e.uid ?? 0, e.mtime === undefined ? "none" : e.mtime.getTime()]),
    });
    assert.deepEqual(seen, [
      ["TXT/", "Directory", 0o755, 0, "none"],
      ["TXT/Session 63 - 2008/", "Directory", 0o755, 0, "none"],
      ["TXT/Session 63 - 2008/AAA_63_2008.txt", "File", 0o644, 0, 0],
      ["TXT/Session 64 - 2009/", "Directory", 0o755, 0, "none"],
      ["TXT/Session 64 - 2009/BBB_64_2009.txt", "File", 0o644, 0, 0],
    ]);
  });

  it("gives the same bytes whatever the umask and the clock", async () => {
    const a = path.join(tmpDir("tgz-a"), "s.tgz");
    const b = path.join(tmpDir("tgz-b"), "s.tgz");
    const mask = process.umask(0o077);
    try {
      writeDeterministicTgz(files(), a);
    } finally {
      process.umask(mask);
    }
    await new Promise((r) => setTimeout(r, 1100)); // a second later: file times differ
    writeDeterministicTgz(files(), b);
    assert.ok(fs.readFileSync(a).equals(fs.readFileSync(b)));
  });

  it("reads back the raw bytes of the entries asked for, and only those", () => {
    const tgz = makeArchive({ "TXT/Session 63 - 2008/AAA_63_2008.txt": "\uFEFFA.\r\n", "TXT/x.txt": "B" });
    const got = rawEntries(tgz, new Set(["TXT/Session 63 - 2008/AAA_63_2008.txt"]));
    assert.deepEqual([...got.keys()], ["TXT/Session 63 - 2008/AAA_63_2008.txt"]);
    assert.equal(got.get("TXT/Session 63 - 2008/AAA_63_2008.txt")?.toString("utf8"), "\uFEFFA.\r\n");
  });
});
