/**
 * Builds the embedded subset of the General Debate archive (`data/ungdc-subset/`) from the full archive: the
 * speeches the chapters use, their speakers' rows, a manifest and a README. The same archive gives
 * byte-identical files.
 *
 *   npm run build-subset                              from the full archive the cards find, into data/ungdc-subset
 *   npm run build-subset -- --from <folder> --out <folder>
 */
import * as path from "path";
import { buildSubset, findFullArchive, loadCard, shownPath, UNGDC_DATASET } from "../lib/corpus";
import { projectRoot, writeFileAtomic } from "../lib/core";
import { checkCommandPaths, failWith, fromUser, parseOptions, runCommand } from "../lib/cli";
import { mb, subsetReadme } from "./subset-readme";

const USAGE = "usage: npm run build-subset -- [--from <folder of the full archive>] [--out <folder>]";
const fail: (message: string, code?: number) => never = failWith("build-subset", USAGE);

function main(): void {
  const values = parseOptions(process.argv.slice(2), { from: "string", out: "string" });
  const card = loadCard("ungdc-kosovo");
  const from = values.from === undefined ? findFullArchive(card)?.dir : fromUser(values.from);
  if (from === undefined) fail("the full archive is not there: run `npm run get-data`, or pass --from <folder>", 1);
  const subsetDir = path.join(projectRoot(), card.source.subset ?? "data/ungdc-subset");
  const outDir = values.out === undefined ? subsetDir : fromUser(values.out);
  // before the archive is read: it is there, and the output folder destroys nothing (the subset's own folder
  // is the one place in data/ it writes)
  checkCommandPaths({
    inputs: [{ option: "--from", path: from, kind: "folder" }],
    outputs: [{ option: "--out", path: outDir, kind: "folder", what: "the subset" }],
    mayWriteIn: [subsetDir],
  });
  const m = buildSubset({
    archive: path.join(from, UNGDC_DATASET.archive),
    speakers: path.join(from, UNGDC_DATASET.speakers),
    outDir,
  });
  writeFileAtomic(path.join(outDir, "README.md"), subsetReadme(m));
  const size = mb(m.files.archive.bytes + m.files.speakers.bytes);
  console.error(
    `build-subset: ${m.contents.speeches} of ${m.whole.speeches} speeches (${m.contents.anchorSpeeches} naming ` +
      `an anchor term in ${m.selection.anchorYears.join("–")}, ` +
      `every speech of ${m.selection.countries.join(", ")}), ${size} → ${shownPath(outDir)}/`,
  );
}

runCommand("build-subset", USAGE, main);
