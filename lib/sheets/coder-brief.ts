/**
 * What a human coder reads besides the coding guide: the codebook's definitions — each theme's key,
 * label, definition, include and exclude rules and invented examples — and never its detection
 * patterns (a coder who saw them would code like the dictionary, and the comparison would be void).
 */
import type { Codebook } from "../codebook";
import { codebookVersion } from "../codebook/version";

function list(items: string[]): string {
  return items.map((i) => `  - ${i}`).join("\n");
}

/**
 * The codebook's definitions as Markdown, for coders.
 *
 * @example codebookForCoders(loadCodebook()).startsWith("# Codebook definitions") // true
 */
export function codebookForCoders(codebook: Codebook): string {
  const parts = [
    `# Codebook definitions (version ${codebookVersion(codebook)})`,
    "",
    `${codebook.title}. The themes below implement the coding guide; where they seem to disagree, the guide wins.`,
    "Example sentences are invented.",
  ];
  for (const level of ["core", "secondary"] as const) {
    parts.push("", `## ${level === "core" ? "Core" : "Secondary"} themes`);
    for (const t of codebook.themes.filter((x) => x.level === level)) {
      parts.push("", `### \`${t.key}\` — ${t.label}`, "", t.definition.trim());
      if (t.include.length) parts.push("", "- Include:", list(t.include));
      if (t.exclude.length) parts.push("- Exclude:", list(t.exclude));
      if (t.examples.positive.length) parts.push("- Examples that express it:", list(t.examples.positive));
      if (t.examples.negative.length) parts.push("- Examples that do not:", list(t.examples.negative));
    }
  }
  return parts.join("\n") + "\n";
}
