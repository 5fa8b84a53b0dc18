/**
 * The study's texts from the field's own datasets: China's statements on Kosovo read from a user's
 * download (`lib/corpus/datasets/`), matched to the study's slots and written into the study corpus
 * with their provenance.
 *
 *   importDataset(opts)        → China's statements on Kosovo, matched to slots, written with provenance
 *   matchStatements(st, slots) → slot or candidate id for each
 *   coverage(slots, dir)       → slots filled per source, missing, texts without a slot
 *   routeReach(slots, cats)    → the three routes (each dataset, fetch, by hand): what each can reach, its citation
 */
export * from "../../corpus/datasets";
export * from "./coverage";
export * from "./import";
export * from "./match";
export * from "./provenance";
export * from "./routes";
export * from "./write";
