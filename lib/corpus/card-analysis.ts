/**
 * A card's `analysis:` section: how the chapters read this corpus, as data rather than as branches on
 * the card's name in the notebooks.
 *
 *   analysis:
 *     time:                          # chapter 06
 *       years: [1989, 2024]          # the window (default: the card's filters.years)
 *       codebook: data/principles.yaml  # the codebook to code with (default: data/codebook.yaml)
 *       themes: [sovereignty, dialogue] # the themes to follow (default: every theme of that codebook)
 *       periods: decades             # "card" (the card's periods, the default) or "decades"
 *       also: [2008, 2024]           # a second, narrower window for the trend test
 *     counts:                        # chapter 05
 *       paper: same                  # "same": this is the paper's own corpus; "different" (the default)
 *       breakdown: category          # break counts down by "group" (speaker group, the default) or "category"
 *     compare:                       # chapter 08
 *       corpus: ungdc-kosovo         # whose speakers are compared (default: this card)
 *       windows: [[2008, 2024], [1998, 2007]]
 *       china: china-ungdc           # the corpus of China's own speeches
 *       council: unsc-kosovo         # the Security Council corpus: China beside the others at the same meetings
 */
import type { Problem } from "../core";

/** How chapter 06 (time shifts) reads a corpus. */
export interface TimeSettings {
  years?: [number, number];
  /** Project-relative codebook file; absent: the project's codebook. */
  codebook?: string;
  /** Theme keys to follow; absent: every theme of the codebook. */
  themes?: string[];
  periods: "card" | "decades";
  /** A second window for the trend test. */
  also?: [number, number];
}

/** How chapter 08 (comparing speakers) reads a corpus. */
export interface CompareSettings {
  /** The corpus whose speakers are compared; absent: this card. */
  corpus?: string;
  /** Year windows, each compared on its own; absent: the card's years. */
  windows: Array<[number, number]>;
  /** The corpus of China's own speeches, for its Kosovo passages. */
  china?: string;
  /** The Security Council corpus whose Kosovo meetings chapter 08 compares (China beside the others). */
  council?: string;
}

/** How chapter 05 (counts) reads a corpus. */
export interface CountSettings {
  /** "same": the corpus is the paper's own (its counts can be compared level for level). */
  paper: "same" | "different";
  /** What the counts are broken down by: the speaker's group, or the text's category. */
  breakdown: "group" | "category";
}

/** A card's analysis settings. */
export interface AnalysisSettings {
  time: TimeSettings;
  counts: CountSettings;
  compare: CompareSettings;
}

interface Reader {
  file: string;
  problems: Problem[];
  lineOf: (p: Array<string | number>) => number | undefined;
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());

function yearPair(r: Reader, v: unknown, at: Array<string | number>): [number, number] | undefined {
  if (v === undefined) return undefined;
  const ok = Array.isArray(v) && v.length === 2 && v.every((y) => Number.isInteger(Number(y))) && v[0] <= v[1];
  if (ok) return [Number(v[0]), Number(v[1])];
  r.problems.push({
    file: r.file,
    line: r.lineOf(at),
    message: `\`${at.join(".")}\` must be [from, to] with from <= to`,
    fix: "write e.g. `[2008, 2024]`",
  });
  return undefined;
}

function readTime(r: Reader, raw: Record<string, unknown>): TimeSettings {
  const at = ["analysis", "time"];
  const periods = text(raw.periods) || "card";
  if (periods !== "card" && periods !== "decades") {
    r.problems.push({
      file: r.file,
      line: r.lineOf([...at, "periods"]),
      message: `\`analysis.time.periods\` "${periods}" is not known`,
      fix: "use `periods: card` (the card's periods) or `periods: decades`",
    });
  }
  const time: TimeSettings = { periods: periods === "decades" ? "decades" : "card" };
  const years = yearPair(r, raw.years, [...at, "years"]);
  if (years) time.years = years;
  const also = yearPair(r, raw.also, [...at, "also"]);
  if (also) time.also = also;
  if (text(raw.codebook)) time.codebook = text(raw.codebook);
  if (raw.themes !== undefined) {
    if (Array.isArray(raw.themes) && raw.themes.length > 0) time.themes = raw.themes.map(text);
    else
      r.problems.push({
        file: r.file,
        line: r.lineOf([...at, "themes"]),
        message: "`analysis.time.themes` must be a non-empty list of theme keys",
        fix: "write e.g. `themes: [sovereignty, dialogue]`, or leave it out for every theme",
      });
  }
  return time;
}

function choice<T extends string>(r: Reader, raw: unknown, at: string[], options: readonly T[]): T {
  const v = text(raw) || options[0];
  if ((options as readonly string[]).includes(v)) return v as T;
  r.problems.push({
    file: r.file,
    line: r.lineOf(at),
    message: `\`${at.join(".")}\` "${v}" is not known`,
    fix: `use one of: ${options.join(", ")}`,
  });
  return options[0];
}

function readCounts(r: Reader, raw: Record<string, unknown>): CountSettings {
  const at = ["analysis", "counts"];
  return {
    paper: choice(r, raw.paper, [...at, "paper"], ["different", "same"] as const),
    breakdown: choice(r, raw.breakdown, [...at, "breakdown"], ["group", "category"] as const),
  };
}

function readCompare(r: Reader, raw: Record<string, unknown>): CompareSettings {
  const at = ["analysis", "compare"];
  const compare: CompareSettings = { windows: [] };
  if (text(raw.corpus)) compare.corpus = text(raw.corpus);
  if (text(raw.china)) compare.china = text(raw.china);
  if (text(raw.council)) compare.council = text(raw.council);
  if (raw.windows !== undefined) {
    if (!Array.isArray(raw.windows)) {
      r.problems.push({
        file: r.file,
        line: r.lineOf([...at, "windows"]),
        message: "`analysis.compare.windows` must be a list of [from, to] pairs",
        fix: "write e.g. `windows: [[2008, 2024], [1998, 2007]]`",
      });
    } else {
      raw.windows.forEach((w, i) => {
        const pair = yearPair(r, w, [...at, "windows", i]);
        if (pair) compare.windows.push(pair);
      });
    }
  }
  return compare;
}

/**
 * Reads the `analysis:` section of a card (absent: the defaults), adding problems to `problems`.
 *
 * @example readAnalysis(undefined, reader).time.periods // "card"
 */
export function readAnalysis(raw: unknown, r: Reader): AnalysisSettings {
  const section = (raw ?? {}) as Record<string, unknown>;
  return {
    time: readTime(r, (section.time ?? {}) as Record<string, unknown>),
    counts: readCounts(r, (section.counts ?? {}) as Record<string, unknown>),
    compare: readCompare(r, (section.compare ?? {}) as Record<string, unknown>),
  };
}
