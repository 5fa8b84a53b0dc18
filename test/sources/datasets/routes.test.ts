import { strict as assert } from "assert";
import { loadSlots, parseSlots, slotsPath } from "../../../lib/sources";
import { routeReach } from "../../../lib/sources/datasets/routes";

const CATEGORIES = ["mfa", "unsc", "leader"];

// invented slots: a Council meeting of 2024 (after the Debates' last year), one of 2010 with a symbol only,
// a press answer of 2010 with a URL, one of 2024 (after CMFA PressCon's last year) with nothing to fetch from
const SLOTS = parseSlots(
  "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence\n" +
    "unsc-2024-04-22,2024-04-22,unsc,,,UNSC,,S/PV.9610,,,t\n" +
    "unsc-2010-01-22,2010-01-22,unsc,,,UNSC,,S/PV.6264,,,t\n" +
    "mfa-2010-07-23,2010-07-23,mfa,,,MFA,,,https://example.org/a,,t\n" +
    "mfa-2024-02-05,2024-02-05,mfa,,,MFA,,,,,t\n" +
    "leader-2016-06-18,2016-06-18,leader,,,Belgrade,,,,https://example.org/b,t\n",
  "slots.csv",
);

describe("datasets/routes: the three routes to the study's texts and what each can reach", () => {
  it("a dataset reaches the slots of its category in its years; fetch those with a URL or symbol; by hand all", () => {
    const r = routeReach(SLOTS, CATEGORIES);
    assert.deepEqual(
      r.map((x) => [x.route, x.counts.mfa, x.counts.unsc, x.counts.leader, x.total]),
      [
        ["import unsc-speeches", 0, 2, 0, 2], // 1946–2024
        ["import unsc-debates", 0, 1, 0, 1], // 1992–2023: not the 2024 meeting
        ["import cmfa-presscon", 1, 0, 0, 1], // 2002–2023: not the 2024 answer
        ["fetch", 1, 2, 1, 4], // not the 2024 answer: no URL, no symbol
        ["by hand", 2, 2, 1, 5],
      ],
    );
    assert.equal(r[0].command, "npm run import -- --dataset unsc-speeches --from <download>");
    assert.match(r[1].citation, /Schoenfeld, Eckhard, Patz, van Meegdenburg and Pires.*doi:10\.7910\/DVN\/KGVSYH, CC0/);
    assert.match(r[2].citation, /Mochtak and Turcsanyi \(2021\).*doi:10\.1007\/s11366-021-09762-3/);
    assert.equal(r[3].citation, "");
  });

  it("on the study's slots file: the Council slots by year, the press slots to 2023", () => {
    // data/corpora/china-kosovo.slots.csv: 61 unsc slots 2008–2024 (3 of them in 2024), 11 mfa (3 in 2024),
    // 6 leader; every slot has a URL, an alternative URL or a UN symbol
    const r = routeReach(loadSlots(slotsPath("china-kosovo"), CATEGORIES), CATEGORIES);
    assert.deepEqual(
      r.map((x) => [x.route, x.counts.mfa, x.counts.unsc, x.counts.leader]),
      [
        ["import unsc-speeches", 0, 61, 0],
        ["import unsc-debates", 0, 58, 0],
        ["import cmfa-presscon", 8, 0, 0],
        ["fetch", 11, 61, 6],
        ["by hand", 11, 61, 6],
      ],
    );
  });
});
