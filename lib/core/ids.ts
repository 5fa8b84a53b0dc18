/**
 * Ids of several texts of one day: the first is `<stem>`, the next `<stem>-b`, `<stem>-c`, … `<stem>-z`,
 * then `<stem>-ba`, `<stem>-bb`, … — the number written in base 26 with the letters a–z as digits
 * (a = 0, no leading a): letters and digits only, so an id stays a plain file name for any number of
 * texts a day (the old `String.fromCharCode(97 + i)` gave "{" for the 27th, then control characters).
 */

/**
 * The letters that tell the `n`-th text of a day from the first (`n` ≥ 1): 1 → "b", 25 → "z",
 * 26 → "ba", 27 → "bb", 676 → "baa".
 *
 * @example daySuffix(1) // "b"
 * @example daySuffix(26) // "ba"
 * @throws {RangeError} when n is not a whole number ≥ 1
 */
export function daySuffix(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`daySuffix: n must be a whole number ≥ 1, not ${n}`);
  let out = "";
  for (let k = n; k > 0; k = Math.floor(k / 26)) out = String.fromCharCode(97 + (k % 26)) + out;
  return out;
}

/**
 * The first id of `stem`, `stem-b`, `stem-c`, … that `taken` does not hold (`sep` between stem and
 * letters, "-" unless given).
 *
 * @example freeDayId("mfa-2010-07-22", (id) => id === "mfa-2010-07-22") // "mfa-2010-07-22-b"
 */
export function freeDayId(stem: string, taken: (id: string) => boolean, sep = "-"): string {
  if (!taken(stem)) return stem;
  for (let n = 1; ; n++) {
    const id = `${stem}${sep}${daySuffix(n)}`;
    if (!taken(id)) return id;
  }
}
