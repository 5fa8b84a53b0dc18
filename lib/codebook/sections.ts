/** Reading the sections of a codebook: about_kosovo, themes, vocabulary. */
import { isScalar, isSeq } from "yaml";
import { readPatterns } from "./read-patterns";
import { isColumnName } from "./reader";
import { RESERVED_NAMES, themeKeyCollision } from "./reserved";
import type { Node, Reader } from "./reader";
import type { AboutKosovo, Examples, ThemeDef, VocabularyDef } from "./types";

const ABOUT_KEYS = ["rule", "anchors", "window", "other_topics"];
const THEME_KEYS = [
  "key",
  "label",
  "level",
  "scope",
  "definition",
  "include",
  "exclude",
  "examples",
  "patterns",
  "veto",
];
const EXAMPLE_KEYS = ["positive", "negative"];
const VOCAB_KEYS = ["key", "label", "group", "scope", "patterns", "veto", "column"];

/** The about_kosovo section (rule, anchors, window, other_topics). */
export function readAboutKosovo(r: Reader, aboutNode: Node | undefined, root: unknown): AboutKosovo {
  let aboutKosovo: AboutKosovo = { rule: "", anchors: [], window: 1, otherTopics: [] };
  if (aboutNode === undefined || aboutNode === null) {
    r.problem(root, "about_kosovo is missing", "add the about_kosovo section (rule, anchors, window, other_topics)", 1);
    return aboutKosovo;
  }
  const a = r.fields(aboutNode, ABOUT_KEYS, "about_kosovo");
  if (a) {
    const wNode = a.get("window");
    const w = isScalar(wNode) ? wNode.value : undefined;
    if (typeof w !== "number" || !Number.isInteger(w) || w < 0 || w > 5)
      r.problem(
        wNode ?? aboutNode,
        "about_kosovo window must be a whole number from 0 to 5",
        "write window: 1 (one sentence before and after an anchor sentence)",
      );
    aboutKosovo = {
      rule: r.string(a.get("rule"), "about_kosovo rule", aboutNode),
      anchors: readPatterns(r, a.get("anchors"), "about_kosovo anchors", aboutNode, { required: true }),
      window: typeof w === "number" && Number.isInteger(w) ? w : 1,
      otherTopics: readPatterns(r, a.get("other_topics"), "about_kosovo other_topics", aboutNode),
    };
  }
  return aboutKosovo;
}

/** The themes section: a non-empty list of themes; keys go into `seen` (shared with the vocabulary). */
export function readThemes(
  r: Reader,
  themesNode: Node | undefined,
  root: unknown,
  seen: Map<string, number>,
): ThemeDef[] {
  const themes: ThemeDef[] = [];
  if (!isSeq(themesNode) || themesNode.items.length === 0) {
    r.problem(
      themesNode ?? root,
      "themes must be a non-empty list",
      'add "themes:" with one "- key: ..." entry per theme',
      themesNode ? undefined : 1,
    );
    return themes;
  }
  const keyNodes: Array<Node | undefined> = [];
  for (const item of themesNode.items) {
    const f = r.fields(item, THEME_KEYS, "a theme");
    if (!f) continue;
    const key = r.key(f.get("key"), "theme", item, seen);
    const what = `theme "${key}"`;
    const levelNode = f.get("level");
    const level = r.string(levelNode, `${what} level`, item);
    if (level !== "" && level !== "core" && level !== "secondary")
      r.problem(
        levelNode,
        `${what}: level must be "core" or "secondary", not "${level}"`,
        "write level: core or level: secondary",
      );
    const exNode = f.get("examples");
    let examples: Examples = { positive: [], negative: [] };
    if (exNode !== undefined && exNode !== null) {
      const e = r.fields(exNode, EXAMPLE_KEYS, `${what} examples`);
      if (e)
        examples = {
          positive: r.strings(e.get("positive"), `${what} positive examples`, exNode),
          negative: r.strings(e.get("negative"), `${what} negative examples`, exNode),
        };
    }
    themes.push({
      key,
      label: r.string(f.get("label"), `${what} label`, item),
      level: level === "secondary" ? "secondary" : "core",
      scope: r.scope(f.get("scope"), what, item),
      definition: r.string(f.get("definition"), `${what} definition`, item),
      include: r.strings(f.get("include"), `${what} include`, item),
      exclude: r.strings(f.get("exclude"), `${what} exclude`, item),
      examples,
      patterns: readPatterns(r, f.get("patterns"), `${what} patterns`, item, { required: true, standalone: true }),
      veto: readPatterns(r, f.get("veto"), `${what} veto`, item),
      line: r.line(item),
    });
    keyNodes.push(f.get("key"));
  }
  // a key that is already a column of the tables made from the themes (see ./reserved)
  const keys = themes.map((t) => t.key);
  themes.forEach((t, i) => {
    const collision = t.key === "" ? null : themeKeyCollision(t.key, keys);
    if (collision) r.problem(keyNodes[i], collision, "rename the theme: its key becomes a column name");
  });
  return themes;
}

/** The columns of the coding CSV before the themes' (see `codingColumns` in the coder). */
const BASE_COLUMNS = ["id", "date", "year", "category", "country", "speaker"];

/** The vocabulary section (optional): lists counted per unit, some with a 0/1 column in the coding CSV. */
export function readVocabulary(
  r: Reader,
  vocabNode: Node | undefined,
  themes: ThemeDef[],
  seen: Map<string, number>,
): VocabularyDef[] {
  const vocabulary: VocabularyDef[] = [];
  if (vocabNode === undefined || vocabNode === null) return vocabulary;
  if (!isSeq(vocabNode)) {
    r.problem(vocabNode, "vocabulary must be a list", 'write one "- key: ..." entry per list');
    return vocabulary;
  }
  const taken = new Set([
    ...BASE_COLUMNS,
    ...Object.keys(RESERVED_NAMES),
    ...themes.flatMap((t) => [t.key, `${t.key}_n`]),
  ]);
  for (const item of vocabNode.items) {
    const f = r.fields(item, VOCAB_KEYS, "a vocabulary list");
    if (!f) continue;
    const key = r.key(f.get("key"), "vocabulary", item, seen);
    const what = `vocabulary "${key}"`;
    let column: string | null = null;
    if (f.has("column")) {
      const c = r.string(f.get("column"), `${what} column`, item);
      if (c !== "" && (!isColumnName(c) || taken.has(c))) {
        const why = taken.has(c) ? "already a column of the coding CSV" : "not a valid column name";
        r.problem(
          f.get("column"),
          `${what}: column "${c}" is ${why}`,
          "name a new column with lower-case letters, digits and _ (e.g. uses_normalization)",
        );
      } else if (c !== "") column = c;
      taken.add(c);
    }
    vocabulary.push({
      key,
      label: r.string(f.get("label"), `${what} label`, item),
      group: r.string(f.get("group"), `${what} group`, item),
      scope: r.scope(f.get("scope"), what, item),
      patterns: readPatterns(r, f.get("patterns"), `${what} patterns`, item, { required: true, standalone: true }),
      veto: readPatterns(r, f.get("veto"), `${what} veto`, item),
      column,
      line: r.line(item),
    });
  }
  return vocabulary;
}
