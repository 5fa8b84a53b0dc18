/**
 * The codebook: themes, vocabulary lists and the "about Kosovo" rule, read from
 * `data/codebook.yaml` and validated on load (every problem reported with its line).
 *
 * Patterns are a small plain-word language, never regular expressions:
 *
 *   territorial integrity     a phrase (whole words; case, diacritics and quote style ignored)
 *   negotiat*                 a word prefix (at least 3 letters before the star)
 *   Serbia|Belgrade           alternatives
 *   { near: [A, B], within: N, ordered?: true }   A and B in one sentence, at most N words apart
 *   { phrase: A, unless: [...] } / unless on a near pattern   vetoes of this pattern in the sentence
 *   veto: [...] (on a theme)  vetoes of every hit of the theme in the sentence
 *
 * The coder (`lib/coding.ts`) compiles a codebook into a token trie.
 */
import * as fs from "fs";
import * as path from "path";
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, stringify } from "yaml";
import type { Node as YamlNode, YAMLMap } from "yaml";
import { InputError, ValidationError } from "../core";
import type { Problem } from "../core";
import { projectRoot } from "../core";

/** One word of a pattern phrase as written (without its star); `prefix` when it ended in "*". */
export interface PatternWord {
  word: string;
  prefix: boolean;
}

/** One alternative of a pattern: a phrase of one or more words. */
export interface Phrase {
  /** The alternative as written, e.g. "negotiat* solution". */
  text: string;
  words: PatternWord[];
}

/** A set of alternatives, e.g. "Serbia|Belgrade" → two phrases. */
export interface Alternatives {
  source: string;
  phrases: Phrase[];
}

/** A pattern that fires where any of its phrases occurs. */
export interface PhrasePattern {
  kind: "phrase";
  /** The pattern as written in the codebook. */
  source: string;
  terms: Alternatives;
  /** Patterns that veto this pattern's hit when they match in the same sentence. */
  unless: Pattern[];
  line: number;
}

/** A pattern that fires where a phrase of `first` and one of `second` are at most `within` words apart in one sentence. */
export interface NearPattern {
  kind: "near";
  source: string;
  first: Alternatives;
  second: Alternatives;
  /** Most words allowed between the two phrases (0 = adjacent). Punctuation is not a word. */
  within: number;
  /** When true, `first` must come before `second`. */
  ordered: boolean;
  unless: Pattern[];
  line: number;
}

export type Pattern = PhrasePattern | NearPattern;

/** "kosovo": counts only sentences about Kosovo (see `AboutKosovo`); "any": every sentence. */
export type Scope = "kosovo" | "any";

/** Invented example sentences that should (positive) and should not (negative) express a theme. */
export interface Examples {
  positive: string[];
  negative: string[];
}

/** A theme of the coding guide with its criteria and detecting patterns. */
export interface ThemeDef {
  key: string;
  label: string;
  level: "core" | "secondary";
  scope: Scope;
  definition: string;
  include: string[];
  exclude: string[];
  examples: Examples;
  patterns: Pattern[];
  veto: Pattern[];
  line: number;
}

/** A vocabulary list (counted per unit, not a theme): normalization, icj, each name of the Kosovo side. */
export interface VocabularyDef {
  key: string;
  label: string;
  /** "normalization", "icj" or "names". */
  group: string;
  scope: Scope;
  patterns: Pattern[];
  veto: Pattern[];
  line: number;
}

/** The rule deciding which sentences are about Kosovo (for scope "kosovo"). */
export interface AboutKosovo {
  rule: string;
  /** A sentence naming one of these is about Kosovo. */
  anchors: Pattern[];
  /** A sentence within this many sentences of an anchor sentence is about Kosovo too ... */
  window: number;
  /** ... unless it names one of these other topics. */
  otherTopics: Pattern[];
}

/** A validated codebook. */
export interface Codebook {
  file: string;
  version: number;
  title: string;
  aboutKosovo: AboutKosovo;
  themes: ThemeDef[];
  vocabulary: VocabularyDef[];
}

/**
 * The project's codebook file.
 *
 * @example defaultCodebookPath() // "/…/data/codebook.yaml"
 */
export function defaultCodebookPath(): string {
  return path.join(projectRoot(), "data", "codebook.yaml");
}

/**
 * Reads and validates a codebook file (default `data/codebook.yaml`).
 * Throws `ValidationError` listing every problem with its line.
 *
 * @example loadCodebook().themes.map((t) => t.key) // ["sovereignty", "dialogue", ...]
 */
