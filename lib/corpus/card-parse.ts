/**
 * Reading a corpus card's YAML: every field checked, every problem collected with the card's file
 * and line, and all of them thrown together.
 */
import * as YAML from "yaml";
import { type Problem, ValidationError } from "../core";
import type { Period } from "../core";
import type { CorpusCard, CorpusFilters, CorpusSource } from "./card";
import { readAnalysis } from "./card-analysis";

/** What the field checkers share: the file, the problems found so far, and a line finder. */
interface CardContext {
  file: string;
  problems: Problem[];
  raw: Record<string, unknown>;
  /** The line of a field (or of its nearest parent that has one). */
  lineOf: (p: Array<string | number>) => number | undefined;
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());

/** A top-level field, or a "missing field" problem. */
function need(cx: CardContext, key: string, fix: string): unknown {
  const v = cx.raw[key];
  if (v === undefined || v === null || v === "")
    cx.problems.push({ file: cx.file, line: cx.lineOf([key]), message: `missing field "${key}"`, fix });
  return v;
}

const KINDS: Array<CorpusSource["kind"]> = ["ungdc", "folder", "unsc-speeches", "unsc-debates"];
const SELECTS = ["kosovo-meetings", "china"] as const;

/** A Security Council dataset card's own fields: which speeches it takes, and the dataset's version. */
function readCouncilSource(cx: CardContext, src0: Record<string, unknown>, source: CorpusSource): void {
  const select = str(src0.select);
  if (!(SELECTS as readonly string[]).includes(select))
    cx.problems.push({
      file: cx.file,
      line: cx.lineOf(["source", "select"]),
      message: `source select "${select}" is not known`,
      fix: "use `select: kosovo-meetings` (every speaker at the Kosovo meetings) or `select: china` (China's speeches)",
    });
  source.select = select === "china" ? "china" : "kosovo-meetings";
  if (str(src0.version)) source.version = str(src0.version);
}

function readSource(cx: CardContext): CorpusSource {
  const { file, problems, raw, lineOf } = cx;
  const fix = "add `source:` with `kind: ungdc`, `kind: folder` or a Security Council dataset, and a `path:`";
  const src0 = (need(cx, "source", fix) ?? {}) as Record<string, unknown>;
  const kind = str(src0.kind) as CorpusSource["kind"];
  if (raw.source && !KINDS.includes(kind)) {
    problems.push({
      file,
      line: lineOf(["source", "kind"]),
      message: `source kind "${kind}" is not known`,
      fix: `use \`kind: ${KINDS.join("`, `kind: ")}\``,
    });
  }
  if (raw.source && !str(src0.path))
    problems.push({
      file,
      line: lineOf(["source"]),
      message: "source has no `path`",
      fix: "add `path:` (project-relative folder)",
    });
  const source: CorpusSource = { kind: KINDS.includes(kind) ? kind : "ungdc", path: str(src0.path) };
  if (src0.env !== undefined) source.env = str(src0.env);
  if (source.kind === "ungdc") {
    source.archive = str(src0.archive) || "UNGDC_1946-2024.tgz";
    source.speakers = str(src0.speakers) || "Speakers_by_session.xlsx";
    if (str(src0.download)) source.download = str(src0.download);
    if (str(src0.subset)) source.subset = str(src0.subset);
  }
  if (source.kind === "unsc-speeches" || source.kind === "unsc-debates") readCouncilSource(cx, src0, source);
  return source;
}

function readCategories(cx: CardContext): string[] {
  const raw = need(cx, "categories", "add `categories: [general-debate]` (the categories a text may have)");
  if (Array.isArray(raw) && raw.length > 0) return raw.map(str);
  if (raw !== undefined && raw !== null)
    cx.problems.push({
      file: cx.file,
      line: cx.lineOf(["categories"]),
      message: "`categories` must be a non-empty list",
      fix: "write `categories: [mfa, unsc, leader]`",
    });
  return [];
}

