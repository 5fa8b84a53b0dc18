/**
 * Determinism: the same inputs give byte-identical outputs.
 *
 *  1. `npm run code -- --corpus ungdc-kosovo` three times (the real corpus: the full archive, or the embedded
 *     subset when the full archive is not there): twice from a cold corpus cache
 *     (two separate caches, so both runs stream the archive) and once warm from the first cache, the second
 *     run with another time zone and locale. The coding CSV, its evidence CSV, the quanteda dictionary and
 *     the corpus cache JSON must be byte-identical.
 *  2. `npm run code -- --texts` twice on a small generated folder (invented texts).
 *  3. The counts (`lib/counts`: countThemes, hierarchy, countBy year) and a chart (`lib/charts`
 *     saveChart: .vl.json, .svg, .png) computed in two separate processes, written to two output folders.
 *  4. No output holds a timestamp: neither today's date (in the usual spellings) nor an ISO date-time,
 *     and the PNG has no tIME chunk.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  ROOT,
  inventedProse,
  runSnippet,
  snapshot,
  textFile,
  tmpDir,
  todayUtc,
  writeTree,
} from "./support/adversarial-fixtures";

/** Runs `npm run code -- …` from the project root with extra environment. */
function npmCode(args: string[], env: Record<string, string>): { status: number | null; out: string } {
  const r = spawnSync("npm", ["run", "--silent", "code", "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Asserts that two folders hold the same files with the same bytes (and lists them). */
function sameFiles(a: string, b: string): string[] {
  const sa = snapshot(a);
  const sb = snapshot(b);
  assert.deepEqual(Object.keys(sb), Object.keys(sa), "the runs wrote different files");
  for (const f of Object.keys(sa)) assert.equal(sb[f], sa[f], `${f} differs between the runs`);
  assert.ok(Object.keys(sa).length > 0, "nothing was written");
  return Object.keys(sa);
}

/** Spellings of today's date that a timestamp would carry. */
function todaySpellings(): string[] {
  const iso = todayUtc();
  const [y, m, d] = iso.split("-");
  const month = new Date(iso + "T12:00:00Z").toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  return [
    iso,
    `${y}${m}${d}`,
    `${d}/${m}/${y}`,
    `${m}/${d}/${y}`,
    `${d}.${m}.${y}`,
    `${month} ${Number(d)}, ${y}`,
    `${Number(d)} ${month} ${y}`,
  ];
}

/** Asserts that no file under `dir` carries today's date or an ISO date-time, and no PNG has a tIME chunk. */
function noTimestamps(dir: string): void {
  const spellings = todaySpellings();
  for (const f of Object.keys(snapshot(dir))) {
    const buf = fs.readFileSync(path.join(dir, f));
    if (f.endsWith(".png")) {
      assert.equal(buf.includes(Buffer.from("tIME")), false, `${f} has a PNG tIME chunk`);
      continue;
    }
    const text = buf.toString("utf8");
    for (const s of spellings) assert.equal(text.includes(s), false, `${f} contains today's date as "${s}"`);
    assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?/, `${f} contains an ISO date-time`);
  }
}

describe("determinism: npm run code on the real General Debate corpus (full archive, or subset)", function () {
  this.timeout(300000);

  it("cold, cold (other time zone, locale) and warm runs write identical CSV, evidence, dictionary and cache", () => {
    const dir = tmpDir("det-ungdc");
    const run = (name: string, cache: string, env: Record<string, string> = {}) => {
      const out = path.join(dir, name);
      fs.mkdirSync(out);
      const r = npmCode(["--corpus", "ungdc-kosovo", "--out", path.join(out, "coding.csv")], {
        WORKBOOK_CACHE: path.join(dir, cache),
        WORKBOOK_OUTPUT: out,
        ...env,
      });
      assert.equal(r.status, 0, r.out);
      assert.match(r.out, /coded 99 units/);
      return out;
    };
    const a = run("a", "cache-a", { TZ: "UTC", LANG: "C.UTF-8" });
    const b = run("b", "cache-b", { TZ: "Pacific/Kiritimati", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" });
    const c = run("c", "cache-a"); // warm: reads cache-a
    const files = sameFiles(a, b);
    sameFiles(a, c);
    assert.deepEqual(files, ["codebook-quanteda.yml", "coding.csv", "coding.evidence.csv"]);
    // the corpus cache itself: two cold reads of the archive give the same bytes
    sameFiles(path.join(dir, "cache-a"), path.join(dir, "cache-b"));
    for (const d of [a, path.join(dir, "cache-a")]) noTimestamps(d);
  });
});

describe("determinism: npm run code --texts on a generated folder", function () {
  this.timeout(120000);

  it("two runs write byte-identical CSV, evidence and dictionary", () => {
    const dir = tmpDir("det-texts");
    const texts = path.join(dir, "texts");
    const topic = [
      "Kosovo",
      "dialogue",
      "Serbia",
      "sovereignty",
      "territorial integrity",
      "negotiation",
      "UNMIK",
      "resolution 1244",
    ];
    writeTree(texts, {
      // with front matter, and without (the id is the file name, the year taken from it)
      "mfa-2010-07-22.txt": textFile(inventedProse(30, "t1", topic), { id: "mfa-2010-07-22" }),
      "unsc-2012-05-14.txt": textFile(inventedProse(30, "t2", topic), {
        id: "unsc-2012-05-14",
        date: "2012-05-14",
        category: "unsc",
      }),
      "note-2021.txt": inventedProse(30, "t3", topic) + "\r\n",
      "zz-2023.txt": "\uFEFF" + inventedProse(30, "t4", topic),
    });
    const run = (name: string, env: Record<string, string>) => {
      const out = path.join(dir, name);
      fs.mkdirSync(out);
      const r = npmCode(["--texts", texts, "--out", path.join(out, "coding.csv")], { WORKBOOK_OUTPUT: out, ...env });
      assert.equal(r.status, 0, r.out);
      assert.match(r.out, /coded 4 units/);
      return out;
    };
    const a = run("a", { TZ: "UTC" });
    const b = run("b", { TZ: "Asia/Shanghai", LC_ALL: "de_DE.UTF-8" });
    assert.deepEqual(sameFiles(a, b), ["codebook-quanteda.yml", "coding.csv", "coding.evidence.csv"]);
    const csv = fs.readFileSync(path.join(a, "coding.csv"), "utf8").split("\n");
    assert.deepEqual(
      csv.slice(1, 5).map((l) => l.split(",")[0]),
      ["mfa-2010-07-22", "note-2021", "unsc-2012-05-14", "zz-2023"].sort(),
    );
    noTimestamps(a);
  });
});

describe("determinism: counts and a chart, in two processes", function () {
  this.timeout(180000);

  it("countThemes, hierarchy, countBy and saveChart give byte-identical JSON, vega-lite, SVG and PNG", () => {
    const dir = tmpDir("det-counts");
    const texts = path.join(dir, "texts");
    const topic = [
      "Kosovo",
      "dialogue",
      "Serbia",
      "sovereignty",
      "territorial integrity",
      "UNMIK",
      "resolution 1244",
      "NATO",
    ];
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      const year = 2008 + i;
      files[`mfa-${year}-03-01.txt`] = textFile(inventedProse(25, `c${i}`, topic), {
        id: `mfa-${year}-03-01`,
        date: `${year}-03-01`,
      });
    }
    writeTree(texts, files);
    const code = (out: string) =>
      `import * as fs from "fs";
import * as path from "path";
import { loadCodebook, themeKeys } from "./lib/codebook";
import { codeUnits, compileCodebook, toCodedRows } from "./lib/coding";
import { readTextFolder } from "./lib/corpus";
import { countBy, countThemes, hierarchy } from "./lib/counts";
import { hierarchyBars, saveChart, stableJson, chartCounts } from "./lib/charts";
import { writeFileAtomic } from "./lib/core";
import { wholeTextUnit } from "./lib/units";
async function main() {
  const units = readTextFolder(${JSON.stringify(texts)}, ["mfa"]).map(wholeTextUnit);
  const codebook = loadCodebook();
  const rows = toCodedRows(units, codeUnits(compileCodebook(codebook, { mode: "unit" }), units));
  const counts = countThemes(rows, themeKeys(codebook));
  const byYear = countBy(rows, "year", themeKeys(codebook));
  const json = stableJson({ counts, hierarchy: hierarchy(counts), byYear });
  writeFileAtomic(path.join(${JSON.stringify(out)}, "counts.json"), json);
  const spec = hierarchyBars(chartCounts(counts), { title: "Invented corpus", units: rows.length });
  await saveChart(spec, "determinism-hierarchy");
  return { units: rows.length };
}
main().then((result) => console.log(JSON.stringify({ result })), (e) => { console.error(e); process.exit(1); });
`;
    const run = (name: string, tz: string) => {
      const out = path.join(dir, name);
      fs.mkdirSync(out);
      const prev = { o: process.env.WORKBOOK_OUTPUT, tz: process.env.TZ };
      process.env.WORKBOOK_OUTPUT = out; // inherited by the child process
      process.env.TZ = tz;
      try {
        const r = runSnippet<{ result: { units: number } }>(code(out));
        assert.equal(r.result.units, 12);
      } finally {
        if (prev.o === undefined) delete process.env.WORKBOOK_OUTPUT;
        else process.env.WORKBOOK_OUTPUT = prev.o;
        if (prev.tz === undefined) delete process.env.TZ;
        else process.env.TZ = prev.tz;
      }
      return out;
    };
    const a = run("a", "UTC");
    const b = run("b", "America/Los_Angeles");
    assert.deepEqual(sameFiles(a, b), [
      "charts/determinism-hierarchy.png",
      "charts/determinism-hierarchy.svg",
      "charts/determinism-hierarchy.vl.json",
      "counts.json",
    ]);
    const counts = JSON.parse(fs.readFileSync(path.join(a, "counts.json"), "utf8")) as {
      counts: Array<{ units: number }>;
      byYear: Array<{ key: string }>;
    };
    assert.ok(counts.counts.every((c) => c.units === 12));
    assert.deepEqual(
      [...new Set(counts.byYear.map((r) => r.key))],
      Array.from({ length: 12 }, (_, i) => String(2008 + i)),
    );
    noTimestamps(a);
  });
});
