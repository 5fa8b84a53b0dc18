import { strict as assert } from "assert";
import type { CouncilSpeech } from "../../../lib/corpus/datasets/council";
import { councilStatements } from "../../../lib/corpus/datasets/statements";

const speech = (rowId: string, over: Partial<CouncilSpeech>): CouncilSpeech => ({
  dataset: "unsc-speeches",
  rowId,
  place: "p",
  date: "2010-01-22",
  symbol: "S/PV.6264",
  resumption: "",
  order: 1,
  speaker: "Mr. Wen Example",
  post: "",
  countryName: "China",
  country: "CHN",
  presiding: false,
  procedural: false,
  agenda: "Kosovo",
  kosovoMeeting: true,
  body: `Words of ${rowId}.`,
  source: `Words of ${rowId}.`,
  ...over,
});

describe("datasets/statements", () => {
  it("joins China's turns at one meeting in speaking order, one statement per meeting, by date", () => {
    const st = councilStatements([
      speech("b", { order: 9 }),
      speech("c", { date: "2009-03-23", symbol: "S/PV.6097" }),
      speech("a", { order: 2 }),
      speech("r", { country: "RUS" }),
    ]);
    assert.deepEqual(
      st.map((s) => [s.date, s.symbol, s.rows.join(","), s.body, s.speaker]),
      [
        ["2009-03-23", "S/PV.6097", "c", "Words of c.", "Wen Example"],
        ["2010-01-22", "S/PV.6264", "a,b", "Words of a.\n\nWords of b.", "Wen Example"],
      ],
    );
    assert.equal(st[1].venue, "UN Security Council, New York (S/PV.6264)");
    assert.deepEqual(st[1].sources, ["Words of a.", "Words of b."]);
  });
});
