import { strict as assert } from "assert";
import * as V from "../../lib/vocabulary";

describe("vocabulary: the stage's face", () => {
  it("still exports every name the chapters use", () => {
    const used = [
      "ENGLISH_STOPWORDS",
      "countDifferences",
      "countTermLists",
      "frequencyList",
      "fromCodedVocabulary",
      "keyness",
      "keynessByGroup",
      "kwic",
      "kwicEvidence",
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
