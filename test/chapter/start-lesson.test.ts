import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  busiestTextYear,
  cardsWithUnit,
  coverageCaption,
  emptyStudyNote,
  slotCount,
  symbolOnlyYears,
} from "../../lib/chapter";
import type { Text } from "../../lib/core";
import { loadCard } from "../../lib/corpus";
import type { Slot } from "../../lib/sources";
import { cardFieldRows, slotYearsLine, slotsByYear, slotYearTableRows } from "../../lib/tables";

/** An invented slot: only the fields these checks read matter. */
function slot(id: string, date: string, category: string, docRef = "", url = "", altUrl = ""): Slot {
  return {
    slot: id,
    date,
    category,
    speaker: "",
    speakerTitle: "",
    venue: "",
    title: "",
    docRef,
    url,
    altUrl,
    evidence: "",
    line: 2,
  };
}

const SLOTS = [
  slot("a", "2009-03-23", "unsc", "S/PV.6097"),
  slot("b", "2009-10-15", "unsc", "S/PV.6202", "https://example.org/b"),
  slot("c", "2010-07-22", "mfa", "", "https://example.org/c"),
  slot("d", "2012-05-14", "unsc", "S/PV.6769"),
];

describe("chapter: chapters 00 and 01's checks", () => {
  it("the cards of a unit, by name (the repository's cards: china-ungdc whole, ungdc-kosovo passages)", () => {
    const cards = [loadCard("ungdc-kosovo"), loadCard("china-ungdc")];
    assert.deepEqual(
      cardsWithUnit(cards, "whole"),
      cards.filter((c) => c.unit === "whole").map((c) => c.name),
    );
    assert.ok(cardsWithUnit(cards, "kosovo-passage").includes("ungdc-kosovo"));
  });

  it("slots of a category (3 unsc of 4) and the years of Council slots with a symbol and no URL (2009, 2012)", () => {
    assert.equal(slotCount(SLOTS, "unsc"), 3);
    assert.deepEqual(symbolOnlyYears(SLOTS), ["2009", "2012"]);
  });

  it("the coverage caption: slots missing of all, and texts that fill no slot only when there are some", () => {
    const unslotted = { id: "x", origin: "by hand", fields: {}, provenance: null } as const;
    assert.equal(coverageCaption({ missing: SLOTS.slice(0, 2), withoutSlot: [] }, 4), "2 of 4 slots missing.");
    assert.equal(
      coverageCaption({ missing: [], withoutSlot: [unslotted] }, 4),
      "0 of 4 slots missing; 1 texts fill no slot (candidate slots).",
    );
  });

  it("the empty-corpus note: only when every slot is missing, naming the folder and the three routes in order", () => {
    assert.equal(emptyStudyNote({ missing: SLOTS.slice(0, 3) }, 4, "texts/china-kosovo"), null);
    const note = emptyStudyNote({ missing: SLOTS }, 4, "texts/china-kosovo") ?? "";
    assert.match(note, /^The study corpus is empty: texts\/china-kosovo has no texts yet\./);
    const order = ["npm run import", "npm run fetch", "npm run add-text"].map((c) => note.indexOf(c));
    assert.ok(order[0] > 0 && order[0] < order[1] && order[1] < order[2], note);
  });

  it("the year with the most texts, the earliest on a tie", () => {
    const t = (year: number) => ({ year }) as Text;
    assert.deepEqual(busiestTextYear([t(2010), t(2008), t(2010), t(2008)]), { year: 2008, texts: 2 });
    assert.equal(busiestTextYear([]), null);
  });

  it("the slots table and its caption: counts per category, and where each category falls", () => {
    const rows = slotsByYear(SLOTS, { categories: ["mfa", "unsc"] });
    assert.deepEqual(slotYearTableRows(rows)[0], {
      year: "2009",
      mfa: 0,
      unsc: 2,
      slots: 2,
      "official URL": 1,
      "alternative URL": 0,
      "UN symbol": 2,
      fetched: 0,
    });
    assert.equal(slotYearsLine(rows, ["mfa", "unsc"]), "mfa in 2010; unsc in 2009, 2012");
  });

  it("a card's fields as a table: every country when the card names none", () => {
    const fields = cardFieldRows(loadCard("ungdc-kosovo"));
    assert.equal(fields.find((f) => f.field === "name")?.value, "ungdc-kosovo");
    assert.equal(fields.find((f) => f.field === "countries")?.value, "every country");
  });

  it("chapter 00's first screen says what runs here, that the study corpus is empty until imported, who coded", () => {
    // issue 20: it opened with "This workbook reproduces a published content analysis" and said none of this
    const file = path.join(__dirname, "..", "..", "notebooks", "00-start-here.ipynb");
    const first = JSON.parse(fs.readFileSync(file, "utf8")).cells[0].source.join("");
    assert.doesNotMatch(first, /^# 00 · Start here\s+This workbook reproduces/);
    assert.match(first, /runs on \*\*public UN General\s+Debate speeches\*\*/);
    assert.match(first, /empty until you import or\s+fetch it/);
    assert.match(first, /language models coding from the coding guide/);
  });
});
