/**
 * A round of sentence-level human coding as a validation of the dictionary coder, one half at a time
 * (`tune`: the codebook may be tuned on it; `holdout`: kept aside until the final evaluation; `all`):
 * presence κ per theme, sentence-level precision, recall and F1, mention counts' α and bias — for the
 * codebook before the round's tuning and after it.
 */
import type { CodedUnit } from "../core";
import { type GoldRow, type Half, idsOfHalf, type SampleEntry, unitCodesOfGold } from "../sheets";
import { compareToGold, presenceFromCoded, type ThemeValidation } from "./compare";
import { compareMentions, type MentionValidation } from "./mentions";
import { compareSentences } from "./sentences";

/** The coder on one half, with one codebook. */
export interface HalfValidation {
  half: Half;
  /** "before" or "after" (the round's tuning). */
  codebook: string;
  /** Units of the half in the gold. */
  units: number;
  /** Presence per unit against the gold's (any sentence marked). */
  presence: ThemeValidation[];
  /** Sentence by sentence. */
  sentences: ThemeValidation[];
  mentions: MentionValidation[];
}

/**
 * The gold rows of a half of the sample (every row for "all").
 *
 * @example goldOfHalf(gold, sample, "tune").length
 */
export function goldOfHalf(gold: GoldRow[], sample: SampleEntry[], half: Half): GoldRow[] {
  const ids = new Set(idsOfHalf(sample, half));
  return gold.filter((g) => ids.has(g.id));
}

/**
 * The coder's coding of a half's units against the half's sentence-level gold.
 *
 * @param coded the coder's units (units outside the half are ignored)
 * @example validateHalf(goldOfHalf(gold, sample, "tune"), "tune", "after", run.coded, themes).presence[0].kappa
 */
export function validateHalf(
  gold: GoldRow[],
  half: Half,
  codebook: string,
  coded: CodedUnit[],
  themes: string[],
): HalfValidation {
  const units = unitCodesOfGold(gold);
  const presence = compareToGold(
    units.map((u) => ({ id: u.id, theme: u.theme, value: u.value })),
    presenceFromCoded(coded),
    themes,
    { gold: "sentence-level gold", coder: "the dictionary coder" },
  );
  return {
    half,
    codebook,
    units: new Set(units.map((u) => u.id)).size,
    presence,
    sentences: compareSentences(gold, coded, themes),
    mentions: compareMentions(units, coded, themes),
  };
}