export function loadCodebook(file: string = defaultCodebookPath()): Codebook {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError({
      file,
      message: `cannot read the codebook (${(e as Error).message})`,
      fix: "check the path (the project's codebook is data/codebook.yaml)",
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // A codebook saved as Latin-1 would otherwise turn "Priština" into "Pri\uFFFDtina", a pattern that never matches.
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))).split("\n").length;
    throw new ValidationError(`codebook ${file}`, [
      {
        file,
        line,
        message: "not valid UTF-8",
        fix: "save the codebook as UTF-8 (in most editors: Save with encoding → UTF-8)",
      },
    ]);
  }
  return parseCodebook(text.replace(/^\uFEFF/, ""), file);
}

// ---------------------------------------------------------------------------
// Pattern strings

/** Words that alone would match almost every sentence. */
const STOPWORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "as",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "it",
  "its",
  "this",
  "that",
  "these",
  "those",
  "we",
  "our",
  "us",
  "i",
  "you",
  "he",
  "she",
  "they",
  "their",
  "his",
  "her",
  "not",
  "no",
  "all",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "which",
  "who",
]);

const REGEX_CHARS = /[\\^$[\]{}()?+<>]/;
const LETTER = /[\p{L}\p{N}]/gu;

/** A problem in a pattern string, without its place. */
interface PatternProblem {
  message: string;
  fix: string;
}

const PLAIN_FIX =
  "patterns are plain words: write the phrase as it stands, end a word with * for a prefix, separate alternatives with |";

/**
 * Parses a pattern string ("Serbia|Belgrade", "negotiat* solution*") into alternatives.
 * Returns the problems instead when the string is empty, looks like a regular expression,
 * or could match (almost) everything.
 *
 * @example parseAlternatives("negotiat*|talks").phrases?.map((p) => p.text) // ["negotiat*", "talks"]
 */
export function parseAlternatives(
  source: string,
  opts: { standalone?: boolean } = {},
): { phrases?: Phrase[]; problems: PatternProblem[] } {
  const problems: PatternProblem[] = [];
  if (source.trim() === "")
    return { problems: [{ message: "empty pattern", fix: "write a word or phrase, or delete the entry" }] };
  const bad = REGEX_CHARS.exec(source);
  if (bad)
    problems.push({
      message: `pattern "${source}" contains "${bad[0]}": it looks like a regular expression, which the codebook does not support`,
      fix: PLAIN_FIX,
    });
  const phrases: Phrase[] = [];
  for (const raw of source.split("|")) {
    const text = raw.trim().replace(/\s+/g, " ");
    if (text === "") {
      problems.push({
        message: `pattern "${source}" has an empty alternative (a stray "|")`,
        fix: "remove the extra | or write the missing phrase",
      });
      continue;
    }
    const words: PatternWord[] = [];
    for (const w of text.split(" ")) {
      const star = w.indexOf("*");
      if (star === -1) {
        if ((w.match(LETTER) ?? []).length === 0) {
          problems.push({
            message: `pattern "${source}": "${w}" has no letter or digit`,
            fix: "write words only; punctuation between words is ignored when matching",
          });
          continue;
        }
        words.push({ word: w, prefix: false });
        continue;
      }
      const stem = w.slice(0, star);
      if (star !== w.length - 1 || w.indexOf("*", star + 1) !== -1) {
        problems.push({ message: `pattern "${source}": "*" may only end a word (found in "${w}")`, fix: PLAIN_FIX });
        continue;
      }
      const letters = (stem.match(LETTER) ?? []).length;
      if (letters < 3 || !/[\p{L}\p{N}]$/u.test(stem)) {
        problems.push({
          message: `pattern "${source}": "${w}" could match almost any word (a prefix needs at least 3 letters before the star)`,
          fix: "lengthen the prefix (negotiat*) or list the words in full",
        });
        continue;
      }
      words.push({ word: stem, prefix: true });
    }
    if (words.length === 0) continue;
    if (opts.standalone && words.length === 1 && !words[0].prefix && STOPWORDS.has(words[0].word.toLowerCase())) {
      problems.push({
        message: `pattern "${source}": "${words[0].word}" alone would match almost every sentence`,
        fix: "use it inside a phrase or a near: pattern",
      });
      continue;
    }
    phrases.push({ text, words });
  }
  if (problems.length > 0) return { problems };
  return { phrases, problems };
}

/**
 * The pattern as written, on one line, e.g. `near [sovereignty, Serbia|Belgrade] within 6`.
 *
 * @example describePattern(p) // "near [sovereignty|territorial integrity, Serbia] within 6"
 */
