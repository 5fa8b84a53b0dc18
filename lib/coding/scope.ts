/** Which about-Kosovo scope mode a corpus calls for. */
import type { ScopeMode } from "./types";

/**
 * The about-Kosovo scope mode a corpus card calls for: "sentence" for General Debate cards and
 * Kosovo passages (multi-topic texts), "unit" for a folder of whole statements on Kosovo.
 *
 * @example defaultScopeMode(loadCard("china-kosovo")) // "unit"
 * @example defaultScopeMode({ source: { kind: "ungdc" }, unit: "whole" }) // "sentence"
 */
export function defaultScopeMode(card: { source: { kind: string }; unit: string }): ScopeMode {
  return card.source.kind === "ungdc" || card.unit === "kosovo-passage" ? "sentence" : "unit";
}
