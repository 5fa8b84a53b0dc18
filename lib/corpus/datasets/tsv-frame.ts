/**
 * Framing a tab-separated file at the byte level: where each record starts and ends and where its
 * fields are, read in chunks so that a file of any size takes a few megabytes of memory. It finds
 * record ends by the file's quoting rule — "standard" (`"` quotes a field, `""` is a quote inside it,
 * quoted fields may hold tabs and newlines) or "none" (every byte is data; a record is a line) —
 * and checks that rule as it goes. The records a reader keeps are then parsed by csv-parse (tsv.ts);
 * framing lets it skip the others without parsing them, which keeps a 0.5 GB file fast.
 */
import * as fs from "fs";
import { continuesOnNextLine } from "./split-rows";

/** The quoting rule of a file: "standard" (RFC 4180 quotes) or "none" (no quoting at all). */
export type Quoting = "standard" | "none";

/** One record found in the bytes: valid until the framer's next call. */
export interface RawRecord {
  /** The buffer the record lies in. */
  buf: Buffer;
  /** [start, end) of the record in `buf`, without its line end. */
  start: number;
  end: number;
  /** Field k is `buf[fields[2k], fields[2k+1])`, quotes included. */
  fields: number[];
  /** Byte offset of the record's first byte in the file. */
  offset: number;
  /** 0 for the header, then 1, 2, … */
  index: number;
  /** Line ends inside unquoted fields, joined because the row had too few fields (quoting "none"). */
  joinedLines: number;
}

/** A framing problem at a byte offset of the file (turned into an InputError with its line by tsv.ts). */
export class FrameError extends Error {
  offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.name = "FrameError";
    this.offset = offset;
  }
}

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
/** Bytes scanned one by one before a field is searched with the native indexOf. */
const SHORT_FIELD = 128;

/** Reads records one at a time; `next(expected)` gives the next record or null at the end. */
export interface Framer {
  /** The next record; `expected` is the header's field count (undefined while reading the header). */
  next(expected?: number): RawRecord | null;
  close(): void;
}

/**
 * Says what a byte is, for messages.
 *
 * @example describeByte(9) // "a tab"
 * @example describeByte(121) // '"y"'
 */
export function describeByte(c: number): string {
  if (c === TAB) return "a tab";
  if (c === LF) return "a line end";
  if (c === QUOTE) return 'a quote (")';
  if (c >= 32 && c < 127) return `"${String.fromCharCode(c)}"`;
  return `byte 0x${c.toString(16).padStart(2, "0")}`;
}

/**
 * Opens `file` for framing under `quoting`. A UTF-8 byte-order mark at the start is skipped.
 *
 * @example const f = openFramer("speeches.tsv", "standard"); const header = f.next(); const row = f.next(26);
 */
