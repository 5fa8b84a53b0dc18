/**
 * Shared by the sources tests: temporary folders, a closed port, invented slots that each point at a
 * behaviour of the fixture server, the server's routes, and a runner for `scripts/fetch.ts`.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makeRecord } from "../fixtures/sources/make-record";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server";

export const ROOT = path.join(__dirname, "..", "..");
export const FIX = path.join(__dirname, "..", "fixtures", "sources");
export const HEADER = "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence";

/** A fresh temporary folder for texts and cache. */
export function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "fetch-test-"));
}

/** A closed local port: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const srv = await startFixtureServer();
  const port = Number(new URL(srv.base).port);
  await srv.close();
  return port;
}

/** Invented slots, each pointing at a behaviour of the fixture server. */
export const SLOTS_CSV =
  [
    HEADER,
    // official HTML statement
    "unsc-2031-04-22,2031-04-22,unsc,Example,Permanent Representative,Security Council,Remarks," +
      "S/PV.9101,http://mission.example/eng/st.htm,,invented",
    // MFA press conference
    'mfa-2031-03-03,2031-03-03,mfa,Han Lu,Foreign Ministry Spokesperson,"MFA regular press conference, Beijing",' +
      "Regular Press Conference,,http://mfa.example/eng/pc.html,,invented",
    // official 404, alternative 500 twice then OK (a PDF served as octet-stream), record never needed
    "unsc-2031-05-05,2031-05-05,unsc,,,Security Council,Meeting,S/PV.9102," +
      "http://mission.example/eng/gone.htm,http://mirror.example/rec.pdf,invented",
    // no URL: the verbatim record by symbol
    "unsc-2031-06-06,2031-06-06,unsc,,,Security Council,Meeting,S/PV.9001,,,invented",
    // record answered with an HTML page: wrong content type
    "unsc-2031-07-07,2031-07-07,unsc,,,Security Council,Meeting,S/PV.9103,,,invented",
    // hang past the timeout
    "unsc-2031-08-08,2031-08-08,unsc,,,Security Council,Meeting,,http://slow.example/st.htm,,invented",
    // truncated body every time
    "unsc-2031-09-09,2031-09-09,unsc,,,Security Council,Meeting,,http://cut.example/st.htm,,invented",
    // nothing to try
    "leader-2031-10-10,2031-10-10,leader,,,Somewhere,Article,,,,invented",
  ].join("\n") + "\n";

/** Serves the invented pages and records; returns the record PDF's bytes as served. */
export async function fixtureRoutes(srv: FixtureServer): Promise<Uint8Array> {
  const record = await makeRecord({ symbol: "S/PV.9001" });
  srv.route("/mission.example/eng/st.htm", { body: fs.readFileSync(path.join(FIX, "mission-statement.html")) });
  srv.route("/mfa.example/eng/pc.html", { body: fs.readFileSync(path.join(FIX, "mfa-press-conference.html")) });
  srv.route("/mirror.example/rec.pdf", { body: record, contentType: "application/octet-stream", failTimes: 2 });
  srv.route("/documents.un.org/api/symbol/access?s=S/PV.9001&l=en&t=pdf", {
    body: record,
    contentType: "application/pdf",
  });
  srv.route("/documents.un.org/api/symbol/access?s=S/PV.9103&l=en&t=pdf", {
    body: "<html><body>Please sign in (fixture)</body></html>",
    contentType: "text/html",
  });
  srv.route("/slow.example/st.htm", { hang: true });
  srv.route("/cut.example/st.htm", {
    body: fs.readFileSync(path.join(FIX, "mission-statement.html")),
    truncateAt: 300,
  });
  return record;
}

/** Runs `scripts/fetch.ts` and collects its output. */
export function runFetch(
  args: string[],
  env: Record<string, string> = {},
): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; out: string; err: string }> } {
  // the fixture server listens on 127.0.0.1: the fetcher asks local addresses only when allowed
  const argv = ["--import", "tsx", path.join(ROOT, "scripts", "fetch.ts"), ...args, "--allow-local"];
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, out, err })),
  );
  return { child, done };
}
