/**
 * The project.qde the export writes, validated by xmllint against the REFI-QDA project schema (Project.xsd,
 * QDA-XML version 1.0 of 18 March 2019, published by the Rotterdam Exchange Format Initiative at
 * http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd under the MIT licence). The schema is not in
 * the repository: the test reads it from `$REFI_QDA_XSD`, `../shared/refi-qda/Project.xsd` or
 * `downloads/refi-qda/Project.xsd`, and is skipped (and counted) without it. xmllint comes with Debian's
 * libxml2-utils, which `scripts/setup.sh` installs.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { projectXml, qdaProject } from "../../../lib/sheets";
import { ROOT } from "../../support/run";
import { ANA, BEN, CODEBOOK, UNITS } from "./fixtures";

/** Where the schema may be, in order. */
function schemaFile(): string | null {
  const places = [
    process.env.REFI_QDA_XSD ?? "",
    path.join(ROOT, "..", "shared", "refi-qda", "Project.xsd"),
    path.join(ROOT, "downloads", "refi-qda", "Project.xsd"),
  ];
  return places.find((p) => p !== "" && fs.existsSync(p)) ?? null;
}

/** Runs xmllint --schema on an XML text; its exit status and messages. */
function xmllint(xsd: string, xml: string): { status: number | null; out: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qde-")), "project.qde");
  fs.writeFileSync(file, xml);
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("sheets/qdpx: project.qde against the published REFI-QDA schema (xmllint)", function () {
  this.timeout(30000);
  const xsd = schemaFile();

  before(function () {
    if (!xsd) {
      console.log(
        "      skipped: no REFI-QDA Project.xsd (set REFI_QDA_XSD, or put it in ../shared/refi-qda/ or " +
          "downloads/refi-qda/;" +
          " it is published at http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd)",
      );
      this.skip();
    }
  });

  it("xmllint is installed (scripts/setup.sh installs Debian's libxml2-utils)", () => {
    const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
    assert.equal(r.error, undefined, "xmllint is missing: run bash scripts/setup.sh (it installs libxml2-utils)");
    assert.match(`${r.stdout}${r.stderr}`, /using libxml version \d+/);
  });

  it("the export of coded units validates", () => {
    const { project } = qdaProject({ corpus: "test", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA, BEN] });
    const r = xmllint(xsd as string, projectXml(project));
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /validates/);
  });

  it("and the check can fail: a Code without isCodable, a selection without endPosition are rejected", () => {
    const { project } = qdaProject({ corpus: "test", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA] });
    const xml = projectXml(project);
    const noCodable = xmllint(xsd as string, xml.replace(' isCodable="true"', ""));
    assert.notEqual(noCodable.status, 0);
    assert.match(noCodable.out, /isCodable/);
    const noEnd = xmllint(xsd as string, xml.replace(/ endPosition="\d+"/, ""));
    assert.match(noEnd.out, /endPosition/);
  });
});
