/**
 * The published General Debate dataset the workbook reads: where it is (Harvard Dataverse DOI), which
 * version, and the names of its two files.
 */

/** The UN General Debate Corpus on Harvard Dataverse (Jankin, Baturo and Dasandi), CC0. */
export const UNGDC_DATASET = {
  /** The dataset's persistent id. */
  doi: "10.7910/DVN/0TJX8Y",
  /** The version the workbook was built and checked on. */
  version: "V13",
  /** The speeches, one `TXT/Session NN - YYYY/ISO_NN_YYYY.txt` file each. */
  archive: "UNGDC_1946-2024.tgz",
  /** Who spoke for which country in which session. */
  speakers: "Speakers_by_session.xlsx",
  /** Its Dataverse server. */
  server: "https://dataverse.harvard.edu",
} as const;
