import { strict as assert } from "assert";
import {
  barChart,
  captionOf,
  chartSpec,
  LEGEND_PARAM,
  legendFilter,
  titleOf,
  VEGA_LITE_SCHEMA,
  wrapLines,
} from "../../lib/charts";

describe("charts: what every spec carries", () => {
  it("wraps long titles and captions into lines of at most 90 characters", () => {
    const caption = "word ".repeat(50).trim();
    const spec = barChart([{ label: "a", value: 1 }], { title: "Short", caption });
    const subtitle = (spec.title as { subtitle: string[] }).subtitle;
    assert.equal(subtitle.length, 3); // 50 four-letter words: 18 + 18 + 14 per line of ≤ 90 characters
    assert.deepEqual(
      subtitle.map((l) => l.length),
      [89, 89, 69],
    );
    assert.equal(captionOf(spec), caption, "the description keeps the caption whole");
    assert.equal(titleOf(spec), "Short");
  });
  it("wraps at spaces; a longer word keeps its own line", () => {
    assert.deepEqual(wrapLines("one two three", 7), ["one two", "three"]);
    assert.deepEqual(wrapLines("abcdefghij xy", 4), ["abcdefghij", "xy"]);
    assert.deepEqual(wrapLines("", 4), [""]);
  });
  it("frames a body with schema, title, caption, white background and config", () => {
    const spec = chartSpec("T", "C.", { mark: "bar" });
    assert.equal(spec.$schema, VEGA_LITE_SCHEMA);
    assert.deepEqual(spec.title, { text: "T", subtitle: "C." });
    assert.equal(spec.description, "C.");
    assert.equal(spec.background, "white");
    assert.equal(spec.mark, "bar");
    assert.deepEqual(Object.keys(spec).slice(-1), ["config"]);
  });
});

describe("charts: legends that filter", () => {
  it("a chart with a colour legend binds a selection to it and fades what is not selected", () => {
    const grouped = barChart([
      { label: "a", value: 1, group: "paper" },
      { label: "a", value: 2, group: "corpus" },
    ]);
    assert.deepEqual(grouped.params, legendFilter("group").params);
    assert.deepEqual((grouped.encoding as Record<string, unknown>).opacity, {
      condition: { param: LEGEND_PARAM, value: 1 },
      value: 0.2,
    });
    assert.equal(barChart([{ label: "a", value: 1 }]).params, undefined, "no legend, nothing to filter");
  });
});
