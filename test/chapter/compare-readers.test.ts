/**
 * The preflight knows which chapter functions read a card's comparison settings (COMPARE_READERS): every
 * exported function of lib/chapter whose body calls `compareView` (or another reader) must be listed, or a
 * chapter that calls it would run without its compared cards' data being checked first.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { COMPARE_READERS } from "../../lib/chapter";

const DIR = path.join(__dirname, "..", "..", "lib", "chapter");

/** Exported functions of a source text whose bodies call one of `callees`, by name. */
function callersOf(text: string, callees: readonly string[]): string[] {
  const source = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  const found: string[] = [];
  const starts = [...source.matchAll(/^export function (\w+)/gm)];
  starts.forEach((m, i) => {
    const body = source.slice(m.index!, i + 1 < starts.length ? starts[i + 1].index : source.length);
    const inner = body.slice(body.indexOf("{"));
    if (callees.some((c) => c !== m[1] && inner.includes(`${c}(`))) found.push(m[1]);
  });
  return found;
}

describe("chapter: the functions that read a card's comparison settings", () => {
  it("the scan finds a caller (so the check below can fail)", () => {
    const src =
      "export function a() { return compareView(x); }\n/** compareView(y) */\nexport function b() { return 1; }\n";
    assert.deepEqual(callersOf(src, ["compareView"]), ["a"]);
  });

  it("every exported lib/chapter function that calls a reader is itself listed in COMPARE_READERS", () => {
    const missing = fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) => callersOf(fs.readFileSync(path.join(DIR, f), "utf8"), COMPARE_READERS))
      .filter((name) => !COMPARE_READERS.includes(name));
    assert.deepEqual(missing, []);
  });
});
