import { strict as assert } from "assert";
import { CodedRow, Period } from "../lib/core";
import { codeUnit, compileCodebook } from "../lib/coding";
import {
  chiSquare,
  cochranArmitage,
  comparePeriods,
  decades,
  defaultPairs,
  fisherExact,
  holm,
  mentionRates,
  principlesCodebook,
  PRINCIPLE_THEMES,
  oddsRatio,
  outsidePeriods,
  periodTests,
  prevalenceByPeriod,
  prevalenceByYear,
  riskDifference,
  periodShares,
  periodTestRows,
  prevalenceWide,
  stanceBy,
  stanceOf,
  stancePerUnit,
  trendTests,
  wilsonInterval,
} from "../lib/timeline";

const near = (actual: number | null | undefined, expected: number, tol: number, what = "") =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) <= tol,
    `${what} expected ${expected} ± ${tol}, got ${actual}`,
  );

/** An invented coded row with the given themes present (1 mention each). */
function row(id: string, year: number, country: string, present: string[]): CodedRow {
  const codes: CodedRow["codes"] = {};
  for (const t of ["sovereignty", "dialogue", "unilateral", "us_nato", "independence"])
    codes[t] = present.includes(t) ? { present: 1, mentions: 1 } : { present: 0, mentions: 0 };
  return { id, date: null, year, category: "gd", country, speaker: "", codes, vocabulary: {} };
}

const periods: Period[] = [
  { label: "2008–2011", from: 2008, to: 2011 },
  { label: "2012–2020", from: 2012, to: 2020 },
  { label: "2021–2024", from: 2021, to: 2024 },
];

// Invented: "unilateral" in 0 of 3 early units, 1 of 2 middle units, 2 of 2 late units; one unit from 2005.
const rows: CodedRow[] = [
  row("e1", 2008, "CHN", ["sovereignty", "dialogue"]),
  row("e2", 2009, "CHN", ["dialogue"]),
  row("e3", 2009, "USA", ["independence"]),
  row("m1", 2015, "CHN", ["sovereignty", "unilateral"]),
  row("m2", 2016, "RUS", ["dialogue"]),
  row("l1", 2022, "CHN", ["sovereignty", "unilateral", "us_nato"]),
  row("l2", 2023, "SRB", ["sovereignty", "unilateral"]),
  row("x", 2005, "CHN", ["sovereignty"]),
];

