import { strict as assert } from "assert";
import { qdaProject, qdpxBytes, readQdpx, roundTrips } from "../../../lib/sheets";
import { ANA, BEN, CODEBOOK, UNITS } from "./fixtures";

/** The project of the fixture units with these codings, through the archive and back. */
async function throughArchive(codings: (typeof ANA)[]) {
  const built = qdaProject({ corpus: "t", units: UNITS, codebook: CODEBOOK, sentenceCodings: codings });
  return readQdpx(await qdpxBytes(built.project), "p.qdpx");
}

describe("sheets/qdpx: roundTrips", () => {
  it("counts each coder's codings, 1-cells out and back, cells compared and those that differ", async () => {
    const rows = roundTrips(await throughArchive([ANA, BEN]), [ANA, BEN], CODEBOOK.themes, "p.qdpx");
    // ana's 1s (fixtures): sovereignty AAA s1, CCC s3; dialogue AAA s2, BBB s1, CCC s4; heritage BBB s2 → 6,
    // over 9 sentences × 3 themes = 27 cells
    assert.deepEqual(rows[0], { coder: "ana", codings: 6, sheetOnes: 6, readOnes: 6, cells: 27, differing: 0 });
    // ben: AAA s1 and CCC s3 → 2 ones; coded cells: AAA 9 + CCC's first three sentences 9 = 18. CCC is
    // half-coded, so it is outside his set and his 8 zeros there come back blank
    assert.deepEqual(rows[1], { coder: "ben", codings: 2, sheetOnes: 2, readOnes: 2, cells: 18, differing: 8 });
  });

  it("can find a difference: a coding taken out of the project shows", async () => {
    const back = await throughArchive([ANA]);
    back.sources[0].selections.shift();
    assert.deepEqual(roundTrips(back, [ANA], CODEBOOK.themes, "p.qdpx")[0], {
      coder: "ana",
      codings: 5,
      sheetOnes: 6,
      readOnes: 5,
      cells: 27,
      differing: 1,
    });
  });
});
