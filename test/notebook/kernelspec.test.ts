/**
 * The kernelspec scripts/setup.sh writes follows the project it lies in: a copied project (kernelspec
 * included) runs its own lib/ and data/, and a kernel found through another copy's kernelspec refuses to
 * run a notebook of this one instead of silently running against the other copy.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/run";

const SPEC_DIR = path.join(ROOT, ".jupyter", "kernels", "workbook-tslab");

interface Notebook {
  cells: Array<{ outputs: Array<{ name?: string; text?: string | string[] }> }>;
}

/** Executes a one-cell notebook with Jupyter (nbclient via nbconvert) and the kernelspecs of `jupyterPath`. */
function execute(notebook: string, jupyterPath: string) {
  const r = spawnSync(
    "/usr/bin/jupyter",
    ["nbconvert", "--to", "notebook", "--execute", "--stdout", "--ExecutePreprocessor.timeout=120", notebook],
    {
      cwd: path.dirname(notebook),
      env: { ...process.env, JUPYTER_PATH: jupyterPath, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  let stdout = "";
  if (r.status === 0) {
    const nb = JSON.parse(r.stdout) as Notebook;
    stdout = nb.cells[0].outputs
      .filter((o) => o.name === "stdout")
      .map((o) => (Array.isArray(o.text) ? o.text.join("") : (o.text ?? "")))
      .join("");
  }
  return { status: r.status, stdout, stderr: r.stderr };
}

/** The kernelspec's launcher (argv of kernel.json) run by hand with a kernelspec folder of our choosing. */
function launch(specFolder: string) {
  const spec = JSON.parse(fs.readFileSync(path.join(SPEC_DIR, "kernel.json"), "utf8")) as { argv: string[] };
  const argv = spec.argv.map((a) => a.replace("{connection_file}", "/nonexistent/connection.json"));
  const i = argv.indexOf("{resource_dir}");
  assert.ok(i > 0, "kernel.json passes {resource_dir} to its launcher");
  argv[i] = specFolder;
  return spawnSync(argv[0], argv.slice(1), { encoding: "utf8", timeout: 20_000 });
}

describe("the kernelspec follows the copy of the project it lies in", function () {
  this.timeout(180_000);
  let copy: string;
  let notebook: string;

  before(function () {
    const setup = spawnSync("bash", [path.join(ROOT, "scripts", "setup.sh")], { encoding: "utf8" });
    assert.equal(setup.status, 0, setup.stderr);
    const build = spawnSync("bash", [path.join(ROOT, "scripts", "build-lib.sh")], { encoding: "utf8" });
    assert.equal(build.status, 0, build.stderr);
    // A copy as a person makes one (cp -a): the project folder with its .jupyter/ and compiled lib.
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-copy-"));
    const skip = new Set([".git", "output", "node_modules", ".cache", "texts"]);
    const entries = fs.readdirSync(ROOT).filter((e) => !skip.has(e));
    const cp = spawnSync("cp", ["-a", ...entries.map((e) => path.join(ROOT, e)), copy], { encoding: "utf8" });
    assert.equal(cp.status, 0, cp.stderr);
    fs.symlinkSync(fs.realpathSync(path.join(ROOT, "node_modules")), path.join(copy, "node_modules"));
    fs.mkdirSync(path.join(copy, "scratch"));
    notebook = path.join(copy, "scratch", "where.ipynb");
    const cell = 'import { projectRoot } from "./lib/core";\nconsole.log(projectRoot());\nconsole.log(process.cwd());';
    fs.writeFileSync(
      notebook,
      JSON.stringify({
        cells: [{ cell_type: "code", id: "where", metadata: {}, outputs: [], execution_count: null, source: cell }],
        metadata: {
          kernelspec: { name: "workbook-tslab", display_name: "TypeScript (workbook)", language: "typescript" },
        },
        nbformat: 4,
        nbformat_minor: 5,
      }),
    );
  });

  after(function () {
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  it("names no absolute path: Jupyter fills in the kernelspec's folder ({resource_dir})", function () {
    const text = fs.readFileSync(path.join(SPEC_DIR, "kernel.json"), "utf8");
    assert.ok(!text.includes(ROOT), `kernel.json names ${ROOT}`);
    assert.ok(!text.includes(fs.realpathSync(ROOT)), "kernel.json names the project's real path");
    const spec = JSON.parse(text) as { argv: string[]; display_name: string };
    assert.equal(spec.display_name, "TypeScript (workbook)");
    assert.deepEqual(spec.argv.slice(-2), ["{connection_file}", "{resource_dir}"]);
  });

  it("a copied project's notebook runs the copy's lib/ and data/, without npm run setup in the copy", function () {
    const r = execute(notebook, path.join(copy, ".jupyter"));
    assert.equal(r.status, 0, r.stderr);
    const real = fs.realpathSync(copy);
    assert.deepEqual(r.stdout.trim().split("\n"), [real, path.join(real, ".workbook-build")]);
  });

  it("the original's kernel refuses a notebook of the copy, naming both and the command to use", function () {
    const r = execute(notebook, path.join(ROOT, ".jupyter"));
    assert.notEqual(r.status, 0, "the notebook ran against the other copy");
    const real = fs.realpathSync(copy);
    assert.ok(r.stderr.includes(`this notebook belongs to the workbook in ${real}`), r.stderr);
    assert.ok(r.stderr.includes(`is the one of ${fs.realpathSync(ROOT)}`), r.stderr);
    assert.ok(r.stderr.includes(`cd ${real} && npm run notebook`), r.stderr);
  });

  it("refuses clearly when the kernelspec was copied out of a project (jupyter kernelspec install)", function () {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "kernels-"));
    try {
      const spec = path.join(outside, "workbook-tslab");
      fs.cpSync(SPEC_DIR, spec, { recursive: true });
      const r = launch(spec);
      assert.equal(r.status, 1);
      assert.ok(r.stderr.includes(`the kernelspec ${spec} is not in a workbook's .jupyter/kernels/ folder`), r.stderr);
      assert.match(r.stderr, /JUPYTER_PATH=<the workbook>\/\.jupyter/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it("refuses clearly when the Jupyter client leaves {resource_dir} unfilled (too old)", function () {
    const r = launch("{resource_dir}");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Jupyter passed "\{resource_dir\}" for the kernelspec folder/);
    assert.match(r.stderr, /jupyter_client 7 and VS Code's Jupyter extension 2025\.2 or later/);
  });
});
