/**
 * The report stage: the workbook's front page, `output/index.html`, linking every chapter's
 * HTML export. Chapter titles come from each notebook's first markdown heading.
 *
 *   listChapters, notebookTitle,
 *   selectChapters                chapters.ts    the notebooks, in order, with their titles
 *   indexHtml, writeIndex         index-page.ts  the front page
 */
export * from "./chapters";
export * from "./index-page";
