/** Which about-Kosovo scope mode a corpus calls for. */
import type { ScopeMode } from "./types";

/**
 * The about-Kosovo scope mode a corpus card calls for: "sentence" for multi-topic texts (General
 * Debate cards, Kosovo passages, all of China's Security Council speeches), "unit" for whole
 * statements on Kosovo (the study's folder, the speeches of the Council's Kosovo meetings).
 *
 * @example defaultScopeMode(loadCard("china-kosovo")) // "unit"
 * @example defaultScopeMode({ source: { kind: "ungdc" }, unit: "whole" }) // "sentence"
 * @example defaultScopeMode(loadCard("china-unsc")) // "sentence"
 */
export function defaultScopeMode(card: { source: { kind: string; select?: string }; unit: string }): ScopeMode {
  const multiTopic = card.source.kind === "ungdc" || card.source.select === "china";
  return multiTopic || card.unit === "kosovo-passage" ? "sentence" : "unit";
}
