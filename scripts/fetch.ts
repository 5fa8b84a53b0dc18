/**
 * Fills the study corpus's texts folder from the official sources.
 *
 *   npm run fetch -- --corpus china-kosovo [--only <slot>[,<slot>…]] [--concurrency 4] [--timeout 20000]
 *                    [--retries 3] [--backoff 1000] [--force] [--base-url <test server>] [--allow-local]
 *                    [--record-base https://documents.un.org] [--slots <csv>] [--texts <dir>] [--cache <dir>]
 *
 * For each slot: the official URL, then (UNSC) the verbatim record by UN symbol, then the alternative URL
 * (for Security Council slots most often a news report, whose narration the coding guide does not code).
 * Downloads are cached in .cache/fetch/ (a re-run is offline and instant); texts already written are
 * skipped (an interrupted run resumes). Ends with a table of slots fetched / skipped / failed.
 *
 * Only public addresses are fetched: a slot URL, redirect or DNS answer pointing at this machine, a
 * private network or a cloud metadata service fails its slot ("blocked"); `--allow-local` allows them
 * (a test server on this machine). Credentials in a slot URL are used but never written to a text's
 * `source:` line or printed. Paths are read from where the command was typed, checked before the run
 * (`checkCommandPaths`: --texts and --cache may not lie in data/ or another corpus's folder).
 *
 * Exit codes: 0 nothing failed; 1 some slot failed; 2 bad command line or slots file; 3 no network
 * (every failure was a DNS failure or a refused connection).
 */
import { parseArgs } from "util";
import { SingleBar } from "cli-progress";
import { EXIT, exitCode } from "../lib/cli/fetch-exit-codes";
import { closingNote, formatReport } from "../lib/cli/fetch-report";
import { ArgumentError, InputError, ValidationError } from "../lib/core";
import { loadCard, sourceDir } from "../lib/corpus";
import {
  checkCommandPaths,
  fromUser,
  fsErrorMessage,
  isFileSystemError,
  shownFromUser,
  wholeNumberOption,
} from "../lib/cli";
import {
  defaultCacheDir,
  defaultTextsDir,
  fetchSlots,
  loadSlots,
  MAX_TIMER_MS,
  preloadPdf,
  type Slot,
  type SlotResult,
  slotsPath,
  summarize,
} from "../lib/sources";

const USAGE = `usage: npm run fetch -- --corpus china-kosovo [--only <slot>[,<slot>…]] [--concurrency 4]
       [--timeout 20000] [--retries 3] [--backoff 1000] [--force] [--base-url <url>] [--allow-local]
       [--record-base <url>] [--slots <csv>] [--texts <dir>] [--cache <dir>]`;

/** The command line, read and checked. */
interface Options {
  corpus: string;
  only: string[];
  concurrency: number;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  force: boolean;
  baseUrl?: string;
  allowLocal: boolean;
  recordBase?: string;
  slots?: string;
  texts?: string;
  cache?: string;
  help: boolean;
}

/** A whole-number option from `min` to `max` (a delay: at most what Node's timers can wait); `dflt` when not given. */
function intOption(v: string | undefined, name: string, dflt: number, min: number, max?: number): number {
  const why = max === MAX_TIMER_MS ? "milliseconds; Node's timers wait at most about 24.8 days" : undefined;
  return wholeNumberOption(`--${name}`, v, { min, max, dflt, why });
}

/** Reads the command line (`util.parseArgs`). Throws ArgumentError for a bad option or value. */
function readOptions(argv: string[]): Options {
  const parse = () =>
    parseArgs({
      args: argv,
      options: {
        corpus: { type: "string" },
        only: { type: "string", multiple: true },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        retries: { type: "string" },
        backoff: { type: "string" },
        force: { type: "boolean" },
        "base-url": { type: "string" },
        "allow-local": { type: "boolean" },
        "record-base": { type: "string" },
        slots: { type: "string" },
        texts: { type: "string" },
        cache: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }).values;
  let values: ReturnType<typeof parse>;
  try {
    values = parse();
  } catch (e) {
    throw new ArgumentError("command line", "the options shown below", argv.join(" "), (e as Error).message);
  }
  const options: Options = {
    corpus: values.corpus ?? "",
    only: (values.only ?? [])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean),
    concurrency: intOption(values.concurrency, "concurrency", 4, 1),
    timeoutMs: intOption(values.timeout, "timeout", 20000, 1, MAX_TIMER_MS),
    retries: intOption(values.retries, "retries", 3, 0, 100),
    backoffMs: intOption(values.backoff, "backoff", 1000, 0, MAX_TIMER_MS),
    force: Boolean(values.force),
    baseUrl: values["base-url"],
    allowLocal: Boolean(values["allow-local"]),
    recordBase: values["record-base"],
    slots: values.slots,
    texts: values.texts,
    cache: values.cache,
    help: Boolean(values.help),
  };
  if (options.help) return options;
  if (!options.corpus)
    throw new ArgumentError("--corpus", "a corpus card", "", "the study corpus is china-kosovo: --corpus china-kosovo");
  if (options.corpus !== "china-kosovo")
    throw new ArgumentError(
      "--corpus",
      "china-kosovo (the only corpus fetched from the web)",
      options.corpus,
      "the General Debate corpora come from the shared archive",
    );
  return options;
}

