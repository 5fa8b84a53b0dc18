/**
 * A corpus card on a Security Council dataset (`kind: unsc-speeches` or `kind: unsc-debates`, with
 * `select: kosovo-meetings` or `select: china`). The card parser checks every field; this narrows a card
 * to the Security Council shape.
 */
import { ArgumentError } from "../../core";
import { type CorpusCard, loadCard } from "../card";
import { type CouncilCard, isCouncilKind } from "./council-corpus";

/**
 * The card as a Security Council card.
 *
 * @example asCouncilCard(loadCard("unsc-kosovo")).source.select // "kosovo-meetings"
 * @throws {ArgumentError} when the card reads another source (the General Debate, a folder)
 */
export function asCouncilCard(card: CorpusCard): CouncilCard {
  if (!isCouncilKind(card.source.kind) || !card.source.select) {
    throw new ArgumentError(
      "card",
      "a card on a Security Council dataset (`kind: unsc-speeches` or `kind: unsc-debates`)",
      card.name,
      "use unsc-kosovo or china-unsc",
    );
  }
  return card as CouncilCard;
}

/**
 * Reads a Security Council card by name (`data/corpora/<name>.yaml`) or path.
 *
 * @example loadCouncilCard("unsc-kosovo").source.kind // "unsc-speeches"
 * @throws {InputError} when there is no such card; {ValidationError} listing its problems
 */
export function loadCouncilCard(name: string): CouncilCard {
  return asCouncilCard(loadCard(name));
}
