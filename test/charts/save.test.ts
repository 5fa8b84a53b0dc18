import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkChartName, saveChart } from "../../lib/charts";
import { ArgumentError } from "../../lib/core";
import { allSpecs } from "./fixtures";

describe("charts: saveChart", () => {
  const specs = allSpecs();
  let dir = "";
  const before0 = process.env.WORKBOOK_OUTPUT;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "charts-test-"));
    process.env.WORKBOOK_OUTPUT = dir;
  });
  after(() => {
    if (before0 === undefined) delete process.env.WORKBOOK_OUTPUT;
    else process.env.WORKBOOK_OUTPUT = before0;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes output/charts/<name>.vl.json, .svg, .png", async () => {
    const files = await saveChart(specs.hierarchy, "hierarchy");
    assert.equal(files.vl, path.join(dir, "charts", "hierarchy.vl.json"));
    assert.equal(files.svg, path.join(dir, "charts", "hierarchy.svg"));
    assert.equal(files.png, path.join(dir, "charts", "hierarchy.png"));
    assert.deepEqual(JSON.parse(fs.readFileSync(files.vl, "utf8")), JSON.parse(JSON.stringify(specs.hierarchy)));
  });

  it("the same spec twice gives byte-identical files, for every builder", async () => {
    for (const [name, spec] of Object.entries(allSpecs())) {
      const a = await saveChart(spec, name);
      const bytes = [a.vl, a.svg, a.png].map((f) => fs.readFileSync(f));
      const b = await saveChart(JSON.parse(JSON.stringify(spec)), name);
      [b.vl, b.svg, b.png].forEach((f, i) => {
        assert.ok(fs.readFileSync(f).equals(bytes[i]), `${name}: ${path.basename(f)} differs`);
      });
    }
  });

  it("rejects a name that would leave output/charts", async () => {
    assert.throws(() => checkChartName("../x"), ArgumentError);
    await assert.rejects(saveChart(specs.perYear, "a/b"), ArgumentError);
  });
});
