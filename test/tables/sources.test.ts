import { strict as assert } from "assert";
import { loadSlots, slotsPath } from "../../lib/sources";
import { slotsByYear } from "../../lib/tables/sources";
import { tmp } from "../sources/helpers";

describe("tables: slots by year", () => {
  it("counts slots per year and category, with URLs, symbols and fetched texts", () => {
    const rows = slotsByYear(loadSlots(slotsPath("china-kosovo")), { textsDir: tmp() });
    assert.deepEqual(rows[0], {
      year: "2008",
      counts: { mfa: 4, unsc: 6, leader: 1 },
      total: 11,
      officialUrl: 5,
      altUrl: 6,
      symbol: 6,
      fetched: 0,
    });
    assert.deepEqual(
      rows.map((r) => r.year),
      [...Array.from({ length: 17 }, (_, i) => String(2008 + i)), "all"],
    );
    const all = rows[rows.length - 1];
    assert.deepEqual(all.counts, { mfa: 11, unsc: 61, leader: 6 });
    assert.deepEqual([all.total, all.officialUrl, all.symbol], [78, 16, 57]);
  });
});
