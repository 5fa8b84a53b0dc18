/**
 * The pipeline's layering: a stage of lib/ imports only stages before it (and core). The order is
 * the workflow diagram of the README; a new stage is added here, in its place.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** lib/'s stages in pipeline order; a stage may import any stage listed before it. */
const STAGES = [
  "core",
  "text",
  "stats",
  "units",
  "corpus",
  "sources",
  "codebook",
  "coding",
  "workflow",
  "sheets",
  "reliability",
  "validation",
  "counts",
  "timeline",
  "vocabulary",
  "tables",
  "charts",
  "display",
  "chapter",
  "report",
  "cli",
];

/** The stage a lib/ file belongs to: its folder, or its name for a top-level file (workflow.ts). */
function stageOf(rel: string): string {
  const parts = rel.split("/");
  return parts.length > 1 ? parts[0] : parts[0].replace(/\.ts$/, "");
}

function libFiles(): string[] {
  const all = fs.readdirSync(path.join(ROOT, "lib"), { recursive: true, encoding: "utf8" });
  return all
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f.endsWith(".ts"))
    .sort();
}

/** The lib/ stages a file imports (relative imports resolved against its folder). */
function importedStages(rel: string, source: string): string[] {
  const out = new Set<string>();
  const re = /(?:from\s+|import\s*\(\s*|require\(\s*)"(\.{1,2}\/[^"]*)"/g;
  for (const m of source.matchAll(re)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]));
    if (target.startsWith("..")) continue;
    out.add(stageOf(target.includes("/") ? target : `${target}.ts`));
  }
  return [...out];
}

describe("structure: lib/ layering", () => {
  it("every lib/ folder or top-level file is a known stage", () => {
    const unknown = [...new Set(libFiles().map(stageOf))].filter((s) => !STAGES.includes(s));
    assert.deepEqual(unknown, [], `stages not in STAGES (add them in pipeline order): ${unknown.join(", ")}`);
  });

  it("no stage imports a stage after it", () => {
    const upward: string[] = [];
    for (const rel of libFiles()) {
      const own = STAGES.indexOf(stageOf(rel));
      const src = fs.readFileSync(path.join(ROOT, "lib", rel), "utf8");
      for (const s of importedStages(rel, src)) {
        if (STAGES.indexOf(s) > own) upward.push(`lib/${rel} imports ${s}`);
      }
    }
    assert.deepEqual(upward, [], `imports against the pipeline order:\n${upward.join("\n")}`);
  });

  it("the check sees an upward import (it can fail)", () => {
    assert.deepEqual(importedStages("coding/coder.ts", 'import { loadCard } from "../corpus";'), ["corpus"]);
    assert.deepEqual(importedStages("coding/coder.ts", 'import { x } from "./prefilter";'), ["coding"]);
    assert.deepEqual(importedStages("workflow.ts", 'import { x } from "./coding";'), ["coding"]);
  });
});
