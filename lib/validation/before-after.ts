/** The dictionary coder before and after tuning the codebook, on each reference set. */
import { compareToGold } from "./compare";
import type { PresenceRow, ThemeValidation } from "./compare";
import type { ReferenceSets } from "./reference";

/** One comparison labelled with the reference set and the codebook it used. */
export interface LabelledValidation {
  /** E.g. "tuning", "held-out", "all". */
  set: string;
  /** E.g. "before", "after". */
  codebook: string;
  rows: ThemeValidation[];
}

/**
 * The dictionary coder before and after tuning, against each reference set (tuning, held-out, all):
 * two labelled comparisons per set, in that order.
 *
 * @example beforeAfterRuns(referenceSets(gold, sheet), before.presence, after.presence, themes)
 */
export function beforeAfterRuns(
  sets: ReferenceSets,
  before: PresenceRow[],
  after: PresenceRow[],
  themes: string[],
  files: { gold: string; coder: string } = { gold: "reference", coder: "the dictionary coder" },
): LabelledValidation[] {
  const named: Array<[string, PresenceRow[]]> = [
    ["tuning", sets.tuning],
    ["held-out", sets.heldOut],
    ["all", sets.all],
  ];
  return named.flatMap(([set, ref]) => [
    { set, codebook: "before", rows: compareToGold(ref, before, themes, files) },
    { set, codebook: "after", rows: compareToGold(ref, after, themes, files) },
  ]);
}