function readPeriods(cx: CardContext): Period[] {
  const { file, problems, lineOf } = cx;
  const periods: Period[] = [];
  const periodsRaw = cx.raw.periods;
  if (periodsRaw === undefined) return periods;
  if (!Array.isArray(periodsRaw)) {
    problems.push({
      file,
      line: lineOf(["periods"]),
      message: "`periods` must be a list",
      fix: "write `- {label: 2008–2011, from: 2008, to: 2011}` items",
    });
    return periods;
  }
  periodsRaw.forEach((p: Record<string, unknown>, i: number) => {
    const from = Number(p?.from);
    const to = Number(p?.to);
    if (!p || !Number.isInteger(from) || !Number.isInteger(to) || from > to) {
      problems.push({
        file,
        line: lineOf(["periods", i]),
        message: `period ${i + 1} needs whole-number years with from <= to`,
        fix: "write `{label: 2008–2011, from: 2008, to: 2011}`",
      });
    } else periods.push({ label: str(p.label) || `${from}–${to}`, from, to });
  });
  return periods;
}

function readUnit(cx: CardContext): CorpusCard["unit"] {
  const unitRaw = str(cx.raw.unit) || "whole";
  if (unitRaw !== "kosovo-passage" && unitRaw !== "whole")
    cx.problems.push({
      file: cx.file,
      line: cx.lineOf(["unit"]),
      message: `unit "${unitRaw}" is not known`,
      fix: "use `unit: kosovo-passage` or `unit: whole`",
    });
  return unitRaw === "kosovo-passage" ? "kosovo-passage" : "whole";
}

function readFilters(cx: CardContext): CorpusFilters {
  const f = (cx.raw.filters ?? {}) as Record<string, unknown>;
  let years: [number, number] = [0, 9999];
  if (f.years !== undefined) {
    const y = f.years as unknown[];
    const ok =
      Array.isArray(y) && y.length === 2 && y.every((v) => Number.isInteger(Number(v))) && Number(y[0]) <= Number(y[1]);
    if (!ok) {
      cx.problems.push({
        file: cx.file,
        line: cx.lineOf(["filters", "years"]),
        message: "`filters.years` must be [from, to] with from <= to",
        fix: "write `years: [2008, 2024]`",
      });
    } else years = [Number(y[0]), Number(y[1])];
  }
  const countries = Array.isArray(f.countries)
    ? (f.countries as unknown[]).map((c) => str(c).toUpperCase()).filter((c) => c !== "")
    : [];
  return { years, countries, excludeRoc: f.excludeRoc === true };
}

/**
 * Parses the YAML of a corpus card; `file` is used in messages.
 *
 * @example parseCard("name: x\ntitle: X\nsource: { kind: folder, path: texts/x }\ncategories: [mfa]\n", "x.yaml").unit
 *   // "whole"
 * @throws {ValidationError} listing every problem, each with the card's file and line
 */
export function parseCard(src: string, file: string): CorpusCard {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(src.replace(/^\uFEFF/, ""), { lineCounter });
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    problems.push({
      file,
      line: e.linePos?.[0]?.line,
      message: `YAML error: ${e.message.split("\n")[0]}`,
      fix: "correct the YAML syntax",
    });
  }
  if (problems.length) throw new ValidationError(`corpus card ${file}`, problems);
  const lineOf = (p: Array<string | number>): number | undefined => {
    const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
    if (p.length > 1) return lineOf(p.slice(0, -1));
    return undefined;
  };
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const cx: CardContext = { file, problems, raw, lineOf };

  // in the order of the card's fields, so that problems are listed top to bottom
  const name = str(need(cx, "name", "add `name: <card name>` (the file's stem)"));
  const title = str(need(cx, "title", "add a one-line `title:`"));
  const description = str(raw.description);
  const source = readSource(cx);
  const categories = readCategories(cx);
  const periods = readPeriods(cx);
  const unit = readUnit(cx);
  const filters = readFilters(cx);
  const slots = raw.slots === undefined ? undefined : str(raw.slots);
  const analysis = readAnalysis(raw.analysis, cx);

  if (problems.length) throw new ValidationError(`corpus card ${file}`, problems);
  const card: CorpusCard = { name, title, description, source, categories, periods, unit, filters, analysis, file };
  if (slots) card.slots = slots;
  return card;
}
