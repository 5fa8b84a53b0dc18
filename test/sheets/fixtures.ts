/** Fixtures shared by the sheets tests: the invented sheets in test/fixtures/sheets, and helpers. */
import { strict as assert } from "assert";
import * as path from "path";
import { type Unit, ValidationError } from "../../lib/core";

export const FIX = path.join(__dirname, "..", "fixtures", "sheets");
export const THEMES = ["sovereignty", "dialogue", "unilateral"];
export const IDS = ["AAA_63_2008", "BBB_64_2009", "CCC_65_2010"];

/** An invented unit (our own writing, not a real statement). */
export function unit(id: string, body: string, year = 2008): Unit {
  return {
    id,
    textId: id,
    spans: [[0, body.length]],
    body,
    words: body.split(/\s+/).length,
    date: null,
    year,
    category: "general-debate",
    speaker: "A Speaker",
    post: "",
    country: id.slice(0, 3),
    countryName: "",
    venue: "",
    source: "",
  };
}

/** The problems of the ValidationError `fn` throws, as "line|column|message". */
export function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ValidationError, `expected ValidationError, got ${e}`);
    return e.problems.map((p) => `${p.line ?? "-"}|${p.column ?? "-"}|${p.message}`);
  }
  assert.fail("expected a ValidationError");
}
