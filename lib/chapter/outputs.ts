/** The files a chapter writes under output/, written here so that a chapter's cell only says what it shows. */
import * as path from "path";
import { type Codebook, toQuantedaYaml } from "../codebook";
import { codingCsv, evidenceCsv } from "../coding";
import { outputPath, writeFileAtomic } from "../core";
import { dispersedKeynessCsv, keynessCsv } from "../tables";
import type { DispersedKeynessRow, KeynessRow } from "../vocabulary";
import type { CodingRun } from "../workflow";

/** A file written under output/, as a reader finds it: `output/<name>`. */
function written(name: string): string {
  return `output/${name.split(path.sep).join("/")}`;
}

/**
 * Writes the codebook as a quanteda YAML dictionary (`output/codebook-quanteda.yml`) and returns its first lines as
 * Markdown, to show.
 *
 * @example showMarkdown(writeQuantedaExport(loadCodebook(), 12))
 */
export function writeQuantedaExport(codebook: Codebook, lines = 12): string {
  const yaml = toQuantedaYaml(codebook);
  writeFileAtomic(outputPath("codebook-quanteda.yml"), yaml);
  const head = yaml.split("\n").slice(0, lines).join("\n");
  return `Wrote \`${written("codebook-quanteda.yml")}\`. Its first lines:\n\n\`\`\`yaml\n${head}\n\`\`\``;
}

/**
 * Writes a coded corpus as the coding CSV and the evidence CSV (`output/coding-<card>.csv`,
 * `output/coding-<card>.evidence.csv`) and the quanteda export; returns the files as a reader finds them.
 *
 * @example writeCodingFiles("ungdc-kosovo", codeCorpus(loadCard("ungdc-kosovo")))
 * // ["output/coding-ungdc-kosovo.csv", "output/coding-ungdc-kosovo.evidence.csv", "output/codebook-quanteda.yml"]
 */
export function writeCodingFiles(cardName: string, coding: CodingRun): string[] {
  writeFileAtomic(outputPath(`coding-${cardName}.csv`), codingCsv(coding.rows, coding.compiled));
  writeFileAtomic(outputPath(`coding-${cardName}.evidence.csv`), evidenceCsv(coding.coded));
  writeFileAtomic(outputPath("codebook-quanteda.yml"), toQuantedaYaml(coding.codebook));
  return [`coding-${cardName}.csv`, `coding-${cardName}.evidence.csv`, "codebook-quanteda.yml"].map(written);
}

/**
 * Writes a dispersed keyness table in full (`output/tables/07-keyness-<early>-vs-<late>.csv`, every column and
 * every word) and returns the file as a reader finds it.
 *
 * @example writeKeynessCsv(key, { from: 2008, to: 2011 }, { from: 2021, to: 2024 })
 * // "output/tables/07-keyness-2008-2011-vs-2021-2024.csv"
 */
export function writeKeynessCsv(
  key: DispersedKeynessRow[],
  early: { from: number; to: number },
  late: { from: number; to: number },
): string {
  const name = path.join("tables", `07-keyness-${early.from}-${early.to}-vs-${late.from}-${late.to}.csv`);
  writeFileAtomic(outputPath(name), dispersedKeynessCsv(key));
  return written(name);
}

/**
 * Writes the keyness of one side against another in full (`output/tables/<name>.csv`, every word tested) and
 * returns the file as a reader finds it.
 *
 * @example writeSidesKeynessCsv(sidesKeyness(units, groupLabel, SERBIA, EU).rows, "08-keyness-serbia-vs-eu")
 * // "output/tables/08-keyness-serbia-vs-eu.csv"
 */
export function writeSidesKeynessCsv(rows: KeynessRow[], name: string): string {
  const file = path.join("tables", `${name}.csv`);
  writeFileAtomic(outputPath(file), keynessCsv(rows));
  return written(file);
}
