/**
 * Agreement pair by pair: with three coders — two people and the dictionary coder, say — the question is
 * not one coefficient for all three but whether the machine agrees with each person as well as the people agree
 * with each other. One reliability table per pair of coders.
 */
import { ArgumentError } from "../core";
import { type CoderCodes, type ReliabilityRow, reliabilityTable } from "./table";

/** A coder's codes under a name. */
export interface NamedCodes {
  name: string;
  codes: CoderCodes;
}

/** The reliability table of two coders. */
export interface PairTable {
  first: string;
  second: string;
  rows: ReliabilityRow[];
}

/**
 * A reliability table for every pair of coders, in the order given (first with second, first with third, …,
 * second with third, …).
 *
 * @throws {ArgumentError} with fewer than two coders, or two with one name
 * @example pairwiseTables([{ name: "A", codes: a }, { name: "B", codes: b }, { name: "dictionary", codes: d }], keys)
 */
export function pairwiseTables(coders: NamedCodes[], themes: string[]): PairTable[] {
  if (coders.length < 2) throw new ArgumentError("coders", "two or more coders' codes", coders.length);
  const names = coders.map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new ArgumentError("coders", "a name per coder", dup);
  const out: PairTable[] = [];
  for (let i = 0; i < coders.length; i++)
    for (let j = i + 1; j < coders.length; j++)
      out.push({
        first: coders[i].name,
        second: coders[j].name,
        rows: reliabilityTable([coders[i].codes, coders[j].codes], themes),
      });
  return out;
}
