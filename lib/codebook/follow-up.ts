/**
 * The follow-up rule of the coding guide ("A follow-up sentence that continues the theme counts"), as
 * data a reader can see in the codebook's `follow_up` section: which back-references carry a theme
 * into the next sentence, and how far. Without the section the rule is off and nothing changes.
 *
 *   follow_up:
 *     rule: <the rule in words>
 *     distance: 1                      # sentences back (1: only from the sentence just before)
 *     themes: [sovereignty, …]         # optional: the themes it carries (default: every theme)
 *     back_references:                 # patterns, e.g. "this|these|such acts", with unless lists
 *       - …
 */
import { isScalar, isSeq } from "yaml";
import { readPatterns } from "./read-patterns";
import type { Node, Reader } from "./reader";
import type { FollowUpRule, ThemeDef } from "./types";

const FOLLOW_UP_KEYS = ["rule", "distance", "themes", "back_references"];

/** The largest `distance` allowed: a back-reference reaches no further than a short paragraph. */
export const MAX_FOLLOW_UP_DISTANCE = 3;

/** The themes the rule carries: every theme when the list is absent; each a theme key, each once. */
function carriedThemes(r: Reader, node: Node | undefined, themes: ThemeDef[]): string[] {
  const all = themes.map((t) => t.key);
  if (node === undefined || node === null) return all;
  if (!isSeq(node) || node.items.length === 0) {
    r.problem(node, "follow_up themes must be a non-empty list of theme keys", "write themes: [key, key, ...]");
    return all;
  }
  const out: string[] = [];
  for (const item of node.items) {
    const k = r.string(item as Node, "an entry of follow_up themes", node);
    if (k === "") continue;
    if (!all.includes(k)) r.problem(item, `follow_up themes: "${k}" is not a theme key`, "check the spelling");
    else if (out.includes(k)) r.problem(item, `follow_up themes: "${k}" is listed twice`, "list each theme once");
    else out.push(k);
  }
  return out;
}

/** The optional `follow_up` section, checked against the themes; null when the codebook has none. */
export function readFollowUp(r: Reader, node: Node | undefined, themes: ThemeDef[]): FollowUpRule | null {
  if (node === undefined || node === null) return null;
  const f = r.fields(node, FOLLOW_UP_KEYS, "follow_up");
  if (!f) return null;
  const dNode = f.get("distance");
  const d = isScalar(dNode) ? dNode.value : undefined;
  const distance = typeof d === "number" && Number.isInteger(d) ? d : 1;
  if (typeof d !== "number" || !Number.isInteger(d) || d < 1 || d > MAX_FOLLOW_UP_DISTANCE)
    r.problem(
      dNode ?? node,
      `follow_up distance must be a whole number from 1 to ${MAX_FOLLOW_UP_DISTANCE}`,
      "write distance: 1 (a back-reference carries the theme of the sentence just before)",
    );
  return {
    rule: r.string(f.get("rule"), "follow_up rule", node),
    distance,
    themes: carriedThemes(r, f.get("themes"), themes),
    backReferences: readPatterns(r, f.get("back_references"), "follow_up back_references", node, {
      required: true,
    }),
    line: r.line(node),
  };
}
