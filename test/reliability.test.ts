import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  agreementKappaChart,
  agreementKappaPoints,
  bootstrapCI,
  crossTable,
  intervalTable,
  prevalenceParadox,
  reliabilityRecords,
  brennanPrediger,
  codersOf,
  cohenKappa,
  congerKappa,
  fleissKappa,
  formatCoefficient,
  gwetAC1,
  isDefined,
  krippendorffAlpha,
  pairwiseAgreement,
  percentAgreement,
  reliabilityCsv,
  reliabilityTable,
  scottPi,
  undefinedCells,
  unitsOf,
  type Coefficient,
  type CoderCodes,
  type ReliabilityData,
} from "../lib/reliability";

const N = null;

/** Asserts a coefficient equals a published value printed with `decimals` decimals (half a unit in the last place). */
function near(actual: Coefficient, published: number, decimals = 3): void {
  assert.ok(isDefined(actual), `expected ${published}, got not defined: ${JSON.stringify(actual)}`);
  const tol = 0.5 * 10 ** -decimals + 1e-12;
  assert.ok(Math.abs(actual - published) <= tol, `expected ${published} (±${tol}), got ${actual}`);
}

/** Letters a, b, c, … as 1, 2, 3, … (nominal coefficients do not depend on the labels). */
function letters(values: (string | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : v.charCodeAt(0) - 96));
}

/** Two coders' values from a contingency table (rows: coder A's category, columns: coder B's). */
function fromTable(table: number[][]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) =>
    row.forEach((n, j) => {
      for (let k = 0; k < n; k++) {
        a.push(i);
        b.push(j);
      }
    }),
  );
  return [a, b];
}

// Four coders, twelve units, values 1-5, missing values. Krippendorff (2011) "Computing Krippendorff's
// Alpha-Reliability", section C; the same data are irrCAC's `raw_4raters` (Gwet 2014, Handbook of
// Inter-Rater Reliability, 4th ed., p. 120), as stored in afergadis/irrCAC irrCAC/datasets.py.
// (Unit 12 carries one value only; the packages put it under different coders, which changes nothing.)
const FOUR_RATERS: ReliabilityData = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, N],
  [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
];

