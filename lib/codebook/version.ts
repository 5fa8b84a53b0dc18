/**
 * The version of a codebook that human coders code against: a hash of what they read (each theme's
 * key, label, level, definition, include and exclude rules, examples), not of the detection patterns.
 * Tuning the dictionary coder's patterns does not change it; changing a definition does, so a sheet
 * coded against other definitions can be recognised and refused.
 */
import { createHash } from "crypto";
import type { Codebook } from "./index";

/**
 * The first 12 hex digits of the SHA-256 of the themes' definitions, in codebook order.
 *
 * @example codebookVersion(loadCodebook()) // e.g. "3f9a1c0b7d2e"
 */
export function codebookVersion(codebook: Pick<Codebook, "themes">): string {
  const seen = codebook.themes.map((t) => ({
    key: t.key,
    label: t.label,
    level: t.level,
    definition: t.definition,
    include: t.include,
    exclude: t.exclude,
    examples: t.examples,
  }));
  return createHash("sha256").update(JSON.stringify(seen)).digest("hex").slice(0, 12);
}
