import { strict as assert } from "assert";
import * as charts from "../../lib/charts/from-vocabulary";
import * as stats from "../../lib/stats";
import * as tables from "../../lib/tables/vocabulary";
import * as V from "../../lib/vocabulary";

describe("vocabulary: the stage's face", () => {
  it("keeps the old names working (deprecated aliases, listed in RENAMES.md)", () => {
    const moved: Array<[unknown, unknown]> = [
      [V.g2Table, stats.g2Table],
      [V.logLikelihood, stats.logLikelihood],
      [V.chiSquareTable, stats.chiSquareTable],
      [V.pChiSquare1, stats.pChiSquare1],
      [V.criticalChiSquare1, stats.criticalChiSquare1],
      [V.logRatio, stats.logRatio],
      [V.keynessCsv, tables.keynessCsv],
      [V.keynessBars, charts.keynessBars],
      [V.namingPanels, charts.namingPanels],
    ];
    for (const [old, now] of moved) assert.equal(old, now);
  });

  it("still exports every name the chapters use", () => {
    const used = [
      "ENGLISH_STOPWORDS",
      "countDifferences",
      "countTermLists",
      "frequencyList",
      "fromCodedVocabulary",
      "keyness",
      "keynessBars",
      "keynessByGroup",
      "keynessCsv",
      "kwic",
      "kwicEvidence",
      "namingPanels",
      "namingRows",
      "silenceTable",
      "termListsFromCodebook",
      "termUsage",
      "topKeywords",
      "unitSizes",
    ];
    for (const name of used) assert.ok(name in V, name);
  });
});
