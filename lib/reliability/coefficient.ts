/**
 * What a reliability coefficient is: a finite number, or "not defined" with the reason (one unit, no
 * variation, nothing coded twice) — never NaN, so that a table can say why a cell is empty.
 */

/** Why a coefficient has no value for these data. */
export interface NotDefined {
  value: null;
  reason: string;
}

/** A coefficient: a finite number, or an explicit "not defined" with its reason. */
export type Coefficient = number | NotDefined;

/** True when `c` holds a number. @example isDefined(0.5) // true */
export function isDefined(c: Coefficient): c is number {
  return typeof c === "number";
}

/**
 * The number, or null when the coefficient is not defined.
 *
 * @example coefficientValue({ value: null, reason: "one unit" }) // null
 */
export function coefficientValue(c: Coefficient): number | null {
  return typeof c === "number" ? c : null;
}

/**
 * A "not defined" coefficient with its reason.
 *
 * @example notDefined("one unit") // { value: null, reason: "one unit" }
 */
export function notDefined(reason: string): NotDefined {
  return { value: null, reason };
}

/**
 * Formats a coefficient with fixed decimals; "NA" when it is not defined. Never prints "-0.000".
 * (The reliability CSV and every table use it, so it lives with the coefficient type.)
 *
 * @example formatCoefficient(0.74328, 3) // "0.743"
 * @example formatCoefficient({ value: null, reason: "constant" }) // "NA"
 */
export function formatCoefficient(c: Coefficient, digits = 3): string {
  if (typeof c !== "number") return "NA";
  const s = c.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * The chance-corrected form (pa - pe) / (1 - pe) shared by κ, π, AC1 and Brennan–Prediger; not
 * defined when chance agreement is total (every code has the same value).
 *
 * @param what the coefficient's name, for the reason
 * @example chanceCorrected(0.75, 0.5, "Cohen's kappa") // 0.5
 */
export function chanceCorrected(pa: number, pe: number, what: string): Coefficient {
  if (1 - pe < 1e-12) {
    return notDefined(
      `${what}: expected chance agreement is 1 (every code has the same value), so (pa - pe)/(1 - pe) is 0/0`,
    );
  }
  return (pa - pe) / (1 - pe);
}
