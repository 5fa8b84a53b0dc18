#!/usr/bin/env bash
# Compiles lib/*.ts for the notebooks' kernel (into .workbook-build/lib) with tslab's own TypeScript
# 5.0 — the compiler that runs notebook cells — so lib keeps to what TS 5.0 accepts. Skips the work
# when no lib file changed since the last build. Safe to call from several kernels at once.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .workbook-build
exec 9>.workbook-build/.lock
flock 9
stamp=.workbook-build/.stamp
if [ -f "$stamp" ] && [ -z "$(find lib tsconfig.notebooks.json -newer "$stamp" -print -quit)" ]; then
  exit 0
fi
tsc=node_modules/@tslab/typescript-for-tslab/bin/tsc
if ! node "$tsc" -p tsconfig.notebooks.json; then
  echo "build-lib: lib/ does not compile with tslab's TypeScript 5.0 (errors above); the notebooks cannot run until it does" >&2
  exit 1
fi
touch "$stamp"
