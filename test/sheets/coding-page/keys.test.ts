import { strict as assert } from "assert";
import { codingPageShortcuts, MOVE_KEYS, themeShortcuts } from "../../../lib/sheets";

describe("sheets/coding-page: keys", () => {
  it("themes get 1–9, then q w e …; past the 18th none (coded by clicking)", () => {
    const keys = Array.from({ length: 20 }, (_v, i) => `t${i + 1}`);
    const s = themeShortcuts(keys);
    assert.deepEqual(
      keys.slice(0, 12).map((k) => s[k]),
      ["1", "2", "3", "4", "5", "6", "7", "8", "9", "q", "w", "e"],
    );
    assert.equal(s.t18, "o");
    assert.equal(s.t19, null);
  });

  it("no theme key is a key that moves or marks (0, x, j, k, n, p, a, m)", () => {
    const theme = new Set(Object.values(themeShortcuts(Array.from({ length: 18 }, (_v, i) => `t${i}`))));
    for (const k of ["0", "x", "j", "k", "n", "p", "a", "m", "?"]) assert.equal(theme.has(k), false, k);
  });

  it("the help lists each theme with its key and label, then the moving keys", () => {
    const help = codingPageShortcuts([
      { key: "sovereignty", label: "Serbia's sovereignty" },
      { key: "dialogue", label: "Dialogue" },
    ]);
    assert.deepEqual(help.slice(0, 2), [
      { key: "1", does: "sovereignty — Serbia's sovereignty" },
      { key: "2", does: "dialogue — Dialogue" },
    ]);
    assert.deepEqual(help.slice(2), MOVE_KEYS);
  });
});