// Three coders, fifteen units: the example in pln-fing-udelar/fast-krippendorff tests/test_krippendorff.py.
const THREE_OBSERVERS: ReliabilityData = [
  [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
  [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
  [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
];

// irrCAC datasets (afergadis/irrCAC irrCAC/datasets.py, from Gwet's R package irrCAC).
const BEN_GERRY: ReliabilityData = [
  letters(["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"]),
  letters(["b", "a", "b", "b", "b", "c", "c", "c", "e", null, "d", "d"]),
];
const FIVE_OBSERVERS: ReliabilityData = [
  [1, 1, 2, N, 0, 0, 1, 1, 2, 2, N, 0, 1, 3, 1],
  [1, 1, 3, 0, 0, 0, 0, N, 2, 1, 1, 0, 2, 3, 1],
  [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1],
  [N, 1, 3, N, N, N, N, 0, N, 1, 0, 0, 2, 2, N],
  [2, N, N, 0, 0, 0, 1, N, 2, N, N, N, N, 3, 1],
];
const G1G2: ReliabilityData = [
  letters(["a", "b", "c", "c", "b", "a", "d", "a", "b", null, null, null, "b", "b"]),
  letters(["a", "b", "c", "c", "b", "b", "d", "a", "b", "e", null, null, "b", "a"]),
  letters([null, "c", "c", "c", "b", "c", "d", "b", "b", "e", "a", "c", "c", "c"]),
  letters(["a", "b", "c", "c", "b", "d", "d", "a", "b", "e", "a", null, "b", "b"]),
];
const GENDER: ReliabilityData = [
  letters("a a a a a b b b c a a a a a b".split(" ")),
  letters("a a a a b a b c c a a a a b a".split(" ")),
  letters("a b b c a a b b c a b b c a a".split(" ")),
  letters("c c c c a a b b c c c c c a a".split(" ")),
];
// Contingency tables (irrCAC `cont3x3abstractors`, `cont4x4diagnosis`).
const ABSTRACTORS = fromTable([
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
]);
const DIAGNOSIS = fromTable([
  [40, 4, 4, 17],
  [6, 25, 2, 13],
  [4, 1, 21, 12],
  [15, 5, 9, 45],
]);

describe("reliability: Krippendorff's alpha against published values", () => {
  // Krippendorff (2011) prints 0.743; irrCAC test_krippendorff.py test_krippendorff_kappa_raw4raters: 0.743.
  it("four coders with missing values, nominal: 0.743", () => near(krippendorffAlpha(FOUR_RATERS, "nominal"), 0.743));
  // Krippendorff (2011) example A, binary data, two observers, no missing values: alpha = 0.095
  // (data and value as quoted in published tests reproducing the paper's examples A and C).
  // By hand: n = 20 values, six 1s and fourteen 0s, o_01 = 4, so alpha = 1 - 19·4/(14·6) = 8/84.
  it("two observers, binary (example A): 0.095 = 8/84", () => {
    const alpha = krippendorffAlpha([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    near(alpha, 0.095);
    near(alpha, 8 / 84, 12);
  });
  // fast-krippendorff tests/test_krippendorff.py test_ordinal_metric: round(res, 3) == 0.815.
  it("same data, ordinal: 0.815", () => near(krippendorffAlpha(FOUR_RATERS, "ordinal"), 0.815));
  // Krippendorff (2011), interval metric on the same data: 0.849 (quoted with the nominal and
  // ordinal values in a published test suite that reproduces the paper's three printed answers).
  it("same data, interval: 0.849", () => near(krippendorffAlpha(FOUR_RATERS, "interval"), 0.849));
  // fast-krippendorff tests/test_krippendorff.py test_ratio_metric: round(res, 3) == 0.797.
  it("same data, ratio: 0.797", () => near(krippendorffAlpha(FOUR_RATERS, "ratio"), 0.797));
  // fast-krippendorff test_nominal_metric_reliability_data: round(res, 6) == 0.691358.
  it("three coders, fifteen units, nominal: 0.691358", () =>
    near(krippendorffAlpha(THREE_OBSERVERS, "nominal"), 0.691358, 6));
  // fast-krippendorff test_interval_metric: round(res, 6) == 0.810845.
  it("three coders, fifteen units, interval: 0.810845", () =>
    near(krippendorffAlpha(THREE_OBSERVERS, "interval"), 0.810845, 6));
  // irrCAC raw/test_krippendorff.py: ben_gerry 0.665, raw_5observers 0.481, raw_g1g2 0.632, raw_gender 0.143.
  it("irrCAC raw data sets: 0.665, 0.481, 0.632, 0.143", () => {
    near(krippendorffAlpha(BEN_GERRY), 0.665);
    near(krippendorffAlpha(FIVE_OBSERVERS), 0.481);
    near(krippendorffAlpha(G1G2), 0.632);
    near(krippendorffAlpha(GENDER), 0.143);
  });
  it("levels differ on ordered data (the difference function is used)", () => {
    const a = krippendorffAlpha(FOUR_RATERS, "nominal");
    const b = krippendorffAlpha(FOUR_RATERS, "interval");
    assert.ok(isDefined(a) && isDefined(b) && Math.abs(a - b) > 0.05);
  });
});

describe("reliability: Gwet's AC1, Brennan–Prediger, Fleiss, Conger against irrCAC", () => {
  // irrCAC raw/test_gwet.py: raw_4raters pa 0.818, AC1 0.775; 5observers 0.497; g1g2 0.685; gender 0.208; ben_gerry 0.661.
  it("Gwet's AC1", () => {
    near(pairwiseAgreement(FOUR_RATERS), 0.818);
    // Gwet's handbook p_a = 0.8182 over the eleven units with two or more ratings (quoted to 4 decimals).
    near(pairwiseAgreement(FOUR_RATERS), 0.8182, 4);
    near(gwetAC1(FOUR_RATERS), 0.775);
    near(gwetAC1(FIVE_OBSERVERS), 0.497);
    near(gwetAC1(G1G2), 0.685);
    near(gwetAC1(GENDER), 0.208);
    near(gwetAC1(BEN_GERRY), 0.661);
    near(pairwiseAgreement(BEN_GERRY), 0.727);
  });
  // irrCAC raw/test_bp.py: 0.773, 0.487, 0.679, 0.183, 0.659.
  it("Brennan–Prediger", () => {
    near(brennanPrediger(FOUR_RATERS), 0.773);
    near(brennanPrediger(FIVE_OBSERVERS), 0.487);
    near(brennanPrediger(G1G2), 0.679);
    near(brennanPrediger(GENDER), 0.183);
    near(brennanPrediger(BEN_GERRY), 0.659);
  });
  // irrCAC raw/test_fleiss.py: 0.761, 0.458, 0.657, 0.129, 0.649.
  it("Fleiss' kappa (many-coder Scott's pi)", () => {
    near(fleissKappa(FOUR_RATERS), 0.761);
    near(fleissKappa(FIVE_OBSERVERS), 0.458);
    near(fleissKappa(G1G2), 0.657);
    near(fleissKappa(GENDER), 0.129);
    near(fleissKappa(BEN_GERRY), 0.649);
  });
  // irrCAC raw/test_conger.py: 0.763, 0.469, 0.659, 0.166, 0.657.
  it("Conger's kappa (many-coder Cohen's kappa)", () => {
    near(congerKappa(FOUR_RATERS), 0.763);
    near(congerKappa(FIVE_OBSERVERS), 0.469);
    near(congerKappa(G1G2), 0.659);
    near(congerKappa(GENDER), 0.166);
    near(congerKappa(BEN_GERRY), 0.657);
  });
});

describe("reliability: two-coder Cohen's kappa and Scott's pi against irrCAC", () => {
  // irrCAC table/test_cohen.py and test_scott.py: cont3x3abstractors 0.796 / 0.796; cont4x4diagnosis 0.432 / 0.430.
  it("Cohen's kappa", () => {
    near(cohenKappa(...ABSTRACTORS), 0.796);
    near(cohenKappa(...DIAGNOSIS), 0.432);
  });
  it("Scott's pi", () => {
    near(scottPi(...ABSTRACTORS), 0.796);
    near(scottPi(...DIAGNOSIS), 0.43);
  });
  it("percent agreement of the 3×3 table is (13 + 20 + 56) / 100", () => {
    assert.equal(percentAgreement(...ABSTRACTORS), 0.89);
  });
  it("with two complete coders, Conger = Cohen and Fleiss = Scott", () => {
    const [a, b] = DIAGNOSIS;
    near(congerKappa([a, b]), cohenKappa(a, b) as number, 12);
    near(fleissKappa([a, b]), scottPi(a, b) as number, 12);
  });
  it("hand-checked 2×2 case: pa 3/4, kappa 0.5, pi 0.4667, alpha 0.5333", () => {
    const a = [1, 1, 0, 0];
    const b = [1, 0, 0, 0];
    assert.equal(percentAgreement(a, b), 0.75);
    near(cohenKappa(a, b), 0.5, 12);
    near(scottPi(a, b), (0.75 - 0.53125) / (1 - 0.53125), 12);
    near(krippendorffAlpha([a, b]), 1 - 0.25 / (30 / 56), 12);
  });
  it("drops units where either coder is missing", () => {
    assert.equal(percentAgreement([1, null, 0], [1, 0, 1]), 0.5);
  });
});

describe("reliability: the prevalence paradox (invented data)", () => {
  // 20 units; both coders say 1 on 18; each says 0 once, on different units.
  const a = Array.from({ length: 20 }, (_, i) => (i === 0 ? 0 : 1));
  const b = Array.from({ length: 20 }, (_, i) => (i === 1 ? 0 : 1));
  it("agreement is 0.90 while kappa is slightly negative", () => {
    assert.equal(percentAgreement(a, b), 0.9);
    // pe = 0.95² + 0.05² = 0.905; kappa = (0.90 - 0.905) / 0.095
    near(cohenKappa(a, b), (0.9 - 0.905) / 0.095, 12);
  });
  it("AC1 stays high: pe = 2·0.95·0.05 = 0.095, AC1 = 0.805 / 0.905", () => {
    near(gwetAC1([a, b], [0, 1]), 0.805 / 0.905, 12);
  });
});

describe("reliability: degenerate cases say why instead of NaN", () => {
  it("a theme constant across units", () => {
    const a = [1, 1, 1, 1];
    for (const c of [
      cohenKappa(a, a),
      scottPi(a, a),
      krippendorffAlpha([a, a]),
      fleissKappa([a, a]),
      congerKappa([a, a]),
    ]) {
      assert.equal(isDefined(c), false);
      assert.match((c as { reason: string }).reason, /same value/);
    }
    assert.equal(percentAgreement(a, a), 1);
    // With the two possible categories named, AC1 and Brennan–Prediger are defined (and 1).
    assert.equal(gwetAC1([a, a], [0, 1]), 1);
    assert.equal(brennanPrediger([a, a], [0, 1]), 1);
    assert.equal(isDefined(gwetAC1([a, a])), false);
  });
  it("one unit", () => {
    const c = krippendorffAlpha([[1], [0]]);
    assert.deepEqual(c, { value: null, reason: "only one unit was coded by two or more coders" });
    assert.equal(isDefined(cohenKappa([1], [0])), false);
  });
  it("all missing", () => {
    assert.equal(isDefined(percentAgreement([null, null], [null, 1])), false);
    assert.match(
      (
        krippendorffAlpha([
          [null, null],
          [null, 1],
        ]) as { reason: string }
      ).reason,
      /no unit/,
    );
  });
  it("ragged data is a programming error", () => {
    assert.throws(() => krippendorffAlpha([[1, 2], [1]]), RangeError);
  });
  it("formats with fixed decimals, NA, and no negative zero", () => {
    assert.equal(formatCoefficient(0.74342), "0.743");
    assert.equal(formatCoefficient(-0.0001), "0.000");
    assert.equal(formatCoefficient(1, 2), "1.00");
    assert.equal(formatCoefficient({ value: null, reason: "x" }), "NA");
  });
});

describe("reliability: seeded bootstrap", () => {
  const units = unitsOf(FOUR_RATERS);
  const stat = (us: (number | null)[][]) => krippendorffAlpha(codersOf(us));
  it("unitsOf / codersOf are inverses", () => {
    assert.deepEqual(codersOf(units), FOUR_RATERS);
  });
  it("same seed, same interval; another seed, another interval", () => {
    const x = bootstrapCI(stat, units, { reps: 300, seed: 7 });
    const y = bootstrapCI(stat, units, { reps: 300, seed: 7 });
    const z = bootstrapCI(stat, units, { reps: 300, seed: 8 });
    assert.deepEqual(x, y);
    assert.notDeepEqual(x, z);
  });
  it("the interval is ordered, at the level asked, and brackets the estimate", () => {
    const ci = bootstrapCI(stat, units, { reps: 500, seed: "kosovo", level: 0.9 });
    assert.ok("lower" in ci);
    if (!("lower" in ci)) return;
    assert.equal(ci.level, 0.9);
    assert.ok(ci.lower <= 0.743 && 0.743 <= ci.upper, `${ci.lower}..${ci.upper}`);
    assert.ok(ci.upper <= 1);
  });
  it("a constant sample gives a reason, not an interval", () => {
    const flat = unitsOf([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const ci = bootstrapCI(stat, flat, { reps: 50, seed: 1 });
    assert.ok("reason" in ci);
  });
});

describe("reliability: the table per theme", () => {
  const a: CoderCodes = {
    u1: { dialogue: 1, unilateral: 0 },
    u2: { dialogue: 1, unilateral: 1 },
    u3: { dialogue: 0, unilateral: 0 },
    u4: { dialogue: 0, unilateral: null },
    u5: { dialogue: 1, unilateral: 0 },
  };
  const b: CoderCodes = {
    u1: { dialogue: 1, unilateral: 0 },
    u2: { dialogue: 0, unilateral: 1 },
    u3: { dialogue: 0, unilateral: 0 },
    u4: { dialogue: 0, unilateral: 1 },
    u5: { dialogue: 1, unilateral: 0 },
    u9: { dialogue: 1, unilateral: 1 },
  };
  const rows = reliabilityTable([a, b], ["dialogue", "unilateral"]);
  it("one row per theme plus overall, with units coded by both", () => {
    assert.deepEqual(
      rows.map((r) => [r.theme, r.units, r.decisions]),
      [
        ["dialogue", 5, 5],
        ["unilateral", 4, 4],
        ["overall", 4, 9],
      ],
    );
  });
  it("values a reader can check: dialogue 4/5 agree, unilateral 4/4", () => {
    assert.equal(rows[0].agreement, 0.8);
    assert.equal(rows[1].agreement, 1);
    assert.equal(rows[2].agreement, 8 / 9);
    // dialogue: a = 1 1 0 0 1, b = 1 0 0 0 1 → pa 0.8, pe = 0.6·0.4 + 0.4·0.6 = 0.48, kappa = 0.32/0.52
    near(rows[0].cohenKappa, 0.32 / 0.52, 12);
  });
  it("writes the CSV with the exact columns", () => {
    const csv = reliabilityCsv(rows);
    assert.equal(csv.split("\n")[0], "theme,units,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1");
    // pooled: five 1s, five 0s → pi: pe 0.5, (0.8-0.5)/0.5 = 0.600; alpha: 1 - (2/10)/(2·5·5/(10·9)) = 0.640;
    // AC1: pi_1 = 0.5, pe = 0.5 → 0.600
    assert.equal(csv.split("\n")[1], "dialogue,5,0.800,0.615,0.600,0.640,0.600");
    assert.ok(!csv.includes("NaN"));
  });
  it("lists the cells that are not defined", () => {
    const flat = reliabilityTable(
      [
        { u1: { t: 1 }, u2: { t: 1 } },
        { u1: { t: 1 }, u2: { t: 1 } },
      ],
      ["t"],
    );
    assert.equal(reliabilityCsv(flat).split("\n")[1], "t,2,1.000,NA,NA,NA,1.000");
    assert.equal(undefinedCells(flat).length, 6);
  });
  it("refuses one coder", () => {
    assert.throws(() => reliabilityTable([a], ["dialogue"]), /two or more coders/);
  });
  it("three coders use Conger's and Fleiss' kappa", () => {
    const three = reliabilityTable([a, b, b], ["dialogue"]);
    const data = [
      [1, 1, 0, 0, 1],
      [1, 0, 0, 0, 1],
      [1, 0, 0, 0, 1],
    ];
    assert.equal(three[0].cohenKappa, congerKappa(data));
    assert.equal(three[0].scottPi, fleissKappa(data));
  });
});

describe("reliability: helpers for the chapter", () => {
  const a = Array.from({ length: 20 }, (_, i) => (i === 0 ? 0 : 1));
  const b = Array.from({ length: 20 }, (_, i) => (i === 1 ? 0 : 1));
  const coders: CoderCodes[] = [a, b].map((codes) =>
    Object.fromEntries(
      codes.map((v, i) => [
        `u${String(i).padStart(2, "0")}`,
        { common: v as 0 | 1, balanced: (i % 2) as 0 | 1, never: 0 as 0 | 1 },
      ]),
    ),
  );
  const rows = reliabilityTable(coders, ["common", "balanced", "never"]);
  it("crosses two coders' codes", () => {
    assert.deepEqual(crossTable(a, b), { both: 18, onlyFirst: 1, onlySecond: 1, neither: 0 });
  });
  it("finds the theme with high agreement and low kappa (not the one whose kappa is undefined)", () => {
    assert.deepEqual(
      prevalenceParadox(rows).map((r) => r.theme),
      ["common"],
    );
    assert.equal(rows[2].agreement, 1);
    assert.equal(isDefined(rows[2].cohenKappa), false);
  });
  it("formats records and chart points", () => {
    const rec = reliabilityRecords(rows);
    assert.equal(rec[0].prevalence, "0.950");
    assert.equal(rec[0].agreement, "0.900");
    assert.equal(rec[1].cohen_kappa, "1.000");
    assert.deepEqual(
      agreementKappaPoints(rows).map((p) => p.label),
      ["common", "balanced", "overall"],
    );
    assert.equal(rec[2].cohen_kappa, "NA");
  });
  it("bootstrap intervals per theme are seeded and formatted", () => {
    const t1 = intervalTable(coders, ["common"], { reps: 200, seed: 5 });
    const t2 = intervalTable(coders, ["common"], { reps: 200, seed: 5 });
    assert.deepEqual(t1, t2);
    assert.equal(t1[0].units, 20);
    assert.match(t1[0].alpha_interval, /^(\[-?\d\.\d{3}, -?\d\.\d{3}\]|NA \(.+\))$/);
  });
});

describe("reliability: npm run reliability (scripts/reliability.ts)", function () {
  this.timeout(60000);
  const root = path.join(__dirname, "..");
  const fix = path.join(__dirname, "fixtures", "sheets");
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "reliability.ts"), ...args], {
      cwd: root,
      encoding: "utf8",
    });
  it("writes one row per theme plus overall, with the exact columns", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rel-")), "r.csv");
    const r = run(["--coders", path.join(fix, "ana.csv"), path.join(fix, "ben.csv"), "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    // dialogue: ana 1 1 0, ben 0 1 0 → agreement 2/3; kappa: pe = (2/3)(1/3) + (1/3)(2/3) = 4/9 → (2/3 - 4/9)/(5/9) = 0.4
    assert.equal(
      fs.readFileSync(out, "utf8"),
      [
        "theme,units,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1",
        "sovereignty,3,1.000,1.000,1.000,1.000,1.000",
        "dialogue,3,0.667,0.400,0.333,0.444,0.333",
        "unilateral,2,1.000,1.000,1.000,1.000,1.000",
        "overall,2,0.875,0.750,0.746,0.762,0.754",
        "",
      ].join("\n"),
    );
  });
  it("one coder: a clear error, non-zero exit, no output file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rel-")), "r.csv");
    const r = run(["--coders", path.join(fix, "ana.csv"), "--out", out]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /only one coder/);
    assert.equal(fs.existsSync(out), false);
  });
  it("chart data: one point per spot, shared spots named in the caption, axes from the data", () => {
    const t = reliabilityTable(
      [0, 1].map((c) =>
        Object.fromEntries(
          ["u1", "u2", "u3", "u4"].map((id, i) => [
            id,
            {
              a: (i % 2) as 0 | 1,
              b: (i % 2) as 0 | 1,
              c: (i % 2) as 0 | 1,
              d: (c === 0 ? (i < 2 ? 1 : 0) : i < 1 ? 1 : 0) as 0 | 1,
              e: 0 as 0 | 1,
            },
          ]),
        ),
      ),
      ["a", "b", "c", "d", "e"],
    );
    const c = agreementKappaChart(t);
    // a, b, c agree fully (1, 1); d: coder 1 = 1 1 0 0, coder 2 = 1 0 0 0 → agreement 0.75, kappa 0.5; e: kappa undefined
    assert.deepEqual(c.points, [
      { label: "3 themes", x: 1, y: 1 },
      { label: "d", x: 0.75, y: 0.5 },
    ]);
    assert.deepEqual(c.xDomain, [0.5, 1]);
    assert.deepEqual(c.yDomain, [0, 1]);
    assert.match(c.caption, /3 themes at agreement 1\.000, κ 1\.000: a, b, c\./);
    assert.match(c.caption, /κ not defined \(not drawn\): e\./);
  });
});
