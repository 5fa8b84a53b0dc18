#!/usr/bin/env bash
# Installs whatever the workbook needs and is missing: Debian packages (Jupyter's nbclient/nbconvert,
# the classic Jupyter Notebook server for `npm run notebook` and its browser test, Chromium for the
# screenshot tests, ripgrep for the benchmark, xmllint for the test of REFI-QDA exports against the
# standard's schema), npm packages (from the lock file), and the project-local tslab kernelspec.
# Idempotent; takes well under a second when all is there.
#   bash scripts/setup.sh              what `npm start` and `npm test` need
#   bash scripts/setup.sh --notebook   the same, and JupyterLab too where the machine's packages offer it
#   WORKBOOK_NO_APT=1 bash scripts/setup.sh   leaves Debian's packages alone (no root: you bring Jupyter yourself)
set -euo pipefail
cd "$(dirname "$0")/.."

# --- Debian packages -------------------------------------------------------------------------
apt_packages=(jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel jupyter-notebook chromium ripgrep libxml2-utils)
missing=()
if [ -n "${WORKBOOK_NO_APT:-}" ]; then
  echo "setup: WORKBOOK_NO_APT is set: not checking Debian's packages (${apt_packages[*]})" >&2
  apt_packages=()
fi
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${1:-}" = "--notebook" ] && [ -z "${WORKBOOK_NO_APT:-}" ]; then
  # JupyterLab renders the charts' vega-lite specs itself; Debian 12 has no package for it, so this
  # usually finds nothing and the classic Notebook (which shows the charts' SVG) is what opens.
  for p in jupyterlab python3-jupyterlab; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
      && apt-cache policy "$p" 2>/dev/null | grep -q "Candidate: [0-9]"; then
      missing+=("$p")
      break
    fi
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages:" \
    "apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "setup: need root to install ${missing[*]}: ask an administrator to run" \
        "'apt-get update && apt-get install -y --no-install-recommends ${missing[*]}' (or run it with sudo)," \
        "then run this command again" >&2
      exit 1
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
# The one place that writes it. Jupyter finds it through JUPYTER_PATH=<project>/.jupyter (npm start,
# npm test and npm run notebook set it). It names no absolute path: Jupyter fills in {resource_dir}
# (the kernelspec's own folder, jupyter_client 7 and later), and the project is three folders up, so a
# copied project runs its own lib/. scripts/notebook-kernel.sh then refuses a notebook that belongs to
# another copy, compiles lib/ (scripts/build-lib.sh, skipped when nothing changed) and starts tslab in
# .workbook-build/, where a notebook's `import ... from "./lib/corpus"` loads compiled code and its
# declarations instead of type-checking every lib file anew in every kernel (15-20 s a chapter).
spec_dir=.jupyter/kernels/workbook-tslab
spec="$spec_dir/kernel.json"
# sh -c LAUNCHER CONNECTION_FILE KERNELSPEC_FOLDER; no braces in it (Jupyter would fill them in).
launcher='spec=$1
if [ ! -d "$spec" ]; then
  echo "workbook kernel: Jupyter passed \"$spec\" for the kernelspec folder: this Jupyter client does not fill in" \
    "the kernelspec folder (jupyter_client 7 and VS Code'"'"'s Jupyter extension 2025.2 or later do)." \
    "Update it, or open the chapters with npm run notebook (docs/notebook.md)." >&2
  exit 1
fi
root=$(cd -P "$spec/../../.." && pwd -P)
if [ ! -f "$root/scripts/notebook-kernel.sh" ]; then
  echo "workbook kernel: the kernelspec $spec is not in a workbook'"'"'s .jupyter/kernels/ folder, so it cannot" \
    "tell which copy of the workbook to run. Start Jupyter with JUPYTER_PATH=<the workbook>/.jupyter" \
    "(npm run notebook does), or link the folder instead of copying it (docs/notebook.md)." >&2
  exit 1
fi
exec /bin/sh "$root/scripts/notebook-kernel.sh" "$root" "$spec" "$0"'
json_string() { # a JSON string literal of $1
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  printf '"%s"' "$s"
}
want=$(
  printf '{\n'
  printf '  "argv": ["/bin/sh", "-c", %s, "{connection_file}", "{resource_dir}"],\n' "$(json_string "$launcher")"
  printf '  "display_name": "TypeScript (workbook)",\n'
  printf '  "language": "typescript"\n'
  printf '}'
)
if [ ! -f "$spec" ] || [ "$(cat "$spec")" != "$want" ]; then
  mkdir -p "$spec_dir"
  printf '%s\n' "$want" > "$spec.tmp" && mv "$spec.tmp" "$spec"
  echo "setup: wrote kernelspec $spec" >&2
fi
