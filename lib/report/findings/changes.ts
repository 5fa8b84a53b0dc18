/**
 * The findings of chapter 06 (time shifts): the changes between periods that hold after adjustment for the number
 * of tests, the trend across the paper's years, and the caveat — taken from the same lib calls chapter 06 makes
 * (`periodTestFamilies`, `stratifiedTests`, `changeVerdicts`, `trendTests`), so that this page says what it
 * shows. When chapter 06 changes which tests it reads, this file changes with it; the report's test compares the
 * two outputs.
 */
import { timeView } from "../../chapter";
import { loadCodebook, stanceWeights } from "../../codebook";
import type { CodedRow, Period } from "../../core";
import { chinaVsOthers, groupLabeller, loadCard } from "../../corpus";
import {
  changeVerdicts,
  periodTestFamilies,
  periodTests,
  prevalenceByPeriod,
  stratifiedTests,
  trendTests,
} from "../../timeline";
import { periodFamilyRows, verdictRows } from "../../tables/change";
import { stancePerUnit } from "../../timeline/stance";
import { prevalenceWide, trendRows } from "../../tables/timeline";
import { claimsIn, type Finding, joinParts, type Sentence, sentence } from "./claims";

const CHAPTER = "06-time-shifts";

/** What chapter 06's first cell sets up: the years, the rows, the themes and the periods it reads. */
export interface TimeShiftSetup {
  card: string;
  years: [number, number];
  /** Units coded with the Kosovo codebook (the stance reads these). */
  kosovoRows: CodedRow[];
  /** The rows the prevalence and the tests read (the principles on `china-ungdc`). */
  rows: CodedRow[];
  themes: string[];
  periods: Period[];
  /** Whether the card codes time with its own codebook (general principles), not the Kosovo one. */
  ownCodebook: boolean;
  /** The second, narrower window of the trend test, when the card names one. */
  also?: [number, number];
}

/**
 * Chapter 06's set-up, as its first cell makes it: `ungdc-kosovo` widened to 1989–2024; on `china-ungdc` the
 * principles codebook by decade; elsewhere the card's years and periods with the ranked themes and independence.
 *
 * @example timeShiftSetup("ungdc-kosovo").years // [1989, 2024]
 */
export function timeShiftSetup(cardName: string): TimeShiftSetup {
  const view = timeView(loadCard(cardName));
  const { years, rows, themes, periods, ownCodebook, also } = view;
  return { card: cardName, years, kosovoRows: view.kosovo.rows, rows, themes, periods, ownCodebook, also };
}

/**
 * The tests between periods, read as chapter 06 reads them: the declared family "first vs last" (Fisher's exact p,
 * Holm within the family, its size beside), and the verdict for each theme — a change within speakers, or one the
 * speaker mix alone made (the stratified tests of its section 4).
 */
function periodSentences(s: TimeShiftSetup): Sentence[] {
  const at = claimsIn(CHAPTER, "finding-changes");
  const tests = periodTestFamilies(periodTests(s.rows, s.periods, s.themes), s.periods);
  const table = periodFamilyRows(tests);
  const firstLast = tests.map((t, i) => ({ t, row: table[i] })).filter((x) => x.t.family.name === "first vs last");
  if (firstLast.length === 0) return [sentence`No change between periods could be tested.`];
  const m = firstLast[0].t.family.size;
  const holding = firstLast.filter((x) => (x.t.member.holm ?? 1) < 0.05);
  const described = ({ t, row }: (typeof firstLast)[number]) => {
    const key = [t.test.theme, String(row.change)];
    return sentence`${at(t.test.theme)} ${at(String(row.earlier), key)} → ${at(String(row.later), key)} \
(Holm p ${at(String(row["Holm p"]), key)})`;
  };
  const family = holding.length
    ? sentence`Of the ${at(`first vs last`)} family declared in chapter 06 (one test per theme, m = ${m}), \
${holding.length} change(s) hold at 5% after Holm: ${joinParts(holding.map(described), "; ")}.`
    : sentence`No change of the ${at(`first vs last`)} family declared in chapter 06 (one test per theme, \
m = ${m}) holds at 5% after Holm.`;
  const [first, last] = [s.periods[0], s.periods[s.periods.length - 1]];
  const byGroup = stratifiedTests(s.rows, s.themes, first, last, groupLabeller(), "speaker group");
  const verdicts = changeVerdicts(byGroup);
  const vrows = verdictRows(verdicts);
  const vt = claimsIn(CHAPTER, "finding-verdicts");
  const kinds = ["within speakers", "compositional"] as const;
  const parts = kinds.map((kind) => {
    const items = verdicts
      .map((v, i) => ({ v, row: vrows[i] }))
      .filter((x) => x.v.kind === kind)
      .map(({ v, row }) => sentence`${vt(v.theme)} (stratified p ${vt(String(row["stratified p"]), [v.theme])})`);
    return items.length ? sentence`${kind}: ${joinParts(items, ", ")}` : sentence`${kind}: none`;
  });
  const within = sentence`Tested again within speaker groups (${first.label} → ${last.label}), the changes are — \
${joinParts(parts, "; ")}: a compositional change is one the mix of speakers made, not a change in how they speak.`;
  return [family, within];
}

