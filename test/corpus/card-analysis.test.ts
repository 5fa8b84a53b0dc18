import { strict as assert } from "assert";
import { parseCard } from "../../lib/corpus/card-parse";
import { ValidationError } from "../../lib/core";

const HEAD = "name: x\ntitle: X\nsource: { kind: folder, path: texts/x }\ncategories: [mfa]\n";

describe("corpus/card-analysis: a card's analysis settings", () => {
  it("defaults when the card has no analysis section", () => {
    assert.deepEqual(parseCard(HEAD, "x.yaml").analysis, {
      time: { periods: "card" },
      counts: { paper: "different", breakdown: "group" },
      compare: { windows: [] },
    });
  });

  it("reads the time, counts and compare settings (compare: the Council corpus of chapter 08 too)", () => {
    const yaml =
      HEAD +
      "analysis:\n  time:\n    years: [1989, 2024]\n    codebook: data/principles.yaml\n    themes: [a, b]\n" +
      "    periods: decades\n    also: [2008, 2024]\n" +
      "  counts:\n    paper: same\n    breakdown: category\n" +
      "  compare:\n    corpus: ungdc-kosovo\n    windows: [[2008, 2024], [1998, 2007]]\n    china: china-ungdc\n" +
      "    council: unsc-kosovo\n";
    assert.deepEqual(parseCard(yaml, "x.yaml").analysis, {
      time: {
        periods: "decades",
        years: [1989, 2024],
        also: [2008, 2024],
        codebook: "data/principles.yaml",
        themes: ["a", "b"],
      },
      counts: { paper: "same", breakdown: "category" },
      compare: {
        windows: [
          [2008, 2024],
          [1998, 2007],
        ],
        corpus: "ungdc-kosovo",
        china: "china-ungdc",
        council: "unsc-kosovo",
      },
    });
  });

  it("names the line of each bad setting", () => {
    const yaml =
      HEAD +
      "analysis:\n  time:\n    periods: weekly\n    years: [2024, 2008]\n  counts:\n    paper: similar\n" +
      "  compare:\n    windows: 2008\n";
    try {
      parseCard(yaml, "x.yaml");
      assert.fail("expected a ValidationError");
    } catch (e) {
      assert.ok(e instanceof ValidationError);
      const lines = e.problems.map((p) => `${p.line}: ${p.message}`);
      assert.deepEqual(lines, [
        '7: `analysis.time.periods` "weekly" is not known',
        "8: `analysis.time.years` must be [from, to] with from <= to",
        '10: `analysis.counts.paper` "similar" is not known',
        "12: `analysis.compare.windows` must be a list of [from, to] pairs",
      ]);
    }
  });
});
