/**
 * Reading YAML nodes of a codebook and collecting problems with their lines: every problem of a
 * file is reported at once, each with the fix.
 */
import { isMap, isPair, isScalar, isSeq } from "yaml";
import type { LineCounter, Node as YamlNode, YAMLMap } from "yaml";
import type { Problem } from "../core";
import type { Scope } from "./types";

/** A YAML node of the codebook, or null for an empty value. */
export type Node = YamlNode | null;

const KEY_RE = /^[a-z][a-z0-9_]*$/;

/** Reads the nodes of one codebook file, collecting problems with their lines. */
export class Reader {
  problems: Problem[] = [];
  constructor(
    readonly file: string,
    readonly lc: LineCounter,
  ) {}

  /** The 1-based line where `node` starts (1 when it has no place). */
  line(node: unknown): number {
    const r = (node as { range?: [number, number, number] } | null)?.range;
    return r ? this.lc.linePos(r[0]).line : 1;
  }

  problem(node: unknown, message: string, fix: string, line?: number): void {
    this.problems.push({ file: this.file, line: line ?? this.line(node), message, fix });
  }

  /** The map's pairs as key → value node, reporting unknown keys. */
  fields(node: unknown, allowed: string[], what: string): Map<string, Node> | null {
    if (!isMap(node)) {
      this.problem(
        node,
        `${what} must be a mapping (key: value lines)`,
        `write ${what} as "key: value" lines (allowed keys: ${allowed.join(", ")})`,
      );
      return null;
    }
    const out = new Map<string, Node>();
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
      out.set(k, (pair.value as Node) ?? null);
    }
    return out;
  }

  string(node: Node | undefined, what: string, parent: unknown, opts: { required?: boolean } = {}): string {
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

  strings(node: Node | undefined, what: string, parent: unknown): string[] {
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) {
      this.problem(node, `${what} must be a list`, 'write one "- item" line per entry');
      return [];
    }
    return node.items.map((it) => this.string(it as YamlNode, `an entry of ${what}`, parent));
  }

  scope(node: Node | undefined, what: string, parent: unknown): Scope {
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

  /** A key for a CSV column (lower-case letters, digits, _), checked against `seen` for duplicates. */
  key(node: Node | undefined, what: string, parent: unknown, seen: Map<string, number>): string {
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

/** Is `s` usable as a CSV column name (lower-case letters, digits and _, starting with a letter)? */
export function isColumnName(s: string): boolean {
  return KEY_RE.test(s);
}
