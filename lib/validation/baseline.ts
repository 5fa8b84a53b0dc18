/** The codebook as it was before it was tuned on the human codes. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { outputPath, projectRoot, writeFileAtomic } from "../core";

/** The codebook the human coding was checked against, before the codebook was tuned. */
export interface BaselineCodebook {
  file: string;
  /** Where it came from, e.g. "git a1b2c3d (the commit that added data/coding/ungdc-kosovo/gold.csv)". */
  origin: string;
}

/**
 * The codebook as it was before tuning on the human codes: `codebook-before-tuning.yaml` in the
 * coding folder when there is one; otherwise, from git, `data/codebook.yaml` as it stood in the
 * commit that added the gold file (the coding was done before anyone tuned the codebook), written
 * to `output/codebook-before-tuning.yaml`. Null when neither is available (no gold, no git).
 *
 * @example const base = codebookBeforeTuning(codingFolder("ungdc-kosovo")); base && runCoder("ungdc-kosovo", base.file)
 */
export function codebookBeforeTuning(folder: string, root: string = projectRoot()): BaselineCodebook | null {
  const saved = path.join(folder, "codebook-before-tuning.yaml");
  if (fs.existsSync(saved)) return { file: saved, origin: path.relative(root, saved) };
  const gold = path.join(folder, "gold.csv");
  if (!fs.existsSync(gold)) return null;
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const rel = path.relative(root, gold).split(path.sep).join("/");
    const commits = git("log", "--diff-filter=A", "--format=%H", "--", rel).trim().split("\n").filter(Boolean);
    const added = commits[commits.length - 1];
    if (!added) return null;
    const text = git("show", `${added}:data/codebook.yaml`);
    const file = outputPath("codebook-before-tuning.yaml");
    writeFileAtomic(file, text);
    return { file, origin: `git ${added.slice(0, 7)} (the commit that added ${rel})` };
  } catch {
    return null;
  }
}