/** A path for messages: relative to where the command was typed, when inside it. */
const shown = shownFromUser;

/** The slots to fetch (all, or those of `--only`), the card's categories and the texts and cache folders. */
function planRun(o: Options): { slots: Slot[]; categories: string[]; textsDir: string; cacheDir: string } {
  const card = loadCard(o.corpus);
  // paths as the user typed them, from where they typed the command
  const slotsFile = o.slots ? fromUser(o.slots) : slotsPath(o.corpus);
  const textsDir = o.texts ? fromUser(o.texts) : defaultTextsDir(o.corpus);
  const cacheDir = o.cache ? fromUser(o.cache) : defaultCacheDir();
  checkCommandPaths({
    inputs: [{ option: "--slots", path: slotsFile, kind: "file" }],
    outputs: [
      { option: "--texts", path: textsDir, kind: "folder", what: "the fetched texts" },
      { option: "--cache", path: cacheDir, kind: "folder", what: "the download cache" },
    ],
    mayWriteIn: [sourceDir(card)],
  });
  const slots = loadSlots(slotsFile, card.categories);
  if (o.only.length === 0) return { slots, categories: card.categories, textsDir, cacheDir };
  const known = new Set(slots.map((s) => s.slot));
  const unknown = o.only.filter((w) => !known.has(w));
  if (unknown.length > 0)
    throw new ArgumentError(
      "--only",
      `slot ids of ${shown(slotsFile)}`,
      unknown.join(","),
      `unknown slot${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} (see ${shown(slotsFile)})`,
    );
  return { slots: slots.filter((s) => o.only.includes(s.slot)), categories: card.categories, textsDir, cacheDir };
}

/** One progress line per slot done (or a bar on a terminal). */
function progress(total: number): {
  onSlot: (event: "start" | "done", slot: Slot, r?: SlotResult) => void;
  tty: boolean;
  stop: () => void;
} {
  const tty = Boolean(process.stderr.isTTY);
  const format = "fetch [{bar}] {value}/{total} {slot}";
  const bar = tty
    ? new SingleBar({ stream: process.stderr, format, hideCursor: true, clearOnComplete: false }, undefined)
    : null;
  let done = 0;
  bar?.start(total, 0, { slot: "" });
  const onSlot = (event: "start" | "done", slot: Slot, r?: SlotResult) => {
    if (event !== "done" || !r) return;
    done++;
    if (bar) {
      bar.update(done, { slot: `${slot.slot} ${r.status}` });
      return;
    }
    const how =
      r.status === "fetched"
        ? ` (${r.via}${r.fromCache ? ", cache" : ""})`
        : r.status === "failed"
          ? ` (${r.kind})`
          : "";
    process.stderr.write(`[${done}/${total}] ${slot.slot}: ${r.status}${how}\n`);
  };
  return { onSlot, tty, stop: () => bar?.stop() };
}

async function main(): Promise<number> {
  let o: Options;
  let plan: ReturnType<typeof planRun>;
  try {
    o = readOptions(process.argv.slice(2));
    if (o.help) {
      process.stdout.write(USAGE + "\n");
      return EXIT.ok;
    }
    plan = planRun(o);
  } catch (e) {
    if (e instanceof ArgumentError) {
      process.stderr.write(`fetch: ${e.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError || e instanceof ValidationError) {
      process.stderr.write(`fetch: ${e.message}\n`);
      return EXIT.usage;
    }
    if (isFileSystemError(e)) {
      process.stderr.write(`fetch: ${fsErrorMessage(e)}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  const { slots, categories, textsDir, cacheDir } = plan;
  process.stderr.write(
    `fetch: ${slots.length} slot${slots.length === 1 ? "" : "s"} of ${o.corpus} → ${shown(textsDir)} ` +
      `(cache ${shown(cacheDir)}; concurrency ${o.concurrency}, timeout ${o.timeoutMs} ms, ${o.retries} retries)\n`,
  );
  preloadPdf();
  const p = progress(slots.length);
  const results = await fetchSlots(slots, {
    textsDir,
    cacheDir,
    categories,
    concurrency: o.concurrency,
    timeoutMs: o.timeoutMs,
    retries: o.retries,
    backoffMs: o.backoffMs,
    force: o.force,
    baseUrl: o.baseUrl,
    allowLocal: o.allowLocal,
    recordBase: o.recordBase,
    onRetry: (e, attempt, wait) => {
      if (!p.tty) process.stderr.write(`  retry ${attempt} in ${wait} ms: ${e.url} (${e.message})\n`);
    },
    onSlot: p.onSlot,
  });
  p.stop();
  const s = summarize(results);
  const code = exitCode(s);
  process.stdout.write(formatReport(results) + "\n" + closingNote(s) + `exit ${code}\n`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`fetch: unexpected error: ${(e as Error).stack ?? e}\n`);
    process.exit(EXIT.failed);
  },
);
