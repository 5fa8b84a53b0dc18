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