export function openFramer(file: string, quoting: Quoting, chunkBytes = 8 << 20): Framer {
  const fd = fs.openSync(file, "r");
  let buf = Buffer.allocUnsafe(chunkBytes);
  let len = 0;
  let pos = 0;
  let base = 0; // file offset of buf[0]
  let eof = false;
  let index = 0;
  let closed = false;
  const standard = quoting === "standard";

  const fill = (): void => {
    if (pos > 0) {
      buf.copyWithin(0, pos, len);
      len -= pos;
      base += pos;
      pos = 0;
    }
    if (len === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = fs.readSync(fd, buf, len, buf.length - len, base + len);
    if (n === 0) eof = true;
    len += n;
    if (base === 0 && len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && pos === 0 && index === 0) {
      pos = 3;
    }
  };

  /** Frames one record from `pos`; null when the bytes end before it does (more must be read). */
  const frame = (expected: number | undefined): RawRecord | "more" => {
    const fields: number[] = [];
    let p = pos;
    let joined = 0;
    let fieldStart = p;
    for (;;) {
      if (standard && p < len && buf[p] === QUOTE && p === fieldStart) {
        let q = p + 1;
        for (;;) {
          q = buf.indexOf(QUOTE, q);
          if (q < 0 || q >= len) {
            if (!eof) return "more";
            throw new FrameError(base + fieldStart, "the file ends inside a quoted field");
          }
          if (q + 1 >= len && !eof) return "more";
          if (q + 1 < len && buf[q + 1] === QUOTE) {
            q += 2;
            continue;
          }
          break;
        }
        p = q + 1;
        fields.push(fieldStart, p);
        const c = p < len ? buf[p] : -1;
        if (c === TAB) {
          p++;
          fieldStart = p;
          continue;
        }
        if (c === -1) return done(fields, p, p, expected, joined);
        if (c === LF) return done(fields, p, p + 1, expected, joined);
        if (c === CR && p + 1 >= len && !eof) return "more";
        if (c === CR && buf[p + 1] === LF) return done(fields, p, p + 2, expected, joined);
        throw new FrameError(base + p, `a closing quote is followed by ${describeByte(c)}, not a tab or a line end`);
      }
      // an unquoted field: up to the next tab or line end
      let i = p;
      const lim = Math.min(len, p + SHORT_FIELD);
      while (i < lim) {
        const c = buf[i];
        if (c === TAB || c === LF || (standard && c === QUOTE)) break;
        i++;
      }
      if (i === lim && lim < len) i = nextStop(buf, i, len, standard);
      if (i >= len) {
        if (!eof) return "more";
        fields.push(fieldStart, len);
        return done(fields, len, len, expected, joined);
      }
      const c = buf[i];
      if (c === QUOTE)
        throw new FrameError(base + i, "a quote inside a field that does not start with a quote (a bare quote)");
      if (c === TAB) {
        fields.push(fieldStart, i);
        p = i + 1;
        fieldStart = p;
        continue;
      }
      // a line end
      if (!standard && expected !== undefined && continuesOnNextLine(fields.length / 2 + 1, expected)) {
        joined++; // a split row: the line end is inside this field, the row goes on
        p = i + 1;
        continue;
      }
      const e = i > fieldStart && buf[i - 1] === CR ? i - 1 : i;
      fields.push(fieldStart, e);
      return done(fields, e, i + 1, expected, joined);
    }
  };

  const done = (
    fields: number[],
    end: number,
    next: number,
    expected: number | undefined,
    joined: number,
  ): RawRecord => {
    const rec: RawRecord = { buf, start: pos, end, fields, offset: base + pos, index, joinedLines: joined };
    if (expected !== undefined && fields.length / 2 !== expected) {
      throw new FrameError(
        base + pos,
        `row ${index} has ${fields.length / 2} fields where the header has ${expected}` +
          (fields.length / 2 > expected
            ? " (a tab inside an unquoted field?)"
            : " (a line end inside an unquoted field?)"),
      );
    }
    pos = next;
    index++;
    return rec;
  };

  return {
    next(expected?: number): RawRecord | null {
      for (;;) {
        if (pos >= len && eof) return null;
        if (pos >= len || (len - pos < 2 && !eof)) {
          fill();
          continue;
        }
        if (buf[pos] === LF || (buf[pos] === CR && buf[pos + 1] === LF)) {
          pos += buf[pos] === LF ? 1 : 2; // a blank line is no row
          continue;
        }
        const r = frame(expected);
        if (r !== "more") return r;
        if (eof) throw new FrameError(base + pos, "the file ends inside a row");
        fill();
      }
    },
    close(): void {
      if (closed) return;
      closed = true;
      fs.closeSync(fd);
    },
  };
}

/** The first tab, line end (or, quoted files, quote) at or after `i`, or `len` when none. */
function nextStop(buf: Buffer, i: number, len: number, quotes: boolean): number {
  const view = buf.subarray(0, len);
  const t = view.indexOf(TAB, i);
  const n = view.indexOf(LF, i);
  let stop = Math.min(t < 0 ? len : t, n < 0 ? len : n);
  if (quotes) {
    const q = view.subarray(i, stop).indexOf(QUOTE); // only up to the field's end: a quote may be far away
    if (q >= 0) stop = i + q;
  }
  return stop;
}

/**
 * Field k of a record as text; under standard quoting a quoted field loses its quotes and reads `""` as `"`.
 *
 * @example fieldText(rec, 1) // "SC07155-01"
 */
export function fieldText(rec: RawRecord, k: number, quoting: Quoting = "standard"): string {
  let s = rec.fields[2 * k];
  let e = rec.fields[2 * k + 1];
  if (s === undefined) return "";
  if (quoting === "standard" && e - s >= 2 && rec.buf[s] === QUOTE && rec.buf[e - 1] === QUOTE) {
    s++;
    e--;
    const t = rec.buf.toString("utf8", s, e);
    return t.includes('"') ? t.replace(/""/g, '"') : t;
  }
  return rec.buf.toString("utf8", s, e);
}

/**
 * The 1-based line of a byte offset of a file (counts line ends before it; for messages only).
 *
 * @example lineAt("speeches.tsv", 0) // 1
 */
export function lineAt(file: string, offset: number): number {
  const fd = fs.openSync(file, "r");
  try {
    const b = Buffer.allocUnsafe(1 << 20);
    let line = 1;
    for (let at = 0; at < offset; ) {
      const n = fs.readSync(fd, b, 0, Math.min(b.length, offset - at), at);
      if (n === 0) break;
      for (let i = b.indexOf(LF, 0); i >= 0 && i < n; i = b.indexOf(LF, i + 1)) line++;
      at += n;
    }
    return line;
  } finally {
    fs.closeSync(fd);
  }
}
