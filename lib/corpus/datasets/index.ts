/**
 * Reading the field's Security Council and press-conference datasets from a user's downloaded copy:
 * UNSC Meetings and Speeches (Sakamoto & Matsuoka), The UN Security Council Debates (Schoenfeld et al.)
 * and CMFA PressCon (Mochtak & Turcsanyi). See `../shared/corpora/DATASETS.md` for their formats.
 * Importing their statements into the study corpus is `lib/sources/datasets/`.
 *
 *   loadCouncilCard / streamCouncilTexts / loadCouncilCorpus → the unsc-kosovo and china-unsc cards
 *   readStatements(opts)       → China's statements on Kosovo (select.ts: what counts; statements.ts)
 *
 * Readers, one per format: openTsv (tsv.ts, framing in tsv-frame.ts, split rows in split-rows.ts),
 * readTarSpeeches (tar.ts), readSheetTable (xlsx.ts); per dataset: readUnscSpeeches, readUnscDebates,
 * readPressCon.
 */
export * from "./card";
export * from "./council";
export * from "./council-corpus";
export * from "./council-groups";
export * from "./council-source";
export * from "./countries";
export * from "./kinds";
export * from "./layout";
export * from "./presscon";
export * from "./select";
export * from "./split-rows";
export * from "./statements";
export * from "./tar";
export * from "./tsv";
export * from "./tsv-frame";
export * from "./unsc-debates";
export * from "./unsc-speeches";
export * from "./values";
export * from "./xlsx";
