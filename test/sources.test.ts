import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readTextFolder } from "../lib/corpus";
import { preloadPdf } from "../lib/extract";
import { ValidationError } from "../lib/core";
import {
  FetchError,
  FetchOptions,
  Slot,
  candidates,
  fetchSlots,
  fetchedFacts,
  formatReport,
  getWithRetry,
  loadSlots,
  parseSlots,
  rebase,
  recordUrl,
  slotsByYear,
  slotsPath,
  summarize,
  exitCode,
} from "../lib/sources";
import { FixtureServer, startFixtureServer } from "./support/fixture-server";
import { makeRecord } from "./fixtures/sources/make-record";

const ROOT = path.join(__dirname, "..");
const FIX = path.join(__dirname, "fixtures", "sources");
const HEADER = "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence";

/** A fresh temporary folder for texts and cache. */
function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "fetch-test-"));
}

/** A closed local port: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const srv = await startFixtureServer();
  const port = Number(new URL(srv.base).port);
  await srv.close();
  return port;
}

describe("sources: slots file", () => {
  it("loads the study's 78 slots (61 UNSC, 11 MFA, 6 leaders; 56 S/PV symbols, 16 official URLs)", () => {
    const slots = loadSlots(slotsPath("china-kosovo"));
    assert.equal(slots.length, 78);
    const n = (c: string) => slots.filter((s) => s.category === c).length;
    assert.deepEqual([n("unsc"), n("mfa"), n("leader")], [61, 11, 6]);
    assert.equal(slots.filter((s) => s.docRef.startsWith("S/PV.")).length, 56);
    assert.equal(slots.filter((s) => s.url !== "").length, 16);
    assert.equal(slots[0].line, 2);
  });
  it("reports every bad row together: duplicate id, bad date, unknown category, bad URL", () => {
    const csv = [
      HEADER,
      "unsc-2031-01-01,2031-01-01,unsc,,,v,t,S/PV.9001,,,e",
      "unsc-2031-01-01,2031-02-30,unsc,,,v,t,,,,e",
      "x-1,2031-01-05,speech,,,v,t,,ftp://example.invalid/a,,e",
    ].join("\n");
    let err: unknown;
    try {
      parseSlots(csv, "slots.csv");
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof ValidationError);
    const msgs = err.problems.map((p) => `${p.line}:${p.column}:${p.message}`);
    assert.deepEqual(msgs, [
      '3:slot:duplicate slot id "unsc-2031-01-01" (first on line 2)',
      '3:date:bad date "2031-02-30"',
      '4:category:unknown category "speech"',
      '4:url:"ftp://example.invalid/a" is not an http(s) URL',
    ]);
    assert.match(err.message, /slots\.csv:3 \(column slot\)/);
  });
  it("counts slots per year and category, with URLs, symbols and fetched texts", () => {
    const rows = slotsByYear(loadSlots(slotsPath("china-kosovo")), { textsDir: tmp() });
    assert.deepEqual(rows[0], {
      year: "2008",
      counts: { mfa: 4, unsc: 6, leader: 1 },
      total: 11,
      officialUrl: 5,
      altUrl: 6,
      symbol: 6,
      fetched: 0,
    });
    assert.deepEqual(
      rows.map((r) => r.year),
      [...Array.from({ length: 17 }, (_, i) => String(2008 + i)), "all"],
    );
    const all = rows[rows.length - 1];
    assert.deepEqual(all.counts, { mfa: 11, unsc: 61, leader: 6 });
    assert.deepEqual([all.total, all.officialUrl, all.symbol], [78, 16, 57]);
  });
  it("names a missing column", () => {
    assert.throws(() => parseSlots("slot,date\nx,2031-01-01\n", "s.csv"), /missing columns category, speaker/);
  });
});

describe("sources: where to look", () => {
  const slot: Slot = {
    slot: "unsc-2008-11-26",
    date: "2008-11-26",
    category: "unsc",
    speaker: "",
    speakerTitle: "",
    venue: "",
    title: "",
    docRef: "S/PV.6025",
    url: "",
    altUrl: "",
    evidence: "",
    line: 2,
  };
  it("builds the UN access-by-symbol URL", () => {
    assert.equal(recordUrl("S/PV.6025"), "https://documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf");
  });
  it("tries official, then (UNSC) the record, then the alternative, and can point them all at a test server", () => {
    const s = { ...slot, url: "http://un.china-mission.gov.cn/eng/a.htm", altUrl: "https://example.org/b?x=1" };
    assert.deepEqual(
      candidates(s).map((c) => c.kind),
      ["official", "record", "alternative"],
    );
    assert.deepEqual(
      candidates(s, { baseUrl: "http://127.0.0.1:9" }).map((c) => c.url),
      [
        "http://127.0.0.1:9/un.china-mission.gov.cn/eng/a.htm",
        "http://127.0.0.1:9/documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf",
        "http://127.0.0.1:9/example.org/b?x=1",
      ],
    );
    assert.deepEqual(
      candidates({ ...s, category: "mfa" }).map((c) => c.kind),
      ["official", "alternative"],
    );
    assert.equal(candidates({ ...slot, category: "mfa" }).length, 0);
    assert.equal(rebase("http://a.b/c", ""), "http://a.b/c");
  });
});

describe("sources: HTTP behaviour against a local server", function () {
  this.timeout(20000);
  let srv: FixtureServer;
  before(async () => {
    srv = await startFixtureServer({
      "/ok": { body: "<p>fine</p>" },
      "/flaky": { body: "<p>third time lucky</p>", failTimes: 2 },
      "/hang": { hang: true },
      "/cut": { body: "x".repeat(2000), truncateAt: 500 },
      "/gz": { body: "<p>compressed</p>", gzip: true },
      "/moved": { redirectTo: "/ok" },
    });
  });
  after(() => srv.close());
  const opts = { timeoutMs: 2000, retries: 3, backoffMs: 5 };

  it("does not retry a 404", async () => {
    await assert.rejects(
      getWithRetry(srv.base + "/missing", opts),
      (e: FetchError) => e.kind === "http" && e.status === 404,
    );
    assert.equal(srv.count("/missing"), 1);
  });
  it("retries a 500 with backoff and then succeeds", async () => {
    const waits: number[] = [];
    const r = await getWithRetry(srv.base + "/flaky", { ...opts, onRetry: (_e, _a, w) => waits.push(w) });
    assert.equal(Buffer.from(r.bytes).toString(), "<p>third time lucky</p>");
    assert.equal(srv.count("/flaky"), 3);
    assert.deepEqual(waits, [5, 10]);
  });
  it("gives up on a hang after the timeout", async () => {
    await assert.rejects(
      getWithRetry(srv.base + "/hang", { ...opts, timeoutMs: 300, retries: 1 }),
      (e: FetchError) => e.kind === "timeout" && /after 2 attempts/.test(e.message),
    );
    assert.equal(srv.count("/hang"), 2);
  });
  it("rejects a body shorter than its Content-Length, retrying it", async () => {
    await assert.rejects(
      getWithRetry(srv.base + "/cut", { ...opts, retries: 2 }),
      (e: FetchError) => e.kind === "truncated" && /500 of 2000 bytes/.test(e.message),
    );
    assert.equal(srv.count("/cut"), 3);
  });
  it("follows redirects and decompresses gzip", async () => {
    assert.equal(Buffer.from((await getWithRetry(srv.base + "/moved", opts)).bytes).toString(), "<p>fine</p>");
    assert.equal(Buffer.from((await getWithRetry(srv.base + "/gz", opts)).bytes).toString(), "<p>compressed</p>");
  });
  it("calls a refused connection and a failed DNS lookup 'unreachable', without retrying", async () => {
    const port = await closedPort();
    await assert.rejects(
      getWithRetry(`http://127.0.0.1:${port}/x`, opts),
      (e: FetchError) => e.kind === "unreachable" && /connection refused/.test(e.message),
    );
    await assert.rejects(
      getWithRetry("http://no-such-host.invalid/x", opts),
      (e: FetchError) => e.kind === "unreachable" && /DNS lookup failed/.test(e.message),
    );
  });
});

/** Invented slots, each pointing at a behaviour of the fixture server. */
const SLOTS_CSV =
  [
    HEADER,
    // official HTML statement
    "unsc-2031-04-22,2031-04-22,unsc,Example,Permanent Representative,Security Council,Remarks,S/PV.9101,http://mission.example/eng/st.htm,,invented",
    // MFA press conference
    'mfa-2031-03-03,2031-03-03,mfa,Han Lu,Foreign Ministry Spokesperson,"MFA regular press conference, Beijing",Regular Press Conference,,http://mfa.example/eng/pc.html,,invented',
    // official 404, alternative 500 twice then OK (a PDF served as octet-stream), record never needed
    "unsc-2031-05-05,2031-05-05,unsc,,,Security Council,Meeting,S/PV.9102,http://mission.example/eng/gone.htm,http://mirror.example/rec.pdf,invented",
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
async function fixtureRoutes(srv: FixtureServer): Promise<Uint8Array> {
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

describe("sources: fetching slots (fixture server)", function () {
  this.timeout(30000);
  let srv: FixtureServer;
  let dir: string;
  let slots: Slot[];
  let opts: FetchOptions;
  let record: Uint8Array;
  before(async () => {
    srv = await startFixtureServer();
    record = await fixtureRoutes(srv);
    dir = tmp();
    fs.writeFileSync(path.join(dir, "slots.csv"), SLOTS_CSV);
    slots = loadSlots(path.join(dir, "slots.csv"));
    preloadPdf(); // the server runs in this process: loading the PDF library mid-run must not stall its answers
    opts = {
      textsDir: path.join(dir, "texts"),
      cacheDir: path.join(dir, "cache"),
      baseUrl: srv.base,
      timeoutMs: 800,
      retries: 2,
      backoffMs: 5,
      concurrency: 3,
      today: () => "2031-12-01",
    };
  });
  after(() => srv.close());

  it("fetches what it can and reports every failure with its reason", async () => {
    const results = await fetchSlots(slots, opts);
    const table = results.map((r) => [r.slot, r.status, r.via, r.kind]);
    assert.deepEqual(table, [
      ["unsc-2031-04-22", "fetched", "official", ""],
      ["mfa-2031-03-03", "fetched", "official", ""],
      ["unsc-2031-05-05", "fetched", "alternative", ""],
      ["unsc-2031-06-06", "fetched", "record", ""],
      ["unsc-2031-07-07", "failed", "", "content-type"],
      ["unsc-2031-08-08", "failed", "", "timeout"],
      ["unsc-2031-09-09", "failed", "", "truncated"],
      ["leader-2031-10-10", "skipped", "", ""],
    ]);
    const reason = (id: string) => results.find((r) => r.slot === id)!.reason;
    assert.match(reason("unsc-2031-07-07"), /record: content-type — expected a PDF, got text\/html/);
    assert.match(
      reason("unsc-2031-08-08"),
      /official: timeout — no complete answer within 800 ms \(after 3 attempts\)/,
    );
    assert.match(reason("unsc-2031-09-09"), /official: truncated — .*300 of \d+ bytes/);
    assert.match(reason("leader-2031-10-10"), /no URL or UN symbol/);
    // 404: one request, no retry; 500 twice then the PDF: three requests.
    assert.equal(srv.count("/mission.example/eng/gone.htm"), 1);
    assert.equal(srv.count("/mirror.example/rec.pdf"), 3);
    assert.equal(srv.count("/slow.example/st.htm"), 3);
    assert.deepEqual(summarize(results), { fetched: 4, skipped: 1, failed: 3, unreachable: 0, noNetwork: false });
    assert.equal(exitCode(summarize(results)), 1);
    const report = formatReport(results);
    assert.match(report, /unsc-2031-08-08 +failed \(timeout\)/);
    assert.match(report, /fetched 4, skipped 1, failed 3 — of 8 slots/);
  });

  it("writes texts in the folder format with source, retrieval date and the download's SHA-256", () => {
    const file = path.join(opts.textsDir, "unsc-2031-06-06.txt");
    const content = fs.readFileSync(file, "utf8");
    const facts = fetchedFacts(content);
    assert.equal(facts.source, "https://documents.un.org/api/symbol/access?s=S/PV.9001&l=en&t=pdf");
    assert.equal(facts.retrieved, "2031-12-01");
    {
      assert.equal(facts.sha256, crypto.createHash("sha256").update(record).digest("hex"));
      assert.match(content, /^---\nid: unsc-2031-06-06\ndate: 2031-06-06\ncategory: unsc\nspeaker: Wen Shi\n/);
      assert.match(content, /\n---\n\nChina thanks the Special Representative/);
      const pc = fs.readFileSync(path.join(opts.textsDir, "mfa-2031-03-03.txt"), "utf8");
      assert.match(pc, /\nQ: Tension rose again in the north of Kosovo/);
      assert.match(pc, /\npost: Foreign Ministry Spokesperson\n/);
      // The corpus loader reads every written text (the retrieval facts ride along as comment lines).
      const texts = readTextFolder(opts.textsDir, ["mfa", "unsc", "leader"]);
      assert.deepEqual(
        texts.map((t) => t.id),
        ["mfa-2031-03-03", "unsc-2031-04-22", "unsc-2031-05-05", "unsc-2031-06-06"],
      );
      assert.equal(texts.find((t) => t.id === "unsc-2031-06-06")!.speaker, "Wen Shi");
      assert.equal(texts.find((t) => t.id === "unsc-2031-06-06")!.country, "CHN");
      // No temporary files left behind.
      assert.deepEqual(
        fs.readdirSync(opts.textsDir).filter((f) => f.includes(".tmp-")),
        [],
      );
    }
  });

  it("resumes: a second run requests nothing for texts already written and retries only the failures", async () => {
    srv.resetCounts();
    srv.route("/slow.example/st.htm", { body: fs.readFileSync(path.join(FIX, "mission-statement.html")) }); // the server recovered
    const results = await fetchSlots(slots, opts);
    assert.deepEqual(
      results.filter((r) => r.status === "fetched").map((r) => r.slot),
      ["unsc-2031-08-08"],
    );
    assert.equal(results.filter((r) => r.reason === "already fetched").length, 4);
    assert.deepEqual([...srv.hits.keys()].sort(), [
      "/cut.example/st.htm",
      "/documents.un.org/api/symbol/access?s=S/PV.9103&l=en&t=pdf",
      "/slow.example/st.htm",
    ]);
  });

  it("re-runs offline from the cache: texts deleted, zero requests, byte-identical files", async () => {
    const before = new Map(fs.readdirSync(opts.textsDir).map((f) => [f, fs.readFileSync(path.join(opts.textsDir, f))]));
    fs.rmSync(opts.textsDir, { recursive: true });
    srv.resetCounts();
    const results = await fetchSlots(
      slots.filter((s) => before.has(s.slot + ".txt")),
      opts,
    );
    assert.equal(srv.total(), 0);
    assert.ok(results.every((r) => r.status === "fetched" && r.fromCache));
    for (const [f, buf] of before) assert.ok(buf.equals(fs.readFileSync(path.join(opts.textsDir, f))), f);
  });
});

/** Runs `scripts/fetch.ts` and collects its output. */
function runFetch(
  args: string[],
  env: Record<string, string> = {},
): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "fetch.ts"), ...args], {
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

describe("npm run fetch (scripts/fetch.ts)", function () {
  this.timeout(60000);

  it("with no network, ends in a 'no network' report and exit code 3, not a stack trace", async () => {
    const dir = tmp();
    const port = await closedPort();
    const { done } = runFetch([
      "--corpus",
      "china-kosovo",
      "--base-url",
      `http://127.0.0.1:${port}`,
      "--texts",
      path.join(dir, "t"),
      "--cache",
      path.join(dir, "c"),
    ]);
    const r = await done;
    assert.equal(r.code, 3, r.err);
    assert.match(r.out, /no network: 78 slots unreachable/);
    assert.match(r.out, /fetched 0, skipped 0, failed 78 \(78 unreachable\) — of 78 slots/);
    assert.doesNotMatch(r.out + r.err, /at .*\.ts:\d+/);
    assert.equal(fs.existsSync(path.join(dir, "t")), false);
  });

  it("rejects an unknown slot with exit code 2", async () => {
    const r = await runFetch(["--corpus", "china-kosovo", "--only", "no-such-slot"]).done;
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown slot no-such-slot/);
  });

  it("resumes after being killed mid-run: the second run refetches nothing already done", async () => {
    const srv = await startFixtureServer();
    await fixtureRoutes(srv);
    const dir = tmp();
    const slotsFile = path.join(dir, "slots.csv");
    // Two quick slots, then one that hangs (the run is killed while it waits).
    fs.writeFileSync(
      slotsFile,
      SLOTS_CSV.split("\n")
        .filter((l, i) => i === 0 || /^(unsc-2031-04-22|mfa-2031-03-03|unsc-2031-08-08),/.test(l))
        .join("\n") + "\n",
    );
    const args = [
      "--corpus",
      "china-kosovo",
      "--slots",
      slotsFile,
      "--texts",
      path.join(dir, "t"),
      "--cache",
      path.join(dir, "c"),
      "--base-url",
      srv.base,
      "--concurrency",
      "1",
      "--timeout",
      "20000",
    ];
    try {
      const first = runFetch(args);
      // Wait for the two quick texts, then kill the process while the third request hangs.
      for (
        let i = 0;
        i < 200 && !(fs.existsSync(path.join(dir, "t", "mfa-2031-03-03.txt")) && srv.count("/slow.example/st.htm") > 0);
        i++
      )
        await new Promise((r) => setTimeout(r, 50));
      first.child.kill("SIGKILL");
      await first.done;
      assert.deepEqual(fs.readdirSync(path.join(dir, "t")).sort(), ["mfa-2031-03-03.txt", "unsc-2031-04-22.txt"]);
      const firstCounts = Object.fromEntries(srv.hits);
      srv.resetCounts();
      srv.route("/slow.example/st.htm", { body: fs.readFileSync(path.join(FIX, "mission-statement.html")) });
      const second = await runFetch(args).done;
      assert.equal(second.code, 0, second.out + second.err);
      assert.deepEqual(Object.fromEntries(srv.hits), { "/slow.example/st.htm": 1 });
      assert.deepEqual(firstCounts, {
        "/mission.example/eng/st.htm": 1,
        "/mfa.example/eng/pc.html": 1,
        "/slow.example/st.htm": 1,
      });
      assert.match(second.out, /fetched 1, skipped 2, failed 0 — of 3 slots/);
    } finally {
      await srv.close();
    }
  });
});
