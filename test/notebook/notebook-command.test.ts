/**
 * `npm run notebook` without a browser: what a machine without the notebook server is told, the server's
 * arguments, and that the install step it names is the one scripts/setup.sh performs.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  chooseFrontEnd,
  installStep,
  missingServerMessage,
  SERVER_EXECUTABLES,
  SERVER_OVERRIDE_ENV,
  serverArgs,
} from "../../lib/cli/notebook-server";
import { ROOT, runScript } from "../support/run";

const STEP = "apt-get update && apt-get install -y --no-install-recommends jupyter-notebook";

describe("npm run notebook: the server check (scripts/notebook.ts)", function () {
  this.timeout(60_000);

  it("without the notebook server: prints the install step npm run notebook performs, starts nothing", function () {
    const missing = path.join(ROOT, "output", "no-such-dir", "jupyter-notebook");
    const r = runScript("notebook", ["--classic", "--no-browser"], { env: { [SERVER_OVERRIDE_ENV]: missing } });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /the Jupyter Notebook server is not installed/);
    assert.ok(r.stderr.includes(`(${missing} is missing)`), r.stderr);
    assert.ok(r.stderr.includes(STEP), r.stderr);
    assert.match(r.stderr, /npm run notebook installs it first \(scripts\/setup\.sh --notebook\)/);
    assert.doesNotMatch(r.stdout, /is running on/);
  });

  it("the step it names is what scripts/setup.sh runs: jupyter-notebook is among its Debian packages", function () {
    const setup = fs.readFileSync(path.join(ROOT, "scripts", "setup.sh"), "utf8");
    const list = setup.match(/^apt_packages=\(([^)]*)\)/m);
    assert.ok(list, "no apt_packages=(...) line in scripts/setup.sh");
    assert.ok(list[1].split(/\s+/).includes("jupyter-notebook"), `setup.sh installs ${list[1]}`);
    assert.match(setup, /"apt-get update && apt-get install -y --no-install-recommends \$\{missing\[\*\]\}"/);
    assert.match(setup, /apt-get install -y -qq --no-install-recommends "\$\{missing\[@\]\}"/);
    assert.equal(installStep(["jupyter-notebook"]), STEP);
  });

  it("--check reports the installed front end, the kernel and how charts show, and starts nothing", function () {
    const r = runScript("notebook", ["--check", "--classic"]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /front end classic Notebook \(\/usr\/bin\/jupyter-notebook\)/);
    assert.match(r.stdout, /kernel "TypeScript \(workbook\)" \(\.jupyter\/kernels\/workbook-tslab\/kernel\.json\)/);
    assert.match(r.stdout, /charts show the SVG/);
  });

  it("refuses a bad port and --classic with --lab, with a usage line", function () {
    const a = runScript("notebook", ["--port", "eighty"]);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /--port takes a port number \(1-65535\), not "eighty"/);
    const b = runScript("notebook", ["--classic", "--lab"]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /--classic and --lab exclude each other/);
  });

  it("--corpus names the card the chapters will use; an unknown one is refused with the cards there are", function () {
    const ok = runScript("notebook", ["--check", "--classic", "--corpus", "china-ungdc"]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /corpus card china-ungdc \(data\/corpora\/china-ungdc\.yaml\)/);
    const bad = runScript("notebook", ["--check", "--corpus", "no-such-card"]);
    assert.equal(bad.status, 2);
    assert.match(
      bad.stderr,
      /unknown corpus "no-such-card": no data\/corpora\/no-such-card\.yaml \(cards: .*ungdc-kosovo/,
    );
  });

  it("WORKBOOK_NO_APT=1 lets a user without root run the set-up: Debian's packages are left alone", function () {
    const r = spawnSync("bash", [path.join(ROOT, "scripts", "setup.sh"), "--notebook"], {
      env: { ...process.env, WORKBOOK_NO_APT: "1" },
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /WORKBOOK_NO_APT is set: not checking Debian's packages \(.*jupyter-notebook/);
    assert.ok(fs.existsSync(path.join(ROOT, ".jupyter", "kernels", "workbook-tslab", "kernel.json")));
  });

  it("without root or sudo, says who has to run the step and where to read on", function () {
    const m = missingServerMessage("notebook", SERVER_EXECUTABLES.notebook, { isRoot: false, hasSudo: false });
    assert.ok(m.includes(`sudo ${STEP}`), m);
    assert.match(m, /You are not root and have no sudo: ask an administrator to run that line once/);
    assert.match(m, /docs\/notebook\.md/);
    const root = missingServerMessage("notebook", SERVER_EXECUTABLES.notebook, { isRoot: true });
    assert.ok(root.includes(`    ${STEP}`) && !root.includes("sudo"), root);
  });

  it("picks JupyterLab where it is installed, else the classic Notebook; --lab without it says so", function () {
    const only = (files: string[]) => (f: string) => files.includes(f);
    const both = chooseFrontEnd({ exists: only([SERVER_EXECUTABLES.lab, SERVER_EXECUTABLES.notebook]), env: {} });
    assert.deepEqual(both, { ok: true, frontEnd: "lab", executable: SERVER_EXECUTABLES.lab });
    const classic = chooseFrontEnd({ exists: only([SERVER_EXECUTABLES.notebook]), env: {} });
    assert.equal(classic.ok && classic.frontEnd, "notebook");
    const lab = chooseFrontEnd({ want: "lab", exists: only([SERVER_EXECUTABLES.notebook]), env: {}, isRoot: true });
    assert.equal(lab.ok, false);
    assert.match(lab.ok ? "" : lab.message, /JupyterLab is not installed[\s\S]*apt-get install .* jupyterlab/);
    assert.match(lab.ok ? "" : lab.message, /Debian 12 has no JupyterLab package/);
  });

  it("binds 127.0.0.1 on the given port only, roots the server at the project and opens notebooks/", function () {
    const args = serverArgs({ frontEnd: "notebook", root: "/p", ip: "127.0.0.1", port: 8890, isRoot: true });
    assert.deepEqual(args, [
      "--ip=127.0.0.1",
      "--port=8890",
      "--port-retries=0",
      "--notebook-dir=/p",
      "--NotebookApp.default_url=/tree/notebooks",
      "--no-browser",
      "--allow-root",
    ]);
    assert.ok(!args.some((a) => /token/i.test(a)), "the token must not be on the command line (ps shows it)");
    const lab = serverArgs({ frontEnd: "lab", root: "/p", ip: "127.0.0.1", port: 8890, openBrowser: true });
    assert.ok(lab.includes("--ServerApp.root_dir=/p") && lab.includes("--LabApp.default_url=/lab/tree/notebooks"));
    assert.ok(!lab.includes("--no-browser") && !lab.includes("--allow-root"));
  });
});
