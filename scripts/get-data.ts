/**
 * Downloads the full UN General Debate archive and its speakers workbook from Harvard Dataverse
 * (doi:10.7910/DVN/0TJX8Y) into the folder the corpus cards look in (`downloads/ungdc/`, or `$UNGDC_DIR`),
 * with progress, resume after an interruption (run it again: it asks only for the missing bytes), and a
 * check against the SHA-256 recorded in `data/ungdc-subset/manifest.json` before a file is put in place.
 *
 *   npm run get-data
 *   npm run get-data -- --dir <folder> [--server <url>] [--version :latest-published] [--retries 3]
 *        [--manifest <manifest.json whose recorded SHA-256 the files must have>] [--allow-local]
 *
 * Like `npm run fetch`, it asks public addresses only (`--allow-local` for a test server on this machine),
 * stops a file at the size the server lists for it, and never prints a URL's credentials. --dir is checked
 * before any download (`checkCommandPaths`).
 *
 * Exit codes: 0 both files there, 1 a download failed (corrupt, refused, or cut off: run again to resume),
 * 2 bad command line, 3 no network.
 */
import * as fs from "fs";
import * as path from "path";
import { findFullArchive, loadCard, readManifest, shownPath, sourceDir, UNGDC_DATASET } from "../lib/corpus";
import { projectRoot } from "../lib/core";
import {
  type DataverseFile,
  downloadResumable,
  FetchError,
  fileUrl,
  listDatasetFiles,
  redactUrl,
} from "../lib/sources";
import { checkCommandPaths, failWith, fromUser, parseOptions, runCommand } from "../lib/cli";
import { progressLine } from "./progress-line";

const USAGE =
  "usage: npm run get-data -- [--dir <folder>] [--server <url>] [--version :latest-published] [--retries <n>] " +
  "[--manifest <file>] [--allow-local]";
const EXIT = { ok: 0, failed: 1, usage: 2, noNetwork: 3 } as const;
const fail: (message: string, code?: number) => never = failWith("get-data", USAGE);

/** The SHA-256 the project recorded for each file (in the subset's manifest, or `file`), by file name. */
function recordedSha256(given: string | undefined): Map<string, string> {
  const card = loadCard("ungdc-kosovo");
  const file = given ?? path.join(projectRoot(), card.source.subset ?? "data/ungdc-subset", "manifest.json");
  if (given === undefined && !fs.existsSync(file)) return new Map();
  const m = readManifest(file);
  return new Map([
    [m.source.archive.path, m.source.archive.sha256],
    [m.source.speakers.path, m.source.speakers.sha256],
  ]);
}

/** One line for a failed download, and the exit code it ends with. */
function failure(e: unknown, server: string, dir: string): never {
  if (!(e instanceof FetchError)) throw e;
  if (e.kind === "unreachable")
    fail(
      `no network: cannot reach ${new URL(server).host} (${e.message}) — connect and run \`npm run get-data\` ` +
        `again, or copy ${UNGDC_DATASET.archive} and ${UNGDC_DATASET.speakers} from doi:${UNGDC_DATASET.doi} ` +
        `into ${shownPath(dir)} by hand`,
      EXIT.noNetwork,
    );
  const again =
    e.kind === "checksum"
      ? " — the bad copy was deleted; run again"
      : e.kind === "blocked"
        ? ""
        : " — run again to resume";
  fail(`${e.message} (${e.url})${again}`, EXIT.failed);
}

async function main(): Promise<void> {
  const values = parseOptions(process.argv.slice(2), {
    dir: "string",
    server: "string",
    version: "string",
    retries: "string",
    manifest: "string",
    "allow-local": "boolean",
  });
  const allowLocal = values["allow-local"] === true;
  const card = loadCard("ungdc-kosovo");
  const envDir = (process.env.UNGDC_DIR ?? "").trim();
  const dir = values.dir
    ? fromUser(values.dir)
    : envDir
      ? path.resolve(envDir)
      : path.join(projectRoot(), card.source.download ?? "downloads/ungdc");
  const server = values.server ?? process.env.DATAVERSE_SERVER ?? UNGDC_DATASET.server;
  if (!/^https?:\/\/[^/]/i.test(server) || !URL.canParse(server))
    fail(`--server takes an http(s) address such as ${UNGDC_DATASET.server}, not "${redactUrl(server)}"`);
  const retries = values.retries === undefined ? 3 : Number(values.retries);
  if (!Number.isInteger(retries) || retries < 0) fail(`--retries takes a whole number, not "${values.retries}"`);
  const manifest = values.manifest === undefined ? undefined : fromUser(values.manifest);
  checkCommandPaths({
    inputs: manifest === undefined ? [] : [{ option: "--manifest", path: manifest, kind: "file" }],
    outputs: [UNGDC_DATASET.archive, UNGDC_DATASET.speakers].map((name) => ({
      option: "--dir",
      path: path.join(dir, name),
      kind: "file" as const,
      what: `the downloaded ${name}`,
    })),
    // the folders the corpus cards read the archive from
    mayWriteIn: [sourceDir(card), path.join(projectRoot(), card.source.download ?? "downloads/ungdc")],
  });
  const recorded = recordedSha256(manifest);
  let files: DataverseFile[] = [];
  try {
    files = await listDatasetFiles(server, UNGDC_DATASET.doi, { version: values.version, allowLocal });
  } catch (e) {
    failure(e, server, dir);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const name of [UNGDC_DATASET.archive, UNGDC_DATASET.speakers]) {
    const f = files.find((x) => x.name === name);
    if (!f) fail(`the dataset doi:${UNGDC_DATASET.doi} on ${server} lists no file ${name}`, EXIT.failed);
    const sha = recorded.get(name);
    const checksum = sha
      ? { algorithm: "sha256", value: sha }
      : f.checksum
        ? { algorithm: f.checksum.type.toLowerCase().replace("-", ""), value: f.checksum.value }
        : fail(`no checksum to check ${name} against (no data/ungdc-subset/manifest.json, none from the server)`, 1);
    const progress = progressLine(name, f.size);
    try {
      const r = await downloadResumable(fileUrl(server, f), path.join(dir, name), {
        checksum,
        retries,
        retryDelayMs: Number(process.env.GET_DATA_RETRY_MS ?? 1000),
        onProgress: progress.update,
        allowLocal,
        ...(f.size > 0 ? { maxBytes: f.size } : {}),
      });
      progress.done(
        r.alreadyThere
          ? "already there, checksum right"
          : `${r.resumedFrom ? `resumed at ${r.resumedFrom} bytes, ` : ""}${checksum.algorithm} checked`,
      );
    } catch (e) {
      progress.stop();
      failure(e, server, dir);
    }
  }
  const found = findFullArchive(card);
  const where = shownPath(dir);
  console.error(
    found && path.resolve(found.dir) === path.resolve(dir)
      ? `get-data: done; the corpus cards now read the full archive in ${where}`
      : `get-data: done; set UNGDC_DIR=${where} so that the corpus cards read the full archive there`,
  );
}

runCommand("get-data", USAGE, main);
