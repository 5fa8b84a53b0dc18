// Loaded into the tslab kernel by scripts/bench-cells.ts (NODE_OPTIONS=--require this file): times what tslab does
// with each cell before running it — converting the cell (TypeScript → JavaScript, with the program rebuilt around
// it) and, inside that, the type-check (getPreEmitDiagnosticsOfFiles) — and appends one JSON line per step to the
// file named by WORKBOOK_BENCH_CELLS_LOG. Does nothing in any other process (build-lib's tsc inherits the variable).
"use strict";
const fs = require("fs");
const path = require("path");

const log = process.env.WORKBOOK_BENCH_CELLS_LOG;
const isKernel = /[\\/]tslab([\\/]|$)/.test(process.argv[1] || "") && process.argv.includes("kernel");
if (log && isKernel) {
  const tslabDir = path.dirname(require.resolve("tslab/package.json", { paths: [process.cwd()] }));
  const write = (kind, ms) => fs.appendFileSync(log, JSON.stringify({ kind, ms }) + "\n");

  // The TypeScript fork's exports are getters that cannot be reassigned: put a copy with one replaced in its place.
  const tsFile = require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] });
  const ts = require(tsFile);
  const wrapped = {};
  for (const key of Object.keys(ts)) {
    if (key === "getPreEmitDiagnosticsOfFiles") continue;
    Object.defineProperty(wrapped, key, { enumerable: true, get: () => ts[key] });
  }
  const diagnostics = ts.getPreEmitDiagnosticsOfFiles;
  Object.defineProperty(wrapped, "getPreEmitDiagnosticsOfFiles", {
    enumerable: true,
    value: (...args) => {
      const t0 = process.hrtime.bigint();
      try {
        return diagnostics(...args);
      } finally {
        write("typecheck", Number(process.hrtime.bigint() - t0) / 1e6);
      }
    },
  });
  require.cache[tsFile].exports = wrapped;

  const converter = require(path.join(tslabDir, "dist", "converter.js"));
  const create = converter.createConverter;
  converter.createConverter = (...args) => {
    const c = create(...args);
    const convert = c.convert;
    c.convert = (...a) => {
      const t0 = process.hrtime.bigint();
      try {
        return convert(...a);
      } finally {
        write("convert", Number(process.hrtime.bigint() - t0) / 1e6);
      }
    };
    return c;
  };
}
