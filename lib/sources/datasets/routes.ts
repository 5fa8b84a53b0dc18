/**
 * The three routes to the study's texts and what each can reach: the field's datasets (`npm run import`),
 * the official pages and UN records (`npm run fetch`), and a text added by hand (`npm run add-text`). A
 * dataset can reach the slots of its category in its years (an upper bound: whether a statement is in a
 * copy depends on the copy); the fetcher the slots with a URL or a UN symbol; by hand, every slot.
 */
import { DATASET_NAMES, DATASETS } from "../../corpus/datasets/kinds";
import type { Slot } from "../../sources";

/** One route to the study's texts, and the slots it can reach per category. */
export interface RouteReach {
  /** "import unsc-speeches", "fetch", "by hand". */
  route: string;
  /** The command that takes it. */
  command: string;
  /** What it holds, in a few words. */
  holds: string;
  /** The citation a user gives for what it reads ("" for the official pages and by hand). */
  citation: string;
  licence: string;
  /** Slots it can reach, per category, in the order of `categories`. */
  counts: Record<string, number>;
  total: number;
}

/**
 * Each route with the slots it can reach, the datasets first (in DATASET_NAMES order), then fetch, then
 * by hand.
 *
 * @example routeReach(loadSlots(slotsPath("china-kosovo")), ["mfa", "unsc", "leader"]).map((r) => r.total)
 *   // [61, 58, 8, 78, 78]: Council speeches 2008–2024 / –2023, press answers 2008–2023, every slot twice
 */
export function routeReach(slots: Slot[], categories: string[]): RouteReach[] {
  const reach = (ok: (s: Slot) => boolean) => {
    const mine = slots.filter(ok);
    const counts = Object.fromEntries(categories.map((c) => [c, mine.filter((s) => s.category === c).length]));
    return { counts, total: mine.length };
  };
  const datasets = DATASET_NAMES.map((name) => {
    const d = DATASETS[name];
    const inYears = (s: Slot) => Number(s.date.slice(0, 4)) >= d.years[0] && Number(s.date.slice(0, 4)) <= d.years[1];
    return {
      route: `import ${name}`,
      command: `npm run import -- --dataset ${name} --from <download>`,
      holds: `${d.title} v${d.version}, ${d.years[0]}–${d.years[1]} (${d.layout})`,
      citation: d.citation,
      licence: d.licence,
      ...reach((s) => s.category === d.category && inYears(s)),
    };
  });
  const fetch = {
    route: "fetch",
    command: "npm run fetch -- --corpus china-kosovo",
    holds: "the official pages, and the UN's verbatim records by symbol (China's turn only)",
    citation: "",
    licence: "their publishers'",
    ...reach((s) => s.url !== "" || s.altUrl !== "" || /^S\//.test(s.docRef)),
  };
  const byHand = {
    route: "by hand",
    command: "npm run add-text -- --corpus china-kosovo --file <text.txt> …",
    holds: "any text you have, with its date, category and source",
    citation: "",
    licence: "their publishers'",
    ...reach(() => true),
  };
  return [...datasets, fetch, byHand];
}