export function describePattern(p: Pattern): string {
  return p.source;
}

function nearSource(first: string, second: string, within: number, ordered: boolean): string {
  return `near [${first}, ${second}] within ${within}${ordered ? " ordered" : ""}`;
}

// ---------------------------------------------------------------------------
// YAML validation

const TOP_KEYS = ["version", "title", "about_kosovo", "themes", "vocabulary"];
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
const VOCAB_KEYS = ["key", "label", "group", "scope", "patterns", "veto"];
const PATTERN_KEYS = ["phrase", "near", "within", "ordered", "unless", "note"];
const KEY_RE = /^[a-z][a-z0-9_]*$/;
/** Most words allowed between the two sides of a near pattern. */
export const MAX_WITHIN = 30;

class Reader {
  problems: Problem[] = [];
  constructor(
    readonly file: string,
    readonly lc: LineCounter,
  ) {}

  line(node: unknown): number {
    const r = (node as { range?: [number, number, number] } | null)?.range;
    return r ? this.lc.linePos(r[0]).line : 1;
  }

  problem(node: unknown, message: string, fix: string, line?: number): void {
    this.problems.push({ file: this.file, line: line ?? this.line(node), message, fix });
  }

  /** The map's pairs as key → value node, reporting unknown keys. */
  fields(node: unknown, allowed: string[], what: string): Map<string, YamlNode | null> | null {
    if (!isMap(node)) {
      this.problem(
        node,
        `${what} must be a mapping (key: value lines)`,
        `write ${what} as "key: value" lines (allowed keys: ${allowed.join(", ")})`,
      );
      return null;
    }
    const out = new Map<string, YamlNode | null>();
    for (const pair of (node as YAMLMap).items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!allowed.includes(k)) {
        this.problem(
          pair.key,
          `unknown key "${k}" in ${what}`,
          `use one of: ${allowed.join(", ")} (check the spelling)`,
        );
        continue;
      }
      out.set(k, (pair.value as YamlNode | null) ?? null);
    }
    return out;
  }

  string(node: YamlNode | null | undefined, what: string, parent: unknown, opts: { required?: boolean } = {}): string {
    if (node === undefined || node === null) {
      if (opts.required !== false)
        this.problem(parent, `${what} is missing`, `add "${what.split(" ").pop()}:" with a value`);
      return "";
    }
    if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number")) {
      this.problem(node, `${what} must be text`, "write it as a single line of text (quote it if it contains a colon)");
      return "";
    }
    const s = String(node.value).trim();
    if (s === "" && opts.required !== false) this.problem(node, `${what} is empty`, "write a value");
    return s;
  }

  strings(node: YamlNode | null | undefined, what: string, parent: unknown): string[] {
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) {
      this.problem(node, `${what} must be a list`, 'write one "- item" line per entry');
      return [];
    }
    return node.items.map((it) => this.string(it as YamlNode, `an entry of ${what}`, parent));
  }

  patterns(
    node: YamlNode | null | undefined,
    what: string,
    parent: unknown,
    opts: { required?: boolean; standalone?: boolean } = {},
  ): Pattern[] {
    if (node === undefined || node === null) {
      if (opts.required) this.problem(parent, `${what} is missing or empty`, "add at least one pattern");
      return [];
    }
    if (!isSeq(node)) {
      this.problem(node, `${what} must be a list of patterns`, 'write one "- pattern" line per pattern');
      return [];
    }
    if (opts.required && node.items.length === 0) this.problem(node, `${what} is empty`, "add at least one pattern");
    const out: Pattern[] = [];
    for (const item of node.items) {
      const p = this.pattern(item as YamlNode, what, opts.standalone ?? false);
      if (p) out.push(p);
    }
    return out;
  }

  alternatives(
    node: YamlNode | null | undefined,
    what: string,
    parent: unknown,
    standalone: boolean,
  ): Alternatives | null {
    if (node === undefined || node === null) {
      this.problem(parent, `empty pattern in ${what}`, "write a word or phrase, or delete the entry");
      return null;
    }
    if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number")) {
      this.problem(node, `a pattern in ${what} must be text`, "write the phrase as plain text");
      return null;
    }
    const source = String(node.value);
    const { phrases, problems } = parseAlternatives(source, { standalone });
    for (const pr of problems) this.problem(node, `${pr.message} (in ${what})`, pr.fix);
    return phrases ? { source: source.trim(), phrases } : null;
  }

  pattern(node: YamlNode | null, what: string, standalone: boolean): Pattern | null {
    const line = this.line(node);
    if (node === null || isScalar(node)) {
      const terms = this.alternatives(node, what, node, standalone);
      return terms ? { kind: "phrase", source: terms.source, terms, unless: [], line } : null;
    }
    const f = this.fields(node, PATTERN_KEYS, `a pattern in ${what}`);
    if (!f) return null;
    const unless = this.patterns(f.get("unless"), `the unless list of a pattern in ${what}`, node);
    if (f.has("phrase")) {
      if (f.has("near") || f.has("within") || f.has("ordered")) {
        this.problem(
          node,
          `a pattern in ${what} mixes "phrase" with "near"/"within"/"ordered"`,
          "a pattern is either a phrase or a near: [A, B] with within: N",
        );
        return null;
      }
      const terms = this.alternatives(f.get("phrase"), what, node, standalone);
      return terms ? { kind: "phrase", source: terms.source, terms, unless, line } : null;
    }
    if (!f.has("near")) {
      this.problem(
        node,
        `a pattern in ${what} has neither "phrase" nor "near"`,
        'write "phrase: words" or "near: [A, B]" with "within: N"',
      );
      return null;
    }
    const near = f.get("near");
    if (!isSeq(near) || near.items.length !== 2) {
      this.problem(
        near ?? node,
        `malformed proximity in ${what}: "near" must list exactly two phrases`,
        "write near: [first phrase, second phrase] (alternatives inside each with |)",
      );
      return null;
    }
    const withinNode = f.get("within");
    const within = isScalar(withinNode) ? withinNode.value : undefined;
    if (typeof within !== "number" || !Number.isInteger(within) || within < 0 || within > MAX_WITHIN) {
      this.problem(
        withinNode ?? node,
        `malformed proximity in ${what}: "within" must be a whole number of words from 0 to ${MAX_WITHIN}`,
        'add "within: N" (N = most words allowed between the two phrases)',
      );
      return null;
    }
    const orderedNode = f.get("ordered");
    let ordered = false;
    if (orderedNode !== undefined) {
      if (!isScalar(orderedNode) || typeof orderedNode.value !== "boolean") {
        this.problem(
          orderedNode ?? node,
          `malformed proximity in ${what}: "ordered" must be true or false`,
          "write ordered: true (first phrase before the second) or leave it out",
        );
        return null;
      }
      ordered = orderedNode.value;
    }
    const first = this.alternatives(near.items[0] as YamlNode, what, near, false);
    const second = this.alternatives(near.items[1] as YamlNode, what, near, false);
    if (!first || !second) return null;
    return {
      kind: "near",
      source: nearSource(first.source, second.source, within, ordered),
      first,
      second,
      within,
      ordered,
      unless,
      line,
    };
  }

  scope(node: YamlNode | null | undefined, what: string, parent: unknown): Scope {
    if (node === undefined || node === null) return "kosovo";
    const s = this.string(node, `${what} scope`, parent);
    if (s !== "kosovo" && s !== "any") {
      this.problem(
        node,
        `${what}: scope must be "kosovo" or "any", not "${s}"`,
        "write scope: kosovo (only sentences about Kosovo count) or scope: any",
      );
      return "kosovo";
    }
    return s;
  }

  key(node: YamlNode | null | undefined, what: string, parent: unknown, seen: Map<string, number>): string {
    const k = this.string(node, `${what} key`, parent);
    if (k === "") return k;
    if (!KEY_RE.test(k))
      this.problem(
        node,
        `${what} key "${k}" is not a valid key`,
        "use lower-case letters, digits and _ (it becomes a CSV column name)",
      );
    const before = seen.get(k);
    if (before !== undefined)
      this.problem(
        node,
        `duplicate key "${k}" (first defined on line ${before})`,
        "give each theme and vocabulary list its own key",
      );
    else seen.set(k, this.line(node));
    return k;
  }
}

