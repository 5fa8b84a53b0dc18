/**
 * The paper's settings kept as data with the codebook: which themes are the paper's core themes
 * (a theme's `level: core`), which of them the paper ranks (`study: ranked_themes`), and the coding
 * guide's stance score (`study: stance`). The counts and timeline chapters read them from here.
 */
import { isScalar, isSeq } from "yaml";
import { InputError } from "../core";
import type { Node, Reader } from "./reader";
import type { Codebook, StanceWeights, StudySettings, ThemeDef } from "./types";

const STUDY_KEYS = ["ranked_themes", "stance"];
const STANCE_KEYS = ["pro_serbia", "pro_kosovo", "kosovo_weight"];

/** A list of theme keys (each a theme of the codebook, none twice), or null with problems. */
function themeList(r: Reader, node: Node | undefined, what: string, parent: unknown, themes: ThemeDef[]): string[] {
  if (node === undefined || node === null || !isSeq(node) || node.items.length === 0) {
    r.problem(node ?? parent, `${what} must be a non-empty list of theme keys`, `write ${what}: [key, key, ...]`);
    return [];
  }
  const keys = new Set(themes.map((t) => t.key));
  const out: string[] = [];
  for (const item of node.items) {
    const k = r.string(item as Node, `an entry of ${what}`, node);
    if (k === "") continue;
    if (!keys.has(k)) r.problem(item, `${what}: "${k}" is not a theme key of this codebook`, "check the spelling");
    else if (out.includes(k)) r.problem(item, `${what}: "${k}" is listed twice`, "list each theme once");
    else out.push(k);
  }
  return out;
}

/** A positive number (a weight), or 1 with a problem. */
function positive(r: Reader, node: Node | undefined, what: string, parent: unknown): number {
  const v = isScalar(node) ? node.value : undefined;
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return v;
  r.problem(node ?? parent, `${what} must be a positive number`, `write ${what}: N (e.g. 3)`);
  return 1;
}

/** The optional `study` section: ranked themes and stance weights, checked against the themes. */
export function readStudy(r: Reader, node: Node | undefined, themes: ThemeDef[]): StudySettings {
  const study: StudySettings = { rankedThemes: null, stance: null };
  if (node === undefined || node === null) return study;
  const f = r.fields(node, STUDY_KEYS, "study");
  if (!f) return study;
  if (f.has("ranked_themes")) study.rankedThemes = themeList(r, f.get("ranked_themes"), "ranked_themes", node, themes);
  const stanceNode = f.get("stance");
  if (stanceNode !== undefined) {
    const s = r.fields(stanceNode, STANCE_KEYS, "study stance");
    if (s) {
      study.stance = {
        proSerbia: themeList(r, s.get("pro_serbia"), "stance pro_serbia", stanceNode, themes),
        proKosovo: themeList(r, s.get("pro_kosovo"), "stance pro_kosovo", stanceNode, themes),
        kosovoWeight: positive(r, s.get("kosovo_weight"), "kosovo_weight", stanceNode),
      };
    }
  }
  return study;
}

/**
 * The paper's core themes: the themes of level "core", in codebook order.
 *
 * @example coreThemes(loadCodebook())
 * // ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism"]
 */
export function coreThemes(codebook: Codebook): string[] {
  return codebook.themes.filter((t) => t.level === "core").map((t) => t.key);
}

/**
 * The themes whose rank order the paper reports (`study: ranked_themes`); the core themes when the
 * codebook does not say.
 *
 * @example rankedThemes(loadCodebook()) // ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato"]
 */
export function rankedThemes(codebook: Codebook): string[] {
  return codebook.study.rankedThemes ?? coreThemes(codebook);
}

/**
 * The stance score's weights (`study: stance`), theme key → weight: 1 for each pro-Serbian theme,
 * −kosovo_weight for each pro-Kosovo theme. The timeline divides the weighted sum of presences by the
 * sum of the positive weights: (sovereignty + unilateral + us_nato − 3·independence) / 3 for the guide.
 *
 * @throws {InputError} naming the codebook file when it has no `study: stance` section
 * @example stanceWeights(loadCodebook()) // { sovereignty: 1, unilateral: 1, us_nato: 1, independence: -3 }
 */
export function stanceWeights(codebook: Codebook): StanceWeights {
  const s = codebook.study.stance;
  if (s) {
    const weights: StanceWeights = {};
    for (const k of s.proSerbia) weights[k] = 1;
    for (const k of s.proKosovo) weights[k] = -s.kosovoWeight;
    return weights;
  }
  throw new InputError({
    file: codebook.file,
    message: "the codebook has no stance weights (section study: stance)",
    fix: "add study: stance: with pro_serbia, pro_kosovo and kosovo_weight, as in data/codebook.yaml",
  });
}
