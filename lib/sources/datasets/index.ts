/**
 * The study's texts from the field's own datasets, read directly from a user's downloaded copy:
 * UNSC Meetings and Speeches (Sakamoto & Matsuoka), The UN Security Council Debates (Schoenfeld et al.)
 * and CMFA PressCon (Mochtak & Turcsanyi). See `../shared/corpora/DATASETS.md` for their formats.
 *
 *   importDataset(opts)        → China's statements on Kosovo, matched to slots, written with provenance
 *   readStatements(opts)       → the statements alone (select.ts: what counts; statements.ts: one per meeting)
 *   matchStatements(st, slots) → slot or candidate id for each
 *   coverage(slots, dir)       → slots filled per source, missing, texts without a slot
 *   loadCouncilCard / streamCouncilTexts / loadCouncilCorpus → the unsc-kosovo and china-unsc cards
 *
 * Readers, one per format: openTsv (tsv.ts, framing in tsv-frame.ts, split rows in split-rows.ts),
 * readTarSpeeches (tar.ts), readSheetTable (xlsx.ts); per dataset: readUnscSpeeches, readUnscDebates,
 * readPressCon.
 */
export * from "./card";
export * from "./council";
export * from "./council-corpus";
export * from "./council-groups";
export * from "./countries";
export * from "./coverage";
export * from "./import";
export * from "./kinds";
export * from "./layout";
export * from "./match";
export * from "./presscon";
export * from "./provenance";
export * from "./select";
export * from "./split-rows";
export * from "./statements";
export * from "./tar";
export * from "./tsv";
export * from "./tsv-frame";
export * from "./unsc-debates";
export * from "./unsc-speeches";
export * from "./values";
export * from "./write";
export * from "./xlsx";
