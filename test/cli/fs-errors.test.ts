import { strict as assert } from "assert";
import { fsErrorMessage, isFileSystemError } from "../../lib/cli";

const err = (code: string, p = "out.csv") => Object.assign(new Error(`${code}: raw`), { code, path: p });

describe("cli: file-system errors in words", () => {
  const table: Array<[string, string]> = [
    ["EISDIR", "out.csv is a folder, not a file — give a file inside it"],
    ["ENOTDIR", "out.csv goes through a file as if it were a folder — check each part of the path"],
    ["ELOOP", "out.csv is a loop of symbolic links — point the link at a real file or folder"],
    [
      "EACCES",
      "out.csv may not be read or written by you (permission denied) — " +
        "choose a place you may write, or fix its rights",
    ],
    ["EPERM", "out.csv may not be changed (operation not permitted) — choose another place, or fix its rights"],
    ["EROFS", "out.csv is on a read-only file system — choose a place you may write"],
  ];
  for (const [code, message] of table)
    it(`${code} → "${message.slice(0, 40)}…"`, () => {
      assert.ok(isFileSystemError(err(code)));
      assert.equal(fsErrorMessage(err(code)), message);
    });

  it("is not a file-system error: a plain Error, or a code it does not explain", () => {
    assert.equal(isFileSystemError(new Error("x")), false);
    assert.equal(isFileSystemError(err("ERR_SOMETHING")), false);
  });
});
