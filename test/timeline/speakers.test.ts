import { strict as assert } from "assert";
import { speakerMix, speakerTrajectories } from "../../lib/timeline/speakers";
import { periods, rows } from "./rows";

describe("timeline: speakers over periods", () => {
  it("gives every speaker's units and share in every period", () => {
    const mix = speakerMix(rows, periods, (r) => r.country);
    // 2008–2011: CHN 2 of 3, USA 1 of 3; RUS and SRB absent.
    assert.deepEqual(
      mix.filter((c) => c.period === "2008–2011").map((c) => [c.key, c.units]),
      [
        ["CHN", 2],
        ["RUS", 0],
        ["SRB", 0],
        ["USA", 1],
      ],
    );
    assert.equal(mix.find((c) => c.period === "2008–2011" && c.key === "CHN")?.share, 2 / 3);
  });

  it("follows only the speakers with units in every period", () => {
    const t = speakerTrajectories(rows, periods, ["unilateral"]);
    assert.deepEqual(
      t.map((x) => x.speaker),
      ["CHN"],
    );
    assert.deepEqual(
      t[0].cells.map((c) => `${c.present}/${c.units}`),
      ["0/2", "1/1", "1/1"],
    );
  });
});
