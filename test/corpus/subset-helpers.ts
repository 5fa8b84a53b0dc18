/**
 * A small "full archive" for the subset tests: the corpus tests' invented speeches and junk, plus two
 * speeches without a speakers row (one naming Pristina, one not), and its speakers workbook. Every text
 * here is invented.
 */
import * as fs from "fs";
import * as path from "path";
import { parseCard } from "../../lib/corpus";
import type { CorpusCard } from "../../lib/corpus";
import { JUNK, makeArchive, makeSpeakers, SPEECHES, tmpDir } from "./helpers";

/** Speeches of 2010 with no row in the workbook: one names Pristina, one does not. */
export const NO_ROW: Record<string, string> = {
  "TXT/Session 65 - 2010/CCC_65_2010.txt": "We went to Pristina in May. We came back.\n",
  "TXT/Session 65 - 2010/DDD_65_2010.txt": "An invented speech about rivers.\n",
};

/** The selection the tests build: anchor years 2008–2024 and every speech of CHN. */
export const TEST_SELECTION = { anchorYears: [2008, 2024] as [number, number], countries: ["CHN"] };

/** A folder holding the small full archive and its workbook, as `UNGDC_1946-2024.tgz` and the `.xlsx`. */
export function makeFullArchiveDir(): string {
  const tgz = makeArchive({ ...SPEECHES, ...JUNK, ...NO_ROW });
  makeSpeakers(path.join(path.dirname(tgz), "Speakers_by_session.xlsx"));
  return path.dirname(tgz);
}

/** A General Debate card over `dir` (the full archive's folder) with `subset` as its embedded subset. */
export function ungdcCard(
  name: string,
  dir: string,
  subset: string,
  opts: { unit: string; years: string; countries?: string; excludeRoc?: boolean },
): CorpusCard {
  return parseCard(
    `name: ${name}\ntitle: T\n` +
      `source: { kind: ungdc, path: ${JSON.stringify(dir)}, subset: ${JSON.stringify(subset)} }\n` +
      `categories: [general-debate]\nunit: ${opts.unit}\n` +
      `filters: { years: ${opts.years}, countries: ${opts.countries ?? "[]"}, ` +
      `excludeRoc: ${opts.excludeRoc ?? false} }\n`,
    `${name}.yaml`,
  );
}

/** An empty folder (a card pointed at it finds no full archive). */
export function emptyDir(): string {
  const d = tmpDir("no-archive");
  fs.mkdirSync(d, { recursive: true });
  return d;
}
