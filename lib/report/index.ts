/**
 * The report stage: the pages a reader opens in `output/` — the findings page (`index.html`: what the workbook
 * found on its corpus, each number linked to the chapter cell that shows it, with its chart and caveat), each
 * chapter's page with navigation and contents, and the charts embedded live from their vega-lite specs with the
 * vega runtimes written once into `output/assets/` (no network; the SVG stays when scripts are off and on paper).
 *
 *   listChapters, notebookTitle,
 *   selectChapters                      chapters.ts       the notebooks, in order, with their titles
 *   writeReport, findingsFor,
 *   indexHtml, writeIndex               index-page.ts     the front page and everything around the chapters
 *   findingsHtml, chapterList           findings-page.ts  the findings page's HTML
 *   computeFindings, …                  findings/         the findings, from the chapters' lib calls
 *   decorateChapter(s), headings, toc   chapter-page.ts   navigation and contents of a chapter page
 *   topBar, prevNext, pageHead          page.ts           what every page shares
 *   chartHtml, savedChartHtml           chart-html.ts     a chart: live spec and static SVG
 *   readNotebook, cellByTag,
 *   cellOutputText                      cells.ts          a notebook's cells by tag
 *   writeAssets                         assets.ts         runtimes, page script and stylesheet
 *   folderSize                          size.ts           what `output/` weighs
 */
export * from "./chapters";
export * from "./index-page";
export * from "./findings-page";
export * from "./findings";
export * from "./chapter-page";
export * from "./page";
export * from "./chart-html";
export * from "./cells";
export * from "./assets";
export * from "./size";
