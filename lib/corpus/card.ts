/**
 * Corpus cards (`data/corpora/<name>.yaml`): what a corpus is, where its texts are, how it is cut
 * into units and periods. Reading a card's YAML is in `card-parse.ts`.
 */
import * as fs from "fs";
import * as path from "path";
import { ArgumentError, byCodeUnit, InputError, projectRoot } from "../core";
import type { Period } from "../core";
import type { AnalysisSettings } from "./card-analysis";
import { parseCard } from "./card-parse";

/** Where a corpus's texts come from. */
export interface CorpusSource {
  /**
   * "ungdc": the General Debate archive (a .tgz and the speakers workbook);
   * "folder": `.txt` files with front matter;
   * "unsc-speeches" / "unsc-debates": a Security Council speech dataset the user downloaded
   * (`lib/corpus/datasets/`).
   */
  kind: "ungdc" | "folder" | "unsc-speeches" | "unsc-debates";
  /** Folder, relative to the project root unless absolute. */
  path: string;
  /** Environment variable that overrides `path` when set. */
  env?: string;
  /** ungdc only: the archive's file name inside `path`. */
  archive?: string;
  /** ungdc only: the speakers workbook's file name inside `path`. */
  speakers?: string;
  /** Security Council datasets only: the speeches the card takes. */
  select?: "kosovo-meetings" | "china";
  /** Security Council datasets only: the dataset's version, when its files do not say. */
  version?: string;
  /**
   * ungdc only: where `npm run get-data` puts the full archive (project-relative); looked in after `path`
   * when `env` is not set.
   */
  download?: string;
  /**
   * ungdc only: the embedded subset of the archive (project-relative folder with `manifest.json`), read
   * when the full archive is in none of the folders above.
   */
  subset?: string;
}

/** Which texts of the source a card takes. */
export interface CorpusFilters {
  /** Inclusive year range [from, to]; a caller can override it (`loadTexts(card, { years })`). */
  years: [number, number];
  /** Country codes (ISO 3166-1 alpha-3, as in the archive's file names); empty = every country. */
  countries: string[];
  /** Leave out China's seat before the People's Republic took it (the Republic of China delegation). */
  excludeRoc: boolean;
}

/** A corpus card: what a corpus is, where its texts are, how it is cut into units and periods. */
export interface CorpusCard {
  name: string;
  title: string;
  description: string;
  source: CorpusSource;
  /** The categories a text may have (e.g. "general-debate"; "mfa", "unsc", "leader"). */
  categories: string[];
  /** Time windows for tables and tests (the study's: 2008–2011, 2012–2020, 2021–2024). */
  periods: Period[];
  /** The coding unit: the Kosovo passage of each text, or the whole text. */
  unit: "kosovo-passage" | "whole";
  filters: CorpusFilters;
  /** Optional slots file (the texts the study used, to be found), project-relative. */
  slots?: string;
  /** How the chapters read this corpus (`analysis:`; defaults when absent). */
  analysis: AnalysisSettings;
  /** The card's own file. */
  file: string;
}

/** The folder that holds the corpus cards. */
export function cardsDir(): string {
  return path.join(projectRoot(), "data", "corpora");
}

/**
 * Names of the corpus cards in `data/corpora/` (sorted).
 *
 * @example listCards() // ["china-kosovo", "china-ungdc", "ungdc-kosovo"]
 */
export function listCards(): string[] {
  const dir = cardsDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort(byCodeUnit);
}

/**
 * The card to use: environment variable `WORKBOOK_CORPUS`, else "ungdc-kosovo".
 *
 * @example currentCardName() // "ungdc-kosovo"
 */
export function currentCardName(): string {
  const v = (process.env.WORKBOOK_CORPUS ?? "").trim();
  return v === "" ? "ungdc-kosovo" : v;
}

/**
 * Reads and checks a corpus card by name (from `data/corpora/<name>.yaml`) or by path to a
 * `.yaml` file. Every problem is reported together, each with the card's file and line.
 *
 * @example loadCard("ungdc-kosovo").filters.years // [2008, 2024]
 * @throws {InputError} when there is no such card
 * @throws {ValidationError} listing every problem of the card
 */
export function loadCard(name: string): CorpusCard {
  const file = name.endsWith(".yaml") ? path.resolve(name) : path.join(cardsDir(), `${name}.yaml`);
  const shown = path.relative(projectRoot(), file) || file;
  if (!fs.existsSync(file)) {
    throw new InputError({
      file: shown,
      message: `no corpus card "${name}"`,
      fix: `use one of: ${listCards().join(", ") || "(none)"}, or write ${shown}`,
    });
  }
  return parseCard(fs.readFileSync(file, "utf8"), shown);
}

/** A card given by name is loaded; a card given as a card is used as it is. */
export function resolveCard(card: CorpusCard | string): CorpusCard {
  return typeof card === "string" ? loadCard(card) : card;
}

/**
 * The folder a card's source points to: `$<env>` when set, else `path` (relative to the project root).
 *
 * @example sourceDir(loadCard("china-kosovo")) // "<project>/texts/china-kosovo"
 */
export function sourceDir(card: CorpusCard): string {
  const fromEnv = card.source.env ? (process.env[card.source.env] ?? "").trim() : "";
  const p = fromEnv || card.source.path;
  return path.isAbsolute(p) ? p : path.join(projectRoot(), p);
}

/**
 * A copy of a folder card that reads its texts from `dir` instead (its `env` dropped), e.g. a
 * scratch copy of the corpus folder for trying out a new text.
 *
 * @example loadTexts(cardWithFolder(loadCard("china-kosovo"), scratchCopy(loadCard("china-kosovo"))))
 * @throws {ArgumentError} when the card is not a folder corpus
 */
export function cardWithFolder(card: CorpusCard, dir: string): CorpusCard {
  if (card.source.kind !== "folder") {
    throw new ArgumentError(
      "card",
      "a folder corpus (`source: { kind: folder }`)",
      card.name,
      `corpus "${card.name}" is not a folder corpus: use a folder card, e.g. china-kosovo`,
    );
  }
  return { ...card, source: { kind: "folder", path: path.resolve(dir) } };
}
