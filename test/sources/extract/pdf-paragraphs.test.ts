import { strict as assert } from "assert";
import { paragraphs } from "../../../lib/sources/extract";

describe("extract: PDF paragraphs", () => {
  it("joins lines into paragraphs at indents and removes line-end hyphens", () => {
    const L = (x: number, y: number, text: string) => ({ page: 1, column: 0, x, y, size: 10, text });
    assert.deepEqual(
      paragraphs([
        L(68, 700, "First para- graph"),
        L(50, 688, "continues with secu-"),
        L(50, 676, "rity and Belgrade-"),
        L(50, 664, "Pristina talks."),
        L(68, 652, "Second."),
      ]),
      ["First para- graph continues with security and Belgrade-Pristina talks.", "Second."],
    );
  });
});
