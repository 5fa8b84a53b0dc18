import { strict as assert } from "assert";
import { kosovoYears, kosovoYearsLine } from "../../lib/chapter";
import type { Text } from "../../lib/core";
import { perYearRows } from "../../lib/tables";

/** An invented speech: only the fields the line reads matter. */
const speech = (id: string, year: number, country: string) => ({ id, year, country, words: 1 }) as Text;

describe("chapter: chapter 01's long view of the General Debate", () => {
  it("the line: speeches in all, the busiest year (the first on a tie), China's speeches among them", () => {
    const texts = [speech("SRB_1999", 1999, "SRB"), speech("CHN_1999", 1999, "CHN"), speech("ALB_2001", 2001, "ALB")];
    const rows = perYearRows(texts, { years: [1999, 2001] });
    const line = kosovoYearsLine(texts, rows, [1999, 2001]);
    assert.match(line, /^3 speeches of 1999–2001 name an anchor term; the most in one year: \*\*2\*\* in 1999\. /);
    assert.match(line, /China's own General Debate speeches among them: CHN_1999 — /);
    const tie = [speech("A", 2000, "SRB"), speech("B", 2001, "SRB")];
    assert.match(kosovoYearsLine(tie, perYearRows(tie, { years: [2000, 2001] }), [2000, 2001]), /\*\*1\*\* in 2000/);
    assert.match(kosovoYearsLine(tie, perYearRows(tie), [2000, 2001]), /among them: none — /);
  });

  it("a load that fails is reported, not thrown: no load, no rows, the reason", () => {
    const k = kosovoYears([1989, 2024], "no-such-card");
    assert.equal(k.loaded, null);
    assert.deepEqual(k.rows, []);
    assert.match(k.problem ?? "", /no-such-card/);
  });

  it("the embedded archive's Kosovo speeches: one row per year of the span, adding up to the speeches loaded", () => {
    const k = kosovoYears([1998, 2007]);
    assert.equal(k.problem, null);
    assert.equal(k.rows.length, 10);
    assert.equal(
      k.rows.reduce((n, r) => n + r.texts, 0),
      k.loaded?.texts.length,
    );
  });
});
