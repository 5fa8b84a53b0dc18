/** Ranks with ties averaged: what rank correlations are computed on. */

/**
 * Ranks of values, largest = 1; tied values get the mean of the ranks they span (the convention of Spearman's ρ).
 *
 * @example ranksDescending([66, 65, 22, 63, 15]) // [1, 2, 4, 3, 5]
 * @example ranksDescending([3, 1, 3, 2]) // [1.5, 4, 1.5, 3]
 */
export function ranksDescending(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length);
  for (let s = 0; s < order.length; ) {
    let e = s;
    while (e + 1 < order.length && order[e + 1].v === order[s].v) e++;
    const mean = (s + 1 + (e + 1)) / 2;
    for (let k = s; k <= e; k++) ranks[order[k].i] = mean;
    s = e + 1;
  }
  return ranks;
}
