#!/usr/bin/env bash
# Compiles lib/**/*.ts for the notebooks' kernel (into .workbook-build/lib) with tslab's own TypeScript
# 5.0 — the compiler that runs notebook cells — so lib keeps to what TS 5.0 accepts. Skips the work
# when no lib file changed since the last build; starts from an empty folder when a lib file was added,
# moved or removed (a stale lib/x.js would otherwise shadow a new lib/x/index.js). Safe to call from
# several kernels at once.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .workbook-build
exec 9>.workbook-build/.lock
flock 9
stamp=.workbook-build/.stamp
files=$(find lib -name '*.ts' | LC_ALL=C sort)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$files" ] \
  && [ -z "$(find lib tsconfig.notebooks.json -newer "$stamp" -print -quit)" ]; then
  exit 0
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$files" ]; then
  rm -rf .workbook-build/lib .workbook-build/lib.tsbuildinfo
fi
tsc=node_modules/@tslab/typescript-for-tslab/bin/tsc
if ! node "$tsc" -p tsconfig.notebooks.json; then
  echo "build-lib: lib/ does not compile with tslab's TypeScript 5.0 (errors above); the notebooks cannot run until it does" >&2
  exit 1
fi
printf '%s\n' "$files" > "$stamp.tmp" && mv "$stamp.tmp" "$stamp"
