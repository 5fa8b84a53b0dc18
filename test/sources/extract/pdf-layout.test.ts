import { strict as assert } from "assert";
import { layoutPage, type PdfPage } from "../../../lib/sources/extract";

describe("extract: PDF layout on plain data", () => {
  const item = (str: string, x: number, y: number, width = 100, height = 10) => ({ str, x, y, width, height });

  it("reads two columns left first, then right, full-width lines in between", () => {
    const page: PdfPage = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        item("Title across the page", 50, 760, 500),
        item("L1", 50, 700),
        item("R1", 320, 700),
        item("L2", 50, 688),
        item("R2", 320, 688),
        item("L3", 50, 676),
        item("R3", 320, 676),
        item("Footer across the page", 50, 40, 500),
      ],
    };
    assert.deepEqual(
      layoutPage(page).map((l) => l.text),
      ["Title across the page", "L1", "L2", "L3", "R1", "R2", "R3", "Footer across the page"],
    );
  });

  it("keeps a one-column page in top-to-bottom order and joins items of a line", () => {
    const page: PdfPage = {
      number: 1,
      width: 600,
      height: 800,
      items: [item("world", 100, 700, 40), item("Hello", 50, 700, 40), item("Next", 50, 688, 40)],
    };
    assert.deepEqual(
      layoutPage(page).map((l) => l.text),
      ["Hello world", "Next"],
    );
  });
});
