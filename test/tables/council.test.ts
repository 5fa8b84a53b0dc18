import { strict as assert } from "assert";
import type { Text } from "../../lib/core";
import { COUNCIL_GROUPS, councilGroup } from "../../lib/corpus/datasets/council-groups";
import { councilGroupRows, councilMeetingRows, councilStanceRows } from "../../lib/tables/council";

/** A Council speech: its meeting, date, country and words (invented). */
function speech(id: string, meeting: string, date: string, country: string, words: number): Text {
  return {
    id,
    date,
    year: Number(date.slice(0, 4)),
    category: "unsc",
    speaker: "",
    post: "",
    country,
    countryName: country,
    venue: `UN Security Council, ${meeting}`,
    source: "invented",
    body: "invented",
    words,
  };
}

// two meetings: S/PV.5839 with China, Russia, Serbia and two elected members; S/PV.6025 with China (twice) and France
const texts = [
  speech("a", "S/PV.6025", "2008-11-26", "CHN", 100),
  speech("b", "S/PV.5839", "2008-02-18", "CHN", 50),
  speech("c", "S/PV.5839", "2008-02-18", "RUS", 70),
  speech("d", "S/PV.5839", "2008-02-18", "SRB", 90),
  speech("e", "S/PV.5839", "2008-02-18", "BEL", 10),
  speech("f", "S/PV.5839", "2008-02-18", "", 20),
  speech("g", "S/PV.6025", "2008-11-26", "FRA", 30),
  speech("h", "S/PV.6025", "2008-11-26", "CHN", 40),
];
const groupOf = (t: Text) => councilGroup(t.country);

describe("tables/council: who spoke at the Council's meetings", () => {
  it("one row per meeting, by date, with the groups heard in table order and the others counted", () => {
    assert.deepEqual(councilMeetingRows(texts, COUNCIL_GROUPS, groupOf), [
      { meeting: "S/PV.5839", date: "2008-02-18", speeches: 5, heard: "China, Russia, Serbia, 2 others" },
      { meeting: "S/PV.6025", date: "2008-11-26", speeches: 3, heard: "China, France" },
    ]);
  });

  it("speeches, meetings and words per group, every group listed", () => {
    const rows = councilGroupRows(texts, COUNCIL_GROUPS, groupOf);
    assert.deepEqual(
      rows.map((r) => r.group),
      [...COUNCIL_GROUPS],
    );
    assert.deepEqual(rows[0], { group: "China", speeches: 3, meetings: 2, words: 190 }); // 100 + 50 + 40
    assert.deepEqual(rows[4], { group: "France", speeches: 1, meetings: 1, words: 30 });
    assert.deepEqual(rows[7], { group: "Others", speeches: 2, meetings: 1, words: 30 }); // Belgium, the Secretariat
    assert.deepEqual(rows[2], { group: "United States", speeches: 0, meetings: 0, words: 0 });
  });

  it("stance rows in group order, groups with no speech left out", () => {
    const cells = [
      { key: "2008–2024", group: "Russia", units: 2, mean: 0.5, min: 0, max: 1 },
      { key: "2008–2024", group: "China", units: 3, mean: 1 / 3, min: 0, max: 1 },
    ];
    assert.deepEqual(councilStanceRows(cells, COUNCIL_GROUPS), [
      { group: "China", speeches: 3, "mean stance": 1 / 3, min: 0, max: 1 },
      { group: "Russia", speeches: 2, "mean stance": 0.5, min: 0, max: 1 },
    ]);
  });
});
