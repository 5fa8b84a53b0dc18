/**
 * The findings of chapter 08 (speakers): China's profile beside the other speaker groups — how often it speaks of
 * Kosovo in the General Debate, the themes of its passages beside Serbia's shares, and the mean stance of every
 * group — computed as chapter 08 computes them, on the corpus and windows of the card's `analysis.compare`.
 */
import { compareView } from "../../chapter";
import { loadCodebook, stanceWeights, themeKeys } from "../../codebook";
import { codeCorpus } from "../../workflow";
import { GROUP_SHORT_LABELS, groupLabeller, loadCard, loadTexts } from "../../corpus";
import type { Unit } from "../../core";
import { countBy } from "../../counts";
import { formatCell } from "../../display";
import { stanceBy, stancePerUnit } from "../../timeline/stance";
import { kosovoPassage } from "../../units";
import { claimsIn, type Finding, joinParts, type Sentence, sentence } from "./claims";

const CHAPTER = "08-compare-speakers";

/** The windows of chapter 08 (the card's `analysis.compare.windows`). */
function windows(cardName: string): Array<{ label: string; years: [number, number] }> {
  return compareView(loadCard(cardName)).windows;
}

/** How often China speaks of Kosovo in its own General Debate speeches (chapter 08, section 4). */
function chinaPassages(cardName: string): Sentence {
  const at = claimsIn(CHAPTER, "finding-china");
  const china = compareView(loadCard(cardName)).china;
  const texts = china ? loadTexts(china) : [];
  const passages = texts.map(kosovoPassage).filter((u): u is Unit => u !== null);
  const list = passages.map((u) => `${u.year}, ${u.words} words`).join("; ") || "none";
  const span = `${texts[0]?.year}–${texts[texts.length - 1]?.year}`;
  return sentence`Of China's ${at(`General Debate speeches ${span}: ${texts.length}`)}, \
${at(`with a Kosovo passage: ${passages.length} (${list})`)}.`;
}

/** China's themes beside Serbia's shares, for each window where China has a passage (chapter 08, section 4). */
function profiles(cardName: string): Sentence[] {
  const at = claimsIn(CHAPTER, "finding-china");
  const card = compareView(loadCard(cardName)).card;
  const codebook = loadCodebook();
  const themes = themeKeys(codebook);
  const groupLabel = groupLabeller();
  const [china, serbia] = [GROUP_SHORT_LABELS.china, GROUP_SHORT_LABELS.serbia];
  return windows(cardName).map((w) => {
    const { rows } = codeCorpus(card, { years: w.years, codebook });
    const profile = countBy(rows, (r) => groupLabel(r), themes);
    const mine = profile.filter((c) => c.key === china);
    if (mine.length === 0 || mine[0].units === 0) {
      return sentence`${w.label}: ${at("China has no Kosovo passage in the General Debate")}.`;
    }
    const shared = themes.filter((t) => (mine.find((x) => x.theme === t)?.present ?? 0) > 0);
    const share = (t: string) => profile.find((x) => x.key === serbia && x.theme === t)?.share ?? 0;
    const serbiaShares = shared.map((t) => sentence`${at(`${t} ${(share(t) * 100).toFixed(0)}%`)}`);
    const expressed = at(`China's ${mine[0].units} passage(s) express`);
    return sentence`${w.label}: ${expressed} ${shared.join(", ") || "no theme"}; Serbia's shares of passages for \
these themes: ${joinParts(serbiaShares, ", ")}.`;
  });
}

/** Mean stance per group and window, China first (chapter 08, section 2). */
function stances(cardName: string): Sentence {
  const at = claimsIn(CHAPTER, "finding-stance");
  const card = compareView(loadCard(cardName)).card;
  const groupLabel = groupLabeller();
  const codebook = loadCodebook();
  const china = GROUP_SHORT_LABELS.china;
  const parts = windows(cardName).map((w) => {
    const { rows } = codeCorpus(card, { years: w.years, codebook });
    const cells = stanceBy(
      stancePerUnit(rows, stanceWeights(codebook), (r) => groupLabel(r)),
      [{ label: w.label, from: w.years[0], to: w.years[1] }],
    );
    const ordered = [...cells.filter((c) => c.group === china), ...cells.filter((c) => c.group !== china)];
    const items = ordered.map((c) => {
      const row = [w.label, c.group];
      return sentence`${c.group} ${at(formatCell(c.mean, 2), row)} (${at(String(c.units), row)})`;
    });
    return sentence`${w.label}: ${joinParts(items, ", ")}`;
  });
  return sentence`Mean stance (−1 pro-Kosovo … +1 pro-Serbia; passages in brackets) — ${joinParts(parts, "; ")}.`;
}

/**
 * China's profile beside the other speakers: its Kosovo passages in the General Debate, their themes beside
 * Serbia's, and every group's mean stance.
 *
 * @example speakersFinding("ungdc-kosovo").chart // "08-stance-by-group"
 */
export function speakersFinding(cardName: string): Finding {
  const at = claimsIn(CHAPTER, "finding-china");
  return {
    key: "china",
    title: "China's profile beside the other speakers",
    cell: at("").cell,
    sentences: [joinParts([chinaPassages(cardName), ...profiles(cardName)], " "), stances(cardName)],
    chart: "08-stance-by-group",
    caveat: sentence`A profile that rests on a handful of passages is those passages, not a stance; the paper's \
evidence is China's Security Council statements and foreign-ministry answers, which the General Debate does not hold.`,
  };
}
