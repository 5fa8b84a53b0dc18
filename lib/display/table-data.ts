/** A table's columns and rows from records or a danfojs DataFrame, and how one cell is written. */
import { ArgumentError } from "../core";

/** A table ready to show: column names and rows of formatted cells. */
export interface TableData {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** A danfojs DataFrame, as far as this module needs it (no danfojs import). */
interface FrameLike {
  columns: string[];
  values: unknown[][] | unknown[];
}

function isFrame(x: unknown): x is FrameLike {
  return (
    !!x &&
    typeof x === "object" &&
    !Array.isArray(x) &&
    Array.isArray((x as FrameLike).columns) &&
    Array.isArray((x as FrameLike).values)
  );
}

/**
 * Rows and columns from an array of records or a danfojs DataFrame (duck-typed on `columns` and `values`,
 * so danfojs is never loaded here). Columns: `opts.columns`, else every key in first-appearance order.
 *
 * @example
 * tableData([{ theme: "dialogue", n: 2 }, { theme: "sovereignty", n: 3, note: "x" }]).columns // ["theme", "n", "note"]
 */
export function tableData(input: Record<string, unknown>[] | FrameLike | unknown, columns?: string[]): TableData {
  let rows: Record<string, unknown>[];
  let cols: string[];
  if (isFrame(input)) {
    cols = [...input.columns];
    const values = input.values as unknown[];
    // A Series-like frame with one column has flat values.
    rows = values.map((r) => {
      const cells = Array.isArray(r) ? r : [r];
      const o: Record<string, unknown> = {};
      cols.forEach((c, i) => {
        o[c] = cells[i];
      });
      return o;
    });
  } else if (Array.isArray(input)) {
    rows = input as Record<string, unknown>[];
    const seen = new Set<string>();
    cols = [];
    for (const r of rows) {
      for (const k of Object.keys(r ?? {})) {
        if (seen.has(k)) continue;
        seen.add(k);
        cols.push(k);
      }
    }
  } else {
    throw new ArgumentError("table", "an array of records or a danfojs DataFrame", typeof input);
  }
  return { columns: columns ?? cols, rows };
}

/**
 * Formats one cell: integers as they are, other numbers with `decimals` fixed decimals (never "-0.000": a value
 * that rounds to zero has no sign), null/undefined as "", dates as ISO, arrays and objects as JSON.
 *
 * @example formatCell(0.66666, 3) // "0.667"
 * @example formatCell(-0.0004, 3) // "0.000"
 */
export function formatCell(v: unknown, decimals = 3): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
    if (Number.isInteger(v)) return String(v === 0 ? 0 : v); // -0 → "0"
    const s = v.toFixed(decimals);
    return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
  }
  if (typeof v === "string") return v;
  if (typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}
