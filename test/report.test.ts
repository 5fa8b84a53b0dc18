import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { indexHtml, listChapters, notebookTitle, writeIndex } from "../lib/report";

describe("report: the index page", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
  const nb = (title: string) =>
    JSON.stringify({ cells: [{ cell_type: "markdown", source: [`# ${title}\n`, "text"] }] });
  fs.writeFileSync(path.join(dir, "02-b.ipynb"), nb("Second <chapter>"));
  fs.writeFileSync(path.join(dir, "01-a.ipynb"), nb("First chapter"));
  fs.writeFileSync(path.join(dir, "01-a.html"), "<html></html>");

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

  it("lists chapters in file order, links the ones run and marks the others", () => {
    const chapters = listChapters(dir);
    assert.deepEqual(
      chapters.map((c) => c.name),
      ["01-a", "02-b"],
    );
    const html = indexHtml(chapters, dir, "ungdc-kosovo");
    assert.match(html, /<li><a href="01-a.html">First chapter<\/a>/);
    assert.match(html, /<li>Second &lt;chapter&gt; <small>\(not run\)<\/small><\/li>/);
  });

  it("writes the same bytes twice (no timestamps)", () => {
    const f = writeIndex(listChapters(dir), dir, "ungdc-kosovo");
    const first = fs.readFileSync(f);
    writeIndex(listChapters(dir), dir, "ungdc-kosovo");
    assert.deepEqual(fs.readFileSync(f), first);
  });
});
