/**
 * Fills the study corpus's texts folder from the official sources.
 *
 *   npm run fetch -- --corpus china-kosovo [--only <slot>[,<slot>…]] [--concurrency 4] [--timeout 20000]
 *                    [--retries 3] [--backoff 1000] [--force] [--base-url <test server>]
 *                    [--record-base https://documents.un.org] [--slots <csv>] [--texts <dir>] [--cache <dir>]
 *
 * For each slot: the official URL, then (UNSC) the verbatim record by UN symbol, then the alternative URL
 * (for Security Council slots most often a news report, whose narration the coding guide does not code).
 * Downloads are cached in .cache/fetch/ (a re-run is offline and instant); texts already written are
 * skipped (an interrupted run resumes). Ends with a table of slots fetched / skipped / failed.
 *
 * Exit codes: 0 nothing failed; 1 some slot failed; 2 bad command line or slots file; 3 no network
 * (every failure was a DNS failure or a refused connection).
 */
import * as path from "path";
import { parseArgs } from "util";
import { SingleBar } from "cli-progress";
import { loadCard } from "../lib/corpus";
import { preloadPdf } from "../lib/extract";
import { InputError, ValidationError } from "../lib/core";
import {
  EXIT,
  SlotResult,
  defaultCacheDir,
  defaultTextsDir,
  exitCode,
  fetchSlots,
  formatReport,
  loadSlots,
  slotsPath,
  summarize,
} from "../lib/sources";

const USAGE = `usage: npm run fetch -- --corpus china-kosovo [--only <slot>[,<slot>…]] [--concurrency 4] [--timeout 20000]
       [--retries 3] [--backoff 1000] [--force] [--base-url <url>] [--record-base <url>]
       [--slots <csv>] [--texts <dir>] [--cache <dir>]`;

function usage(message: string): never {
  process.stderr.write(`fetch: ${message}\n${USAGE}\n`);
  process.exit(EXIT.usage);
}

function intOption(v: string | undefined, name: string, dflt: number, min: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`--${name} must be a whole number ≥ ${min} (got "${v}")`);
  return n;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        corpus: { type: "string" },
        only: { type: "string", multiple: true },
        concurrency: { type: "string" },
        timeout: { type: "string" },
        retries: { type: "string" },
        backoff: { type: "string" },
        force: { type: "boolean" },
        "base-url": { type: "string" },
        "record-base": { type: "string" },
        slots: { type: "string" },
        texts: { type: "string" },
        cache: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  if (args.help) {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  const corpus = args.corpus;
  if (!corpus) usage("--corpus is required (the study corpus is china-kosovo)");
  if (corpus !== "china-kosovo")
    usage(
      `only the china-kosovo corpus is fetched from the web (got "${corpus}"); the General Debate corpora come from the shared archive`,
    );

  let slots;
  let slotsFile = "";
  let categories: string[] = [];
  let textsDir = "";
  try {
    const card = loadCard(corpus);
    categories = card.categories;
    slotsFile = args.slots ? path.resolve(args.slots) : slotsPath(corpus);
    textsDir = args.texts ? path.resolve(args.texts) : defaultTextsDir(corpus);
    slots = loadSlots(slotsFile, categories);
  } catch (e) {
    if (e instanceof InputError || e instanceof ValidationError) {
      process.stderr.write(`fetch: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  if (args.only && args.only.length > 0) {
    const wanted = args.only
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    const known = new Set(slots.map((s) => s.slot));
    const unknown = wanted.filter((w) => !known.has(w));
    if (unknown.length > 0)
      usage(
        `unknown slot${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} (see ${path.relative(process.cwd(), slotsFile)})`,
      );
    slots = slots.filter((s) => wanted.includes(s.slot));
  }

  const cacheDir = args.cache ? path.resolve(args.cache) : defaultCacheDir();
  const concurrency = intOption(args.concurrency, "concurrency", 4, 1);
  const timeoutMs = intOption(args.timeout, "timeout", 20000, 1);
  const retries = intOption(args.retries, "retries", 3, 0);
  const backoffMs = intOption(args.backoff, "backoff", 1000, 0);

  process.stderr.write(
    `fetch: ${slots.length} slot${slots.length === 1 ? "" : "s"} of ${corpus} → ${path.relative(process.cwd(), textsDir) || textsDir} ` +
      `(cache ${path.relative(process.cwd(), cacheDir) || cacheDir}; concurrency ${concurrency}, timeout ${timeoutMs} ms, ${retries} retries)\n`,
  );

  preloadPdf();

  // Progress: a bar on a terminal, plain lines otherwise (logs, CI, tests).
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty
    ? new SingleBar(
        {
          stream: process.stderr,
          format: "fetch [{bar}] {value}/{total} {slot}",
          hideCursor: true,
          clearOnComplete: false,
        },
        undefined,
      )
    : null;
  let done = 0;
  bar?.start(slots.length, 0, { slot: "" });
  const results: SlotResult[] = await fetchSlots(slots, {
    textsDir,
    cacheDir,
    categories,
    concurrency,
    timeoutMs,
    retries,
    backoffMs,
    force: Boolean(args.force),
    baseUrl: args["base-url"],
    recordBase: args["record-base"],
    onRetry: (e, attempt, wait) => {
      if (!tty) process.stderr.write(`  retry ${attempt} in ${wait} ms: ${e.url} (${e.message})\n`);
    },
    onSlot: (event, slot, r) => {
      if (event !== "done" || !r) return;
      done++;
      if (bar) bar.update(done, { slot: `${slot.slot} ${r.status}` });
      else
        process.stderr.write(
          `[${done}/${slots.length}] ${slot.slot}: ${r.status}${r.status === "fetched" ? ` (${r.via}${r.fromCache ? ", cache" : ""})` : r.status === "failed" ? ` (${r.kind})` : ""}\n`,
        );
    },
  });
  bar?.stop();

  const s = summarize(results);
  process.stdout.write(formatReport(results) + "\n");
  const code = exitCode(s);
  if (s.noNetwork) {
    process.stdout.write(
      `\nno network: ${s.unreachable} slot${s.unreachable === 1 ? "" : "s"} unreachable — every source failed with a DNS lookup failure or a refused connection.\n` +
        `Nothing was written for them. Re-run the same command when online: texts already written are skipped and cached downloads reused.\n`,
    );
  } else if (s.failed > 0) {
    process.stdout.write(
      `\n${s.failed} slot${s.failed === 1 ? "" : "s"} failed (reasons above). Re-run to retry them; finished texts are kept.\n`,
    );
  }
  process.stdout.write(`exit ${code}\n`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`fetch: unexpected error: ${(e as Error).stack ?? e}\n`);
    process.exit(EXIT.failed);
  },
);
