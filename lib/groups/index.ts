/**
 * @deprecated Country groups are part of the corpus stage now: import them from `lib/corpus`
 * (`lib/corpus/groups.ts`). This file only re-exports them so that `./lib/groups` imports keep working.
 */
export * from "../corpus/groups";
