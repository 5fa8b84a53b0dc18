/**
 * Sizes that keep the code readable (CONTRIBUTING.md): most lib/ files under 200 lines (the median
 * at most 200), none over 500; no line over 120 characters in lib/, scripts/ and test/.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function tsFiles(dir: string): string[] {
  const all = fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" });
  return all
    .map((f) => `${dir}/${f.split(path.sep).join("/")}`)
    .filter((f) => f.endsWith(".ts") && !f.includes("node_modules") && !f.includes("/fixtures/"))
    .sort();
}

function lineCount(rel: string): number {
  return fs.readFileSync(path.join(ROOT, rel), "utf8").split("\n").length;
}

/** The median of a list of numbers. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

describe("structure: file and line sizes", () => {
  it("median lib/ file at most 200 lines, none over 500", () => {
    const sizes = tsFiles("lib").map((f) => ({ f, n: lineCount(f) }));
    const big = sizes.filter((s) => s.n > 500).map((s) => `${s.f}: ${s.n} lines`);
    assert.deepEqual(big, [], `lib/ files over 500 lines:\n${big.join("\n")}`);
    const m = median(sizes.map((s) => s.n));
    assert.ok(m <= 200, `median lib/ file is ${m} lines (goal: at most 200)`);
  });

  it("no line over 120 characters in lib/, scripts/ or test/", () => {
    const long: string[] = [];
    for (const f of [...tsFiles("lib"), ...tsFiles("scripts"), ...tsFiles("test")]) {
      fs.readFileSync(path.join(ROOT, f), "utf8")
        .split("\n")
        .forEach((l, i) => {
          if ([...l].length > 120) long.push(`${f}:${i + 1} (${[...l].length} characters)`);
        });
    }
    assert.deepEqual(
      long.slice(0, 40),
      [],
      `${long.length} lines over 120 characters:\n${long.slice(0, 40).join("\n")}`,
    );
  });

  it("the median is the middle value (so the check can fail)", () => {
    assert.equal(median([30, 900, 120]), 120);
    assert.equal(median([10, 20, 30, 1000]), 25);
  });
});
