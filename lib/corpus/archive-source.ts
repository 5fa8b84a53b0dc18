/**
 * Where a General Debate card's texts are: the full archive (in `$<env>` when it is set, else in the card's
 * `path`, then its `download` folder), else the embedded subset (`subset`); and, when neither is there,
 * every missing piece with how to get it.
 */
import * as fs from "fs";
import * as path from "path";
import { type Problem, projectRoot } from "../core";
import type { CorpusCard } from "./card";

/** The full archive, found in a folder. */
export interface FullArchive {
  kind: "full";
  dir: string;
  tgz: string;
  /** The speakers workbook beside it, or null when it is not there. */
  xlsx: string | null;
}

/** The embedded subset, found in its folder (its manifest not yet read). */
export interface EmbeddedSubset {
  kind: "subset";
  dir: string;
  manifest: string;
}

/** Where a card's General Debate texts are read from. */
export type ArchiveLocation = FullArchive | EmbeddedSubset;

/** The manifest's file name inside a subset folder. */
export const MANIFEST_FILE = "manifest.json";

const abs = (p: string) => (path.isAbsolute(p) ? p : path.join(projectRoot(), p));

/** A path as shown to a reader: relative to the project root when it is inside or beside it. */
export function shownPath(p: string): string {
  return path.relative(projectRoot(), p) || ".";
}

/**
 * The folders where a card looks for the full archive, in order: `$<env>` alone when it is set, else
 * `path` and then `download`.
 *
 * @example fullArchiveDirs(loadCard("ungdc-kosovo")).map(shownPath) // ["../shared/corpora/ungdc", "downloads/ungdc"]
 */
export function fullArchiveDirs(card: CorpusCard): string[] {
  const fromEnv = card.source.env ? (process.env[card.source.env] ?? "").trim() : "";
  if (fromEnv) return [abs(fromEnv)];
  return [card.source.path, card.source.download ?? ""].filter((p) => p !== "").map(abs);
}

/**
 * The full archive of a card, if one of its folders holds it.
 *
 * @example findFullArchive(loadCard("ungdc-kosovo"))?.tgz // "<project>/../shared/corpora/ungdc/UNGDC_1946-2024.tgz"
 */
export function findFullArchive(card: CorpusCard): FullArchive | null {
  const archive = card.source.archive ?? "UNGDC_1946-2024.tgz";
  const speakers = card.source.speakers ?? "Speakers_by_session.xlsx";
  for (const dir of fullArchiveDirs(card)) {
    const tgz = path.join(dir, archive);
    if (!fs.existsSync(tgz)) continue;
    const xlsx = path.join(dir, speakers);
    return { kind: "full", dir, tgz, xlsx: fs.existsSync(xlsx) ? xlsx : null };
  }
  return null;
}

/**
 * Where a General Debate card's texts are read from: the full archive when it is there, else the embedded
 * subset when the card names one and it is there, else null (see `missingPieces`).
 *
 * @example locateArchive(loadCard("ungdc-kosovo"))?.kind // "full", or "subset" in a clone without the archive
 */
export function locateArchive(card: CorpusCard): ArchiveLocation | null {
  const full = findFullArchive(card);
  if (full) return full;
  if (!card.source.subset) return null;
  const dir = abs(card.source.subset);
  const manifest = path.join(dir, MANIFEST_FILE);
  return fs.existsSync(manifest) ? { kind: "subset", dir, manifest } : null;
}

/**
 * What is missing for a General Debate card, one problem per piece, each with how to get it: the full
 * archive (when there is no subset either) and the subset; or the speakers workbook beside a full archive
 * (not fatal: speakers and posts are then empty). [] for a folder card or when everything is there.
 *
 * @example missingPieces(loadCard("ungdc-kosovo")) // [] when the archive or the subset is there
 */
export function missingPieces(card: CorpusCard): Problem[] {
  if (card.source.kind !== "ungdc") return [];
  const full = findFullArchive(card);
  const archive = card.source.archive ?? "UNGDC_1946-2024.tgz";
  const getData = "run `npm run get-data` (downloads it from doi:10.7910/DVN/0TJX8Y)";
  if (full) {
    if (full.xlsx) return [];
    const xlsx = path.join(full.dir, card.source.speakers ?? "Speakers_by_session.xlsx");
    return [
      {
        file: shownPath(xlsx),
        message: "the speakers workbook is not beside the archive (speakers and posts will be empty)",
        fix: getData,
      },
    ];
  }
  if (locateArchive(card)) return [];
  const dirs = fullArchiveDirs(card).map(shownPath);
  const env = card.source.env;
  const pieces: Problem[] = [
    {
      file: shownPath(path.join(fullArchiveDirs(card)[0] ?? "", archive)),
      message:
        `the full General Debate archive is not there` +
        (dirs.length > 1 ? ` (nor in ${dirs.slice(1).join(", ")})` : ""),
      fix: `${getData}${env ? `, or set ${env} to the folder that holds it` : ""}`,
    },
  ];
  if (card.source.subset) {
    pieces.push({
      file: shownPath(path.join(abs(card.source.subset), MANIFEST_FILE)),
      message: "the embedded subset of the archive is not there",
      fix: `it comes with the repository: restore it with \`git checkout -- ${card.source.subset}\``,
    });
  }
  return pieces;
}
