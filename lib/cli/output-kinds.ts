/**
 * What an earlier output of each command looks like at its start, so that the output guard
 * (`checkCommandPaths`, its `replaces`) replaces an earlier output of the same kind and nothing else:
 * a filled decisions file is not a disagreements table, a coder's sheet is not a reliability table.
 * Each test reads the first line (and, for files whose first line says little, the first 4 KB).
 */

/** Is a file, from its first line and first 4 KB, an earlier output of one kind? */
export type OutputKindTest = (firstLine: string, head: string) => boolean;

/** The CSV header's columns, without a byte-order mark or a line end. */
const columns = (line: string): string[] =>
  line
    .replace(/^\uFEFF/, "")
    .trim()
    .split(",");

/**
 * Tests for the outputs of the sheet commands (reliability, adjudicate, validate) and the page and
 * project files (coding-page, export).
 *
 * @example OUTPUT_KINDS.disagreements("id,theme,A,B", "") // true
 * @example OUTPUT_KINDS.disagreements("id,theme,value,reason", "") // false: a decisions file
 */
export const OUTPUT_KINDS = {
  /** `npm run reliability --out`: theme,units,… (unit, sentence level) or theme,units,total_… (count level). */
  reliability: (line: string) => /^theme,units(,|$)/.test(columns(line).join(",")),
  /** `npm run adjudicate --disagreements`: id,[sentence,]theme, then one column per coder, no value column. */
  disagreements: (line: string) => {
    const c = columns(line);
    const start = c[1] === "sentence" ? 2 : 1;
    return c[0] === "id" && c[start] === "theme" && c.length > start + 1 && !c.includes("value");
  },
  /** `npm run adjudicate --out`: the gold standard, id,[sentence,]theme,value,source,reason. */
  gold: (line: string) => /^id,(sentence,)?theme,value,source,reason$/.test(columns(line).join(",")),
  /** `npm run validate --out`: set|half,codebook,theme,units,… */
  validation: (line: string) => /^(set|half),codebook,theme,units,/.test(columns(line).join(",")),
  /** `npm run coding-page --out`: an HTML page whose title says it is a coding page. */
  codingPage: (line: string, head: string) => /^<!doctype html>/i.test(line) && head.includes("<title>Coding page"),
  /** `npm run export --out`: a zip whose first entry is a REFI-QDA project (project.qde). */
  qdpx: (line: string, head: string) => line.startsWith("PK") && head.includes("project.qde"),
} satisfies Record<string, OutputKindTest>;
