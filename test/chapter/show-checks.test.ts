import { strict as assert } from "assert";
import { checkRows, checkValue } from "../../lib/chapter";

describe("chapter: the checks as a table", () => {
  it("the table keeps the answer back until you answer, and gives the hint when you are wrong", () => {
    const rows = checkRows([checkValue("a", null, 3, { hint: "h" }), checkValue("b", 2, 3, { hint: "h" })]);
    assert.deepEqual(rows[0], {
      "": "…",
      check: "a",
      yours: "(not answered yet)",
      answer: "(shown once you answer)",
      hint: "",
    });
    assert.deepEqual(rows[1], { "": "✗", check: "b", yours: "2", answer: "3", hint: "h" });
  });
});
