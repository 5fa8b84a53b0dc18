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
import * as charts from "../charts/from-counts";
import * as stats from "../stats";
import * as tables from "../tables/counts";
import { themesOfRows } from "./themes";

export {
  type ComparisonRow,
  type PaperComparison,
  type PaperVsCorpusOptions,
  paperVsCorpus,
} from "./paper-comparison";
export { type PaperFigure, loadPaperFigures, paperCounts, paperFiguresPath, parsePaperFigures } from "./paper-figures";
export {
  type BreakdownCount,
  CORE_THEMES,
  type KeyOf,
  RANKED_THEMES,
  type RankedThemeCount,
  type ThemeCount,
  countBy,
  countThemes,
  hierarchy,
  themesOfRows,
} from "./themes";

// ---------------------------------------------------------------------------------------------------------------
// Deprecated: old names, and names that moved to other stages (see RENAMES.md). They keep working until the
// notebooks import them from their new place.

/** @deprecated use themesOfRows (themeKeys(codebook) in lib/codebook is another function) */
export const themeKeys = themesOfRows;
/** @deprecated import from lib/stats */
export const ranksDescending = stats.ranksDescending;
/** @deprecated import from lib/stats */
export const spearmanRho = stats.spearmanRho;
/** @deprecated import from lib/stats */
export const kendallTauB = stats.kendallTauB;
/** @deprecated import from lib/tables/counts */
export const formatShare = tables.formatShare;
/** @deprecated import from lib/tables/counts */
export const countsRows = tables.countsRows;
/** @deprecated import from lib/tables/counts */
export const breakdownRows = tables.breakdownRows;
/** @deprecated import from lib/tables/counts */
export const comparisonRows = tables.comparisonRows;
/** @deprecated import from lib/charts/from-counts */
export const chartCounts = charts.chartCounts;
/** @deprecated import from lib/charts/from-counts */
export const comparisonBars = charts.comparisonBars;
