/**
 * What a finding is made of: sentences of plain text and numbers, each number written as its chapter shows it and
 * tied to the notebook cell that shows it (by the cell's tag), so the page can link to that cell and a test can find
 * the same text in the cell's output.
 */

/** A notebook cell, named by its chapter and a tag in its metadata (`finding-…`). */
export interface CellRef {
  /** Chapter file stem, e.g. "05-counts". */
  chapter: string;
  /** A tag of the cell's `metadata.tags`, e.g. "finding-hierarchy". */
  tag: string;
}

/** A number of a finding: its text exactly as the chapter's output writes it, and the cell that writes it. */
export interface Claim {
  kind: "claim";
  /** The text, e.g. "57 of 99 units (57.6%)" or "0.082". */
  text: string;
  cell: CellRef;
  /** For a number in a table: texts that single out its row (e.g. ["dialogue", "2008–2011 → 2021–2024"]). */
  row?: string[];
}

/** A piece of a finding's sentence: plain text or a claim. */
export type Part = string | Claim;

/** One sentence (or a short run of them): text and claims in reading order. */
export type Sentence = Part[];

/** A finding of the page: one or two sentences with their numbers, its charts, the cell that computed it. */
export interface Finding {
  /** Stable key, e.g. "hierarchy"; the page's anchor is `#finding-<key>`. */
  key: string;
  title: string;
  /** The cell the finding's link goes to. */
  cell: CellRef;
  sentences: Sentence[];
  /** Name of the chart under `output/charts/` that shows it ("" for none). */
  chart: string;
  /** What to keep in mind when reading it (the chapter's caveat), also with its numbers. */
  caveat?: Sentence;
}

/**
 * A function that marks texts as claims shown by one cell.
 *
 * @example const at = claimsIn("05-counts", "finding-hierarchy"); at("57 of 99 units (57.6%)")
 * // { kind: "claim", text: "57 of 99 units (57.6%)", cell: { chapter: "05-counts", tag: "finding-hierarchy" } }
 */
export function claimsIn(chapter: string, tag: string): (text: string | number, row?: string[]) => Claim {
  return (text, row) => ({ kind: "claim", text: String(text), cell: { chapter, tag }, ...(row ? { row } : {}) });
}

/**
 * A sentence from a template literal: the literal's strings as text, claims as claims, sentences spliced in, other
 * values as text.
 *
 * @example sentence`Most frequent: ${at("dialogue")}, in ${at("49 of 99 units")}.` // ["Most frequent: ", {…}, …]
 */
export function sentence(strings: TemplateStringsArray, ...values: Array<Part | number | Sentence>): Sentence {
  const parts: Sentence = [];
  strings.forEach((s, i) => {
    if (s !== "") parts.push(s);
    if (i < values.length) {
      const v = values[i];
      if (Array.isArray(v)) parts.push(...v);
      else parts.push(typeof v === "number" ? String(v) : v);
    }
  });
  return parts;
}

/**
 * Claims joined with a separator into one sentence part list, e.g. a list of themes with their numbers.
 *
 * @example joinParts([["a ", at("1")], ["b ", at("2")]], "; ") // ["a ", {…}, "; ", "b ", {…}]
 */
export function joinParts(items: Sentence[], separator: string, last: string = separator): Sentence {
  const out: Sentence = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? last : separator);
    out.push(...item);
  });
  return out;
}

/**
 * The claims of a finding, in reading order (sentences, then the caveat).
 *
 * @example claimsOf(finding).map((c) => c.text) // ["eu_facilitation", "57 of 99 units (57.6%)", …]
 */
export function claimsOf(f: Finding): Claim[] {
  return [...f.sentences.flat(), ...(f.caveat ?? [])].filter((p): p is Claim => typeof p !== "string");
}
