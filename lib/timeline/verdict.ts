/**
 * A verdict per theme on a change between two periods: does it hold *within speakers* (the stratified test holds
 * after adjusting for the family of themes), is it *compositional* (a change in share that the mix of speakers
 * accounts for while no within-speaker change holds), or is there *no change* to speak of? The rule is declared
 * here, once, and printed by the chapter before the results.
 */
import { testFamily } from "../stats";
import type { StratifiedPeriodTest } from "./strata";

/** What a change is. */
export type ChangeKind = "within speakers" | "compositional" | "no change";

/** The thresholds of the verdict. */
export interface VerdictOptions {
  /** The level the Holm-adjusted stratified p is read at (default 0.05). */
  level?: number;
  /** The smallest change in share worth explaining (default 0.10, ten percentage points). */
  minDifference?: number;
}

/** The verdict on one theme, with the figures it rests on. */
export interface ChangeVerdict {
  theme: string;
  kind: ChangeKind;
  /** The stratified p, and the same adjusted by Holm and by Benjamini–Hochberg over the family of themes. */
  p: number | null;
  holm: number | null;
  bh: number | null;
  familySize: number;
  /** One sentence with the numbers. */
  reason: string;
}

/** The default thresholds, printed in the chapter. */
export const VERDICT_DEFAULTS: Required<VerdictOptions> = { level: 0.05, minDifference: 0.1 };

const pts = (x: number) => {
  const abs = Math.abs(x * 100).toFixed(0);
  return abs === "0" ? "0 points" : `${x > 0 ? "+" : "−"}${abs} points`;
};
const fmtP = (p: number | null) => (p === null ? "–" : p < 0.001 ? "<0.001" : p.toFixed(3));

function verdictOf(t: StratifiedPeriodTest, holmP: number | null, m: number, o: Required<VerdictOptions>) {
  const c = t.crude;
  const counts = `${c.earlierPresent}/${c.earlierUnits} → ${c.laterPresent}/${c.laterUnits}`;
  const stratified =
    t.p === null
      ? `no ${t.by} in both periods varies on it, so there is no within-${t.by} test`
      : `${t.pFrom} p within ${t.by}s ${fmtP(t.p)} (Holm, m = ${m}: ${fmtP(holmP)})`;
  if (t.oneStratum) {
    const kind: ChangeKind = holmP !== null && holmP < o.level ? "within speakers" : "no change";
    return { kind, reason: `one ${t.by} only, so any change is within it (${counts}, ${stratified})` };
  }
  const d = t.decomposition;
  if (holmP !== null && holmP < o.level) {
    const parts = d ? ` (${pts(d.crude)}, ${pts(d.within)} within ${t.by}s)` : "";
    return { kind: "within speakers" as ChangeKind, reason: `${counts}${parts}: holds, ${stratified}` };
  }
  if (d && Math.abs(d.crude) >= o.minDifference && Math.sign(d.composition) === Math.sign(d.crude)) {
    if (Math.abs(d.composition) >= Math.abs(d.crude) / 2)
      return {
        kind: "compositional" as ChangeKind,
        reason:
          `${counts} (${pts(d.crude)}): ${pts(d.composition)} from who speaks, ${pts(d.within)} within ` +
          `${t.by}s; ${stratified}`,
      };
  }
  const small = !d || Math.abs(d.crude) < o.minDifference;
  return {
    kind: "no change" as ChangeKind,
    reason: small
      ? `${counts}: the share moved by less than ${Math.round(o.minDifference * 100)} points`
      : `${counts} (${pts(d.crude)}, ${pts(d.within)} within ${t.by}s): does not hold within ${t.by}s ` +
        `(${stratified}), and the mix accounts for less than half of it`,
  };
}

/**
 * The verdicts on a family of stratified tests (one per theme, same two periods): the stratified p-values are
 * adjusted together (Holm for the verdict, Benjamini–Hochberg shown beside).
 *
 * @example changeVerdicts(stratifiedTests(rows, themes, first, last, groupKeyOf(), "speaker group"))
 * // [{ theme: "us_nato", kind: "compositional", … }, { theme: "dialogue", kind: "within speakers", … }]
 */
export function changeVerdicts(tests: StratifiedPeriodTest[], options: VerdictOptions = {}): ChangeVerdict[] {
  const o = { ...VERDICT_DEFAULTS, ...options };
  const family = testFamily(
    "stratified",
    "one stratified test per theme",
    tests.map((t) => ({ label: t.theme, p: t.p })),
  );
  return tests.map((t, i) => {
    const m = family.members[i];
    return {
      theme: t.theme,
      ...verdictOf(t, m.holm, family.size, o),
      p: t.p,
      holm: m.holm,
      bh: m.bh,
      familySize: family.size,
    };
  });
}
