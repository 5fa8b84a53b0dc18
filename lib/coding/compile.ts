/** Compiling a codebook for the coder: phrases to normalised tokens in a trie, patterns to term numbers. */
import type { Alternatives, Codebook, Pattern, Scope } from "../codebook";
import { plainText, tokenize } from "../text";
import { buildSpeedLayer } from "./may-fire";
import { MAX_SENTENCE_CHARS } from "./pieces";
import { addTerm, newNode } from "./trie";
import type {
  CompileOptions,
  CompiledAlternatives,
  CompiledCodebook,
  CompiledPattern,
  Owner,
  TermToken,
} from "./types";

/**
 * Compiles a codebook into a token trie and pattern tables. Do it once per run.
 *
 * @example const compiled = compileCodebook(loadCodebook(), { mode: "unit" });
 */
export function compileCodebook(codebook: Codebook, opts: CompileOptions = {}): CompiledCodebook {
  const mode = opts.mode ?? "sentence";
  const termIndex = new Map<string, number>();
  const termTokens: TermToken[][] = [];
  const trie = newNode();

  // one term per distinct phrase (its tokens, a prefix word marked "*"), numbered in order of appearance
  const termOf = (words: Array<{ word: string; prefix: boolean }>): number => {
    const toks: TermToken[] = [];
    for (const w of words) {
      // a pattern typed decomposed (NFD) must match the composed texts, and one typed with invisible
      // characters, fullwidth letters or odd spaces the plain texts (read as the coder reads texts)
      const ts = tokenize(plainText(w.word.normalize("NFC")));
      ts.forEach((t, i) => {
        toks.push({ norm: t.norm, prefix: w.prefix && i === ts.length - 1 });
      });
    }
    const id = toks.map((t) => t.norm + (t.prefix ? "*" : "")).join(" ");
    const known = termIndex.get(id);
    if (known !== undefined) return known;
    const n = termTokens.length;
    termIndex.set(id, n);
    termTokens.push(toks);
    addTerm(trie, toks, n);
    return n;
  };
  const alts = (a: Alternatives): CompiledAlternatives => ({
    source: a.source,
    terms: [...new Set(a.phrases.map((p) => termOf(p.words)))],
  });
  const pattern = (p: Pattern): CompiledPattern =>
    p.kind === "phrase"
      ? {
          kind: "phrase",
          source: p.source,
          first: alts(p.terms),
          second: null,
          within: 0,
          ordered: false,
          unless: p.unless.map(pattern),
        }
      : {
          kind: "near",
          source: p.source,
          first: alts(p.first),
          second: alts(p.second),
          within: p.within,
          ordered: p.ordered,
          unless: p.unless.map(pattern),
        };
  const owner = (key: string, isTheme: boolean, scope: Scope, ps: Pattern[], veto: Pattern[]): Owner => {
    const patterns = ps.map(pattern);
    return {
      key,
      isTheme,
      scope,
      patterns,
      veto: veto.map(pattern),
      triggers: [...new Set(patterns.flatMap((p) => p.first.terms))],
    };
  };

  const owners: Owner[] = [
    ...codebook.themes.map((t) => owner(t.key, true, t.scope, t.patterns, t.veto)),
    ...codebook.vocabulary.map((v) => owner(v.key, false, v.scope, v.patterns, v.veto)),
  ];
  const anchors = codebook.aboutKosovo.anchors.map(pattern);
  const otherTopics = codebook.aboutKosovo.otherTopics.map(pattern);
  const exhaustive = opts.exhaustive === true;
  // after every other pattern, so that the terms of a codebook without the rule keep their numbers
  const fu = codebook.followUp;
  const followUp = fu
    ? {
        distance: fu.distance,
        owners: fu.themes.map((k) => owners.findIndex((o) => o.isTheme && o.key === k)).filter((i) => i >= 0),
        backReferences: fu.backReferences.map(pattern),
      }
    : null;
  return {
    codebook,
    mode,
    chunkSize: opts.chunkSize ?? 65536,
    maxSentenceChars: opts.maxSentenceChars ?? MAX_SENTENCE_CHARS,
    exhaustive,
    themeKeys: codebook.themes.map((t) => t.key),
    vocabularyKeys: codebook.vocabulary.map((v) => v.key),
    owners,
    anchors,
    otherTopics,
    window: codebook.aboutKosovo.window,
    trie,
    termTokens,
    speed: buildSpeedLayer({ termTokens, anchors, owners, mode, exhaustive }),
    followUp,
  };
}
