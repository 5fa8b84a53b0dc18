/**
 * Corpus cards on the Security Council datasets (`unsc-kosovo`: every speaker at the Council's Kosovo
 * meetings; `china-unsc`: all of China's Council speeches). A card's source names the dataset
 * (`kind: unsc-speeches` or `kind: unsc-debates`), the folder of the download (`path`, or the
 * environment variable `env`) and which speeches it takes (`select: kosovo-meetings` or `select: china`).
 * The speeches are streamed from the dataset and returned as the corpus loader's Texts.
 */
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { InputError, type Problem, type Text, ValidationError, byCodeUnit, projectRoot } from "../../core";
import { type CorpusCard, type LoadReport, cardsDir, listCards, parseCard } from "../../corpus";
import { countWords } from "../../units";
import { type CouncilReadReport, type CouncilSpeech, nationalCapacityPart } from "./council";
import { DATASETS } from "./kinds";
import { listing, shownPath } from "./layout";
import { chinaStatementBody, isChina } from "./select";
import { bareName } from "./statements";
import { readUnscDebates } from "./unsc-debates";
import { readUnscSpeeches } from "./unsc-speeches";

/** The Security Council datasets a card can be read from. */
export type CouncilKind = "unsc-speeches" | "unsc-debates";
/** Which speeches a card takes. */
export type CouncilCardSelect = "kosovo-meetings" | "china";

/** The source of a Security Council card. */
export interface CouncilCardSource {
  kind: CouncilKind;
  /** The download's folder, relative to the project root unless absolute. */
  path: string;
  /** An environment variable that overrides `path` when set. */
  env?: string;
  select: CouncilCardSelect;
  /** The dataset's version, when its files do not say. */
  version?: string;
}

/** A corpus card whose texts come from a Security Council dataset. */
export type CouncilCard = Omit<CorpusCard, "source"> & { source: CouncilCardSource };

const KINDS: CouncilKind[] = ["unsc-speeches", "unsc-debates"];
const SELECTS: CouncilCardSelect[] = ["kosovo-meetings", "china"];

/**
 * Is a card's source kind one of the Security Council datasets?
 *
 * @example isCouncilKind("unsc-debates") // true
 */
export function isCouncilKind(kind: string): kind is CouncilKind {
  return (KINDS as string[]).includes(kind);
}

/**
 * Parses a Security Council card. The source block is checked here; the rest of the card (title,
 * categories, unit, periods, filters) by the corpus loader's own `parseCard`. Every problem is reported
 * together with the card's file and line.
 *
 * @example const file = "data/corpora/unsc-kosovo.yaml";
 *   parseCouncilCard(fs.readFileSync(file, "utf8"), file).source.select // "kosovo-meetings"
 * @throws {ValidationError} listing every problem of the card
 */
export function parseCouncilCard(src: string, file: string): CouncilCard {
  const lc = new YAML.LineCounter();
  const doc = YAML.parseDocument(src.replace(/^\uFEFF/, ""), { lineCounter: lc });
  const lineOf = (p: string[]): number | undefined => {
    const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lc.linePos(node.range[0]).line : p.length > 1 ? lineOf(p.slice(0, -1)) : undefined;
  };
  const raw = (doc.toJS() ?? {}) as { source?: Record<string, unknown> };
  const s = raw.source ?? {};
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  const problems: Problem[] = [];
  const kind = str(s.kind);
  const select = str(s.select);
  if (!isCouncilKind(kind))
    problems.push({
      file,
      line: lineOf(["source", "kind"]),
      message: `source kind "${kind}" is not a Security Council dataset`,
      fix: `use \`kind: ${KINDS.join("` or `kind: ")}\``,
    });
  if (!(SELECTS as string[]).includes(select))
    problems.push({
      file,
      line: lineOf(["source", "select"]),
      message: `source select "${select}" is not known`,
      fix: "use `select: kosovo-meetings` (every speaker at the Kosovo meetings) or `select: china` (China's speeches)",
    });
  // the rest of the card is checked by the loader's parser, told the source is a folder (same lines)
  const kindNode = doc.getIn(["source", "kind"], true) as { range?: [number, number, number] } | undefined;
  const asFolder = kindNode?.range ? src.slice(0, kindNode.range[0]) + "folder" + src.slice(kindNode.range[1]) : src;
  let card: CorpusCard | null = null;
  try {
    card = parseCard(asFolder, file);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problems.push(...e.problems);
  }
  if (problems.length > 0 || !card) throw new ValidationError(`corpus card ${file}`, problems);
  const source: CouncilCardSource = {
    kind: kind as CouncilKind,
    path: str(s.path),
    select: select as CouncilCardSelect,
  };
  if (str(s.env)) source.env = str(s.env);
  if (str(s.version)) source.version = str(s.version);
  return { ...card, source };
}

/**
 * Reads a Security Council card by name (`data/corpora/<name>.yaml`) or path.
 *
 * @example loadCouncilCard("unsc-kosovo").source.kind // "unsc-speeches"
 * @throws {InputError} when there is no such card
 */
export function loadCouncilCard(name: string): CouncilCard {
  const file = name.endsWith(".yaml") ? path.resolve(name) : path.join(cardsDir(), `${name}.yaml`);
  const shown = shownPath(file, projectRoot());
  if (!fs.existsSync(file))
    throw new InputError({
      file: shown,
      message: `no corpus card "${name}"`,
      fix: `use one of: ${listCards().join(", ")}`,
    });
  return parseCouncilCard(fs.readFileSync(file, "utf8"), shown);
}

