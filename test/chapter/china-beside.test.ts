import { strict as assert } from "assert";
import { chinaBesideSerbia, chinaSpeechesLine } from "../../lib/chapter";
import type { Text, Unit } from "../../lib/core";
import type { BreakdownCount } from "../../lib/counts";

/** An invented count of one group and theme. */
const cell = (key: string, theme: string, present: number, units: number): BreakdownCount => ({
  key,
  theme,
  present,
  units,
  share: units ? present / units : null,
  mentions: null,
});

describe("chapter: chapter 08's China beside Serbia", () => {
  it("China's speeches: how many, their years, and the passages with their words (none said as such)", () => {
    const texts = [{ year: 1999 }, { year: 2008 }, { year: 2010 }] as Text[];
    const passages = [{ year: 1999, words: 120 }] as Unit[];
    assert.equal(
      chinaSpeechesLine({ texts, passages }),
      "China's General Debate speeches 1999–2010: **3**; with a Kosovo passage: **1** (1999, 120 words).",
    );
    assert.match(chinaSpeechesLine({ texts, passages: [] }), /\*\*0\*\* \(none\)\.$/);
  });

  it("a window with a passage of China: per theme its passages and Serbia's share; the line of its themes", () => {
    const profile = [
      cell("China", "sovereignty", 1, 2),
      cell("China", "dialogue", 0, 2),
      cell("Serbia", "sovereignty", 3, 4),
      cell("Serbia", "dialogue", 1, 4),
    ];
    const b = chinaBesideSerbia(["sovereignty", "dialogue"], profile, "w1", "China", "Serbia");
    assert.equal(b.note, null);
    assert.deepEqual(b.rows, [
      { theme: "sovereignty", "China: passages with it (of 2)": 1, "Serbia: share (of 4)": 0.75 },
      { theme: "dialogue", "China: passages with it (of 2)": 0, "Serbia: share (of 4)": 0.25 },
    ]);
    assert.equal(
      b.line,
      "**w1:** China's 2 passage(s) express `sovereignty`; Serbia's shares for these themes: sovereignty 75%.",
    );
  });

  it("a window where China has no passage: the note, no table", () => {
    const b = chinaBesideSerbia(["sovereignty"], [cell("Serbia", "sovereignty", 3, 4)], "w2", "China", "Serbia");
    assert.match(b.note ?? "", /^\*\*w2:\*\* China has no Kosovo passage in the General Debate/);
    assert.deepEqual(b.rows, []);
  });
});
