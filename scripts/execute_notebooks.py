"""Execute notebooks with the workbook's tslab kernel and export them to HTML.

Called by scripts/run-workbook.ts with Debian's /usr/bin/python3 (which has nbclient and nbconvert).
Usage: execute_notebooks.py OUT_DIR KERNEL_NAME NOTEBOOK [NOTEBOOK ...]

For each notebook, prints one JSON line to stdout:
  {"notebook": ..., "ok": true, "seconds": ..., "cells": ..., "html": ...}
or, when a cell fails, the cell's index, its first lines and the real error text (tslab writes
the trace to the cell's stderr stream; nbclient's own message is nearly empty), then stops.
The executed notebook is written even when a cell fails, so the failure can be read in context.
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError
from nbconvert import HTMLExporter

HERE = os.path.dirname(os.path.abspath(__file__))


def write_atomic(path, text):
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def cell_error_text(cell):
    """The error a student needs: stderr streams and error outputs of the failing cell."""
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            tb = out.get("traceback") or []
            parts.append("\n".join(tb) or f"{out.get('ename', '')}: {out.get('evalue', '')}")
    return "\n".join(p.strip() for p in parts if p.strip())


def write_lab_css(exporter, out_dir):
    """JupyterLab's stylesheet, which the chapter pages link: written once into OUT_DIR/assets/ instead of inlined
    in every page (about 550 kB each). Found beside the lab template the exporter uses."""
    for base in exporter.template_paths:
        static = os.path.join(base, "static")
        if os.path.isfile(os.path.join(static, "index.css")):
            text = "".join(open(os.path.join(static, f), encoding="utf-8").read() + "\n"
                           for f in ("index.css", "theme-light.css") if os.path.isfile(os.path.join(static, f)))
            target = os.path.join(out_dir, "assets", "jupyterlab.css")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if not os.path.isfile(target) or open(target, encoding="utf-8").read() != text:
                write_atomic(target, text)
            return
    raise RuntimeError("JupyterLab's stylesheet (lab/static/index.css) is not beside the nbconvert templates")


def export_html(nb, html_path, out_dir):
    exporter = HTMLExporter(template_name="workbook", extra_template_basedirs=[os.path.join(HERE, "nbconvert")])
    body, _ = exporter.from_notebook_node(nb)
    write_atomic(html_path, body)
    write_lab_css(exporter, out_dir)


def run(out_dir, kernel_name, path):
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel_name, timeout=900, startup_timeout=300, allow_errors=False,
                            resources={"metadata": {"path": os.getcwd()}})
    started = time.time()
    failure = None
    try:
        client.execute()
    except (CellExecutionError, DeadKernelError) as err:
        failure = err
    seconds = time.time() - started
    nb_path = os.path.join(out_dir, "notebooks", name + ".ipynb")
    html_path = os.path.join(out_dir, name + ".html")
    write_atomic(nb_path, nbformat.writes(nb))
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    if failure is not None:
        # The failing cell is the last code cell that has outputs or an execution started.
        failing = None
        for i, c in enumerate(nb.cells):
            if c.cell_type == "code" and cell_error_text(c):
                failing = (i, c)
        if failing is None:
            executed = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("outputs")]
            failing = executed[-1] if executed else (None, None)
        index, cell = failing
        source = (cell.source if cell is not None else "").splitlines()[:3]
        error = (cell_error_text(cell) if cell is not None else "") or str(failure).strip()
        return {"notebook": name, "ok": False, "seconds": round(seconds, 2), "cell": index,
                "cell_id": cell.get("id") if cell is not None else None,
                "source": source, "error": error, "executed": nb_path}
    try:
        export_html(nb, html_path, out_dir)
    except Exception as err:  # a broken export is a failure of the run, named
        return {"notebook": name, "ok": False, "seconds": round(seconds, 2), "cell": None, "source": [],
                "error": f"HTML export failed: {err}", "executed": nb_path}
    return {"notebook": name, "ok": True, "seconds": round(seconds, 2), "cells": len(code_cells),
            "executed": nb_path, "html": html_path}


def main():
    out_dir, kernel_name, *paths = sys.argv[1:]
    os.makedirs(os.path.join(out_dir, "notebooks"), exist_ok=True)
    for path in paths:
        result = run(out_dir, kernel_name, path)
        print(json.dumps(result), flush=True)
        if not result["ok"]:
            sys.exit(1)


if __name__ == "__main__":
    main()
