/**
 * Notebook output: charts, tables, notes.
 *
 * In a tslab kernel each helper sends ONE Jupyter display_data message carrying several MIME types
 * (e.g. the vega-lite spec, its SVG and a text fallback), through tslab's display-data writer
 * (`tslab/dist/jupyter` → `lastWriteDisplayData`; tslab's own `display.*` send one MIME type per call).
 * Outside a notebook (mocha, scripts) nothing is displayed and nothing crashes: charts are still saved.
 * The `show*` helpers return nothing, so a cell ending with one prints no stray value; the pure
 * builders (`chartBundle`, `prepareChart`, `tableBundle`, `tableHtml`, `tableText`) return what would
 * be shown. A custom runner can capture the displays by setting
 * `require("tslab/dist/jupyter").lastWriteDisplayData = (msg, update) => …`.
 *
 *   display, displayWriter, inNotebook          bundle.ts      one display, several MIME types
 *   showChart, prepareChart, chartBundle        chart.ts       a saved chart, shown once
 *   showTable, tableHtml, tableText, tableBundle table.ts      HTML table with a text fallback
 *   tableData, formatCell                       table-data.ts  records or a DataFrame → rows and cells
 *   columnLayouts                               columns.ts     wrap long text, align a concordance on its hit
 *   showMarkdown, showNote                      notes.ts       Markdown and notes
 *   escapeHtml, escapeMarkdown                  escape.ts
 */
export * from "./bundle";
export * from "./escape";
export * from "./chart";
export * from "./table-data";
export * from "./columns";
export * from "./table";
export * from "./notes";
