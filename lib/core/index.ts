/**
 * The base every stage stands on: errors that name the file and the fix, file input/output
 * (project root, output folder, atomic writes, strict UTF-8), dates, ordering, ids of several texts
 * of a day, and the plain data types that travel between stages (texts, units, sentences, coded rows).
 */
export * from "./errors";
export * from "./io";
export * from "./atomic";
export * from "./types";
export * from "./compare";
export * from "./dates";
export * from "./text-file";
export * from "./ids";
