/** The codebook as a quanteda dictionary, for R users (what quanteda cannot express is listed). */
import * as path from "path";
import { stringify } from "yaml";
import type { Codebook, Pattern } from "./types";

function globEntries(patterns: Pattern[]): { globs: string[]; near: string[] } {
  const globs: string[] = [];
  const near: string[] = [];
  for (const p of patterns) {
    if (p.kind === "near") near.push(p.source);
    else for (const ph of p.terms.phrases) globs.push(ph.words.map((w) => w.word + (w.prefix ? "*" : "")).join(" "));
  }
  return { globs, near };
}

/**
 * The codebook as a quanteda YAML dictionary (`quanteda::dictionary(file = ..., format = "YAML")`):
 * `themes: {core: {key: [globs]}, secondary: {...}}, vocabulary: {group: {key: [globs]}}`.
 * Phrases become (multi-word) glob entries; proximity patterns and vetoes have no quanteda
 * equivalent and are listed in the header comment instead, so R users see what is missing.
 *
 * @example toQuantedaYaml(loadCodebook()).includes("negotiat*") // true
 */
export function toQuantedaYaml(codebook: Codebook): string {
  const lost: string[] = [];
  const themes: Record<string, Record<string, string[]>> = {};
  for (const t of codebook.themes) {
    const { globs, near } = globEntries(t.patterns);
    themes[t.level] ??= {};
    themes[t.level][t.key] = globs;
    for (const n of near) lost.push(`${t.key}: ${n}`);
    for (const v of t.veto) lost.push(`${t.key}: veto ${v.source}`);
    for (const p of t.patterns) for (const u of p.unless) lost.push(`${t.key}: unless ${u.source} (on ${p.source})`);
  }
  const vocabulary: Record<string, Record<string, string[]>> = {};
  for (const v of codebook.vocabulary) {
    const { globs, near } = globEntries(v.patterns);
    vocabulary[v.group] ??= {};
    vocabulary[v.group][v.key] = globs;
    for (const n of near) lost.push(`${v.key}: ${n}`);
  }
  const header = [
    `quanteda dictionary exported from ${path.basename(codebook.file)} (${codebook.title})`,
    'Load in R: quanteda::dictionary(file = "codebook-quanteda.yml", format = "YAML")',
    "Glob entries, case-insensitive; multi-word entries match phrases.",
    "Not expressible in quanteda and left out (the TypeScript coder applies them):",
    ...lost.map((l) => "  " + l),
    "Scope (only sentences about Kosovo count for scope-kosovo themes) is not applied either.",
  ];
  return header.map((h) => `# ${h}`.trimEnd()).join("\n") + "\n" + stringify({ themes, vocabulary }, { lineWidth: 0 });
}
