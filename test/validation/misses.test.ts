import { strict as assert } from "assert";
import type { CodedUnit } from "../../lib/core";
import { errorsToRead } from "../../lib/validation";
import { result } from "./example";

describe("validation: errors to read", () => {
  it("lists misses with the unit text and false alarms with the coder's evidence", () => {
    const coded: CodedUnit[] = [
      {
        unitId: "u5",
        codes: { dialogue: { present: 1, mentions: 1 } },
        vocabulary: {},
        evidence: [
          {
            unitId: "u5",
            theme: "dialogue",
            sentence: 0,
            text: "An invented sentence about talks.",
            match: "talks",
            start: 28,
            end: 33,
            pattern: "talks",
          },
        ],
      },
    ];
    const units = [
      { id: "u4", body: "An invented   text\nthat the coder missed." },
      { id: "u5", body: "x" },
    ];
    assert.deepEqual(errorsToRead(result, coded, units), [
      { id: "u4", theme: "dialogue", kind: "miss", text: "An invented text that the coder missed.", patterns: "" },
      {
        id: "u5",
        theme: "dialogue",
        kind: "false alarm",
        text: "An invented sentence about talks.",
        patterns: "talks",
      },
    ]);
  });
});
