/**
 * Two files of one folder that hold the same statement (the rule: `sameTextKey` in lib/text): a copy
 * left by a file manager ("a (1).txt") or a text added twice would be coded, and counted, twice.
 */
import type { Problem } from "../core";
import { sameTextDigest } from "../text";

/**
 * The problem of a text whose statement an earlier file of the folder already holds, or null; records
 * the text's statement in `seen` (digest → file as shown) when it is new.
 *
 * @example const seen = new Map<string, string>();
 * sameStatementAs(seen, "One line.", "a.txt"); // null
 * sameStatementAs(seen, "one  line .", "a (1).txt")?.message // "holds the same statement as a.txt …"
 */
export function sameStatementAs(seen: Map<string, string>, body: string, shown: string): Problem | null {
  const digest = sameTextDigest(body);
  const first = seen.get(digest);
  if (first === undefined) {
    seen.set(digest, shown);
    return null;
  }
  return {
    file: shown,
    line: 1,
    message:
      `holds the same statement as ${first} ` +
      "(only spacing, line breaks, capitals, accents or quote marks differ, if any)",
    fix: "keep one of the two files, so that the statement is coded and counted once",
  };
}
