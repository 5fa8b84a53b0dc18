/**
 * Driving the classic Jupyter Notebook page from outside (the browser test and `scripts/bench-cells.ts`,
 * through playwright-core): a plain-JavaScript helper object to inject into the page (`window.__wb`, built on
 * the page's own `Jupyter.notebook`), and the shapes it hands back. Plain JavaScript on purpose: code passed
 * as a function would be transformed by tsx first and call helpers the page does not have.
 */

/** A notebook output as the page holds it (the same fields as in an .ipynb file). */
export interface PageOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
}

/** A code cell as the page shows it: its index among all cells, its prompt ("*" while running), source, outputs. */
export interface PageCell {
  index: number;
  prompt: number | string | null;
  source: string;
  outputs: PageOutput[];
}

/**
 * Script for `page.addInitScript`: defines `window.__wb` with
 * `ready()` (the kernel answered its info request), `running()` (a code cell shows "*"), `cells()` (every
 * code cell, as `PageCell`), `modals()` (texts of open dialogs), `run(i)` (runs cell i, resolves with the
 * milliseconds until its outputs are complete), `set(i, source)` (replaces cell i's source) and `append(source)`
 * (a new code cell at the bottom; its index).
 */
export const PAGE_HELPERS = `
window.__wb = {
  ready: function () {
    var nb = window.Jupyter && window.Jupyter.notebook;
    return !!(nb && nb.kernel && nb.kernel.info_reply && nb.kernel.info_reply.protocol_version);
  },
  running: function () {
    return Jupyter.notebook.get_cells().some(function (c) {
      return c.cell_type === "code" && c.input_prompt_number === "*";
    });
  },
  cells: function () {
    return Jupyter.notebook.get_cells().map(function (c, i) {
      return c.cell_type !== "code" ? null : {
        index: i,
        prompt: c.input_prompt_number === undefined ? null : c.input_prompt_number,
        source: c.get_text(),
        outputs: JSON.parse(JSON.stringify(c.output_area.outputs)),
      };
    }).filter(function (c) { return c !== null; });
  },
  modals: function () {
    return Array.prototype.map.call(document.querySelectorAll(".modal.in"), function (m) { return m.innerText; });
  },
  run: function (i) {
    return new Promise(function (resolve) {
      var nb = Jupyter.notebook, cell = nb.get_cell(i), t0 = performance.now();
      function done(ev, d) {
        if (d.cell !== cell) return;
        nb.events.off("finished_execute.CodeCell", done);
        resolve(performance.now() - t0);
      }
      nb.events.on("finished_execute.CodeCell", done);
      cell.execute();
    });
  },
  set: function (i, source) {
    Jupyter.notebook.get_cell(i).set_text(source);
  },
  append: function (source) {
    var nb = Jupyter.notebook, cell = nb.insert_cell_at_bottom("code");
    cell.set_text(source);
    return nb.ncells() - 1;
  },
};
`;

/** JSON with every object's keys sorted (nbformat writes them sorted; the page keeps the kernel's order). */
export function canonicalJson(v: unknown): string {
  const sortKeys = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(sortKeys)
      : x && typeof x === "object"
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, sortKeys((x as Record<string, unknown>)[k])]),
          )
        : x;
  return JSON.stringify(sortKeys(v));
}

/** A multi-line field of an output as one string (.ipynb files split text into lines; JSON types as canonical JSON). */
export function outputText(t: unknown): string {
  return Array.isArray(t) ? t.join("") : typeof t === "string" ? t : canonicalJson(t);
}

/** Outputs as comparable records: type, stream name and text, and each MIME type's content as a string. */
export function normalizeOutputs(outputs: PageOutput[]) {
  return outputs.map((o) => ({
    type: o.output_type,
    name: o.name ?? "",
    text: o.text === undefined ? "" : outputText(o.text),
    data: Object.fromEntries(
      Object.keys(o.data ?? {})
        .sort()
        .map((k) => [k, outputText(o.data?.[k])]),
    ),
  }));
}

/** The text of a cell's error outputs (stderr streams, where tslab writes errors, and error outputs). */
export function cellErrors(cell: Pick<PageCell, "outputs">): string {
  return cell.outputs
    .filter((o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"))
    .map((o) => outputText(o.text ?? o.data ?? o))
    .join("\n");
}
