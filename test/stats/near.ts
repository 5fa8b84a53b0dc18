import { strict as assert } from "assert";

/** Asserts that `actual` is within `tol` of `expected` (and not null). */
export const near = (actual: number | null | undefined, expected: number, tol: number, what = "") =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) <= tol,
    `${what} expected ${expected} ± ${tol}, got ${actual}`,
  );
