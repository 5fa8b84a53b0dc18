/**
 * Stage counts — per theme, the units where it is present (and their share) and the total mentions; the hierarchy
 * of themes; breakdowns by any field (category, country group, period); the paper's published figures as data, and
 * a side-by-side comparison of the paper's figures with a corpus (rank correlations from `lib/stats`).
 *
 * Everything here is a plain function over `CodedRow[]` (see `lib/core/types.ts`).
 *
 * Verbs:
 *   themes   themesOfRows, countThemes, hierarchy, countBy
 *   paper    loadPaperFigures, parsePaperFigures, paperFiguresPath, paperCounts, paperVsCorpus
 * Tables and chart data of this stage: `lib/tables/counts.ts`, `lib/charts/from-counts.ts`.
 */
export {
  type ComparisonRow,
  type PaperComparison,
  type PaperVsCorpusOptions,
  paperVsCorpus,
} from "./paper-comparison";
export { type PaperFigure, loadPaperFigures, paperCounts, paperFiguresPath, parsePaperFigures } from "./paper-figures";
export {
  type BreakdownCount,
  type KeyOf,
  type RankedThemeCount,
  type ThemeCount,
  countBy,
  countThemes,
  hierarchy,
  themesOfRows,
} from "./themes";
