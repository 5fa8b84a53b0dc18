/**
 * The embedded subset of the General Debate archive (`data/ungdc-subset/`): its manifest — what the subset
 * holds, the whole archive's facts the chapters print (speeches per year, junk entries, …), the source
 * archive's version and checksum, each file's SHA-256 — read, checked against the files, and asked whether
 * it can serve a corpus request.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../core";
import { shownPath } from "./archive-source";

/** How to get a damaged or missing file of the subset in `dir` back. */
export function restoreFix(dir: string): string {
  const d = shownPath(dir);
  return `restore it with \`git checkout -- ${d}\`, or rebuild it with \`npm run build-subset\``;
}

/** A file with its size and SHA-256 (hex). */
export interface FileDigest {
  /** File name (inside the subset's folder, or the source archive's own name). */
  path: string;
  bytes: number;
  sha256: string;
}

/** What the subset holds: every speech naming an anchor term in some years, every speech of some countries. */
export interface SubsetSelection {
  /** Inclusive [from, to]: every speech of these years that names an anchor term (any country). */
  anchorYears: [number, number];
  /** Every speech of these countries (file-name codes, e.g. "CHN"), in every year. */
  countries: string[];
}

/** Facts about the whole archive, for the figures that count all of it. */
export interface WholeArchiveFacts {
  /** Speech files in the archive. */
  speeches: number;
  /** Speech files per year (the year as written in the file name). */
  speechesPerYear: Record<string, number>;
  /** Junk entries (`.DS_Store`, `.Rhistory`, …), by path inside the archive. */
  junk: string[];
  /** Republic of China delegation speeches (CHN, sessions 1–26). */
  rocSpeeches: string[];
  /** Speeches with no row in the speakers workbook. */
  noSpeakerRow: string[];
}

/** The manifest of an embedded subset (`manifest.json`). */
export interface SubsetManifest {
  /** The manifest's format; bump when its shape changes. */
  format: 1;
  /** The source: the dataset's DOI and version, the archive and speakers workbook it was built from. */
  source: { doi: string; version: string; archive: FileDigest; speakers: FileDigest };
  selection: SubsetSelection;
  /** What the subset holds: speeches, of which name an anchor term, of each selected country. */
  contents: { speeches: number; anchorSpeeches: number; countrySpeeches: Record<string, number> };
  whole: WholeArchiveFacts;
  /** The subset's files: the speeches (`.tgz` in the archive's layout) and their speakers' rows (CSV). */
  files: { archive: FileDigest; speakers: FileDigest };
}

/**
 * SHA-256 and size of a file.
 *
 * @example fileDigest("data/ungdc-subset/speakers.csv").sha256.length // 64
 */
export function fileDigest(file: string, name = path.basename(file)): FileDigest {
  const bytes = fs.readFileSync(file);
  return { path: name, bytes: bytes.length, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Reads a subset's `manifest.json` and checks its shape.
 *
 * @example readManifest("data/ungdc-subset/manifest.json").source.version // "V13"
 * @throws {InputError} when the manifest is missing, not JSON, or lacks a field
 */
export function readManifest(file: string): SubsetManifest {
  const fix = restoreFix(path.dirname(file));
  if (!fs.existsSync(file)) throw new InputError({ file, message: "the subset's manifest is not there", fix });
  let m: SubsetManifest;
  try {
    m = JSON.parse(fs.readFileSync(file, "utf8")) as SubsetManifest;
  } catch (e) {
    throw new InputError({ file, message: `not readable as JSON (${(e as Error).message})`, fix });
  }
  const missing = ["format", "source", "selection", "contents", "whole", "files"].filter(
    (k) => (m as unknown as Record<string, unknown>)?.[k] === undefined,
  );
  if (missing.length) throw new InputError({ file, message: `missing field(s) ${missing.join(", ")}`, fix });
  if (m.format !== 1) throw new InputError({ file, message: `manifest format ${m.format} is not known`, fix });
  return m;
}

/**
 * Checks the subset's files against their manifest: each must be there with its recorded SHA-256.
 *
 * @throws {InputError} naming the first file that is missing or differs
 */
export function verifySubset(dir: string, m: SubsetManifest): void {
  for (const f of [m.files.archive, m.files.speakers]) {
    const file = path.join(dir, f.path);
    const fix = restoreFix(dir);
    if (!fs.existsSync(file)) throw new InputError({ file, message: "a file of the embedded subset is missing", fix });
    const d = fileDigest(file, f.path);
    if (d.sha256 !== f.sha256 || d.bytes !== f.bytes) {
      throw new InputError({
        file,
        message:
          `does not match the subset's manifest ` +
          `(SHA-256 ${d.sha256.slice(0, 12)}…, expected ${f.sha256.slice(0, 12)}…)`,
        fix,
      });
    }
  }
}

/** What a corpus asks of the archive. */
export interface SubsetRequest {
  unit: "kosovo-passage" | "whole";
  years: [number, number];
  countries: string[];
}

/**
 * Why the subset cannot serve a request exactly (every text and every count the same as on the full
 * archive), or null when it can: a request for some countries needs all their speeches in the subset;
 * a Kosovo-passage request of every country needs its years inside the subset's anchor years.
 *
 * @example subsetGap(m, { unit: "kosovo-passage", years: [2008, 2024], countries: [] }) // null
 * @example subsetGap(m, { unit: "whole", years: [2008, 2024], countries: [] }) // "… every country's whole …"
 */
export function subsetGap(m: SubsetManifest, want: SubsetRequest): string | null {
  const held = new Set(m.selection.countries);
  if (want.countries.length && want.countries.every((c) => held.has(c))) return null;
  const [a0, a1] = m.selection.anchorYears;
  const inYears = want.years[0] >= a0 && want.years[1] <= a1;
  if (want.unit === "kosovo-passage" && want.countries.length === 0 && inYears) return null;
  const asked =
    want.unit === "whole"
      ? `whole speeches of ${want.countries.length ? want.countries.join(", ") : "every country"}`
      : `speeches naming Kosovo of ${want.countries.length ? want.countries.join(", ") : "every country"}`;
  return (
    `it asks for ${asked} in ${want.years[0]}–${want.years[1]}; the embedded subset holds only the speeches ` +
    `naming an anchor term in ${a0}–${a1} and every speech of ${m.selection.countries.join(", ") || "no country"}`
  );
}

/**
 * One line for a reader: what the subset holds, out of the whole archive.
 *
 * @example subsetSummary(m) // "509 of the archive's 10,952 speeches: the 433 naming an anchor term in 1989–2024 …"
 */
export function subsetSummary(m: SubsetManifest): string {
  const [a0, a1] = m.selection.anchorYears;
  const countries = Object.entries(m.contents.countrySpeeches)
    .map(([c, n]) => `the ${n} of ${c}`)
    .join(", ");
  return (
    `${m.contents.speeches} of the archive's ${m.whole.speeches.toLocaleString("en")} speeches: ` +
    `the ${m.contents.anchorSpeeches} naming an anchor term in ${a0}–${a1}` +
    (countries ? ` and every speech of a selected country (${countries})` : "")
  );
}
