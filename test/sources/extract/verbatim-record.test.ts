import { strict as assert } from "assert";
import {
  countryTurns,
  extractVerbatimPages,
  extractVerbatimRecord,
  layoutPage,
  paragraphs,
  readPdfPages,
  stripRunningLines,
} from "../../../lib/sources/extract";
import { FIXTURE_TURNS, makeRecord } from "../../fixtures/sources/make-record";

const china = FIXTURE_TURNS.find((t) => t.label.includes("(China)"))!;
const republic = FIXTURE_TURNS.find((t) => t.label.includes("(Invented Republic)"))!;

describe("extract: turns of a verbatim record", () => {
  it("takes one country's turns up to the next speaker or procedural line", () => {
    const paras = [
      "The President: I give the floor to the representative of China.",
      "Mr. Li (China): We support dialogue.",
      "Second paragraph of China.",
      "Mr. Roe (Ireland): We thank China.",
      "Mr. Li (China) (spoke in Chinese): A second, short turn.",
      "The meeting rose at 1 p.m.",
      "Stray text after the meeting.",
    ];
    assert.deepEqual(countryTurns(paras, "China"), {
      turns: ["We support dialogue.\n\nSecond paragraph of China.", "A second, short turn."],
      speakers: ["Mr. Li", "Mr. Li"],
    });
    assert.deepEqual(countryTurns(paras, "France"), { turns: [], speakers: [] });
  });

  it("takes the President's words spoken as the representative of China (China in the chair)", () => {
    const paras = [
      "The President (spoke in Chinese): I thank the Special Representative. I shall now make a statement in my " +
        "capacity as the representative of China.",
      "China supports dialogue between the invented parties.",
      "Resolution 1244 remains the basis. I now resume my functions as President of the Council.",
      "I give the floor to the representative of Ireland.",
      "Mr. Roe (Ireland): Thank you.",
      "The President: The meeting is adjourned for an invented lunch.",
    ];
    assert.deepEqual(countryTurns(paras, "China"), {
      turns: ["China supports dialogue between the invented parties.\n\nResolution 1244 remains the basis."],
      speakers: ["The President"],
    });
  });
});

describe("extract: verbatim record PDFs (invented, generated with pdf-lib)", function () {
  this.timeout(20000);
  for (const twoColumns of [true, false]) {
    it(`takes China's turn only, across the page break (${twoColumns ? "two columns" : "one column"})`, async () => {
      const bytes = await makeRecord({ twoColumns });
      const pages = await readPdfPages(bytes);
      assert.equal(pages.length, 2);
      // The turn really crosses the page: its label is on page 1, its last paragraph on page 2.
      const where = (re: RegExp) => pages.find((p) => layoutPage(p).some((l) => re.test(l.text)))?.number;
      assert.equal(where(/Wen Shi \(China\)/), 1);
      assert.equal(where(/China will continue to take part/), 2);
      const ex = extractVerbatimPages(pages);
      assert.equal(ex.body, china.paragraphs.join("\n\n"));
      assert.equal(ex.speaker, "Mr. Wen Shi");
      assert.deepEqual(ex.notes, ["2 pages", "1 turn of China"]);
      for (const junk of [
        "S/PV",
        "31-01234",
        "03/03/2031",
        "Invented agenda item",
        "This record contains",
        "(China)",
      ]) {
        assert.ok(!ex.body.includes(junk), `body must not contain ${junk}`);
      }
    });
  }
  it("reads a turn that crosses from the left to the right column", async () => {
    const pages = await readPdfPages(await makeRecord({ twoColumns: true }));
    const laid = stripRunningLines(
      pages.map(layoutPage),
      pages.map((p) => p.height),
    );
    const { turns } = countryTurns(paragraphs(laid.flat()), "Invented Republic");
    assert.deepEqual(turns, [republic.paragraphs.join("\n\n")]);
    assert.ok(
      laid[0].some((l) => l.column === 1 && republic.paragraphs.join(" ").includes(l.text)),
      "part of the turn is in the right column",
    );
  });
  it("returns an empty body when China did not speak", async () => {
    const turns = FIXTURE_TURNS.filter((t) => !t.label.includes("(China)"));
    const ex = await extractVerbatimRecord(await makeRecord({ turns }));
    assert.equal(ex.body, "");
    assert.deepEqual(ex.notes.slice(1), ["0 turns of China"]);
  });
});
