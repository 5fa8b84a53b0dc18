/**
 * `npm run validate` on a round of sentence-level coding (a coding folder with `sample.csv`): the
 * dictionary coder before and after the round's tuning on one half — presence κ, sentence-level
 * precision/recall/F1, mention counts' α and bias — with the goals beside the figures. Part of
 * scripts/validate-coder.ts (the command), which calls `validateRoundCommand`.
 *
 *   --half tune      the tuning half (the default): the codebook may be tuned on what it shows
 *   --half holdout   the held-out half: opened once, for the final evaluation; the first use is
 *                    printed loudly and recorded in <coding folder>/holdout-opened.txt
 *   --half all       both halves (opens the held-out half too)
 */
import * as path from "path";
import { coreThemes, loadCodebook } from "../lib/codebook";
import { outputPath, projectRoot, writeFileAtomic } from "../lib/core";
import { textTable } from "../lib/cli";
import { type Half, idsOfHalf } from "../lib/sheets";
import { mentionGoalRecords, missedGoals, presenceGoalRecords, sentenceRecords } from "../lib/tables";
import {
  loadCodingRound,
  openHoldout,
  roundValidationCsv,
  VALIDATION_GOALS,
  validateRoundHalf,
} from "../lib/validation";

const RULE = "═".repeat(100);

/** Prints the opening of the held-out half: loudly the first time, as a reminder afterwards. */
function announceHoldout(dir: string, corpus: string, half: Half): void {
  const opened = openHoldout(dir, `npm run validate -- --corpus ${corpus} --half ${half}`);
  const record = path.relative(projectRoot(), opened.file);
  if (opened.first)
    console.log(
      [
        RULE,
        `THE HELD-OUT HALF IS OPENED FOR THE FIRST TIME: ${opened.at}`,
        `recorded in ${record} — write this date and time into the folder's README.md;`,
        "from now on no change to the codebook may be tuned on what the held-out half shows.",
        RULE,
      ].join("\n"),
    );
  else console.log(`held-out half: first opened at ${opened.at} (${record}); this run reads it again`);
}

/**
 * Validates the dictionary coder on a half of the round in the coding folder of `corpus`.
 *
 * @param afterFile the codebook after the round's tuning (default data/codebook.yaml)
 * @example validateRoundCommand("ungdc-kosovo-1989-2007", "tune")
 */
export function validateRoundCommand(corpus: string, half: Half, afterFile?: string, out?: string): void {
  const round = loadCodingRound(corpus, afterFile);
  for (const n of round.folder.notes) console.error(`validate: note: ${n}`);
  if (half !== "tune") announceHoldout(round.folder.dir, corpus, half);
  const { before, after } = validateRoundHalf(round, half, afterFile);
  const core = coreThemes(loadCodebook(afterFile));
  const units = idsOfHalf(round.sample, half).length;
  const what = `${corpus}, ${half} half (${units} units, ${after.sentences[0]?.units ?? 0} sentences)`;
  console.log(`\n${textTable(presenceGoalRecords(before, after, core), `Presence per unit — ${what}`)}`);
  console.log(`\n${textTable(sentenceRecords(before, after), `Sentence by sentence — ${what}`)}`);
  console.log(`\n${textTable(mentionGoalRecords(before, after, core), `Mention counts — ${what}`)}`);
  const missed = missedGoals(after, core);
  const g = VALIDATION_GOALS;
  console.log(
    `\ngoals for the core themes (after): presence κ ≥ ${g.presenceKappa}, mention α ≥ ${g.mentionAlpha}, ` +
      `|bias| ≤ ${g.maxBiasPercent}%` +
      (missed.length ? `\nmissed:\n${missed.map((m) => `  ${m}`).join("\n")}` : "\nevery goal met"),
  );
  const file = out ?? outputPath("validation", `${corpus}-${half}-before-after.csv`);
  writeFileAtomic(file, roundValidationCsv([before, after]));
  const base = round.baseline ? round.baseline.origin : "no codebook-before-tuning.yaml: the current codebook";
  const now = afterFile ? path.relative(projectRoot(), afterFile) : "data/codebook.yaml";
  console.log(`\nbefore: ${base}\nafter:  ${now}\nwrote ${file}`);
}
