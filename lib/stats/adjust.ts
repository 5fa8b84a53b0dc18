/**
 * Adjusting a family of p-values read together (many theme × period tests): Holm's step-down method (controls the
 * family-wise error rate) and Benjamini–Hochberg's step-up method (controls the false discovery rate).
 */

/** The non-null p-values with their positions, smallest first (ties in given order). */
function sortedPs(ps: Array<number | null>): Array<{ p: number; i: number }> {
  return ps
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: number; i: number } => x.p !== null)
    .sort((a, b) => a.p - b.p || a.i - b.i);
}

/**
 * Holm's step-down adjustment of a family of p-values (same order as given; nulls stay null and do not count in
 * the family). As R's `p.adjust(p, "holm")`.
 *
 * @example holm([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 */
export function holm(ps: Array<number | null>): Array<number | null> {
  const idx = sortedPs(ps);
  const m = idx.length;
  const out: Array<number | null> = ps.map(() => null);
  let running = 0;
  idx.forEach((x, k) => {
    running = Math.max(running, Math.min(1, (m - k) * x.p));
    out[x.i] = running;
  });
  return out;
}

/**
 * Benjamini–Hochberg adjustment (false discovery rate) of a family of p-values (same order as given; nulls stay
 * null and do not count in the family). As R's `p.adjust(p, "BH")`.
 *
 * @example benjaminiHochberg([0.01, 0.04, 0.03, 0.005]) // [0.02, 0.04, 0.04, 0.02]
 */
export function benjaminiHochberg(ps: Array<number | null>): Array<number | null> {
  const idx = sortedPs(ps);
  const m = idx.length;
  const out: Array<number | null> = ps.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    running = Math.min(running, (m / (k + 1)) * idx[k].p);
    out[idx[k].i] = running;
  }
  return out;
}
