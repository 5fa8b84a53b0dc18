/** Reading the codebook file: strict UTF-8, then `parseCodebook`. */
import * as fs from "fs";
import * as path from "path";
import { InputError, ValidationError, decodeUtf8Strict, projectRoot } from "../core";
import { parseCodebook } from "./parse";
import type { Codebook } from "./types";

/**
 * The project's codebook file.
 *
 * @example path.relative(projectRoot(), defaultCodebookPath()) // "data/codebook.yaml"
 */
export function defaultCodebookPath(): string {
  return path.join(projectRoot(), "data", "codebook.yaml");
}

/**
 * Reads and validates a codebook file (default `data/codebook.yaml`).
 *
 * @throws {InputError} when the file cannot be read
 * @throws {ValidationError} listing every problem with its line (a byte that is not UTF-8 is one)
 * @example loadCodebook().themes.map((t) => t.key) // ["sovereignty", "dialogue", ...]
 */
export function loadCodebook(file: string = defaultCodebookPath()): Codebook {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError({
      file,
      message: `cannot read the codebook (${(e as Error).message})`,
      fix: "check the path (the project's codebook is data/codebook.yaml)",
    });
  }
  let text: string;
  try {
    // a codebook saved as Latin-1 would otherwise turn "Priština" into "Pri\uFFFDtina", a pattern that never matches
    text = decodeUtf8Strict(bytes, file, "the codebook");
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new ValidationError(`codebook ${file}`, [{ file, line: e.line, message: e.detail, fix: e.fix }]);
  }
  return parseCodebook(text.replace(/^\uFEFF/, ""), file);
}
