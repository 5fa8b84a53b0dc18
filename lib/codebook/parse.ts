/** Parsing and validating codebook YAML: every problem of the file is reported at once, with its line. */
import { LineCounter, isScalar, parseDocument } from "yaml";
import { composeNfc, ValidationError } from "../core";
import type { Problem } from "../core";
import { Reader } from "./reader";
import { readAboutKosovo, readThemes, readVocabulary } from "./sections";
import { readFollowUp } from "./follow-up";
import { readStudy } from "./study";
import type { Codebook } from "./types";

const TOP_KEYS = ["version", "title", "about_kosovo", "themes", "vocabulary", "study", "follow_up"];

/** Tabs in indentation, and YAML syntax errors, as problems (before the codebook is read). */
function syntaxProblems(text: string, file: string): { problems: Problem[]; lc: LineCounter; contents: unknown } {
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^[ ]*\t/.test(l))
      problems.push({
        file,
        line: i + 1,
        message: "tab in indentation (YAML indents with spaces only)",
        fix: "replace the tab with spaces",
      });
  });
  const lc = new LineCounter();
  if (problems.length > 0) return { problems, lc, contents: null };
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors) {
    const line = e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line;
    const dup = /unique/i.test(e.message);
    problems.push({
      file,
      line,
      message: dup
        ? `duplicate key in a mapping (${e.message.split("\n")[0]})`
        : `YAML syntax error: ${e.message.split("\n")[0]}`,
      fix: dup ? "keep one of the two entries" : "fix the indentation or quoting on this line",
    });
  }
  return { problems, lc, contents: doc.contents };
}

/**
 * Parses and validates codebook YAML text. `file` names the source in error messages.
 * Collects every problem (unknown keys, empty or regex-like patterns, patterns that could
 * match everything, malformed proximity, duplicate keys, tab indentation) and throws one
 * `ValidationError` listing them with their lines.
 *
 * @throws {ValidationError} listing every problem with its line
 * @example parseCodebook(fs.readFileSync("data/codebook.yaml", "utf8"), "data/codebook.yaml").themes.length // 12
 */
export function parseCodebook(text: string, file: string): Codebook {
  // patterns typed decomposed (NFD: some keyboards, macOS file names) must match the composed texts
  const { problems, lc, contents: root } = syntaxProblems(composeNfc(text), file);
  if (problems.length > 0) throw new ValidationError(`codebook ${file}`, problems);

  const r = new Reader(file, lc);
  const top = r.fields(root, TOP_KEYS, "the codebook");
  if (!top) throw new ValidationError(`codebook ${file}`, r.problems);

  const versionNode = top.get("version");
  const version = isScalar(versionNode) && typeof versionNode.value === "number" ? versionNode.value : 0;
  if (version !== 1)
    r.problem(versionNode ?? root, "version must be 1", "write version: 1 at the top", versionNode ? undefined : 1);
  const title = r.string(top.get("title"), "title", root, { required: false });
  const aboutKosovo = readAboutKosovo(r, top.get("about_kosovo"), root);
  const seen = new Map<string, number>();
  const themes = readThemes(r, top.get("themes"), root, seen);
  const vocabulary = readVocabulary(r, top.get("vocabulary"), themes, seen);
  const study = readStudy(r, top.get("study"), themes);
  const followUp = readFollowUp(r, top.get("follow_up"), themes);

  if (r.problems.length > 0) {
    r.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new ValidationError(`codebook ${file}`, r.problems);
  }
  return { file, version, title, aboutKosovo, themes, vocabulary, study, followUp };
}