describe("timeline", () => {
  describe("periods and prevalence", () => {
    it("cuts decades at years ending in 0, clipped to the range", () => {
      assert.deepEqual(
        decades(1971, 2024).map((p) => p.label),
        ["1971–1979", "1980–1989", "1990–1999", "2000–2009", "2010–2019", "2020–2024"],
      );
    });

    it("counts units per period, so a share shows what it rests on", () => {
      const c = prevalenceByPeriod(rows, periods, ["unilateral"]);
      assert.deepEqual(
        c.map((x) => [x.key, x.present, x.units, x.share]),
        [
          ["2008–2011", 0, 3, 0],
          ["2012–2020", 1, 2, 0.5],
          ["2021–2024", 2, 2, 1],
        ],
      );
      assert.deepEqual(
        outsidePeriods(rows, periods).map((r) => r.id),
        ["x"],
      );
    });

    it("gives every year of a range a cell, empty years with share null", () => {
      const c = prevalenceByYear(rows, ["dialogue"], { from: 2008, to: 2010 });
      assert.deepEqual(
        c.map((x) => [x.key, x.present, x.units, x.share]),
        [
          ["2008", 1, 1, 1],
          ["2009", 1, 2, 0.5],
          ["2010", 0, 0, null],
        ],
      );
    });

    it("gives the Wilson interval its closed form at 0 of n: upper = z²/(n + z²)", () => {
      const z2 = 1.959963984540054 ** 2;
      const w = wilsonInterval(0, 10);
      near(w?.low, 0, 1e-12, "low");
      near(w?.high, z2 / (10 + z2), 1e-9, "high");
      assert.equal(wilsonInterval(0, 0), null);
    });
  });

  describe("stance", () => {
    it("scores (sovereignty + unilateral + us_nato − 3·independence)/3 in [−1, 1]", () => {
      assert.equal(stanceOf(rows[5].codes), 1);
      assert.equal(stanceOf(rows[2].codes), -1);
      near(stanceOf(rows[0].codes), 1 / 3, 1e-12);
      assert.equal(stanceOf({}), 0);
    });

    it("averages stance per year and group", () => {
      const s = stancePerUnit(rows, (r) => (r.country === "CHN" ? "China" : "Other actors"));
      const cells = stanceBy(s);
      const y2009 = cells.filter((c) => c.key === "2009").map((c) => [c.group, c.units, c.mean]);
      assert.deepEqual(y2009, [
        ["China", 1, 0],
        ["Other actors", 1, -1],
      ]);
      const byPeriod = stanceBy(s, periods)
        .filter((c) => c.group === "China")
        .map((c) => [c.key, c.units, Number(c.mean.toFixed(4))]);
      assert.deepEqual(byPeriod, [
        ["2008–2011", 2, 0.1667],
        ["2012–2020", 1, 0.6667],
        ["2021–2024", 1, 1],
      ]);
    });
  });

  describe("Fisher's exact test", () => {
    it("reproduces Fisher's tea-tasting experiment: two-sided p = 0.4857, one-sided p = 0.2429", () => {
      // Published: R fisher.test(TeaTasting) → p-value = 0.4857; alternative = "greater" → 0.2429
      // (R documentation example; output reproduced in Penn State STAT 504, lesson 3, TeaLady.out).
      const r = fisherExact([
        [3, 1],
        [1, 3],
      ]);
      near(r.p, 0.4857, 5e-5, "two-sided");
      near(r.pGreater, 0.2429, 5e-5, "greater");
      // By hand: P(3) = C(4,3)C(4,1)/C(8,4) = 16/70, P(4) = 1/70, so P(≥3) = 17/70 and two-sided = 34/70.
      near(r.p, 34 / 70, 1e-12);
      near(r.pLess, 69 / 70, 1e-12);
    });

    it("gives p = 1 for a table at its expected value", () => {
      near(
        fisherExact([
          [2, 2],
          [2, 2],
        ]).p,
        1,
        1e-12,
      );
    });
  });

  describe("chi-squared", () => {
    it("tea-tasting table by hand: X² = 2 (p 0.1573), with Yates 0.5 (p 0.4795), all expected counts 2 → caveat", () => {
      const plain = chiSquare([
        [3, 1],
        [1, 3],
      ]);
      const yates = chiSquare(
        [
          [3, 1],
          [1, 3],
        ],
        { yates: true },
      );
      near(plain.statistic, 2, 1e-12);
      near(plain.p, 0.1573, 5e-5);
      near(yates.statistic, 0.5, 1e-12);
      near(yates.p, 0.4795, 5e-5);
      assert.deepEqual(plain.expected, [
        [2, 2],
        [2, 2],
      ]);
      assert.equal(plain.lowExpected, true);
      assert.equal(yates.yates, true);
    });

    it("reproduces Agresti's X² for the infant malformation table: X² = 12.1 on df = 4, P = 0.02", () => {
      // Agresti, An Introduction to Categorical Data Analysis (3rd ed., 2019), Table 2.6 and text on p. 44:
      // "df = 4, G² = 6.2 (P = 0.19) and X² = 12.1 (P = 0.02)". Data: Graubard & Korn, Biometrics 43 (1987).
      const t = [
        [17066, 48],
        [14464, 38],
        [788, 5],
        [126, 1],
        [37, 1],
      ];
      const r = chiSquare(t);
      assert.equal(r.df, 4);
      near(r.statistic, 12.1, 0.05, "X²");
      near(r.p, 0.02, 0.005, "P");
      assert.equal(r.lowExpected, true); // expected malformations in the ≥6 row: 38·93/32574 ≈ 0.11
    });

    it("has no test when a margin is empty", () => {
      const r = chiSquare([
        [0, 3],
        [0, 4],
      ]);
      assert.equal(r.statistic, null);
      assert.equal(r.p, null);
    });
  });

  describe("effect sizes", () => {
    // Agresti, An Introduction to Categorical Data Analysis (3rd ed., 2019), §2.2.2 and §2.3.2–2.3.3, Table 2.2
    // (Physicians' Health Study): placebo 189 MI of 11,034; aspirin 104 of 11,037.
    it("reproduces Agresti's aspirin example: difference of proportions 0.0077", () => {
      const d = riskDifference(189, 11034, 104, 11037);
      near(d?.estimate, 0.0077, 5e-5, "difference");
      // The Wald interval of eq. (2.1), by hand: SE = sqrt(.01713·.98287/11034 + .00942·.99058/11037) = 0.00154
      near(d?.lower, 0.0047, 1e-4, "lower");
      near(d?.upper, 0.0107, 1e-4, "upper");
    });

    it("reproduces Agresti's aspirin example: odds ratio 1.832, 95% CI (1.44, 2.33)", () => {
      const o = oddsRatio([
        [189, 10845],
        [104, 10933],
      ]);
      near(o?.estimate, 1.832, 5e-4, "OR");
      near(o?.lower, 1.44, 5e-3, "lower");
      near(o?.upper, 2.33, 5e-3, "upper");
      assert.equal(o?.haldane, false);
    });

    it("applies the Haldane–Anscombe correction when a cell is 0, and says so", () => {
      const o = oddsRatio([
        [2, 0],
        [0, 3],
      ]);
      // (2.5·3.5)/(0.5·0.5) = 35
      near(o?.estimate, 35, 1e-9);
      assert.equal(o?.haldane, true);
      assert.match(o?.note ?? "", /Haldane/);
      assert.equal(
        oddsRatio([
          [0, 0],
          [1, 3],
        ]),
        null,
      );
    });
  });

  describe("Cochran–Armitage trend test", () => {
    it("reproduces R's prop.trend.test example: X-squared = 8.2249, p = 0.004132", () => {
      // R documentation example (stats::prop.trend.test, smokers among patients); output as posted on r-help
      // by Rui Barradas, 8 Sep 2023: "X-squared = 8.2249, df = 1, p-value = 0.004132".
      const r = cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82]);
      near(r.chiSquare, 8.2249, 5e-5, "X²");
      near(r.p, 0.004132, 5e-7, "p");
      assert.ok((r.z ?? 0) < 0, "the share of smokers falls across the groups");
    });

    it("reproduces StatXact's asymptotic trend p for the malformation data with scores 0, 0.5, 1.5, 4, 8: 0.0078", () => {
      // Cytel, StatXact Example 6 (Graubard & Korn data): asymptotic two-sided p .0078 (one-sided .0039).
      const r = cochranArmitage([48, 38, 5, 1, 1], [17114, 14502, 793, 127, 38], [0, 0.5, 1.5, 4, 8]);
      near(r.p, 0.0078, 5e-5, "p");
      near((r.p ?? 0) / 2, 0.0039, 5e-5, "one-sided");
    });

    it("is undefined when every unit has the same outcome", () => {
      assert.equal(cochranArmitage([0, 0, 0], [2, 3, 4]).z, null);
    });

    it("runs per theme over years and over periods", () => {
      const inPeriods = rows.filter((r) => r.id !== "x");
      const t = trendTests(inPeriods, ["unilateral"], { periods })[0];
      assert.deepEqual(
        t.cells.map((c) => [c.key, c.present, c.units]),
        [
          ["2008–2011", 0, 3],
          ["2012–2020", 1, 2],
          ["2021–2024", 2, 2],
        ],
      );
      assert.ok((t.z ?? 0) > 0);
      const byYear = trendTests(inPeriods, ["unilateral"])[0];
      assert.deepEqual(
        byYear.cells.map((c) => c.score),
        [2008, 2009, 2015, 2016, 2022, 2023],
      );
    });
  });

  describe("period tests", () => {
    it("tests first vs last and each neighbour pair, with the table later-first", () => {
      assert.deepEqual(
        defaultPairs(periods).map(([a, b]) => `${a.label}→${b.label}`),
        ["2008–2011→2021–2024", "2008–2011→2012–2020", "2012–2020→2021–2024"],
      );
      const t = comparePeriods(rows, "unilateral", periods[0], periods[2]);
      assert.deepEqual(t.table, [
        [2, 0],
        [0, 3],
      ]);
      // Fisher by hand: only the observed table is as extreme, P = 1/C(5,2) = 0.1.
      near(t.fisher?.p, 0.1, 1e-12);
      near(t.riskDifference?.estimate, 1, 1e-12);
      assert.equal(t.oddsRatio?.haldane, true);
      assert.ok(t.caveats.some((c) => /small samples/.test(c)));
      assert.ok(t.caveats.some((c) => /expected count is below 5/.test(c)));
      assert.ok(t.caveats.some((c) => /Haldane/.test(c)));
      assert.equal(periodTests(rows, periods, ["unilateral", "dialogue"]).length, 6);
    });
  });

  it("shapes cells and tests into rows a reader checks by hand", () => {
    const wide = prevalenceWide(prevalenceByPeriod(rows, periods, ["dialogue", "unilateral"]));
    assert.deepEqual(wide[0], { period: "2008–2011", units: 3, dialogue: "2/3", unilateral: "0/3" });
    const r = periodTestRows(periodTests(rows, periods, ["unilateral"]))[0];
    assert.equal(r["Fisher p"], "0.100");
    assert.equal(r.earlier, "0/3 (0.0%)");
    assert.match(String(r["odds ratio [95% CI]"]), /\(HA\)$/);
    const s = periodShares(prevalenceByPeriod(rows, periods, ["unilateral"]));
    assert.deepEqual(
      s.map((x) => [x.period, x.share, x.n]),
      [
        ["2008–2011", 0, 3],
        ["2012–2020", 0.5, 2],
        ["2021–2024", 1, 2],
      ],
    );
    assert.ok(s[0].high > 0.5 && s[0].low === 0, "0 of 3 still allows a large share");
  });

  it("gives mentions per 1,000 words per period", () => {
    const words = new Map([
      ["e1", 500],
      ["e2", 500],
      ["e3", 1000],
      ["m1", 250],
      ["m2", 250],
      ["l1", 100],
      ["l2", 400],
      ["x", 1],
    ]);
    const r = mentionRates(rows, (x) => words.get(x.id) ?? 0, ["sovereignty"], periods);
    assert.deepEqual(
      r.map((c) => [c.key, c.mentions, c.words, c.per1000]),
      [
        ["2008–2011", 1, 2000, 0.5],
        ["2012–2020", 1, 500, 2],
        ["2021–2024", 2, 500, 4],
      ],
    );
  });

  it("has a valid principles codebook with the five General Debate themes, all scope any", () => {
    const cb = principlesCodebook();
    assert.deepEqual(
      cb.themes.map((t) => t.key),
      PRINCIPLE_THEMES,
    );
    assert.ok(cb.themes.every((t) => t.scope === "any"));
    // Invented text: one sentence on hegemony, one on dialogue, one neutral.
    const coded = codeUnit(compileCodebook(cb, { mode: "sentence" }), {
      id: "u1",
      body: "No country should seek hegemony or practise power politics. Disputes should be settled through dialogue and consultation. The weather was fine.",
    });
    assert.deepEqual(
      PRINCIPLE_THEMES.map((t) => [t, coded.codes[t].present, coded.codes[t].mentions]),
      [
        ["p_sovereignty", 0, 0],
        ["p_un", 0, 0],
        ["p_dialogue", 1, 1],
        ["p_unilateralism", 0, 0],
        ["p_hegemony", 1, 1],
      ],
    );
  });

  it("adjusts a family of p-values by Holm's method", () => {
    assert.deepEqual(
      holm([0.01, 0.04, 0.03, null]).map((p) => (p === null ? null : Number(p.toFixed(10)))),
      [0.03, 0.06, 0.06, null],
    );
  });
});
