/**
 * @deprecated The extractors are part of the sources stage now: import them from `lib/sources`
 * (`lib/sources/extract/`). This file only re-exports them so that `./lib/extract` imports keep working.
 */
export * from "../sources/extract";
