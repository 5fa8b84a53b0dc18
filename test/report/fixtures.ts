/** Two invented chapters in a temporary folder; the first has been run (its HTML export exists). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export function chapterFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
  const nb = (title: string) =>
    JSON.stringify({ cells: [{ cell_type: "markdown", source: [`# ${title}\n`, "text"] }] });
  fs.writeFileSync(path.join(dir, "02-b.ipynb"), nb("Second <chapter>"));
  fs.writeFileSync(path.join(dir, "01-a.ipynb"), nb("First chapter"));
  fs.writeFileSync(path.join(dir, "01-a.html"), "<html></html>");
  return dir;
}

/**
 * A chapter whose cells carry ids and tags, executed (its notebook and page in the output folder), and a chart it
 * saved: the material of a findings page. Invented words only.
 */
export function taggedChapter(): { notebooks: string; out: string } {
  const notebooks = fs.mkdtempSync(path.join(os.tmpdir(), "report-nb-"));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "report-out-"));
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { id: "m0", cell_type: "markdown", metadata: {}, source: ["# 05 · Counts\n"] },
      { id: "m1", cell_type: "markdown", metadata: {}, source: ["## 1. Themes\n", "text"] },
      {
        id: "c1",
        cell_type: "code",
        metadata: { tags: ["finding-top"] },
        source: ["showTable(rows);"],
        outputs: [
          {
            output_type: "display_data",
            data: {
              "text/plain": "theme     share\ndialogue  49.5%\nsovereignty  19.2%",
              "text/html": "<table></table>",
            },
            metadata: {},
          },
          { output_type: "display_data", data: { "text/plain": ["Most frequent: **dialogue**, in 49 of 99"] } },
        ],
      },
      { id: "c2", cell_type: "code", metadata: {}, source: ["1 + 1"], outputs: [] },
    ],
  };
  fs.writeFileSync(path.join(notebooks, "05-counts.ipynb"), JSON.stringify(nb));
  fs.mkdirSync(path.join(out, "notebooks"));
  fs.writeFileSync(path.join(out, "notebooks", "05-counts.ipynb"), JSON.stringify(nb));
  fs.writeFileSync(path.join(out, "05-counts.html"), '<html><body><div id="cell-c1"></div></body></html>');
  fs.mkdirSync(path.join(out, "charts"));
  fs.writeFileSync(
    path.join(out, "charts", "05-top.vl.json"),
    JSON.stringify({ mark: "bar", description: "</script>" }),
  );
  fs.writeFileSync(path.join(out, "charts", "05-top.svg"), '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
  return { notebooks, out };
}
