/** Reading the codebook file: strict UTF-8, then `parseCodebook`. */
import * as fs from "fs";
import * as path from "path";
import { InputError, ValidationError, decodeUtf8Strict, fromProjectRoot, projectRoot } from "../core";
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
 * Reads and validates a codebook file (default `data/codebook.yaml`). A relative path is read from the project
 * root (`fromProjectRoot`), also in a notebook, whose kernel runs in `.workbook-build/`.
 *
 * @throws {InputError} when the file cannot be read
 * @throws {ValidationError} listing every problem with its line (a byte that is not UTF-8 is one)
 * @example loadCodebook().themes.map((t) => t.key) // ["sovereignty", "dialogue", ...]
 */
export function loadCodebook(given: string = defaultCodebookPath()): Codebook {
  const file = fromProjectRoot(given);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError({
      file: given,
      message: `cannot read the codebook (${(e as Error).message})`,
      fix:
        `check the path: "${given}" is read from the project root, so a copy beside the project's codebook is ` +
        `"data/<name>.yaml" (the project's own is data/codebook.yaml)`,
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
