/** Records as a fixed-width text table for a terminal: the first column left-aligned, the others right. */

/**
 * Records (one object per row, the same keys) as fixed-width lines under a title.
 *
 * @example textTable([{ theme: "dialogue", kappa: "0.812" }], "tune").split("\n")[1] // "theme     kappa"
 */
export function textTable(records: Array<Record<string, string | number>>, title = ""): string {
  const head = records.length ? Object.keys(records[0]) : [];
  const rows = records.map((r) => head.map((h) => String(r[h] ?? "")));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [...(title ? [title] : []), line(head), ...rows.map(line)].join("\n");
}
