/**
 * China's General Debate principles, for whole speeches 1971–2024. The codebook's themes are about Kosovo (scope
 * "kosovo": only sentences about Kosovo count), so on China's whole General Debate speeches they fire only where
 * China speaks of Kosovo (the late 1990s). China's long-run language is coded instead with five general principles,
 * scope "any", written in the codebook's own pattern language in `data/principles.yaml` and run by the same engine
 * (`compileCodebook`).
 */
import * as path from "path";
import { type Codebook, loadCodebook } from "../codebook";
import { projectRoot } from "../core";

/** The five principle themes, in the order of `data/principles.yaml`. */
export const PRINCIPLE_THEMES = ["p_sovereignty", "p_un", "p_dialogue", "p_unilateralism", "p_hegemony"];

/**
 * The file of the principles codebook.
 *
 * @example path.relative(projectRoot(), principlesPath()) // "data/principles.yaml"
 */
export function principlesPath(): string {
  return path.join(projectRoot(), "data", "principles.yaml");
}

/**
 * The principles codebook (`data/principles.yaml`, or `file`), validated like the project's codebook. Compile it
 * with `compileCodebook(principlesCodebook(), { mode: "sentence" })` and code whole speeches with it.
 *
 * @example principlesCodebook().themes.map((t) => t.key)
 * // ["p_sovereignty", "p_un", "p_dialogue", "p_unilateralism", "p_hegemony"]
 * @throws {InputError} when the file cannot be read; {ValidationError} listing every problem with its line
 */
export function principlesCodebook(file: string = principlesPath()): Codebook {
  return loadCodebook(file);
}
