import { strict as assert } from "assert";
import { captionOf, intervalDots } from "../../lib/charts";

describe("charts: estimates with intervals and reference lines", () => {
  it("draws a bar from lower to upper, a dot at the value and a dashed line per reference", () => {
    const spec = intervalDots(
      [
        { label: "b", value: 0.9, lower: 0.7, upper: 1 },
        { label: "a", value: 0.6, lower: -0.1, upper: 1 },
      ],
      { rules: [{ value: 0.667, label: "0.667" }], xDomain: [-0.2, 1], caption: "α with intervals." },
    );
    const layers = spec.layer as Array<{ mark: { type: string; strokeDash?: number[] }; data: { values: unknown[] } }>;
    assert.deepEqual(
      layers.map((l) => l.mark.type),
      ["rule", "point", "rule", "text"],
    );
    assert.deepEqual(layers[2].mark.strokeDash, [4, 3]);
    assert.deepEqual(layers[2].data.values, [{ value: 0.667, label: "0.667" }]);
    // Labels keep the given order (not sorted).
    assert.deepEqual(
      (layers[0].data.values as Array<{ label: string }>).map((v) => v.label),
      ["b", "a"],
    );
    assert.equal(captionOf(spec), "α with intervals.");
  });
});
