import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { folderSize, formatBytes } from "../../lib/report";

describe("report: what a report folder weighs", () => {
  it("counts files and bytes, in all and per sub-folder", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-size-"));
    fs.writeFileSync(path.join(dir, "index.html"), "x".repeat(10));
    fs.mkdirSync(path.join(dir, "charts", "deep"), { recursive: true });
    fs.writeFileSync(path.join(dir, "charts", "a.svg"), "y".repeat(200));
    fs.writeFileSync(path.join(dir, "charts", "deep", "b.png"), "z".repeat(3));
    assert.deepEqual(folderSize(dir), {
      files: 3,
      bytes: 213,
      parts: [
        { part: ".", files: 1, bytes: 10 },
        { part: "charts", files: 2, bytes: 203 },
      ],
    });
    assert.deepEqual(folderSize(path.join(dir, "none")), { files: 0, bytes: 0, parts: [] });
  });

  it("writes bytes in B, kB or MB with one decimal", () => {
    assert.deepEqual([formatBytes(812), formatBytes(4210), formatBytes(9_412_310)], ["812 B", "4.2 kB", "9.4 MB"]);
  });
});
