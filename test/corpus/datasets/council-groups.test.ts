import { strict as assert } from "assert";
import { councilGroup, meetingOf, sameMeetingsAsChina } from "../../../lib/corpus/datasets/council-groups";

describe("datasets/council-groups", () => {
  it("puts the permanent members, Serbia and Kosovo each in a group, everyone else together", () => {
    assert.deepEqual(["CHN", "RUS", "USA", "GBR", "FRA", "SRB", "XKX", "BRA", ""].map(councilGroup), [
      "China",
      "Russia",
      "United States",
      "United Kingdom",
      "France",
      "Serbia",
      "Kosovo",
      "Others",
      "Others",
    ]);
  });

  it("reads a text's meeting from its venue and keeps the meetings at which China spoke", () => {
    assert.equal(meetingOf({ venue: "UN Security Council, S/PV.7155 (Resumption 1)" }), "S/PV.7155");
    assert.equal(meetingOf({ venue: "UN Security Council, S/2020/339" }), "S/2020/339");
    const texts = [
      { venue: "UN Security Council, S/PV.1", country: "CHN" },
      { venue: "UN Security Council, S/PV.1", country: "RUS" },
      { venue: "UN Security Council, S/PV.2", country: "USA" },
    ];
    assert.deepEqual(
      sameMeetingsAsChina(texts).map((t) => t.country),
      ["CHN", "RUS"],
    );
  });
});
