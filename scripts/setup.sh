#!/usr/bin/env bash
# Installs whatever the workbook needs and is missing: Debian packages (Jupyter's nbclient/nbconvert,
# Chromium for the screenshot test, ripgrep for the benchmark), npm packages (from the lock file),
# and the project-local tslab kernelspec. Idempotent; takes well under a second when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# --- Debian packages -------------------------------------------------------------------------
apt_packages=(jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel chromium ripgrep)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "setup: need root to install ${missing[*]}: run 'apt-get install -y ${missing[*]}' as root" >&2; exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# --- npm packages ----------------------------------------------------------------------------
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.workbook-lock-sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "setup: installing npm packages from package-lock.json" >&2
  if [ -d node_modules ]; then
    npm install --fetch-retries=0 --no-audit --no-fund >&2   # incremental: keeps what is there
  else
    npm ci --fetch-retries=0 --no-audit --no-fund >&2
  fi
  echo "$lock_hash" > "$stamp"
fi

# --- the tslab kernelspec, project-local -----------------------------------------------------
# The kernel compiles lib/ once (scripts/build-lib.sh, skipped when nothing changed) and runs in
# .workbook-build/, where lib/*.js and lib/*.d.ts stand: a notebook's `import ... from "./lib/corpus"`
# then loads compiled code and its declarations instead of type-checking every lib file anew in
# every kernel (which took 15-20 s a chapter).
spec_dir=.jupyter/kernels/workbook-tslab
spec="$spec_dir/kernel.json"
want=$(cat <<JSON
{
  "argv": ["/bin/sh", "-c", "cd '$root' && bash scripts/build-lib.sh >&2 && cd .workbook-build && exec '$root/node_modules/.bin/tslab' kernel --config-path \"\$0\"", "{connection_file}"],
  "display_name": "TypeScript (workbook)",
  "language": "typescript"
}
JSON
)
if [ ! -f "$spec" ] || [ "$(cat "$spec")" != "$want" ]; then
  mkdir -p "$spec_dir"
  printf '%s\n' "$want" > "$spec.tmp" && mv "$spec.tmp" "$spec"
  echo "setup: wrote kernelspec $spec" >&2
fi
