/** The codebook's own examples, coded: a self-check of the patterns against the sentences the codebook gives. */
import type { Codebook } from "../codebook";
import { codeUnit } from "./coder";
import type { CompiledCodebook } from "./types";

/** One example sentence of a theme: whether it should be coded (1) or not (0), and whether it is. */
export interface ExampleCheck {
  theme: string;
  expected: 0 | 1;
  coded: 0 | 1;
  example: string;
}

/**
 * Codes every example sentence of every theme: positive examples should be coded (1), negative ones not (0).
 *
 * @example codeExamples(compileCodebook(codebook, { mode: "unit" }), codebook).filter((e) => e.coded !== e.expected)
 * // [] when the patterns code their own examples right
 */
export function codeExamples(compiled: CompiledCodebook, codebook: Codebook): ExampleCheck[] {
  const coded = (theme: string, example: string): 0 | 1 =>
    codeUnit(compiled, { id: "example", body: example }).codes[theme]?.present === 1 ? 1 : 0;
  return codebook.themes.flatMap((t) => [
    ...t.examples.positive.map((example) => ({
      theme: t.key,
      expected: 1 as const,
      coded: coded(t.key, example),
      example,
    })),
    ...t.examples.negative.map((example) => ({
      theme: t.key,
      expected: 0 as const,
      coded: coded(t.key, example),
      example,
    })),
  ]);
}
