/**
 * The chapters as committed: valid notebook cells without outputs, so that Jupyter, nbclient and the
 * runner read them (a code cell without an `outputs` list stops nbformat when it writes the executed copy).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

interface Cell {
  cell_type: string;
  id?: string;
  outputs?: unknown[];
  execution_count?: number | null;
}

/** The problems of one notebook's cells, one line each ("<file> cell <id>: <what>"). */
function cellProblems(rel: string): string[] {
  const nb = JSON.parse(fs.readFileSync(path.join(ROOT, rel), "utf8")) as { cells: Cell[] };
  const problems: string[] = [];
  const seen = new Set<string>();
  nb.cells.forEach((c, i) => {
    const name = `${rel} cell ${c.id ?? `#${i + 1}`}`;
    if (!c.id) problems.push(`${name}: no id`);
    else if (seen.has(c.id)) problems.push(`${name}: id used twice`);
    else seen.add(c.id);
    if (c.cell_type === "code") {
      if (!Array.isArray(c.outputs)) problems.push(`${name}: code cell without an outputs list`);
      else if (c.outputs.length > 0) problems.push(`${name}: committed with outputs`);
      if (!("execution_count" in c)) problems.push(`${name}: code cell without execution_count`);
      else if (c.execution_count !== null) problems.push(`${name}: committed with an execution count`);
    } else if ("outputs" in c || "execution_count" in c) {
      problems.push(`${name}: a ${c.cell_type} cell with outputs or an execution count`);
    }
  });
  return problems;
}

describe("structure: chapter notebooks as committed", () => {
  const dirs = ["notebooks", "notebooks/solutions"].filter((d) => fs.existsSync(path.join(ROOT, d)));
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith(".ipynb"))
      .map((f) => `${d}/${f}`),
  );

  it("finds the chapters", () => {
    assert.ok(files.length >= 10, `only ${files.length} notebooks found`);
  });

  it("every cell has a unique id; code cells have an empty outputs list and no execution count", () => {
    assert.deepEqual(files.flatMap(cellProblems), []);
  });

  it("the check names a code cell without outputs", () => {
    const tmp = fs.mkdtempSync(path.join(ROOT, ".tmp-nb-"));
    try {
      const rel = path.relative(ROOT, path.join(tmp, "x.ipynb"));
      const cells = [{ cell_type: "code", id: "a", metadata: {}, source: "1" }];
      fs.writeFileSync(path.join(ROOT, rel), JSON.stringify({ cells }));
      assert.deepEqual(cellProblems(rel), [
        `${rel} cell a: code cell without an outputs list`,
        `${rel} cell a: code cell without execution_count`,
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
