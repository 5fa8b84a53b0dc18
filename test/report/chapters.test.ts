import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { listChapters, notebookTitle, selectChapters } from "../../lib/report";
import { chapterFolder } from "./fixtures";

describe("report: the chapters", () => {
  const dir = chapterFolder();

  it("takes a chapter's title from its first heading, else its file name", () => {
    assert.equal(
      notebookTitle(
        {
          cells: [
            { cell_type: "code", source: "# not markdown" },
            { cell_type: "markdown", source: "intro\n## 3. Counts\n" },
          ],
        },
        "x",
      ),
      "3. Counts",
    );
    assert.equal(notebookTitle({ cells: [] }, "05-counts"), "05-counts");
  });

  it("lists chapters in file order", () => {
    assert.deepEqual(
      listChapters(dir).map((c) => [c.name, c.title]),
      [
        ["01-a", "First chapter"],
        ["02-b", "Second <chapter>"],
      ],
    );
  });

  it("selects chapters by number or part of the name; all when none is asked", () => {
    const all = listChapters(dir);
    assert.deepEqual(
      selectChapters(all, ["02"]).map((c) => c.name),
      ["02-b"],
    );
    assert.deepEqual(
      selectChapters(all, ["b,01"]).map((c) => c.name),
      ["01-a", "02-b"],
    );
    assert.equal(selectChapters(all, []), all);
  });

  it("an item that matches no chapter is an ArgumentError naming it and the chapters", () => {
    assert.throws(() => selectChapters(listChapters(dir), ["01", "99"]), ArgumentError);
    assert.throws(() => selectChapters(listChapters(dir), ["99"]), /no chapter matches "99"; chapters: 01-a, 02-b/);
  });
});
