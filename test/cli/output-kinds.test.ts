import { strict as assert } from "assert";
import { OUTPUT_KINDS } from "../../lib/cli";

// The first lines are the headers the commands write (checked by hand against scripts/*.ts outputs).
describe("cli: what an earlier output of each kind begins with", () => {
  const cases: Array<[keyof typeof OUTPUT_KINDS, string, string, boolean]> = [
    ["reliability", "theme,units,decisions,agreement,cohen_kappa", "", true],
    ["reliability", "theme,units,total_A,total_B,alpha_interval", "", true],
    ["reliability", "theme,units", "", true],
    ["reliability", "id,theme,value,reason", "", false],
    ["disagreements", "id,theme,A,B", "", true],
    ["disagreements", "\uFEFFid,sentence,theme,A,B", "", true],
    ["disagreements", "id,theme,value,reason", "", false],
    ["disagreements", "id,sentence,theme,coder_a,coder_b,value,reason", "", false],
    ["disagreements", "id,coder,year,country,speaker,text,sovereignty", "", false],
    ["gold", "id,theme,value,source,reason", "", true],
    ["gold", "id,sentence,theme,value,source,reason", "", true],
    ["gold", "id,theme,value,reason", "", false],
    ["validation", "set,codebook,theme,units,tp,fp", "", true],
    ["validation", "half,codebook,theme,units,presence_tp", "", true],
    ["validation", "id,coder,year", "", false],
    ["codingPage", "<!doctype html>", "<!doctype html>\n<title>Coding page — ana</title>", true],
    ["codingPage", "<!doctype html>", "<!doctype html>\n<title>My notes</title>", false],
    ["qdpx", "PK\u0003\u0004", "PK\u0003\u0004 … project.qde …", true],
    ["qdpx", "PK\u0003\u0004", "PK\u0003\u0004 word/document.xml", false],
  ];
  for (const [kind, line, head, expected] of cases)
    it(`${kind}: "${line.slice(0, 40)}" → ${expected}`, () => assert.equal(OUTPUT_KINDS[kind](line, head), expected));
});
