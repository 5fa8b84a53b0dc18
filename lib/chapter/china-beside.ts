/**
 * Chapter 08's China beside Serbia: China's own General Debate speeches and their Kosovo passages, and, per window,
 * the themes of China's passages beside Serbia's shares (or why the corpus cannot say).
 */
import type { Text, Unit } from "../core";
import { loadTexts } from "../corpus";
import type { BreakdownCount } from "../counts";
import { showMarkdown, showTable } from "../display";
import { kosovoPassage } from "../units";

/** China's own General Debate speeches and the Kosovo passages among them. */
export interface ChinaSpeeches {
  texts: Text[];
  passages: Unit[];
}

/**
 * China's own speeches (the corpus `name`, the card's `analysis.compare.china`) and their Kosovo passages; none when
 * the card names no such corpus.
 *
 * @example chinaSpeeches("china-ungdc").passages.map((u) => u.year) // [1999, 2008]
 */
export function chinaSpeeches(name: string | undefined): ChinaSpeeches {
  const texts = name ? loadTexts(name) : [];
  const passages = texts.map(kosovoPassage).filter((u): u is Unit => u !== null);
  return { texts, passages };
}

/**
 * The line on China's own speeches: how many, of which years, and which have a Kosovo passage (year, words).
 *
 * @example chinaSpeechesLine(chinaSpeeches("china-ungdc"))
 * // "China's General Debate speeches 1971–2024: **54**; with a Kosovo passage: **2** (1999, 120 words; …)."
 */
export function chinaSpeechesLine(c: ChinaSpeeches): string {
  const first = c.texts[0]?.year;
  const last = c.texts[c.texts.length - 1]?.year;
  const which = c.passages.map((u) => `${u.year}, ${u.words} words`).join("; ") || "none";
  return (
    `China's General Debate speeches ${first}–${last}: **${c.texts.length}**; ` +
    `with a Kosovo passage: **${c.passages.length}** (${which}).`
  );
}

/** One window's China beside Serbia: the table and its line, or the note when China has no passage in it. */
export interface ChinaBesideSerbia {
  window: string;
  /** Set when China has no passage in the window: what the corpus cannot say, and where the paper's evidence is. */
  note: string | null;
  rows: Array<Record<string, string | number | null>>;
  /** The themes China's passages express, with Serbia's share of each. */
  line: string;
}

/**
 * China beside Serbia in one window, from the window's counts per group and theme (`countBy(rows, groupOf, themes)`):
 * per theme, China's passages with it and Serbia's share.
 *
 * @example chinaBesideSerbia(themes, profile, "2008–2024", "China", "Serbia/Yugoslavia").note
 * // "**2008–2024:** China has no Kosovo passage in the General Debate, …"
 */
export function chinaBesideSerbia(
  themes: string[],
  profile: BreakdownCount[],
  window: string,
  china: string,
  serbia: string,
): ChinaBesideSerbia {
  const ch = profile.filter((c) => c.key === china);
  const srb = profile.filter((c) => c.key === serbia);
  if (ch.length === 0 || ch[0].units === 0) {
    const note =
      `**${window}:** China has no Kosovo passage in the General Debate, so this corpus cannot say whether its ` +
      "framing matches Serbia's in these years (the paper's evidence is China's Security Council statements and MFA " +
      "answers).";
    return { window, note, rows: [], line: "" };
  }
  const rows = themes.map((t) => {
    const c = ch.find((x) => x.theme === t);
    const s = srb.find((x) => x.theme === t);
    return {
      theme: t,
      [`China: passages with it (of ${ch[0].units})`]: c?.present ?? 0,
      [`Serbia: share (of ${s?.units ?? 0})`]: s?.share ?? null,
    };
  });
  const shared = themes.filter((t) => (ch.find((x) => x.theme === t)?.present ?? 0) > 0);
  const shares = shared.map((t) => `${t} ${((srb.find((x) => x.theme === t)?.share ?? 0) * 100).toFixed(0)}%`);
  const line =
    `**${window}:** China's ${ch[0].units} passage(s) express ` +
    `${shared.length ? shared.map((t) => `\`${t}\``).join(", ") : "no theme"}; ` +
    `Serbia's shares for these themes: ${shares.join(", ") || "—"}.`;
  return { window, note: null, rows, line };
}

/**
 * Shows one window's China beside Serbia: the note, or the table and its line.
 *
 * @example showChinaBesideSerbia(chinaBesideSerbia(themes, profile, "2008–2024", CHINA, SERBIA))
 */
export function showChinaBesideSerbia(b: ChinaBesideSerbia): void {
  if (b.note !== null) {
    showMarkdown(b.note);
    return;
  }
  showTable(b.rows, { title: `China beside Serbia, ${b.window}`, decimals: 2 });
  showMarkdown(b.line);
}
