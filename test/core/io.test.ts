import { strict as assert } from "assert";
import * as path from "path";
import { fromProjectRoot, projectRoot } from "../../lib/core";

describe("core: paths from the project root", () => {
  it("a relative path is joined to the project root, an absolute one kept", () => {
    assert.equal(fromProjectRoot("data/codebook.yaml"), path.join(projectRoot(), "data", "codebook.yaml"));
    const abs = path.join(path.sep, "somewhere", "codebook.yaml");
    assert.equal(fromProjectRoot(abs), abs);
  });
});
