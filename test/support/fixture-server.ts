/**
 * A local HTTP server for the fetch tests: serves fixtures on 127.0.0.1 at a random port, counts the
 * requests per path, and can misbehave on purpose (fail N times with a status, hang, cut the body short,
 * send the wrong content type). Started and stopped by the tests; never touches the network.
 */
import * as http from "http";
import type { AddressInfo, Socket } from "net";
import * as zlib from "zlib";

/** How the server answers one path. */
export interface Route {
  /** Body to send (string is UTF-8). */
  body?: string | Uint8Array;
  /** Content-Type header (default "text/html; charset=utf-8"). */
  contentType?: string;
  /** Status of a normal answer (default 200). */
  status?: number;
  /** Answer the first `failTimes` requests with `failStatus` (default 500), then normally. */
  failTimes?: number;
  failStatus?: number;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Announce the full Content-Length but close the connection after this many bytes. */
  truncateAt?: number;
  /** Truncate only the first `truncateTimes` requests (default: all). */
  truncateTimes?: number;
  /** Redirect to this path. */
  redirectTo?: string;
  /** Compress the body with gzip. */
  gzip?: boolean;
  /** Send the body as it is, labelled with this Content-Encoding (a body compressed already). */
  contentEncoding?: string;
}

/** A running fixture server. */
export interface FixtureServer {
  /** "http://127.0.0.1:<port>" */
  base: string;
  /** Requests served per path (path + query). */
  hits: Map<string, number>;
  /** Requests for one path. */
  count(path: string): number;
  /** All requests. */
  total(): number;
  /** Adds or replaces a route. */
  route(path: string, r: Route): void;
  /** Forgets the request counts. */
  resetCounts(): void;
  close(): Promise<void>;
}

/**
 * Starts a fixture server with the given routes (path + query → route). Unknown paths answer 404.
 *
 * @example const srv = await startFixtureServer({ "/a.htm": { body: "<p>hi</p>" } });  // srv.base
 */
export async function startFixtureServer(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const key = req.url ?? "/";
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    const r = table.get(key) ?? table.get(decodeURIComponent(key));
    if (!r) {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<html><body><h1>404 Not Found</h1></body></html>");
      return;
    }
    if (r.hang) return; // keep the socket open, say nothing
    if (r.failTimes !== undefined && n <= r.failTimes) {
      res.writeHead(r.failStatus ?? 500, { "content-type": "text/html" });
      res.end("<html><body>Server error (fixture)</body></html>");
      return;
    }
    if (r.redirectTo) {
      res.writeHead(302, { location: r.redirectTo });
      res.end();
      return;
    }
    let body = typeof r.body === "string" ? Buffer.from(r.body, "utf8") : Buffer.from(r.body ?? new Uint8Array());
    const headers: Record<string, string | number> = { "content-type": r.contentType ?? "text/html; charset=utf-8" };
    if (r.gzip) {
      body = zlib.gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    if (r.contentEncoding) headers["content-encoding"] = r.contentEncoding;
    headers["content-length"] = body.length;
    if (r.truncateAt !== undefined && (r.truncateTimes === undefined || n <= r.truncateTimes)) {
      res.writeHead(r.status ?? 200, headers);
      res.write(body.subarray(0, r.truncateAt), () => res.socket?.destroy());
      return;
    }
    res.writeHead(r.status ?? 200, headers);
    res.end(body);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    count: (p) => hits.get(p) ?? 0,
    total: () => [...hits.values()].reduce((a, b) => a + b, 0),
    route: (p, r) => void table.set(p, r),
    resetCounts: () => hits.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
