import { strict as assert } from "assert";
import * as path from "path";
import { fromProjectRoot, projectRoot, shownOutputPath } from "../../lib/core";

describe("core: paths from the project root", () => {
  it("a relative path is joined to the project root, an absolute one kept", () => {
    assert.equal(fromProjectRoot("data/codebook.yaml"), path.join(projectRoot(), "data", "codebook.yaml"));
    const abs = path.join(path.sep, "somewhere", "codebook.yaml");
    assert.equal(fromProjectRoot(abs), abs);
  });
});

describe("core: output files as a chapter shows them", () => {
  const saved = process.env.WORKBOOK_OUTPUT;
  afterEach(() => {
    if (saved === undefined) delete process.env.WORKBOOK_OUTPUT;
    else process.env.WORKBOOK_OUTPUT = saved;
  });

  it("a file of the output folder is output/<its place>, wherever the folder is", () => {
    process.env.WORKBOOK_OUTPUT = path.join(path.sep, "tmp", "run-1234");
    assert.equal(
      shownOutputPath(path.join(path.sep, "tmp", "run-1234", "coding-pages", "a.html")),
      "output/coding-pages/a.html",
    );
    delete process.env.WORKBOOK_OUTPUT;
    assert.equal(shownOutputPath(path.join(projectRoot(), "output", "x.csv")), "output/x.csv");
  });

  it("a file elsewhere is shown from the project root", () => {
    delete process.env.WORKBOOK_OUTPUT;
    assert.equal(shownOutputPath(path.join(projectRoot(), "data", "codebook.yaml")), "data/codebook.yaml");
  });
});
