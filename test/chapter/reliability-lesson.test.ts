/**
 * Chapter 04's toy beside the lib, against the published values: Krippendorff (2011), Computing Krippendorff's
 * Alpha-Reliability, example A (two observers, ten units, binary, α = 0.095); the other coefficients by hand from
 * its 2×2 table (1 both, 1 only A, 3 only B, 5 neither).
 */
import { strict as assert } from "assert";
import {
  chanceByHand,
  handBesideLib,
  iccChecks,
  largestGap,
  loadTwoCoders,
  mostMissed,
  themeCrossTable,
  twoCodersRows,
} from "../../lib/chapter";
import type { Sheet } from "../../lib/sheets";
import type { ReliabilityRow } from "../../lib/reliability";

describe("chapter: chapter 04's toy and checks", () => {
  const toy = loadTwoCoders();

  it("twoCodersRows: ten units, six agreeing", () => {
    const rows = twoCodersRows(toy);
    assert.equal(rows.length, 10);
    assert.deepEqual(rows[0], { unit: "1", "coder A": 0, "coder B": 1, agree: "no" });
    assert.equal(rows.filter((r) => r.agree === "yes").length, 6);
  });

  it("handBesideLib: the hand and the lib agree, α = 0.095 as Krippendorff (2011) prints it", () => {
    const rows = handBesideLib(toy);
    assert.deepEqual(
      rows.map((r) => r["by hand"]),
      ["0.600", "0.091", "0.048", "0.095", "0.310"],
    );
    assert.deepEqual(
      rows.map((r) => r["the lib"]),
      rows.map((r) => r["by hand"]),
    );
    assert.equal(rows[3].reading, "below 0.667: not reliable");
    assert.equal(rows[0].reading, "");
  });

  it("chanceByHand: 2×2 of example A — p₁ = 0.2, p₂ = 0.4: 0.08 + 0.48 = 0.56", () => {
    const c = chanceByHand({ both: 1, onlyFirst: 1, onlySecond: 3, neither: 5 });
    assert.ok(Math.abs(c - 0.56) < 1e-12, String(c));
  });

  it("largestGap: the theme furthest above its κ, the pooled row and undefined κ left out", () => {
    const row = (theme: string, agreement: number, kappa: ReliabilityRow["cohenKappa"]) =>
      ({ theme, agreement, cohenKappa: kappa }) as ReliabilityRow;
    const rows = [
      row("a", 0.9, 0.8),
      row("b", 0.95, -0.05),
      row("c", 1, { value: null, reason: "no variation" }),
      row("overall", 1, -1),
    ];
    assert.equal(largestGap(rows), "b");
    assert.equal(largestGap([row("overall", 1, 0)]), null);
  });

  it("themeCrossTable: over the units both coded, a blank cell left out", () => {
    const sheet = (coder: string, codes: Record<string, 0 | 1 | null>) =>
      ({
        coder,
        ids: Object.keys(codes),
        codes: Object.fromEntries(Object.entries(codes).map(([id, v]) => [id, { t: v }])),
      }) as unknown as Sheet;
    const a = sheet("a", { u1: 1, u2: 1, u3: 0, u4: 0, u5: null });
    const b = sheet("b", { u1: 1, u2: 0, u3: 1, u4: 0, u5: 1 });
    assert.deepEqual(themeCrossTable([a, b], "t"), { both: 1, onlyFirst: 1, onlySecond: 1, neither: 1 });
  });

  it("mostMissed: counts misses only; a tie goes to the first key", () => {
    const e = (theme: string, kind: string) => ({ theme, kind });
    assert.equal(mostMissed([e("un", "miss"), e("eu", "miss"), e("eu", "false alarm"), e("un", "false alarm")]), "eu");
    assert.equal(mostMissed([e("un", "miss"), e("un", "miss"), e("eu", "miss")]), "un");
    assert.equal(mostMissed([e("eu", "false alarm")]), null);
  });

  it("iccChecks: our ICCs round to Shrout and Fleiss's (1979) Table 4, ratio α to Krippendorff's 0.797", () => {
    const N = null;
    const four = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, N],
      [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
    ];
    const rows = iccChecks(four);
    assert.equal(rows.length, 7);
    for (const r of rows) assert.equal(Number(r.ours).toFixed(r.published.length - 2), r.published, r.coefficient);
  });
});