/**
 * The folder of a card's dataset: `$<env>` when set, else `path` (relative to the project root).
 *
 * @example councilDir(loadCouncilCard("china-unsc")) // "<project>/../shared/corpora/unsc-speeches"
 */
export function councilDir(card: CouncilCard): string {
  const fromEnv = card.source.env ? (process.env[card.source.env] ?? "").trim() : "";
  const p = fromEnv || card.source.path;
  return path.isAbsolute(p) ? p : path.join(projectRoot(), p);
}

/** The part of a speech a card keeps: China's statement (china), or any speaker's words (not procedural turns). */
function keptBody(card: CouncilCard, s: CouncilSpeech): { body: string; country: string } | null {
  if (card.source.select === "china") {
    const b = chinaStatementBody(s);
    return b === null ? null : { body: b, country: "CHN" };
  }
  if (!s.presiding) return s.procedural === true ? null : { body: s.body, country: s.country };
  const part = nationalCapacityPart(s.body);
  if (part) return { body: part.text, country: isChina(part.country) ? "CHN" : s.country };
  return s.procedural === false ? { body: s.body, country: s.country } : null;
}

/**
 * Streams a card's texts from its dataset (the dataset itself never in memory): one Text per speech the
 * card selects, in the dataset's order. `report` is filled as the stream goes.
 *
 * @example for (const t of streamCouncilTexts(loadCouncilCard("unsc-kosovo"))) t.country
 * @throws {InputError} when the dataset is not at the card's folder, or a file is not what it claims
 */
export function* streamCouncilTexts(
  card: CouncilCard,
  opts: { dir?: string; years?: [number, number]; report?: CouncilReadReport } = {},
): Generator<Text> {
  const dir = opts.dir ?? councilDir(card);
  const info = DATASETS[card.source.kind];
  if (!fs.existsSync(dir))
    throw new InputError({
      file: shownPath(dir, projectRoot()),
      message: `the ${info.title} download for corpus "${card.name}" is not there (${listing(dir)})`,
      fix:
        `download it from doi:${info.doi} (${info.layout}) into that folder` +
        (card.source.env ? `, or set ${card.source.env} to the folder that holds it` : ""),
    });
  const report = opts.report ?? { files: [], version: info.version, rows: 0, kept: 0, joinedRows: 0, notes: [] };
  const years = opts.years ?? card.filters.years;
  const select = {
    kosovoMeetings: card.source.select === "kosovo-meetings",
    chinaOnly: card.source.select === "china",
    years,
  };
  const read = card.source.kind === "unsc-speeches" ? readUnscSpeeches : readUnscDebates;
  const countries = card.filters.countries;
  for (const s of read(dir, select, report)) {
    const kept = keptBody(card, s);
    if (!kept || kept.body.trim() === "") continue;
    if (countries.length > 0 && !countries.includes(kept.country)) continue;
    const version = card.source.version ?? report.version;
    yield {
      id: s.rowId,
      date: s.date,
      year: Number(s.date.slice(0, 4)),
      category: card.categories[0] ?? "unsc",
      speaker: bareName(s.speaker),
      post: s.post,
      country: kept.country,
      countryName: kept.country === "CHN" ? "China" : s.countryName,
      venue: `UN Security Council, ${s.symbol || "meeting"}${s.resumption ? ` (${s.resumption})` : ""}`,
      source: `${info.title} v${version}, doi:${info.doi}, ${s.place}`,
      body: kept.body,
      words: countWords(kept.body),
    };
  }
}

/**
 * Loads a Security Council card the way the corpus loader loads its cards: the texts (sorted by date,
 * then id) and a report in the loader's shape.
 *
 * @example loadCouncilCorpus(loadCouncilCard("unsc-kosovo")).texts.length
 */
export function loadCouncilCorpus(
  card: CouncilCard,
  opts: { years?: [number, number]; dir?: string } = {},
): { card: CouncilCard; texts: Text[]; report: LoadReport } {
  const years = opts.years ?? card.filters.years;
  const version = DATASETS[card.source.kind].version;
  const read: CouncilReadReport = { files: [], version, rows: 0, kept: 0, joinedRows: 0, notes: [] };
  const texts = [...streamCouncilTexts(card, { dir: opts.dir, years, report: read })].sort(
    (a, b) => byCodeUnit(a.date ?? "", b.date ?? "") || byCodeUnit(a.id, b.id),
  );
  const perYear: Record<string, number> = {};
  for (const t of texts) perYear[String(t.year)] = (perYear[String(t.year)] ?? 0) + 1;
  const notes = [
    `${texts.length} speeches of ${years[0]}–${years[1]} from ${read.files.join(", ")} ` +
      `(${DATASETS[card.source.kind].title} v${card.source.version ?? read.version}; ${read.rows} rows read).`,
    ...(read.joinedRows > 0 ? [`${read.joinedRows} rows split over two lines were joined.`] : []),
    ...read.notes,
  ];
  return {
    card,
    texts,
    report: {
      card: card.name,
      years,
      texts: texts.length,
      speechesPerYear: perYear,
      excluded: [],
      junk: [],
      rocSpeeches: [],
      noSpeakerRow: [],
      notes,
      from: "archive",
    },
  };
}
