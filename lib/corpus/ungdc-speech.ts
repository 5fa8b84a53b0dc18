/**
 * One entry of the General Debate archive: is it a speech file, junk, or something else; and the
 * speech's text from its bytes (strict UTF-8, normalised line ends, never empty).
 */
import { decodeUtf8, normalizeBody, type Problem } from "../core";

/** "TXT/Session 63 - 2008/SRB_63_2008.txt": the folder's session and year, the file's code, session and year. */
const SPEECH_PATH = /^(?:\.\/)?TXT\/Session (\d{2}) - (\d{4})\/([A-Z]{2,4})_(\d{2})_(\d{4})\.txt$/;

/** Where a speech file stands in the archive, read from its path. */
export interface SpeechPath {
  /** The file stem, e.g. "SRB_63_2008". */
  id: string;
  iso: string;
  session: number;
  year: number;
  /** The year as written in the file name (a key of `speechesPerYear`). */
  yearText: string;
  /** True when the folder's session and year are the file name's. */
  inItsFolder: boolean;
  /** The folder's name, e.g. "Session 63 - 2008". */
  folder: string;
}

/**
 * Reads a speech file's path, or null when the path is not one.
 *
 * @example speechPath("TXT/Session 63 - 2008/SRB_63_2008.txt")?.id // "SRB_63_2008"
 */
export function speechPath(p: string): SpeechPath | null {
  const m = SPEECH_PATH.exec(p);
  if (!m) return null;
  const [, sDir, yDir, iso, sFile, yFile] = m;
  return {
    id: `${iso}_${sFile}_${yFile}`,
    iso,
    session: Number(sFile),
    year: Number(yFile),
    yearText: yFile,
    inItsFolder: sDir === sFile && yDir === yFile,
    folder: `Session ${sDir} - ${yDir}`,
  };
}

/**
 * Is this archive entry junk left by an operating system (`.DS_Store`, `.Rhistory`, `__MACOSX/…`)?
 *
 * @example isJunk("__MACOSX/TXT/._AAA_63_2008.txt") // true
 */
export function isJunk(p: string): boolean {
  const base =
    p
      .split("/")
      .filter((x) => x !== "")
      .pop() ?? "";
  return p.includes("__MACOSX/") || base.startsWith(".") || base === "Thumbs.db" || base === "desktop.ini";
}

/**
 * A speech's body from its bytes (UTF-8; byte-order mark, CRLF and CR normalised; NFC), or the problem
 * with it: fewer bytes than the archive announced, bytes that are not UTF-8 (with the line), or no text.
 * `where` is "<archive>:<path inside>", used to name the problem.
 *
 * @example speechBody(Buffer.from("Text.\r\n"), 7, "a.tgz:TXT/x.txt") // { body: "Text.\n" }
 */
export function speechBody(bytes: Buffer, size: number | undefined, where: string): { body: string } | Problem {
  if (size !== undefined && bytes.length !== size) {
    return {
      file: where,
      message: `truncated entry (${bytes.length} of ${size} bytes)`,
      fix: "download the archive again",
    };
  }
  const dec = decodeUtf8(bytes);
  if ("badLine" in dec) {
    return {
      file: where,
      line: dec.badLine,
      message: "not valid UTF-8",
      fix: "re-save the file as UTF-8, or download the archive again",
    };
  }
  const body = normalizeBody(dec.text);
  if (body.trim() === "") {
    return {
      file: where,
      message: "empty speech file (no text)",
      fix: "download the archive again, or remove the empty file from it",
    };
  }
  return { body };
}
