/**
 * A local HTTP server on 127.0.0.1 that plays Harvard Dataverse for the get-data tests: the native API's list
 * of a dataset's files, `/api/access/datafile/{id}` redirecting to a storage URL (as Dataverse does to S3), and
 * the storage answering Range requests with 206. It can misbehave on purpose: cut a transfer after some bytes,
 * ignore Range (answer 200), or serve corrupt bytes. Every request is logged. Never touches the network.
 */
import * as http from "http";
import type { AddressInfo, Socket } from "net";

/** A file of the played dataset. */
export interface PlayedFile {
  id: number;
  name: string;
  bytes: Buffer;
  /** Ingested as a table: listed as `.tab`, served in its original format only with `?format=original`. */
  ingested?: boolean;
}

/** One request the server answered. */
export interface Served {
  path: string;
  range: string | null;
  status: number;
  /** Body bytes written before the answer ended (or was cut). */
  sent: number;
}

/** A running played Dataverse. */
export interface PlayedDataverse {
  base: string;
  log: Served[];
  /** Cuts the next `times` transfers of a file after `at` bytes of its body. */
  cutAfter: (id: number, at: number, times?: number) => void;
  /** Answers Range requests with 200 and the whole file. */
  ignoreRange: (on: boolean) => void;
  /** Serves these bytes for a file from now on. */
  serve: (id: number, bytes: Buffer) => void;
  close: () => Promise<void>;
}

/** The native API's JSON for the files (an ingested table listed as `.tab`, with its original name and size). */
function listing(files: PlayedFile[]): string {
  const data = files.map((f) => {
    const tab = f.ingested ? f.name.replace(/\.[a-z]+$/, ".tab") : f.name;
    const dataFile: Record<string, unknown> = {
      id: f.id,
      filename: tab,
      filesize: f.ingested ? f.bytes.length + 100 : f.bytes.length,
      checksum: { type: "MD5", value: "not-checked-by-the-workbook" },
    };
    if (f.ingested) Object.assign(dataFile, { originalFileName: f.name, originalFileSize: f.bytes.length });
    return { label: tab, restricted: false, dataFile };
  });
  return JSON.stringify({ status: "OK", data });
}

/**
 * Starts a played Dataverse serving `files` for the dataset `doi`.
 *
 * @example const dv = await playDataverse("10.7910/DVN/0TJX8Y", [{ id: 1, name: "a.tgz", bytes }]); // dv.base
 */
export async function playDataverse(doi: string, files: PlayedFile[]): Promise<PlayedDataverse> {
  const bodies = new Map(files.map((f) => [f.id, f.bytes]));
  const cuts = new Map<number, { at: number; times: number }>();
  let rangeIgnored = false;
  const log: Served[] = [];
  const sockets = new Set<Socket>();
  const listPath = `/api/datasets/:persistentId/versions/:latest-published/files?persistentId=doi:${doi}`;
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    const range = req.headers.range ?? null;
    const entry: Served = { path: url, range, status: 0, sent: 0 };
    log.push(entry);
    const answer = (status: number, headers: Record<string, string | number>, body: Buffer) => {
      entry.status = status;
      res.writeHead(status, headers);
      entry.sent = body.length;
      res.end(body);
    };
    if (url === listPath) return answer(200, { "content-type": "application/json" }, Buffer.from(listing(files)));
    const access = /^\/api\/access\/datafile\/(\d+)(\?format=original)?$/.exec(url);
    if (access) {
      const f = files.find((x) => x.id === Number(access[1]));
      if (!f) return answer(404, {}, Buffer.from("not found"));
      // an ingested table without ?format=original is its tab-separated version, not the file
      if (f.ingested && !access[2])
        return answer(200, { "content-type": "text/tab-separated-values" }, Buffer.from("a\tb\n"));
      entry.status = 303;
      res.writeHead(303, { location: `/storage/${f.id}` });
      return res.end();
    }
    const storage = /^\/storage\/(\d+)$/.exec(url);
    const body = storage ? bodies.get(Number(storage[1])) : undefined;
    if (!storage || !body) return answer(404, {}, Buffer.from("not found"));
    const id = Number(storage[1]);
    const m = /^bytes=(\d+)-$/.exec(range ?? "");
    const from = m && !rangeIgnored ? Number(m[1]) : 0;
    if (from >= body.length && from > 0)
      return answer(416, { "content-range": `bytes */${body.length}` }, Buffer.alloc(0));
    const part = body.subarray(from);
    const status = from > 0 ? 206 : 200;
    const headers: Record<string, string | number> = { "content-length": part.length, "accept-ranges": "bytes" };
    if (status === 206) headers["content-range"] = `bytes ${from}-${body.length - 1}/${body.length}`;
    entry.status = status;
    res.writeHead(status, headers);
    const cut = cuts.get(id);
    if (cut && cut.times > 0) {
      cut.times--;
      entry.sent = Math.min(cut.at, part.length);
      res.write(part.subarray(0, cut.at), () => res.socket?.destroy());
      return;
    }
    entry.sent = part.length;
    res.end(part);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    cutAfter: (id, at, times = 1) => void cuts.set(id, { at, times }),
    ignoreRange: (on) => {
      rangeIgnored = on;
    },
    serve: (id, bytes) => void bodies.set(id, bytes),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Invented bytes of a given length (a repeating pattern that is not text of any statement).
 *
 * @example inventedBytes(4).length // 4
 */
export function inventedBytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    b[i] = x >> 16;
  }
  return b;
}

/** A port on 127.0.0.1 that nothing listens on (a server started and closed). */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
