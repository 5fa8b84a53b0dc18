import { strict as assert } from "assert";
import { anchorStep, noTextsNote, textsPerYear } from "../../lib/chapter";
import type { Text, Unit } from "../../lib/core";
import { type CorpusCard, type LoadedCorpus, type LoadReport, loadCard } from "../../lib/corpus";

/** An invented text: only the fields these steps read matter. */
const text = (id: string, year: number, words: number) => ({ id, year, words, country: "SRB" }) as Text;

/** An invented load of `card` with these texts, notes and speeches per year. */
function loaded(card: CorpusCard, texts: Text[], notes: string[] = [], speechesPerYear = {}): LoadedCorpus {
  return { card, texts, report: { notes, speechesPerYear } as unknown as LoadReport };
}

describe("chapter: chapter 01's steps", () => {
  const card = loadCard("ungdc-kosovo"); // a General Debate card, 2008–2024, unit: the Kosovo passage

  it("texts per year: every year of the card, words of texts and of units, the share of all speeches", () => {
    const texts = [text("a", 2008, 100), text("b", 2008, 50), text("c", 2010, 30)];
    const units = [{ year: 2008, words: 20 } as Unit];
    const rows = textsPerYear(card, loaded(card, texts, [], { "2008": 4, "2010": 10 }), units);
    assert.equal(rows.length, 17); // 2008–2024
    assert.deepEqual(rows[0], { year: 2008, texts: 2, words: 150, unitWords: 20, speeches: 4, share: 0.5 });
    assert.deepEqual([rows[1].texts, rows[1].speeches], [0, 0]);
    assert.equal(rows[2].share, 0.1); // 1 of 10
  });

  it("texts per year of a card that is not the General Debate: no speeches or share columns", () => {
    const folder = { ...card, source: { ...card.source, kind: "folder" } } as CorpusCard;
    const [row] = textsPerYear(folder, loaded(folder, [text("a", 2008, 10)], [], { "2008": 4 }), []);
    assert.deepEqual(row, { year: 2008, texts: 1, words: 10, unitWords: 0 });
  });

  it("no texts: the load's notes, or the card's years when it has none; nothing to say when there are texts", () => {
    assert.equal(noTextsNote(loaded(card, [text("a", 2008, 1)])), null);
    assert.equal(noTextsNote(loaded(card, [], ["one", "two"])), "one\ntwo");
    assert.equal(noTextsNote(loaded(card, [])), "The corpus ungdc-kosovo has no texts in 2008–2024.");
  });

  it("the anchor-term step: counted on passages, not needed on whole texts, nothing without units", () => {
    const unit = { year: 2008, words: 1 } as Unit;
    assert.equal(anchorStep(card, [unit]), "count");
    assert.equal(anchorStep(card, []), "none");
    assert.equal(anchorStep({ ...card, unit: "whole" }, [unit]), "whole");
  });
});
