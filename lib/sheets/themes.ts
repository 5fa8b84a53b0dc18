/**
 * Which theme columns a command compares: the codebook's themes, or a selection of them given on
 * the command line — never the columns that happen to be in the first sheet (a `notes` column is not
 * a theme), and never a theme twice (it would count twice in the pooled row).
 */
import { ArgumentError } from "../core";

/**
 * The themes to compare: every codebook theme, or the ones selected (each a codebook theme, each once).
 *
 * @param codebookThemes the codebook's theme keys, in order
 * @param selected the themes asked for (e.g. `--themes sovereignty,dialogue`), or none for all
 * @throws {ArgumentError} for a theme named twice or not in the codebook
 * @example selectThemes(["sovereignty", "dialogue", "us_nato"], ["dialogue"]) // ["dialogue"]
 */
export function selectThemes(codebookThemes: string[], selected: string[] = []): string[] {
  if (selected.length === 0) return [...codebookThemes];
  const twice = selected.find((t, i) => selected.indexOf(t) !== i);
  if (twice !== undefined)
    throw new ArgumentError(
      "--themes",
      "each theme once",
      twice,
      `"${twice}" is named twice: it would be counted twice in the pooled row — name it once`,
    );
  const unknown = selected.filter((t) => !codebookThemes.includes(t));
  if (unknown.length)
    throw new ArgumentError(
      "--themes",
      `themes of the codebook (${codebookThemes.join(", ")})`,
      unknown.join(","),
      "check the spelling, or pass the codebook the sheets were coded with (--codebook)",
    );
  return [...selected];
}
