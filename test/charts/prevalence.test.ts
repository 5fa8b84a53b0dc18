import { strict as assert } from "assert";
import { PREVALENCE_PARAMS, passageRows, prevalenceLines, renderSvg } from "../../lib/charts";
import { markItems, PERIODS, SHARES } from "./fixtures";
import { CODED, UNITS } from "./passages";

type View = Record<string, unknown> & { name?: string; layer?: View[]; data?: { values: Record<string, unknown>[] } };

describe("charts: prevalenceLines", () => {
  it("prevalenceLines draws one rectangle per period, one line per theme and one units bar per year", async () => {
    const svg = await renderSvg(prevalenceLines(SHARES, PERIODS));
    // rect marks in order: the period shading (3), then the units-per-year bars (5 years)
    assert.deepEqual(markItems(svg, "rect"), [3, 5]);
    assert.deepEqual(markItems(svg, "line"), [1, 1]);
    for (const p of PERIODS) assert.ok(svg.includes(`>${p.label}</text>`), p.label);
  });

  it("without passages: a legend that filters the themes, no year to pick and no list", () => {
    const spec = prevalenceLines(SHARES, PERIODS);
    assert.deepEqual(
      (spec.params as Array<{ name: string; bind?: string }>).map((p) => [p.name, p.bind]),
      [[PREVALENCE_PARAMS.theme, "legend"]],
    );
    assert.equal((spec.vconcat as View[]).length, 2);
  });

  const shares = [
    { year: 2009, theme: "sovereignty", share: 0.5, units: 2 },
    { year: 2009, theme: "dialogue", share: 0.5, units: 2 },
    { year: 2010, theme: "sovereignty", share: 0, units: 1 },
    { year: 2010, theme: "dialogue", share: 1, units: 1 },
  ];
  const passages = passageRows(UNITS, CODED, ["sovereignty", "dialogue"]);
  const spec = prevalenceLines(shares, [], { passages });
  const [lines, bars, list] = spec.vconcat as View[];
  const points = lines.layer!.find((l) => l.name === "prevalence_points")!;

  it("with passages: each point's tooltip names the units behind it and quotes a sentence", async () => {
    const at = (year: number, theme: string) => points.data!.values.find((v) => v.year === year && v.theme === theme)!;
    assert.equal(at(2009, "sovereignty").who, "Aland · Ann Ames · AAA_1_2009");
    assert.equal(at(2010, "sovereignty").who, "none");
    assert.equal(at(2010, "dialogue").who, "Carpania · Cy Cole · CCC_2_2010");
    // the sentence is looked up in the passages, which the spec holds once (the list reads them too)
    const passagesData = (spec.datasets as Record<string, Array<Record<string, unknown>>>).prevalence_passages;
    assert.deepEqual(
      passagesData.filter((p) => p.key === "2009|sovereignty").map((p) => p.evidence),
      ["Talks respect borders."],
    );
    assert.deepEqual(list.data, { name: "prevalence_passages" });
    const svg = await renderSvg(spec);
    assert.match(
      svg,
      /aria-label="2009, sovereignty: 50% of 2 units; units with the theme: Aland · Ann Ames · AAA_1_2009"/,
    );
  });

  it("with passages: a click on a point or a bar picks a year, and the list under the chart reads it", () => {
    const year = (spec.params as Array<{ name: string; views?: string[] }>).find(
      (p) => p.name === PREVALENCE_PARAMS.year,
    )!;
    assert.deepEqual(year.views, [points.name, bars.name]);
    const filters = (list.transform as Array<Record<string, unknown>>).slice(0, 2);
    assert.deepEqual(filters, [
      { filter: { param: PREVALENCE_PARAMS.year, empty: false } },
      { filter: { param: PREVALENCE_PARAMS.theme } },
    ]);
    assert.equal((spec.datasets as Record<string, unknown[]>).prevalence_passages.length, passages.length);
  });

  it("with passages: renders (the list is empty until a year is picked)", async () => {
    const svg = await renderSvg(spec);
    assert.ok(svg.includes("Click a point or a year"), "the list's title says how to use it");
    assert.ok(!svg.includes("AAA_1_2009 —"), "no passage is listed before a year is picked");
  });
});
