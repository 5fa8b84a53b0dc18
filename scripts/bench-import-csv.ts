/**
 * For `npm run bench:import`: what reading a dataset's TSV files with csv-parse alone costs — its streaming API
 * over every byte, every row parsed into fields under the dataset's quoting rule, nothing selected or coded —
 * the alternative to the workbook's reader (lib/corpus/datasets/tsv.ts), which frames rows at the byte level
 * and gives only the rows it keeps to csv-parse. Run in a child process of the benchmark.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse";

/** The TSV files of a dataset folder and their quoting rule (as the readers open them). */
export function tsvFilesOf(dataset: string, dir: string): { files: string[]; quoting: "standard" | "none" } {
  const names = dataset === "unsc-speeches" ? ["meetings.tsv", "speeches.tsv"] : ["meta.tsv", "speaker.tsv"];
  return {
    files: names.map((n) => path.join(dir, n)).filter((f) => fs.existsSync(f)),
    quoting: dataset === "unsc-speeches" ? "standard" : "none",
  };
}

/**
 * Streams each file through csv-parse (tab-delimited, the quoting rule given) and counts the records.
 *
 * @example await csvParseAlone(["speeches.tsv"], "standard") // { rows: 170001, bytes: 543089216 }
 */
export async function csvParseAlone(
  files: string[],
  quoting: "standard" | "none",
): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  for (const file of files) {
    bytes += fs.statSync(file).size;
    const records = fs.createReadStream(file, { highWaterMark: 1 << 20 }).pipe(
      parse({
        delimiter: "\t",
        quote: quoting === "standard" ? '"' : false,
        relax_column_count: true,
        record_delimiter: ["\r\n", "\n"],
      }),
    );
    for await (const _ of records) rows++;
  }
  return { rows, bytes };
}
