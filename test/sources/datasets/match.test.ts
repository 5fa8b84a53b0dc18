import { strict as assert } from "assert";
import { matchStatements } from "../../../lib/sources/datasets/match";
import type { Statement } from "../../../lib/corpus/datasets/statements";
import { parseSlots } from "../../../lib/sources";

const HEADER = "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence\n";
const SLOTS = parseSlots(
  HEADER +
    [
      "unsc-2008-01-16,2008-01-16,unsc,,,UNSC,,S/PV.5821,,,t",
      "unsc-2008-02-18,2008-02-18,unsc,,,UNSC,,S/PV.5839,,,t",
      "unsc-2020-04-24,2020-04-24,unsc,,,VTC,,S/2020/339,,,t",
      "unsc-2020-10-21,2020-10-21,unsc,,,VTC,,,,,t",
      "mfa-2008-02-18,2008-02-18,mfa,,,MFA spokesperson remarks (written statement),,,,,t",
      "mfa-2008-02-18b,2008-02-18,mfa,,,MFA regular press conference,,,,,t",
      "unsc-2013-05-21,2013-05-21,unsc,,,UNSC,,S/PV.6970,,,t",
    ].join("\n") +
    "\n",
  "slots.csv",
);

const st = (category: "unsc" | "mfa", date: string, symbol = ""): Statement => ({
  dataset: category === "mfa" ? "cmfa-presscon" : "unsc-speeches",
  category,
  date,
  symbol,
  speaker: "",
  post: "",
  venue: "",
  title: "",
  body: "Invented.",
  rows: [`${date}-${symbol}`],
  sources: ["Invented."],
});

describe("datasets/match", () => {
  it("matches by symbol first, by date when the slot names no symbol, and a 2020 letter by its symbol", () => {
    const m = matchStatements(
      [
        st("unsc", "2008-02-18", "S/PV.5839"),
        st("unsc", "2020-10-21", "S/2020/1040"),
        st("unsc", "2020-04-24", "S/2020/339"),
        st("mfa", "2008-02-18"),
      ],
      SLOTS,
    );
    assert.deepEqual(
      m.map((x) => [x.id, x.how]),
      [
        ["unsc-2008-02-18", "symbol S/PV.5839"],
        ["unsc-2020-10-21", "date"],
        ["unsc-2020-04-24", "symbol S/2020/339"],
        ["mfa-2008-02-18b", "date"], // the press-conference slot of that date first
      ],
    );
  });

  it("does not give a meeting the slot of another meeting of the same day", () => {
    const [m] = matchStatements([st("unsc", "2008-01-16", "S/PV.5822")], SLOTS);
    assert.equal(m.slot, null);
    assert.equal(m.id, "unsc-2008-01-16b"); // the slot's own id is never taken by a candidate
  });

  it("gives candidates slot-style ids, in date and symbol order, never twice", () => {
    const m = matchStatements(
      [st("unsc", "2019-07-01", "S/PV.9991"), st("unsc", "2019-07-01", "S/PV.9990"), st("mfa", "2015-03-04")],
      SLOTS,
    );
    assert.deepEqual(
      m.map((x) => [x.id, x.how]),
      [
        ["unsc-2019-07-01b", "no slot"],
        ["unsc-2019-07-01", "no slot"],
        ["mfa-2015-03-04", "no slot"],
      ],
    );
  });

  it("fills each slot once: a second statement of the same meeting is a candidate", () => {
    const m = matchStatements([st("unsc", "2008-02-18", "S/PV.5839"), st("unsc", "2008-02-19", "S/PV.5839")], SLOTS);
    assert.deepEqual(
      m.map((x) => x.id),
      ["unsc-2008-02-18", "unsc-2008-02-19"],
    );
  });
});
