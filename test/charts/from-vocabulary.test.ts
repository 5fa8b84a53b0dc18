import { strict as assert } from "assert";
import { dispersedKeynessBars, keynessBars, namingPanels } from "../../lib/charts/from-vocabulary";
import { dispersedKeyness } from "../../lib/vocabulary/dispersed-keyness";
import { documentFrequencies } from "../../lib/vocabulary/documents";
import type { FrequencyList } from "../../lib/vocabulary/frequency";
import { keyness } from "../../lib/vocabulary/keyness";
import { namingRows } from "../../lib/vocabulary/naming";
import { countTermLists } from "../../lib/vocabulary/term-counts";
import { U, groupOf, tokenize } from "../vocabulary/fixtures";

describe("charts: data from the vocabulary", () => {
  it("signs keyness bars + for A and − for B", () => {
    const A: FrequencyList = {
      counts: new Map([
        ["early", 10],
        ["both", 5],
      ]),
      total: 100,
    };
    const B: FrequencyList = {
      counts: new Map([
        ["late", 10],
        ["both", 5],
      ]),
      total: 100,
    };
    const bars = keynessBars(keyness(A, B, { minFreq: 1 }), 1);
    assert.deepEqual(
      bars.map((b) => [b.label, Math.sign(b.value)]),
      [
        ["early", 1],
        ["late", -1],
      ],
    );
    assert.deepEqual(
      keynessBars(keyness(A, B, { minFreq: 1 }), 1, "logRatio").map((b) => b.value),
      [Math.log2(10 / 0.5), -Math.log2(10 / 0.5)],
    );
  });

  it("turns year × group naming rows into small-multiple points", () => {
    const counts = countTermLists(U, { pristina_authorities: ["Pristina authorities"] }, tokenize, groupOf);
    const pts = namingPanels(namingRows(counts, ["pristina_authorities"], "year-group"));
    // Beta never says it: its all-zero line is dropped unless asked for.
    assert.deepEqual(pts, [
      { group: "Alpha", x: 2009, y: 1, series: "pristina_authorities" },
      { group: "Gamma", x: 2022, y: 1, series: "pristina_authorities" },
    ]);
    const all = namingPanels(namingRows(counts, ["pristina_authorities"], "year-group"), "group", (k) => k, {
      dropEmpty: false,
    });
    assert.deepEqual(
      all.map((p) => [p.group, p.x, p.y]),
      [
        ["Alpha", 2009, 1],
        ["Beta", 2009, 0],
        ["Beta", 2022, 0],
        ["Gamma", 2022, 1],
      ],
    );
    assert.throws(() => namingPanels(namingRows(counts, ["pristina_authorities"], "year")), /year-group/);
  });

  it("labels a key word whose hits sit in one document", () => {
    // Invented: "burst" four times in one late document, "calm" in all three early ones.
    const a = documentFrequencies(
      [
        { id: "e1", body: "calm one" },
        { id: "e2", body: "calm two" },
        { id: "e3", body: "calm six" },
      ],
      tokenize,
    );
    const b = documentFrequencies(
      [
        { id: "l1", body: "burst burst burst burst" },
        { id: "l2", body: "x y" },
      ],
      tokenize,
    );
    const bars = dispersedKeynessBars(dispersedKeyness(a, b, { minFreq: 2 }), 3);
    assert.ok(bars.some((x) => x.label === "burst (1 doc)" && x.value < 0));
    assert.ok(bars.some((x) => x.label === "calm" && x.value > 0));
  });
});
