/**
 * How interactive the chapters feel in the classic Notebook (`npm run bench:cells`): prints the server's start
 * time, the kernel's start, each code cell of one chapter run through the page one after the other (the first
 * cell and the later ones), a few ordinary cells typed after it, and what tslab spends before it runs a cell:
 * converting it (the program rebuilt around the cell) and, inside that, type-checking it. Prints figures only;
 * the machine's load is printed beside them, since other work on it slows every figure.
 *
 *   npm run bench:cells                      chapter 05-counts
 *   npm run bench:cells -- --chapter 00      another chapter (number or name)
 *   npm run bench:cells -- --repeat 10       runs of each ordinary cell (default 5)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { chromium } from "playwright-core";
import { cellErrors, PAGE_HELPERS, type PageCell } from "../lib/cli/notebook-page";
import { chooseFrontEnd, KERNEL_NAME, notebookUrl, startNotebookServer } from "../lib/cli/notebook-server";
import { projectRoot } from "../lib/core";

interface Step {
  kind: "convert" | "typecheck";
  ms: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${Math.round(x).toLocaleString("en")} ms`.padStart(9);
const load = () => os.loadavg()[0].toFixed(1);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { chapter: { type: "string", default: "05-counts" }, repeat: { type: "string", default: "5" } },
  });
  const root = projectRoot();
  const repeat = Number(values.repeat);
  const chapters = fs.readdirSync(path.join(root, "notebooks")).filter((f) => f.endsWith(".ipynb"));
  const chapter =
    chapters.find((f) => f.startsWith(values.chapter ?? "")) ?? chapters.find((f) => f.includes(values.chapter ?? ""));
  if (!chapter) {
    console.error(`bench-cells: no chapter matches "${values.chapter}" (chapters: ${chapters.join(", ")})`);
    return 2;
  }
  const choice = chooseFrontEnd({ want: "notebook" });
  if (!choice.ok) {
    console.error(choice.message);
    return 1;
  }
  if (!fs.existsSync(path.join(root, ".jupyter", "kernels", KERNEL_NAME, "kernel.json"))) {
    console.error("bench-cells: no kernelspec yet: run `npm run setup` first");
    return 1;
  }
  // The kernel compiles lib/ when it changed: do it now, so that the kernel's start is measured, not a build.
  const build = spawnSync("bash", [path.join(root, "scripts", "build-lib.sh")], { encoding: "utf8" });
  if (build.status !== 0) {
    console.error(`bench-cells: lib/ does not compile for the kernel:\n${build.stderr}`);
    return 1;
  }

  console.log(`bench-cells: ${chapter} in the classic Notebook; ${os.cpus().length} cores, load ${load()} at start`);
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startNotebookServer({ root, executable: choice.executable });
    starts.push(s.startSeconds * 1000);
    await s.stop();
  }
  console.log(`server start (spawn → answering)     ${ms(median(starts))}  (3 starts: ${starts.map(ms).join(",")})`);

  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-cells-")), "steps.jsonl");
  fs.writeFileSync(logFile, "");
  let seen = 0;
  const newSteps = (): Step[] => {
    const lines = fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean);
    const fresh = lines.slice(seen).map((l) => JSON.parse(l) as Step);
    seen = lines.length;
    return fresh;
  };
  const hook = path.join(root, "scripts", "bench-cells-hook.cjs");
  const server = await startNotebookServer({
    root,
    executable: choice.executable,
    env: {
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${hook}`].filter(Boolean).join(" "),
      WORKBOOK_BENCH_CELLS_LOG: logFile,
    },
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  let failed = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(PAGE_HELPERS);
    const t0 = Date.now();
    await page.goto(notebookUrl(server, path.join("notebooks", chapter)));
    await page.waitForFunction("window.__wb && (window.__wb.ready() || window.__wb.modals().length > 0)", null, {
      timeout: 120_000,
    });
    const modals = (await page.evaluate("window.__wb.modals()")) as string[];
    if (modals.length) throw new Error(`the page shows: ${modals.join(" / ")}\n${server.log().slice(-3000)}`);
    console.log(`kernel start (page open → kernel ready) ${ms(Date.now() - t0)}`);
    await page.evaluate("Jupyter.notebook.set_autosave_interval(0)"); // never writes the chapter
    newSteps();

    const run = async (index: number) => {
      const total = (await page.evaluate(`window.__wb.run(${index})`)) as number;
      const steps = newSteps();
      const convert = steps.filter((s) => s.kind === "convert").reduce((a, s) => a + s.ms, 0);
      const typecheck = steps.filter((s) => s.kind === "typecheck").reduce((a, s) => a + s.ms, 0);
      const cell = ((await page.evaluate("window.__wb.cells()")) as PageCell[]).find((c) => c.index === index);
      const error = cell ? cellErrors(cell) : "";
      return { total, convert, typecheck, error, source: cell?.source ?? "" };
    };
    const row = (label: string, r: { total: number; convert: number; typecheck: number }, note = "") =>
      `${label.padEnd(14)}${ms(r.total)} total ${ms(r.convert)} convert (type-check ${ms(r.typecheck).trim()})` +
      `  ${ms(r.total - r.convert).trim()} run + display${note ? `  ${note}` : ""}`;

    console.log("\neach code cell, in order (total = run pressed → outputs complete, as the page sees it):");
    const codeCells = ((await page.evaluate("window.__wb.cells()")) as PageCell[]).map((c) => c.index);
    const results: Array<Awaited<ReturnType<typeof run>>> = [];
    for (const [k, index] of codeCells.entries()) {
      const r = await run(index);
      results.push(r);
      const first = r.source.split("\n").find((l) => l.trim() && !l.trim().startsWith("//")) ?? "";
      console.log(row(`cell ${k + 1}${k === 0 ? " (first)" : ""}`, r, first.trim().slice(0, 48)));
      if (r.error) {
        failed = true;
        console.log(`  ERROR in cell ${k + 1}: ${r.error.split("\n")[0]}`);
      }
    }
    const later = results.slice(1).map((r) => r.total);
    const whole = (key: "total" | "typecheck") => results.reduce((a, r) => a + r[key], 0);
    console.log(
      `\nfirst cell ${ms(results[0].total).trim()}; later cells: median ${ms(median(later)).trim()},` +
        ` max ${ms(Math.max(...later)).trim()}; type-check ${ms(whole("typecheck")).trim()}` +
        ` of ${ms(whole("total")).trim()} for the whole chapter`,
    );

    console.log(`\nordinary cells typed after the chapter (${repeat} edits each, median):`);
    const ordinary: Array<[string, string]> = [
      ["expression", "const twice = 1 + 1;\ntwice"],
      ["small table", 'showTable([{ theme: "dialogue", units: 2 }]);'],
      ["lib call", "countThemes(rows, themes).length"],
    ];
    for (const [label, source] of ordinary) {
      const index = (await page.evaluate(`window.__wb.append(${JSON.stringify(source)})`)) as number;
      const runs = [];
      for (let i = 0; i < repeat; i++) {
        // a new text each time, as after an edit (the same text again would reuse the last check)
        await page.evaluate(`window.__wb.set(${index}, ${JSON.stringify(`${source}\n// edit ${i + 1}`)})`);
        runs.push(await run(index));
      }
      const m = {
        total: median(runs.map((r) => r.total)),
        convert: median(runs.map((r) => r.convert)),
        typecheck: median(runs.map((r) => r.typecheck)),
      };
      console.log(row(label, m, runs[0].error ? `ERROR: ${runs[0].error.split("\n")[0]}` : source.split("\n")[0]));
    }
  } finally {
    await browser.close();
    const stop = await server.stop();
    if (stop.leftovers.length) console.log(`bench-cells: ended ${stop.leftovers.length} leftover process(es)`);
    fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
  }
  console.log(`\nload ${load()} at the end (1-minute average; ${os.cpus().length} cores)`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
