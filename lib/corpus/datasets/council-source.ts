/**
 * Where a Security Council card's download is, and whether it is there: the folder (`$<env>` when set,
 * else the card's `path`), and — when it is missing or incomplete — the one problem that says which
 * folder was looked at, which files it lacks, where the dataset is (its DOI) and which variable points
 * the card at another folder. The runner's preflight, the corpus loader and chapter 08 all say it so.
 */
import * as fs from "fs";
import * as path from "path";
import { type Problem, projectRoot } from "../../core";
import type { CouncilCard } from "./council-corpus";
import { DATASETS } from "./kinds";
import { bundleHint, COUNCIL_FILES, findFile, listing, shownPath } from "./layout";

/**
 * The folder of a card's dataset: `$<env>` when set, else `path` (relative to the project root).
 *
 * @example councilDir(asCouncilCard(loadCard("china-unsc"))) // "<project>/../shared/corpora/unsc-speeches"
 */
export function councilDir(card: CouncilCard): string {
  const fromEnv = card.source.env ? (process.env[card.source.env] ?? "").trim() : "";
  const p = fromEnv || card.source.path;
  return path.isAbsolute(p) ? p : path.join(projectRoot(), p);
}

/**
 * What is missing of a Security Council card's download, as one problem (the folder, what it lacks, the DOI
 * to download from, the variable to set); null when every file the card reads is there.
 *
 * @example councilSourceProblem(loadCouncilCard("unsc-kosovo"))?.fix
 *   // "download it from doi:10.7910/DVN/CKPTRB (a folder with speeches.tsv and meetings.tsv) into that folder,
 *   //  or set UNSC_SPEECHES_DIR to the folder that holds it"
 */
export function councilSourceProblem(card: CouncilCard): Problem | null {
  const dir = councilDir(card);
  const info = DATASETS[card.source.kind];
  const lacking = Object.values(COUNCIL_FILES[card.source.kind] as Record<string, readonly string[]>).filter(
    (names) => findFile(dir, names) === null,
  );
  if (lacking.length === 0) return null;
  const there = fs.existsSync(dir) && fs.statSync(dir).isDirectory();
  const what = there
    ? `is not complete: no ${lacking.map((n) => n.join(" or ")).join(", ")} (found ${listing(dir)})`
    : `is not there (${listing(dir)})`;
  const env = card.source.env;
  return {
    file: shownPath(dir, projectRoot()),
    message: `the ${info.title} download that corpus "${card.name}" reads ${what}`,
    fix:
      (there ? bundleHint(dir) : null) ??
      `download it from doi:${info.doi} (${info.layout}) into that folder` +
        (env ? `, or set ${env} to the folder that holds it` : ""),
  };
}
