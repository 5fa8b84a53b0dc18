import { strict as assert } from "assert";
import { LIST_LINES, passageListView } from "../../lib/charts";

describe("charts: a list of passages under a chart", () => {
  const view = passageListView({
    dataset: "passages",
    line: "datum.year + ' · ' + datum.who",
    filters: [{ filter: { param: "pick", empty: false } }],
    sortBy: ["year", "who"],
    title: "Click a year",
    width: 300,
    tooltip: [{ field: "who" }],
  }) as Record<string, unknown> & { transform: Array<Record<string, unknown>>; layer: Array<Record<string, unknown>> };

  it("reads the spec's named dataset, filters by the selection first, then numbers the lines in order", () => {
    assert.deepEqual(view.data, { name: "passages" });
    assert.deepEqual(view.transform[0], { filter: { param: "pick", empty: false } });
    assert.deepEqual(view.transform[1], { calculate: "datum.year + ' · ' + datum.who", as: "line" });
    assert.deepEqual(view.transform[2], {
      window: [{ op: "row_number", as: "row" }],
      sort: [
        { field: "year", order: "ascending" },
        { field: "who", order: "ascending" },
      ],
    });
  });

  it(`shows at most ${LIST_LINES} lines, then a line counting the rest`, () => {
    assert.deepEqual(view.layer[0].transform, [{ filter: `datum.row <= ${LIST_LINES}` }]);
    assert.deepEqual((view.layer[1].transform as unknown[])[0], { filter: `datum.row == ${LIST_LINES + 1}` });
    assert.equal(view.height, (LIST_LINES + 1) * 15, "a fixed height: a line of 15 px each, and the last line");
  });
});
