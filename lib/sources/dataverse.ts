/**
 * A Dataverse dataset's files through the native API: the list of a version's files (id, name, size,
 * checksum) and the URL that serves each one (its original format for a file Dataverse ingested as a table,
 * e.g. an `.xlsx` it also offers as `.tab`).
 */
import type { AddressPolicy } from "./addresses";
import { FetchError } from "./fetch-error";
import { httpGet } from "./http";

/** One file of a dataset version, as the native API lists it. */
export interface DataverseFile {
  /** The file's database id (`/api/access/datafile/{id}`). */
  id: number;
  /** The file's name as uploaded (for an ingested table: its original name, e.g. "Speakers_by_session.xlsx"). */
  name: string;
  /** Size in bytes of what is served (the original file for an ingested table). */
  size: number;
  /** The checksum Dataverse records (e.g. MD5), or null. */
  checksum: { type: string; value: string } | null;
  /** True for an ingested table: it is served in its original format only with `?format=original`. */
  ingested: boolean;
}

/**
 * The native API's URL listing a dataset version's files.
 *
 * @example filesListUrl("https://dataverse.harvard.edu", "10.7910/DVN/0TJX8Y")
 *   // "https://dataverse.harvard.edu/api/datasets/:persistentId/versions/:latest-published/files" +
 *   //   "?persistentId=doi:10.7910/DVN/0TJX8Y"
 */
export function filesListUrl(server: string, doi: string, version = ":latest-published"): string {
  const base = server.replace(/\/+$/, "");
  return `${base}/api/datasets/:persistentId/versions/${version}/files?persistentId=doi:${doi}`;
}

/**
 * The URL that serves a file (in its original format).
 *
 * @example fileUrl("https://dataverse.harvard.edu", { id: 42, ingested: false }) // ".../api/access/datafile/42"
 */
export function fileUrl(server: string, file: Pick<DataverseFile, "id" | "ingested">): string {
  const base = server.replace(/\/+$/, "");
  return `${base}/api/access/datafile/${file.id}${file.ingested ? "?format=original" : ""}`;
}

/**
 * The files of a native API answer (`{ status: "OK", data: [{ label, dataFile: { id, filename, filesize,
 * checksum, originalFileName?, originalFileSize? } }] }`).
 *
 * @example parseFileList({ status: "OK", data: [{ label: "a.tgz", dataFile: { id: 1, filesize: 9 } }] }, url)[0].name
 *   // "a.tgz"
 * @throws {FetchError} when the answer is not such a list
 */
export function parseFileList(json: unknown, url: string): DataverseFile[] {
  const data = (json as { status?: string; data?: unknown })?.data;
  if (!Array.isArray(data)) throw new FetchError("error", url, "the answer is not a Dataverse list of files");
  return data.map((item: Record<string, unknown>) => {
    const df = (item.dataFile ?? {}) as Record<string, unknown>;
    const ingested = typeof df.originalFileName === "string" || typeof df.originalFileFormat === "string";
    const checksum = df.checksum as { type?: string; value?: string } | undefined;
    return {
      id: Number(df.id),
      name: String(df.originalFileName ?? df.filename ?? item.label ?? ""),
      size: Number(ingested && df.originalFileSize !== undefined ? df.originalFileSize : df.filesize),
      checksum:
        checksum?.type && checksum.value
          ? { type: checksum.type, value: checksum.value }
          : typeof df.md5 === "string"
            ? { type: "MD5", value: df.md5 }
            : null,
      ingested,
    };
  });
}

/**
 * Lists a dataset version's files from a Dataverse server.
 *
 * @example (await listDatasetFiles("https://dataverse.harvard.edu", "10.7910/DVN/0TJX8Y")).map((f) => f.name)
 * @throws {FetchError} when the server cannot be reached ("unreachable" when there is no network), is not a
 *   public address ("blocked", unless `allowLocal`) or answers with an error
 */
export async function listDatasetFiles(
  server: string,
  doi: string,
  opts: { version?: string; timeoutMs?: number } & AddressPolicy = {},
): Promise<DataverseFile[]> {
  const url = filesListUrl(server, doi, opts.version);
  const r = await httpGet(url, {
    timeoutMs: opts.timeoutMs ?? 30_000,
    maxBytes: 10 * 1024 * 1024,
    allowLocal: opts.allowLocal,
  });
  if (r.status !== 200) throw new FetchError("http", url, `HTTP ${r.status} listing the dataset's files`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(r.bytes).toString("utf8"));
  } catch {
    throw new FetchError("error", url, "the list of the dataset's files is not JSON");
  }
  return parseFileList(json, url);
}
