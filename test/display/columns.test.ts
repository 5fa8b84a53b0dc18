import { strict as assert } from "assert";
import { columnLayouts, TABLE_BUDGET_EM } from "../../lib/display";

describe("display: column layouts that fit the screen", () => {
  const long = "x".repeat(80);

  it("numbers right-aligned on one line, short text on one line, long text wrapped", () => {
    const l = columnLayouts(["n", "key", "text"], [{ n: 1, key: "sovereignty", text: long }]);
    assert.deepEqual(l.n, { align: "right", wrap: false, maxEm: l.n.maxEm, strong: false, vertical: false });
    assert.equal(l.key.wrap, false);
    assert.equal(l.text.wrap, true);
    assert.equal(l.text.align, "left");
  });

  it("long columns share what the short ones leave of the budget, between 14 and 48 em each", () => {
    // one long column next to "n" (1 character, header "n": 0.62 + 1 em): 64 − 1.62 → 48 at most
    assert.equal(columnLayouts(["n", "text"], [{ n: 1, text: long }]).text.maxEm, 48);
    // three long columns and a short one of 11 characters (7.82 em): (64 − 7.82) / 3 = 18.7 → 18
    const three = columnLayouts(["key", "a", "b", "c"], [{ key: "sovereignty", a: long, b: long, c: long }]);
    assert.equal(three.a.maxEm, Math.floor((TABLE_BUDGET_EM - (11 * 0.62 + 1)) / 3));
    assert.equal(three.a.maxEm, 18);
    // six long columns: the share would be 10 em, the floor is 14
    const six = columnLayouts(
      ["a", "b", "c", "d", "e", "f"],
      [{ a: long, b: long, c: long, d: long, e: long, f: long }],
    );
    assert.equal(six.a.maxEm, 14);
  });

  it("a concordance: left context right-aligned, hit bold and left-aligned, right left-aligned, none wrapped", () => {
    const l = columnLayouts(["left", "hit", "right"], [{ left: long, hit: "unilateral", right: long }], { kwic: true });
    assert.deepEqual([l.left.align, l.hit.align, l.right.align, l.hit.strong], ["right", "left", "left", true]);
    assert.deepEqual([l.left.wrap, l.hit.wrap, l.right.wrap], [false, false, false]);
  });

  it("a matrix of short numbers under long names: the names are written upwards", () => {
    const themes = ["sovereignty", "dialogue_x", "unilateral", "un_authority", "us_nato_x", "independence"];
    const row: Record<string, unknown> = { id: "SRB_63_2008" };
    for (const t of themes) row[t] = 1;
    const l = columnLayouts(["id", ...themes], [row]);
    assert.deepEqual(
      themes.map((t) => l[t].vertical),
      themes.map(() => true),
    );
    assert.equal(l.id.vertical, false);
    // five such columns are not yet a matrix
    const five = columnLayouts(themes.slice(0, 5), [row]);
    assert.equal(five.sovereignty.vertical, false);
  });

  it("a concordance's long hit wraps (its start stays in one column)", () => {
    const l = columnLayouts(["left", "hit", "right"], [{ left: "a", hit: "x".repeat(30), right: "b" }], { kwic: true });
    assert.equal(l.hit.wrap, true);
    assert.equal(l.left.wrap, false);
  });
});
