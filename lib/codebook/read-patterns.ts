/** Reading the patterns of a codebook (phrases, near patterns, unless lists) from YAML nodes. */
import { isScalar, isSeq } from "yaml";
import type { Node as YamlNode } from "yaml";
import { MAX_WITHIN, nearSource, parseAlternatives } from "./patterns";
import type { Node, Reader } from "./reader";
import type { Alternatives, Pattern } from "./types";

const PATTERN_KEYS = ["phrase", "near", "within", "ordered", "unless", "note"];

/** A list of patterns (`what` names it in problems); `standalone` patterns may not be a lone stop word. */
export function readPatterns(
  r: Reader,
  node: Node | undefined,
  what: string,
  parent: unknown,
  opts: { required?: boolean; standalone?: boolean } = {},
): Pattern[] {
  if (node === undefined || node === null) {
    if (opts.required) r.problem(parent, `${what} is missing or empty`, "add at least one pattern");
    return [];
  }
  if (!isSeq(node)) {
    r.problem(node, `${what} must be a list of patterns`, 'write one "- pattern" line per pattern');
    return [];
  }
  if (opts.required && node.items.length === 0) r.problem(node, `${what} is empty`, "add at least one pattern");
  const out: Pattern[] = [];
  for (const item of node.items) {
    const p = readPattern(r, item as YamlNode, what, opts.standalone ?? false);
    if (p) out.push(p);
  }
  return out;
}

function readAlternatives(
  r: Reader,
  node: Node | undefined,
  what: string,
  parent: unknown,
  standalone: boolean,
): Alternatives | null {
  if (node === undefined || node === null) {
    r.problem(parent, `empty pattern in ${what}`, "write a word or phrase, or delete the entry");
    return null;
  }
  if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number")) {
    r.problem(node, `a pattern in ${what} must be text`, "write the phrase as plain text");
    return null;
  }
  const source = String(node.value);
  const { phrases, problems } = parseAlternatives(source, { standalone });
  for (const pr of problems) r.problem(node, `${pr.message} (in ${what})`, pr.fix);
  return phrases ? { source: source.trim(), phrases } : null;
}

function readPattern(r: Reader, node: Node, what: string, standalone: boolean): Pattern | null {
  const line = r.line(node);
  if (node === null || isScalar(node)) {
    const terms = readAlternatives(r, node, what, node, standalone);
    return terms ? { kind: "phrase", source: terms.source, terms, unless: [], line } : null;
  }
  const f = r.fields(node, PATTERN_KEYS, `a pattern in ${what}`);
  if (!f) return null;
  const unless = readPatterns(r, f.get("unless"), `the unless list of a pattern in ${what}`, node);
  if (f.has("phrase")) {
    if (f.has("near") || f.has("within") || f.has("ordered")) {
      r.problem(
        node,
        `a pattern in ${what} mixes "phrase" with "near"/"within"/"ordered"`,
        "a pattern is either a phrase or a near: [A, B] with within: N",
      );
      return null;
    }
    const terms = readAlternatives(r, f.get("phrase"), what, node, standalone);
    return terms ? { kind: "phrase", source: terms.source, terms, unless, line } : null;
  }
  if (!f.has("near")) {
    r.problem(
      node,
      `a pattern in ${what} has neither "phrase" nor "near"`,
      'write "phrase: words" or "near: [A, B]" with "within: N"',
    );
    return null;
  }
  return readNear(r, node, f, what, unless, line);
}

function readNear(
  r: Reader,
  node: Node,
  f: Map<string, Node>,
  what: string,
  unless: Pattern[],
  line: number,
): Pattern | null {
  const near = f.get("near");
  if (!isSeq(near) || near.items.length !== 2) {
    r.problem(
      near ?? node,
      `malformed proximity in ${what}: "near" must list exactly two phrases`,
      "write near: [first phrase, second phrase] (alternatives inside each with |)",
    );
    return null;
  }
  const withinNode = f.get("within");
  const within = isScalar(withinNode) ? withinNode.value : undefined;
  if (typeof within !== "number" || !Number.isInteger(within) || within < 0 || within > MAX_WITHIN) {
    r.problem(
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
      r.problem(
        orderedNode ?? node,
        `malformed proximity in ${what}: "ordered" must be true or false`,
        "write ordered: true (first phrase before the second) or leave it out",
      );
      return null;
    }
    ordered = orderedNode.value;
  }
  const first = readAlternatives(r, near.items[0] as YamlNode, what, near, false);
  const second = readAlternatives(r, near.items[1] as YamlNode, what, near, false);
  if (!first || !second) return null;
  const source = nearSource(first.source, second.source, within, ordered);
  return { kind: "near", source, first, second, within, ordered, unless, line };
}
