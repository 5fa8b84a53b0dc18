/**
 * The codebook as tables a student reads (chapter 02): its themes, their decision rules, their patterns as
 * written, the vocabulary lists, and the about-Kosovo rule with its anchors and other topics.
 */
import type { Codebook } from "../codebook";

/**
 * One row per theme: key, label, level, scope, number of patterns, definition.
 *
 * @example themeRows(loadCodebook())[0] // { key: "sovereignty", theme: "Serbia's sovereignty …", level: "core", … }
 */
export function themeRows(codebook: Codebook): Array<Record<string, string | number>> {
  return codebook.themes.map((t) => ({
    key: t.key,
    theme: t.label,
    level: t.level,
    scope: t.scope,
    patterns: t.patterns.length,
    definition: t.definition,
  }));
}

/**
 * One row per decision rule: theme, include or exclude, the criterion.
 *
 * @example ruleRows(loadCodebook()).filter((r) => r.rule === "exclude").length // every exclude criterion
 */
export function ruleRows(codebook: Codebook): Array<{ theme: string; rule: string; criterion: string }> {
  return codebook.themes.flatMap((t) => [
    ...t.include.map((criterion) => ({ theme: t.key, rule: "include", criterion })),
    ...t.exclude.map((criterion) => ({ theme: t.key, rule: "exclude", criterion })),
  ]);
}

/**
 * One row per pattern, as the codebook writes it, with its `unless` patterns; a theme's vetoes as rows of kind
 * "veto".
 *
 * @example patternRows(loadCodebook())[0]
 * // { theme: "sovereignty", kind: "near", pattern: "near [sovereignty|…", unless: "" }
 */
export function patternRows(
  codebook: Codebook,
): Array<{ theme: string; kind: string; pattern: string; unless: string }> {
  return codebook.themes.flatMap((t) => [
    ...t.patterns.map((p) => ({
      theme: t.key,
      kind: p.kind,
      pattern: p.source,
      unless: p.unless.map((u) => u.source).join(" · "),
    })),
    ...t.veto.map((p) => ({ theme: t.key, kind: "veto", pattern: p.source, unless: "" })),
  ]);
}

/**
 * One row per vocabulary list: key, group, label, scope, its patterns.
 *
 * @example vocabularyRows(loadCodebook()).map((r) => r.key) // ["normalization", "icj", …]
 */
export function vocabularyRows(codebook: Codebook): Array<Record<string, string>> {
  return codebook.vocabulary.map((v) => ({
    key: v.key,
    group: v.group,
    label: v.label,
    scope: v.scope,
    patterns: v.patterns.map((p) => p.source).join(" · "),
  }));
}

/**
 * The about-Kosovo rule as Markdown: the rule, the anchor terms, the window, and the other topics the rule refers
 * to ("the other topics listed below"), each list of alternatives on its own line.
 *
 * @example aboutKosovoMarkdown(loadCodebook()) // "**About Kosovo.** A theme … **Other topics** …\n- `Ukraine|…`"
 */
export function aboutKosovoMarkdown(codebook: Codebook): string {
  const a = codebook.aboutKosovo;
  const code = (s: string) => `\`${s}\``;
  const lines = [
    `**About Kosovo.** ${a.rule}`,
    "",
    `**Anchor terms** (window ±${a.window} sentence${a.window === 1 ? "" : "s"}): ` +
      a.anchors.map((p) => code(p.source)).join(", "),
  ];
  if (a.otherTopics.length) {
    lines.push("", "**Other topics** (a neighbouring sentence that names one of these is not about Kosovo):", "");
    for (const p of a.otherTopics) lines.push(`- ${code(p.source)}`);
  }
  return lines.join("\n");
}
