import { strict as assert } from "assert";
import { stripRunningLines } from "../../../lib/sources/extract";

describe("extract: running headers and footers", () => {
  it("drops running headers and footers (symbol, page number, job number, repeated lines)", () => {
    const L = (page: number, y: number, text: string) => ({ page, column: 0, x: 50, y, size: 10, text });
    const pages = [
      [L(1, 770, "S/PV.9001 Invented item 03/03/2031"), L(1, 700, "Body one."), L(1, 30, "31-01234"), L(1, 20, "1")],
      [L(2, 770, "Invented item S/PV.9001"), L(2, 760, "Running title"), L(2, 700, "Body two."), L(2, 20, "2")],
      [L(3, 760, "Running title"), L(3, 700, "Body three.")],
    ];
    assert.deepEqual(
      stripRunningLines(pages, [800, 800, 800]).map((p) => p.map((l) => l.text)),
      [["Body one."], ["Body two."], ["Body three."]],
    );
  });
});
