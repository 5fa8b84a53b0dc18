/**
 * The three public datasets that hold most of the study's texts: what each is, who made it, how to
 * cite it, and what a downloaded copy looks like on disk (see `../shared/corpora/DATASETS.md`).
 */
import { ArgumentError } from "../../core";

/** A dataset the import reads, by the name the command line and the corpus cards use. */
export type DatasetName = "unsc-speeches" | "unsc-debates" | "cmfa-presscon";

/** The names, in the order tables list them. */
export const DATASET_NAMES: readonly DatasetName[] = ["unsc-speeches", "unsc-debates", "cmfa-presscon"];

/** What the workbook knows about a dataset: facts for provenance, citations and error messages. */
export interface DatasetInfo {
  name: DatasetName;
  /** The dataset's own title. */
  title: string;
  authors: string;
  /** The version the workbook was written for (a copy's version is read from its files when it can be). */
  version: string;
  /** The dataset's DOI (for the press conferences, the article that describes it). */
  doi: string;
  licence: string;
  /** The citation a user should give. */
  citation: string;
  /** The study category its texts fill: "unsc" (Security Council) or "mfa" (foreign ministry). */
  category: "unsc" | "mfa";
  /** The years it covers, inclusive. */
  years: [number, number];
  /** What a downloaded copy holds, for messages. */
  layout: string;
}

/** The three datasets (facts from their codebooks and Dataverse pages). */
export const DATASETS: Record<DatasetName, DatasetInfo> = {
  "unsc-speeches": {
    name: "unsc-speeches",
    title: "UNSC Meetings and Speeches",
    authors: "Sakamoto & Matsuoka",
    version: "5.0",
    doi: "10.7910/DVN/CKPTRB",
    licence: "CC0 1.0",
    citation:
      "Sakamoto and Matsuoka, UNSC Meetings and Speeches, v5.0 (1946–2024, 167,642 speeches), Harvard Dataverse, " +
      "doi:10.7910/DVN/CKPTRB, CC0; article: Sakamoto, Matsuoka and Ito (2026), Journal of Peace Research, " +
      "doi:10.1093/jopres/xjag018",
    category: "unsc",
    years: [1946, 2024],
    layout: "a folder with speeches.tsv and meetings.tsv",
  },
  "unsc-debates": {
    name: "unsc-debates",
    title: "The UN Security Council Debates",
    authors: "Schoenfeld, Eckhard, Patz, van Meegdenburg & Pires",
    version: "6.1",
    doi: "10.7910/DVN/KGVSYH",
    licence: "CC0 1.0",
    citation:
      "Schoenfeld, Eckhard, Patz, van Meegdenburg and Pires, The UN Security Council Debates, v6.1 (1992–2023, " +
      "106,302 speeches), Harvard Dataverse, doi:10.7910/DVN/KGVSYH, CC0",
    category: "unsc",
    years: [1992, 2023],
    layout: "a folder with speeches.tar (or an extracted speeches/ folder), speaker.tsv and meta.tsv (.tab accepted)",
  },
  "cmfa-presscon": {
    name: "cmfa-presscon",
    title: "CMFA PressCon (Chinese Ministry of Foreign Affairs press conferences)",
    authors: "Mochtak & Turcsanyi",
    version: "4",
    doi: "10.1007/s11366-021-09762-3",
    licence: "not stated by the authors",
    citation:
      "Mochtak and Turcsanyi (2021), Journal of Chinese Political Science 26(4): 743–761, " +
      "doi:10.1007/s11366-021-09762-3 (CMFA PressCon, question–answer dyads, 2002–2023)",
    category: "mfa",
    years: [2002, 2023],
    layout: "the workbook CMFA_PressCon_v3.xlsx or CMFA_PressCon_v4.xlsx",
  },
};

/**
 * A dataset's facts by name; an unknown name is a bad argument.
 *
 * @example datasetInfo("unsc-debates").doi // "10.7910/DVN/KGVSYH"
 * @throws {ArgumentError} when `name` is not one of DATASET_NAMES
 */
export function datasetInfo(name: string): DatasetInfo {
  if ((DATASET_NAMES as readonly string[]).includes(name)) return DATASETS[name as DatasetName];
  throw new ArgumentError("--dataset", `one of ${DATASET_NAMES.join(", ")}`, name);
}

/**
 * Is `name` one of the datasets?
 *
 * @example isDatasetName("unsc-speeches") // true
 */
export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}
