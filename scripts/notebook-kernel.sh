#!/bin/sh
# Starts the workbook's tslab kernel. Jupyter runs it through the kernelspec that scripts/setup.sh writes
# (.jupyter/kernels/workbook-tslab/kernel.json), in the folder of the notebook being opened:
#   sh scripts/notebook-kernel.sh PROJECT KERNELSPEC_FOLDER CONNECTION_FILE
# PROJECT is the workbook that holds the kernelspec, so a copied project runs its own lib/ and data/.
# When the notebook lies inside another copy of the workbook, its cells would silently run against
# PROJECT's lib/ and data/: the kernel refuses and says how to open that copy instead.
set -eu
root=$1
spec=$2
connection=$3

# The workbook the notebook belongs to, if any: the nearest folder up with package.json and scripts/build-lib.sh.
dir=$(pwd -P)
while :; do
  if [ -f "$dir/package.json" ] && [ -f "$dir/scripts/build-lib.sh" ]; then
    if [ "$dir" != "$root" ]; then
      echo "workbook kernel: this notebook belongs to the workbook in $dir, but the kernel 'TypeScript (workbook)'" \
        "that Jupyter found is the one of $root (kernelspec $spec): its cells would run against that copy's" \
        "lib/ and data/. Refusing to start. Open the notebooks of $dir from there: cd $dir && npm run notebook" \
        "(or start Jupyter with JUPYTER_PATH=$dir/.jupyter after npm run setup there)." >&2
      exit 1
    fi
    break
  fi
  [ "$dir" = / ] && break
  dir=$(dirname "$dir")
done

cd "$root"
bash scripts/build-lib.sh >&2
cd .workbook-build
exec ../node_modules/.bin/tslab kernel --config-path "$connection"
