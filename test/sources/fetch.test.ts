import { strict as assert } from "assert";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { exitCode } from "../../lib/cli/fetch-exit-codes";
import { formatReport } from "../../lib/cli/fetch-report";
import { readTextFolder } from "../../lib/corpus";
import {
  type FetchOptions,
  fetchedFacts,
  fetchSlots,
  loadSlots,
  preloadPdf,
  type Slot,
  summarize,
} from "../../lib/sources";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server";
import { FIX, fixtureRoutes, SLOTS_CSV, tmp } from "./helpers";

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
      allowLocal: true, // the fixture server is on 127.0.0.1
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
    // the server recovered
    srv.route("/slow.example/st.htm", { body: fs.readFileSync(path.join(FIX, "mission-statement.html")) });
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
