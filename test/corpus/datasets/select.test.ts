import { strict as assert } from "assert";
import type { CouncilSpeech } from "../../../lib/corpus/datasets/council";
import { chinaStatementBody, isChina, isKosovoAgenda, isPairAboutKosovo } from "../../../lib/corpus/datasets/select";
import { KOSOVO_AGENDA_TEXT } from "./fixtures";

const speech = (over: Partial<CouncilSpeech>): CouncilSpeech => ({
  dataset: "unsc-speeches",
  rowId: "x",
  place: "speeches.tsv row 1",
  date: "2010-01-22",
  symbol: "S/PV.6264",
  resumption: "",
  order: 3,
  speaker: "Mr. Wen Example",
  post: "",
  countryName: "China",
  country: "CHN",
  presiding: false,
  procedural: false,
  agenda: KOSOVO_AGENDA_TEXT,
  kosovoMeeting: true,
  body: "Invented words.",
  source: "Invented words.",
  ...over,
});

describe("datasets/select", () => {
  it("knows the Kosovo item by its name or its resolutions, not by other items", () => {
    assert.equal(isKosovoAgenda(KOSOVO_AGENDA_TEXT), true);
    assert.equal(isKosovoAgenda("", "Security Council resolution 1244 (1999)"), true);
    assert.equal(isKosovoAgenda("The situation in Kosovo"), true);
    assert.equal(isKosovoAgenda("The situation in Bosnia and Herzegovina"), false);
    assert.equal(isKosovoAgenda("Resolution 12440 (1999)"), false);
  });

  it("knows China by any dataset's name or by COW code 710", () => {
    assert.equal(isChina("China"), true);
    assert.equal(isChina("NA", 710), true);
    assert.equal(isChina("People's Republic of China"), true);
    assert.equal(isChina("Chile"), false);
  });

  it("takes China's words only: not another seat, not the ROC's seat, not a procedural presiding turn", () => {
    assert.equal(chinaStatementBody(speech({})), "Invented words.");
    assert.equal(chinaStatementBody(speech({ country: "RUS" })), null);
    assert.equal(chinaStatementBody(speech({ date: "1970-05-05" })), null);
    assert.equal(chinaStatementBody(speech({ procedural: true })), null);
    assert.equal(chinaStatementBody(speech({ presiding: true, procedural: true, body: "Order." })), null);
    assert.equal(chinaStatementBody(speech({ presiding: true, procedural: null, body: "Order." })), null);
    const national =
      "I speak in my capacity as the representative of China. Invented. I now resume my functions as President.";
    assert.equal(
      chinaStatementBody(speech({ presiding: true, procedural: null, body: national })),
      "I speak in my capacity as the representative of China. Invented.",
    );
  });

  it("finds a press pair about Kosovo by its question or its answer", () => {
    assert.equal(isPairAboutKosovo("Any comment on Pristina?", "No."), true);
    assert.equal(isPairAboutKosovo("Any comment?", "UNMIK should go on."), true);
    assert.equal(isPairAboutKosovo("Any comment on the workforce?", "No."), false);
  });
});
