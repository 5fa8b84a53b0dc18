/** The compiled codebook the coder runs on, and the scope modes. */
import type { Codebook, Scope } from "../codebook";
import type { SpeedLayer } from "./may-fire";

/**
 * "sentence": multi-topic texts (General Debate speeches, Kosovo passages): a scope-"kosovo"
 * theme counts a sentence only when the sentence is about Kosovo (codebook `about_kosovo`).
 * "unit": every sentence of the unit is about Kosovo (the study corpus's statements).
 */
export type ScopeMode = "sentence" | "unit";

export interface CompileOptions {
  /** Default "sentence". */
  mode?: ScopeMode;
  /** Characters per chunk when streaming a long unit (default 65536; tests use small values). */
  chunkSize?: number;
  /** The longest sentence coded whole; longer ones are cut into pieces (default `MAX_SENTENCE_CHARS`). */
  maxSentenceChars?: number;
  /**
   * Skip the prefilters and tokenise every sentence (slow; the reference the fast path is checked
   * against in the tests and by `npm run bench -- --check`). Default false.
   */
  exhaustive?: boolean;
}

/** A word of a phrase compiled to its normalised token; `prefix` for a word that ended in "*". */
export interface TermToken {
  norm: string;
  prefix: boolean;
}

/** Alternatives compiled to term numbers (indexes into `termTokens`). */
export interface CompiledAlternatives {
  source: string;
  terms: number[];
}

/** A codebook pattern compiled to term numbers. */
export interface CompiledPattern {
  kind: "phrase" | "near";
  source: string;
  first: CompiledAlternatives;
  second: CompiledAlternatives | null;
  within: number;
  ordered: boolean;
  unless: CompiledPattern[];
}

/** Who is coded: a theme or a vocabulary list. */
export interface Owner {
  key: string;
  isTheme: boolean;
  scope: Scope;
  patterns: CompiledPattern[];
  veto: CompiledPattern[];
  /** Terms of which at least one must be in a sentence for a pattern to fire. */
  triggers: number[];
}

/** A node of the token trie holding every phrase of the codebook. */
export interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Prefix edges by their first three characters. */
  prefix: Map<string, Array<{ stem: string; node: TrieNode }>>;
  /** The terms that end at this node. */
  terms: number[];
}

/** The codebook's follow-up rule compiled: back-reference patterns and the owners (themes) it carries. */
export interface CompiledFollowUp {
  distance: number;
  /** Indexes into `owners` of the themes the rule carries. */
  owners: number[];
  backReferences: CompiledPattern[];
}

/** A codebook ready for coding: built once by `compileCodebook`. */
export interface CompiledCodebook {
  codebook: Codebook;
  mode: ScopeMode;
  chunkSize: number;
  /** Sentences longer than this many characters are coded in pieces (see `./pieces`). */
  maxSentenceChars: number;
  themeKeys: string[];
  vocabularyKeys: string[];
  exhaustive: boolean;
  /** @internal themes, then vocabulary lists, in codebook order */
  owners: Owner[];
  /** @internal */
  anchors: CompiledPattern[];
  /** @internal */
  otherTopics: CompiledPattern[];
  /** @internal */
  window: number;
  /** @internal */
  trie: TrieNode;
  /** @internal the tokens of each term */
  termTokens: TermToken[][];
  /** @internal the prefilters that let most texts skip the exact scan (see `mayFire`) */
  speed: SpeedLayer;
  /** @internal the follow-up rule, or null when the codebook has none (no sentence is carried) */
  followUp: CompiledFollowUp | null;
}
