import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { drawSample, stratumOf } from "../../lib/sheets";
import { unit } from "./fixtures";

// Invented units: four Serbian (1999, 2003) and four Albanian (1999) speeches, two sentences each.
const units = [
  "SRB_54_1999",
  "SRB_55_2000",
  "SRB_58_2003",
  "SRB_59_2004",
  "ALB_54_1999",
  "ALB_55_2000",
  "ALB_56_2001",
  "ALB_57_2002",
].map((id) => unit(id, "One invented sentence. Another one.", Number(id.slice(-4))));
const periods = [
  { label: "1998–2001", from: 1998, to: 2001 },
  { label: "2002–2007", from: 2002, to: 2007 },
];

describe("sheets: drawing a round's sample", () => {
  it("a stratum from the card's periods and the speakers' groups", () => {
    assert.equal(stratumOf(["period", "group"], periods)(units[0]), "1998–2001 × serbia");
    assert.equal(stratumOf(["period", "country"], periods)(units[3]), "2002–2007 × SRB");
    assert.throws(() => stratumOf(["decade"]), ArgumentError);
  });
  it("⌈share⌉ of every stratum, halves dealt within strata, sentences counted", () => {
    // strata: 1998–2001 × albania (3 units), 1998–2001 × serbia (2), 2002–2007 × albania (1), × serbia (2)
    const s = drawSample(units, { fraction: 0.5, seed: "t", stratify: ["period", "group"], periods, halves: true });
    assert.deepEqual(
      s.map((x) => x.entry.stratum),
      ["1998–2001 × albania", "1998–2001 × albania", "1998–2001 × serbia", "2002–2007 × albania", "2002–2007 × serbia"],
    );
    assert.ok(s.every((x) => x.entry.sentences === 2));
    const tune = s.filter((x) => x.entry.half === "tune").length;
    assert.ok(tune === 2 || tune === 3, `halves of 5: ${tune} and ${5 - tune}`);
    assert.deepEqual(
      drawSample(units, { fraction: 0.5, seed: "t", stratify: ["period", "group"], periods, halves: true }),
      s,
    );
  });
  it("without strata: the seeded simple sample, no halves", () => {
    const s = drawSample(units, { fraction: 0.25, seed: 1 as unknown as string });
    assert.equal(s.length, 2);
    assert.ok(s.every((x) => x.entry.stratum === "" && x.entry.half === ""));
  });
});
