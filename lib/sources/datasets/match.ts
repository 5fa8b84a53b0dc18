/**
 * Slot matching: which of the study's slots (`data/corpora/china-kosovo.slots.csv`) each imported
 * statement fills. A Security Council statement fills the slot with its meeting's symbol (S/PV.NNNN, or a
 * 2020 letter S/2020/NNN); failing that, the slot of its date and category that names no other symbol.
 * A press conference fills the foreign-ministry slot of its date (a press-conference slot first). Each
 * slot is filled once. A statement that fills no slot gets the id its slot would have
 * (`unsc-2013-05-21`, then `…b`, `…c`), never a slot's id, and is listed as a candidate slot.
 */
import { byCodeUnit, freeDayId } from "../../core";
import type { Slot } from "../../sources";
import type { Statement } from "../../corpus/datasets/statements";
import { baseSymbol } from "../../corpus/datasets/values";

/** A statement and the slot it fills (null: a candidate slot), with its text id and how it matched. */
export interface MatchedStatement {
  statement: Statement;
  slot: Slot | null;
  /** The text's id and file name: the slot's id, or a new id for a candidate. */
  id: string;
  /** How it matched: "symbol S/PV.5839", "date", or "no slot". */
  how: string;
}

const isPressSlot = (s: Slot) => /press conference|press-conference/i.test(`${s.venue} ${s.title}`);

/**
 * Matches statements to slots (see the file's comment). The result is in the statements' order.
 *
 * @example matchStatements([statement], slots)[0].id // "unsc-2008-02-18"
 */
export function matchStatements(statements: Statement[], slots: Slot[]): MatchedStatement[] {
  const used = new Set<string>();
  const out: MatchedStatement[] = statements.map((st) => ({ statement: st, slot: null, id: "", how: "no slot" }));
  // 1. by symbol
  for (const m of out) {
    const sym = m.statement.symbol;
    if (m.statement.category !== "unsc" || sym === "") continue;
    const slot = slots.find((s) => !used.has(s.slot) && s.category === "unsc" && baseSymbol(s.docRef) === sym);
    if (slot) {
      used.add(slot.slot);
      Object.assign(m, { slot, id: slot.slot, how: `symbol ${sym}` });
    }
  }
  // 2. by date and category (a slot naming another meeting's symbol is another meeting)
  for (const m of out) {
    if (m.slot) continue;
    const st = m.statement;
    const free = slots.filter(
      (s) =>
        !used.has(s.slot) &&
        s.category === st.category &&
        s.date === st.date &&
        !(st.category === "unsc" && /^S\//i.test(s.docRef) && baseSymbol(s.docRef) !== st.symbol),
    );
    const slot = (st.category === "mfa" ? free.find(isPressSlot) : undefined) ?? free[0];
    if (slot) {
      used.add(slot.slot);
      Object.assign(m, { slot, id: slot.slot, how: "date" });
    }
  }
  // 3. ids for candidates: the slot-style id, never one of the slots' ids
  const taken = new Set<string>(slots.map((s) => s.slot));
  const order = out.filter((m) => !m.slot).sort((a, b) => byCodeUnit(key(a.statement), key(b.statement)));
  for (const m of order) {
    const stem = `${m.statement.category}-${m.statement.date}`;
    const id = freeDayId(stem, (x) => taken.has(x), "");
    taken.add(id);
    m.id = id;
  }
  return out;
}

function key(s: Statement): string {
  return `${s.date}\u0000${s.category}\u0000${s.symbol}\u0000${s.rows[0] ?? ""}`;
}
