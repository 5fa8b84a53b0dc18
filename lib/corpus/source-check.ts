/**
 * Is a card's source there? One answer for every kind of card, so that the runner's preflight and the
 * chapters say the same thing: what is missing before a card's texts can be read, each piece with how
 * to get it (checkSource, missingSourceLine), and, in a line a table can show, where a card's texts come
 * from (describeSource) and where they are read from on this machine (sourceStatus).
 */
import { formatProblem, type Problem } from "../core";
import { locateArchive, missingPieces, shownPath } from "./archive-source";
import type { CorpusCard } from "./card";
import { asCouncilCard } from "./datasets/card";
import { isCouncilKind } from "./datasets/council-corpus";
import { councilDir, councilSourceProblem } from "./datasets/council-source";
import { DATASETS } from "./datasets/kinds";

/** What is missing of a card's source. */
export interface SourceCheck {
  /** Pieces without which the card's texts cannot be read. */
  fatal: Problem[];
  /** Pieces whose absence only makes the output poorer (a General Debate archive's speakers workbook). */
  notes: Problem[];
}

/**
 * What is missing of a card's source: the General Debate archive and its subset, a Security Council
 * download; nothing for a folder card (an empty folder is an empty corpus, which the loader reports).
 *
 * @example checkSource(loadCard("unsc-kosovo")).fatal.map(formatProblem)
 *   // ['../shared/corpora/unsc-speeches: the UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads
 *   //   is not there (no such folder) — download it from doi:10.7910/DVN/CKPTRB (…) into that folder, or set
 *   //   UNSC_SPEECHES_DIR to the folder that holds it'] when the download is not there
 */
export function checkSource(card: CorpusCard): SourceCheck {
  if (isCouncilKind(card.source.kind)) {
    const p = councilSourceProblem(asCouncilCard(card));
    return { fatal: p ? [p] : [], notes: [] };
  }
  if (card.source.kind !== "ungdc") return { fatal: [], notes: [] };
  const pieces = missingPieces(card);
  return locateArchive(card) ? { fatal: [], notes: pieces } : { fatal: pieces, notes: [] };
}

/**
 * The one line to show when a card's texts cannot be read (what is missing, where, how to get it); null
 * when they can.
 *
 * @example missingSourceLine(loadCard("ungdc-kosovo")) // null (the archive or the embedded subset is there)
 */
export function missingSourceLine(card: CorpusCard): string | null {
  const { fatal } = checkSource(card);
  return fatal.length === 0 ? null : fatal.map(formatProblem).join("; ");
}

/**
 * Where a card's texts come from, in one line for a table.
 *
 * @example describeSource(loadCard("unsc-kosovo"))
 *   // "UNSC Meetings and Speeches (doi:10.7910/DVN/CKPTRB), downloaded to ../shared/corpora/unsc-speeches
 *   //  (or $UNSC_SPEECHES_DIR)"
 */
export function describeSource(card: CorpusCard): string {
  const s = card.source;
  const env = s.env ? ` (or $${s.env})` : "";
  if (s.kind === "ungdc") return `UN General Debate archive${s.subset ? ` (or its subset in ${s.subset})` : ""}`;
  if (isCouncilKind(s.kind)) {
    const info = DATASETS[s.kind];
    return `${info.title} (doi:${info.doi}), downloaded to ${s.path}${env}`;
  }
  return `folder ${s.path}${env}`;
}

/**
 * Whether a card's source is there, in one line for a table: where its texts are read from, or what is missing
 * and how to get it.
 *
 * @example sourceStatus(loadCard("unsc-kosovo")) // "there: ../shared/corpora/unsc-speeches", or the missing line
 * @example sourceStatus(loadCard("ungdc-kosovo")) // "there: the embedded subset in data/ungdc-subset"
 */
export function sourceStatus(card: CorpusCard): string {
  const missing = missingSourceLine(card);
  if (missing) return missing;
  if (isCouncilKind(card.source.kind)) return `there: ${shownPath(councilDir(asCouncilCard(card)))}`;
  const archive = card.source.kind === "ungdc" ? locateArchive(card) : null;
  if (archive) {
    const which = archive.kind === "full" ? "the full archive" : "the embedded subset";
    return `there: ${which} in ${shownPath(archive.dir)}`;
  }
  return `a folder: ${card.source.path}${card.source.env ? ` (or $${card.source.env})` : ""}`;
}
