import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { codebookBeforeTuning } from "../../lib/validation";

describe("validation: the codebook before tuning", () => {
  it("uses a saved codebook-before-tuning.yaml when the coding folder has one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "base-"));
    fs.writeFileSync(path.join(dir, "codebook-before-tuning.yaml"), "version: 1\n");
    assert.equal(codebookBeforeTuning(dir)?.file, path.join(dir, "codebook-before-tuning.yaml"));
    assert.equal(codebookBeforeTuning(fs.mkdtempSync(path.join(os.tmpdir(), "none-"))), null);
  });
});
