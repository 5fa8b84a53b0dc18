/** A root of a monotone function by bisection: the conditional estimates solve "expected = observed". */

/**
 * The x in [lo, hi] where a monotone function `f` crosses 0, by bisection to `tol` (default 1e-12). `f(lo)` and
 * `f(hi)` must have opposite signs (or one be 0); the caller chooses a bracket wide enough.
 *
 * @example bisect((x) => x * x - 2, 0, 2) // 1.4142135623…
 */
export function bisect(f: (x: number) => number, lo: number, hi: number, tol = 1e-12): number {
  let a = lo;
  let b = hi;
  const fa = f(a);
  if (fa === 0) return a;
  if (f(b) === 0) return b;
  const rising = fa < 0;
  for (let i = 0; i < 200 && b - a > tol; i++) {
    const m = (a + b) / 2;
    const fm = f(m);
    if (fm === 0) return m;
    if (fm < 0 === rising) a = m;
    else b = m;
  }
  return (a + b) / 2;
}