/**
 * Parses and validates codebook YAML text. `file` names the source in error messages.
 * Collects every problem (unknown keys, empty or regex-like patterns, patterns that could
 * match everything, malformed proximity, duplicate keys, tab indentation) and throws one
 * `ValidationError` listing them with their lines.
 *
 * @example parseCodebook(fs.readFileSync("data/codebook.yaml", "utf8"), "data/codebook.yaml").themes.length // 12
 */
export function parseCodebook(text: string, file: string): Codebook {
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
  if (problems.length > 0) throw new ValidationError(`codebook ${file}`, problems);

  const lc = new LineCounter();
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
  if (problems.length > 0) throw new ValidationError(`codebook ${file}`, problems);

  const r = new Reader(file, lc);
  const root = doc.contents;
  const top = r.fields(root, TOP_KEYS, "the codebook");
  if (!top) throw new ValidationError(`codebook ${file}`, r.problems);

  const versionNode = top.get("version");
  const version = isScalar(versionNode) && typeof versionNode.value === "number" ? versionNode.value : 0;
  if (version !== 1)
    r.problem(versionNode ?? root, "version must be 1", "write version: 1 at the top", versionNode ? undefined : 1);
  const title = r.string(top.get("title"), "title", root, { required: false });

  // about_kosovo
  const aboutNode = top.get("about_kosovo");
  let aboutKosovo: AboutKosovo = { rule: "", anchors: [], window: 1, otherTopics: [] };
  if (aboutNode === undefined || aboutNode === null)
    r.problem(root, "about_kosovo is missing", "add the about_kosovo section (rule, anchors, window, other_topics)", 1);
  else {
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
        anchors: r.patterns(a.get("anchors"), "about_kosovo anchors", aboutNode, { required: true }),
        window: typeof w === "number" && Number.isInteger(w) ? w : 1,
        otherTopics: r.patterns(a.get("other_topics"), "about_kosovo other_topics", aboutNode),
      };
    }
  }

  const seen = new Map<string, number>();
  const themes: ThemeDef[] = [];
  const themesNode = top.get("themes");
  if (!isSeq(themesNode) || themesNode.items.length === 0)
    r.problem(
      themesNode ?? root,
      "themes must be a non-empty list",
      'add "themes:" with one "- key: ..." entry per theme',
      themesNode ? undefined : 1,
    );
  else
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
        patterns: r.patterns(f.get("patterns"), `${what} patterns`, item, { required: true, standalone: true }),
        veto: r.patterns(f.get("veto"), `${what} veto`, item),
        line: r.line(item),
      });
    }

  const vocabulary: VocabularyDef[] = [];
  const vocabNode = top.get("vocabulary");
  if (vocabNode !== undefined && vocabNode !== null) {
    if (!isSeq(vocabNode)) r.problem(vocabNode, "vocabulary must be a list", 'write one "- key: ..." entry per list');
    else
      for (const item of vocabNode.items) {
        const f = r.fields(item, VOCAB_KEYS, "a vocabulary list");
        if (!f) continue;
        const key = r.key(f.get("key"), "vocabulary", item, seen);
        const what = `vocabulary "${key}"`;
        vocabulary.push({
          key,
          label: r.string(f.get("label"), `${what} label`, item),
          group: r.string(f.get("group"), `${what} group`, item),
          scope: r.scope(f.get("scope"), what, item),
          patterns: r.patterns(f.get("patterns"), `${what} patterns`, item, { required: true, standalone: true }),
          veto: r.patterns(f.get("veto"), `${what} veto`, item),
          line: r.line(item),
        });
      }
  }

  if (r.problems.length > 0) {
    r.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new ValidationError(`codebook ${file}`, r.problems);
  }
  return { file, version, title, aboutKosovo, themes, vocabulary };
}

/**
 * The theme keys in codebook order (the order of the coding CSV's columns).
 *
 * @example themeKeys(loadCodebook()) // ["sovereignty", "dialogue", "unilateral", ...]
 */
export function themeKeys(codebook: Codebook): string[] {
  return codebook.themes.map((t) => t.key);
}

/**
 * The vocabulary-list keys in codebook order.
 *
 * @example vocabularyKeys(loadCodebook()) // ["normalization", "icj", "name_kosovo_authorities", ...]
 */
export function vocabularyKeys(codebook: Codebook): string[] {
  return codebook.vocabulary.map((v) => v.key);
}

// ---------------------------------------------------------------------------
// quanteda export

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
    (themes[t.level] ??= {})[t.key] = globs;
    for (const n of near) lost.push(`${t.key}: ${n}`);
    for (const v of t.veto) lost.push(`${t.key}: veto ${v.source}`);
    for (const p of t.patterns) for (const u of p.unless) lost.push(`${t.key}: unless ${u.source} (on ${p.source})`);
  }
  const vocabulary: Record<string, Record<string, string[]>> = {};
  for (const v of codebook.vocabulary) {
    const { globs, near } = globEntries(v.patterns);
    (vocabulary[v.group] ??= {})[v.key] = globs;
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
