/**
 * Opens the chapters in a real Jupyter to step through them cell by cell (`npm run notebook`, after
 * scripts/setup.sh --notebook has installed the server and written the kernelspec). Starts the server on
 * 127.0.0.1 with a token, rooted at the project and opened on notebooks/, with the project's kernelspec
 * first on JUPYTER_PATH, so every chapter opens on "TypeScript (workbook)". Ctrl-C stops it and its kernels.
 *
 *   npm run notebook                        JupyterLab where installed, else the classic Notebook;
 *                                           port 8888, or the next free one
 *   npm run notebook -- --port 9000         another port
 *   npm run notebook -- --corpus china-ungdc   the chapters on another corpus card (data/corpora/<card>.yaml)
 *   npm run notebook -- --classic | --lab   choose the front end
 *   npm run notebook -- --no-browser        only print the address (the default when there is no display)
 *   npm run notebook -- --check             say what is installed and what is missing; start nothing
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import {
  CHART_RENDERING,
  chooseFrontEnd,
  type FrontEnd,
  freePort,
  KERNEL_DISPLAY_NAME,
  KERNEL_NAME,
  type NotebookServer,
  portIsFree,
  startNotebookServer,
} from "../lib/cli/notebook-server";
import { projectRoot } from "../lib/core";
import { currentCardName } from "../lib/corpus";
import { listChapters } from "../lib/report";
import { cardsOfRun, missingData } from "./preflight";

function usage(message?: string): never {
  if (message) console.error(`notebook: ${message}`);
  console.error("usage: npm run notebook -- [--port N] [--corpus <card>] [--classic | --lab] [--no-browser] [--check]");
  process.exit(2);
}

async function choosePort(wanted: string | undefined): Promise<number> {
  if (wanted !== undefined) {
    const n = Number(wanted);
    if (!Number.isInteger(n) || n < 1 || n > 65535) usage(`--port takes a port number (1-65535), not "${wanted}"`);
    if (!(await portIsFree(n))) usage(`port ${n} on 127.0.0.1 is in use; leave out --port to take a free one`);
    return n;
  }
  for (let p = 8888; p < 8900; p++) if (await portIsFree(p)) return p;
  return freePort();
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      corpus: { type: "string" },
      classic: { type: "boolean", default: false },
      lab: { type: "boolean", default: false },
      "no-browser": { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) usage();
  if (values.classic && values.lab) usage("--classic and --lab exclude each other");
  const want: FrontEnd | undefined = values.lab ? "lab" : values.classic ? "notebook" : undefined;
  const root = projectRoot();
  const corpus = values.corpus ?? currentCardName();
  if (!fs.existsSync(path.join(root, "data", "corpora", `${corpus}.yaml`))) {
    const cards = fs
      .readdirSync(path.join(root, "data", "corpora"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.replace(/\.yaml$/, ""));
    usage(`unknown corpus "${corpus}": no data/corpora/${corpus}.yaml (cards: ${cards.join(", ") || "none"})`);
  }

  const kernelspec = path.join(root, ".jupyter", "kernels", KERNEL_NAME, "kernel.json");
  const choice = chooseFrontEnd({ want });
  if (!choice.ok) {
    console.error(choice.message);
    return 1;
  }
  if (!fs.existsSync(kernelspec)) {
    console.error(
      `notebook: no kernelspec ${path.relative(root, kernelspec)}: the chapters would find no kernel` +
        ` "${KERNEL_DISPLAY_NAME}". Run \`npm run notebook\` (it runs scripts/setup.sh first) or \`npm run setup\`.`,
    );
    return 1;
  }
  if (values.check) {
    console.log(
      `notebook: front end ${choice.frontEnd === "lab" ? "JupyterLab" : "classic Notebook"} (${choice.executable})`,
    );
    console.log(`notebook: kernel "${KERNEL_DISPLAY_NAME}" (${path.relative(root, kernelspec)})`);
    console.log(`notebook: charts show ${CHART_RENDERING[choice.frontEnd]}`);
    console.log(`notebook: corpus card ${corpus} (data/corpora/${corpus}.yaml)`);
  }
  // the data the chapters read: one line per missing piece, with how to get it (a chapter would stop on it)
  const missing = missingData(cardsOfRun(listChapters(path.join(root, "notebooks")), corpus));
  for (const l of [...missing.fatal, ...missing.notes]) console.error(`notebook: missing: ${l}`);
  if (values.check) return 0;

  const port = await choosePort(values.port);
  const openBrowser = !values["no-browser"] && !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  let server: NotebookServer;
  try {
    server = await startNotebookServer({
      root,
      executable: choice.executable,
      frontEnd: choice.frontEnd,
      port,
      openBrowser,
      inheritOutput: true,
      env: { WORKBOOK_CORPUS: corpus },
    });
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const name = server.frontEnd === "lab" ? "JupyterLab" : "The classic Jupyter Notebook";
  console.log(
    [
      "",
      `${name} is running on 127.0.0.1:${server.port} (started in ${server.startSeconds.toFixed(1)} s). Open:`,
      "",
      `    ${server.url}`,
      "",
      `Every chapter opens on the kernel "${KERNEL_DISPLAY_NAME}" and the corpus card ${corpus}; its first cell`,
      "takes a few seconds (the kernel compiles lib/ when it changed and warms up), later cells well under a second.",
      `Charts show ${CHART_RENDERING[server.frontEnd]}.`,
      "From another machine: ssh -L " +
        `${server.port}:127.0.0.1:${server.port} <this machine>, then open the address there.`,
      "Ctrl-C stops the server and its kernels.",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stopAndExit = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nnotebook: ${why}: stopping the server and its kernels`);
    const r = await server.stop();
    if (r.leftovers.length) console.error(`notebook: ended ${r.leftovers.length} process(es) the server left behind`);
    process.exit(0);
  };
  process.on("SIGINT", () => void stopAndExit("Ctrl-C"));
  process.on("SIGTERM", () => void stopAndExit("SIGTERM"));
  process.on("SIGHUP", () => void stopAndExit("terminal closed"));
  const end = await server.exited;
  if (stopping) return new Promise(() => {}); // stopAndExit exits
  console.log(`notebook: the server stopped (${end.signal ?? `exit code ${end.code}`})`);
  return end.code ?? 1;
}

main().then((code) => process.exit(code));