/** The trend test as chapter 06's last section shows it: over the paper's years (2008 on), or every year of China's. */
function trendSentence(s: TimeShiftSetup): Sentence {
  const at = claimsIn(CHAPTER, "finding-trend");
  const onlyPaperYears = s.also !== undefined;
  const [from, to] = s.also ?? s.years;
  const rows = s.rows.filter((r) => r.year >= from && r.year <= to);
  const trends = trendTests(rows, s.themes);
  const table = trendRows(trends);
  const moving = trends.map((_, i) => i).filter((i) => trends[i].p !== null && (trends[i].p as number) < 0.05);
  const span = onlyPaperYears ? `over the paper's years alone (${from}–${to})` : "over the years";
  if (moving.length === 0) {
    return sentence`The Cochran–Armitage trend test ${span} finds no theme whose share moves steadily (p < 0.05).`;
  }
  const items = moving.map((i) => {
    const row = [trends[i].theme, String(table[i].cells)];
    return sentence`${at(trends[i].theme)} ${String(table[i].direction)} (z ${at(String(table[i].z), row)}, \
p ${at(String(table[i].p), row)})`;
  });
  return sentence`The Cochran–Armitage trend test ${span} finds a steady change in ${joinParts(items, ", ", " and ")}; \
these p-values are not adjusted for the ${trends.length} themes tested.`;
}

/** The caveat of chapter 06: whose words these are, and how few units the late period has. */
function caveat(s: TimeShiftSetup): Sentence {
  const stances = stancePerUnit(s.kosovoRows, stanceWeights(loadCodebook()), (r) => chinaVsOthers(r));
  const china = stances.filter((x) => x.group === "China");
  const chinaLate = china.filter((x) => x.year >= (s.periods[0]?.from ?? 0)).length;
  const st = claimsIn(CHAPTER, "finding-stance");
  const whose = s.ownCodebook
    ? sentence`Every unit here is China's own speech.`
    : sentence`${st(`China has ${china.length} unit(s) in this corpus`)}, ${chinaLate} of them in the periods \
tested: these are changes in how the other speakers talk, not a test of the paper's claim about China.`;
  const last = s.periods[s.periods.length - 1];
  if (!last) return whose;
  const wide = prevalenceWide(prevalenceByPeriod(s.rows, s.periods, s.themes));
  const lastRow = wide.find((r) => r.period === last.label);
  const pe = claimsIn(CHAPTER, "finding-periods");
  const draws = s.ownCodebook
    ? "one speaker's speeches, year after year"
    : "speeches, several a year from the same speakers";
  return sentence`${whose} The latest period, ${last.label}, rests on ${pe(String(lastRow?.units ?? 0), [last.label])} \
units, so only large changes can show; and the units are ${draws}, not independent draws.`;
}

/**
 * The changes over time chapter 06 finds on a corpus: the period tests after Holm's adjustment, the trend test, and
 * the caveat, with the chapter's numbers.
 *
 * @example changesFinding("ungdc-kosovo").sentences.length // 2
 */
export function changesFinding(cardName: string): Finding {
  const s = timeShiftSetup(cardName);
  const at = claimsIn(CHAPTER, "finding-changes");
  const title = "Changes over time: what holds after the tests";
  if (s.rows.length === 0) {
    return {
      key: "changes",
      title,
      cell: at("").cell,
      sentences: [sentence`The corpus has no coded units: nothing to test over time.`],
      chart: "",
    };
  }
  return {
    key: "changes",
    title,
    cell: at("").cell,
    sentences: [...periodSentences(s), trendSentence(s)],
    chart: "06-prevalence-by-year",
    caveat: caveat(s),
  };
}
