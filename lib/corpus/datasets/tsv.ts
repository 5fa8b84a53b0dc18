/**
 * The streaming TSV reader: a header read by name, rows framed in chunks (tsv-frame.ts) under the
 * file's quoting rule, and every row a caller keeps parsed by csv-parse with that same rule. Rows a
 * caller does not keep are only framed (their key fields can be peeked without parsing the row).
 * Every problem is an InputError naming the file, the line, what was expected and what was found.
 */
import { parse as parseCsv } from "csv-parse/sync";
import * as fs from "fs";
import { InputError, decodeUtf8 } from "../../core";
import { joinSplitRecords } from "./split-rows";
import { FrameError, type Quoting, type RawRecord, fieldText, lineAt, openFramer } from "./tsv-frame";

/** What a TSV file must be. */
export interface TsvSpec {
  /** The path to read. */
  file: string;
  /** The file as messages name it (e.g. relative to where the user pointed). */
  shown: string;
  quoting: Quoting;
  /** Columns that must be there; each entry lists the names a column goes by (versions differ). */
  required: string[][];
  /** What to do when the file is not right (where to download it). */
  fix: string;
}

/** An open TSV file: its header, and its rows one at a time. */
export interface TsvTable {
  spec: TsvSpec;
  header: string[];
  /** The index of the first of `names` the header has; -1 when it has none. */
  col(...names: string[]): number;
  /** The next row, framed but not parsed; null at the end. */
  next(): RawRecord | null;
  /** Field k of a framed row, peeked from its bytes (not checked as UTF-8; for choosing rows). */
  peek(rec: RawRecord, k: number): string;
  /** A framed row parsed by csv-parse: every field as text (strict UTF-8). */
  parse(rec: RawRecord): string[];
  /** Rows whose physical lines were joined (a line end inside an unquoted field). */
  joinedRows(): number;
  close(): void;
}

/** Turns a problem at a byte offset into an InputError with the line. */
function errorAt(spec: TsvSpec, offset: number, message: string, fix = spec.fix): InputError {
  return new InputError({ file: spec.shown, line: lineAt(spec.file, offset), message, fix });
}

/** What the first bytes of a file look like, when it is plainly not a TSV file. */
function notTsv(first: string): string | null {
  if (/^\s*</.test(first)) return "an HTML or XML page";
  if (first.startsWith("PK")) return "a zip archive";
  if (first.startsWith("\x1f\x8b")) return "a gzip file";
  return null;
}

/**
 * Opens a TSV file and checks its header against `spec.required`. A header with an empty first
 * name (an R row index) is accepted; a Dataverse `.tab` copy with every header name in quotes is
 * read with those quotes taken off every field.
 *
 * @example const t = openTsv({ file, shown: "meetings.tsv", quoting: "standard", required: [["record_id"]], fix })
 *   t.header[0] // "record_id"
 * @throws {InputError} the file is missing, empty, not a TSV file, or lacks a required column
 */
export function openTsv(spec: TsvSpec): TsvTable {
  if (!fs.existsSync(spec.file)) throw new InputError({ file: spec.shown, message: "file not found", fix: spec.fix });
  const start = Buffer.alloc(16);
  const fd = fs.openSync(spec.file, "r");
  const got = fs.readSync(fd, start, 0, 16, 0);
  fs.closeSync(fd);
  const kind = notTsv(start.toString("latin1", 0, got));
  if (kind)
    throw new InputError({
      file: spec.shown,
      line: 1,
      message: `expected a tab-separated file with a header; found ${kind}`,
      fix: spec.fix,
    });
  const framer = openFramer(spec.file, spec.quoting);
  let head: RawRecord | null;
  try {
    head = framer.next();
  } catch (e) {
    framer.close();
    throw e instanceof FrameError ? errorAt(spec, e.offset, `header: ${e.message}`) : e;
  }
  if (!head) {
    framer.close();
    throw new InputError({ file: spec.shown, line: 1, message: "the file is empty", fix: spec.fix });
  }
  const first = head;
  const raw = Array.from({ length: first.fields.length / 2 }, (_, k) => fieldText(first, k, spec.quoting));
  const unwrap = spec.quoting === "none" && raw.length > 1 && raw.slice(1).every((h) => /^".*"$/.test(h.trim()));
  const header = raw.map((h) => (unwrap ? h.trim().replace(/^"(.*)"$/, "$1") : h.trim()));
  const missing = spec.required.filter((names) => !names.some((n) => header.includes(n)));
  if (missing.length > 0) {
    framer.close();
    const shown = header
      .slice(0, 12)
      .map((h) => (h === "" ? '""' : h))
      .join(", ");
    throw new InputError({
      file: spec.shown,
      line: 1,
      message:
        `expected a tab-separated header with the column${missing.length === 1 ? "" : "s"} ` +
        `${missing.map((n) => n.join(" or ")).join(", ")}; found ${header.length} columns: ${shown}` +
        (header.length > 12 ? ", …" : ""),
      fix: spec.fix,
    });
  }
  const n = header.length;
  let joined = 0;
  const strip = (v: string) =>
    unwrap && v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"' ? v.slice(1, -1) : v;
  return {
    spec,
    header,
    col: (...names: string[]) => {
      for (const name of names) {
        const i = header.indexOf(name);
        if (i >= 0) return i;
      }
      return -1;
    },
    next: () => {
      try {
        const r = framer.next(n);
        if (r && r.joinedLines > 0) joined++;
        return r;
      } catch (e) {
        framer.close();
        throw e instanceof FrameError ? errorAt(spec, e.offset, e.message) : e;
      }
    },
    peek: (rec, k) => (k < 0 ? "" : strip(fieldText(rec, k, spec.quoting))),
    parse: (rec) => parseRecord(spec, rec, n).map(strip),
    joinedRows: () => joined,
    close: () => framer.close(),
  };
}

/** Parses one framed row with csv-parse under the file's quoting rule. */
function parseRecord(spec: TsvSpec, rec: RawRecord, n: number): string[] {
  const dec = decodeUtf8(rec.buf.subarray(rec.start, rec.end));
  if ("badLine" in dec)
    throw new InputError({
      file: spec.shown,
      line: lineAt(spec.file, rec.offset) + dec.badLine - 1,
      message: `row ${rec.index} is not valid UTF-8`,
      fix: "the file is damaged or not the dataset's UTF-8 file: download it again",
    });
  let records: string[][];
  try {
    records = parseCsv(dec.text, {
      delimiter: "\t",
      quote: spec.quoting === "standard" ? '"' : false,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n"],
    }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw errorAt(spec, rec.offset, `row ${rec.index}: csv-parse: ${err.message.split("\n")[0]}`);
  }
  const fields = spec.quoting === "none" ? joinSplitRecords(records) : (records[0] ?? []);
  if (fields.length !== n || (spec.quoting === "standard" && records.length !== 1))
    throw errorAt(
      spec,
      rec.offset,
      `row ${rec.index}: csv-parse read ${fields.length} fields where the header has ${n}`,
    );
  return fields;
}
