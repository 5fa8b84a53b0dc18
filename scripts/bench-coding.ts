/**
 * Benchmark (not a test): codes every General Debate speech (10,953, 1946–2024) as a whole text
 * with the full codebook, and compares with ripgrep counting the codebook's literal phrases over
 * the same files.
 *
 *   npm run bench [-- --archive <UNGDC .tgz>] [--mode sentence|unit] [--check]
 *
 * --check also codes every speech with the exhaustive coder (no prefilters, every sentence
 * tokenised; slow, not timed) and reports any speech whose coding differs.
 *
 * The archive is streamed with `readUngdcArchive`; each speech is coded as it is read and then
 * dropped (the `keep` callback returns false), so memory does not hold the whole corpus. Only the
 * coding is timed. For ripgrep the archive is unpacked to a temporary folder first (not timed),
 * then `rg -c -i -F -f <phrases>` runs over the same files. Prints MB, seconds, MB/s,
 * speeches/s and peak RSS; the last line is
 *   bench: <MB> MB in <s> s (<MB/s> MB/s); ripgrep <s> s; ratio <x>
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { loadCodebook } from "../lib/codebook";
import type { Codebook, Pattern } from "../lib/codebook";
import { codeUnit, compileCodebook } from "../lib/coding";
import type { ScopeMode } from "../lib/coding";
import { findFullArchive, loadCard, readUngdcArchive } from "../lib/corpus";
import { failWith } from "../lib/cli";

const USAGE = "usage: npm run bench [-- --archive <UNGDC .tgz>] [--mode sentence|unit] [--check]";
const usage: (message: string) => never = failWith("bench", USAGE);

/** The command line's options; a usage error (exit 2) when it is not one. */
function options(argv: string[]): { archive: string; mode: ScopeMode; check: boolean } {
  let values: { archive?: string; mode?: string; check?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { archive: { type: "string" }, mode: { type: "string" }, check: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return usage((e as Error).message);
  }
  const mode = values.mode ?? "sentence";
  if (mode !== "sentence" && mode !== "unit") usage(`--mode must be "sentence" or "unit", not "${mode}"`);
  const archive = values.archive ?? findFullArchive(loadCard("ungdc-kosovo"))?.tgz;
  if (!archive) {
    console.error(
      "bench: the coding benchmark reads the whole General Debate archive, which is not there " +
        "— run `npm run get-data` (or set UNGDC_DIR to its folder, or pass --archive <file>)",
    );
    process.exit(1);
  }
  return { archive, mode, check: values.check === true };
}

/** Codes every speech of the archive; the coding alone is timed. */
function codeArchive(codebook: Codebook, o: { archive: string; mode: ScopeMode; check: boolean }) {
  const compiled = compileCodebook(codebook, { mode: o.mode });
  const reference = o.check ? compileCodebook(codebook, { mode: o.mode, exhaustive: true }) : null;
  const differing: string[] = [];
  const present: Record<string, number> = Object.fromEntries(compiled.themeKeys.map((k) => [k, 0]));
  let peakRss = process.memoryUsage().rss;
  let codingNs = 0n;
  let bytes = 0;
  let speeches = 0;
  let withEvidence = 0;
  const tRead = process.hrtime.bigint();
  readUngdcArchive(o.archive, {
    keep: (text) => {
      const unit = { id: text.id, body: text.body };
      const t0 = process.hrtime.bigint();
      const c = codeUnit(compiled, unit);
      codingNs += process.hrtime.bigint() - t0;
      if (reference && JSON.stringify(codeUnit(reference, unit)) !== JSON.stringify(c)) differing.push(text.id);
      bytes += Buffer.byteLength(text.body, "utf8");
      speeches++;
      if (c.evidence.length > 0) withEvidence++;
      for (const k of compiled.themeKeys) present[k] += c.codes[k].present;
      if (speeches % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      return false;
    },
  });
  const readSeconds = Number(process.hrtime.bigint() - tRead) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    seconds: Number(codingNs) / 1e9,
    readSeconds,
    mb: bytes / 1e6,
    speeches,
    withEvidence,
    present,
    peakRss,
    differing,
  };
}

/** The codebook's literal phrases (every alternative of every pattern and anchor), for ripgrep. */
function literalPhrases(codebook: Codebook): string[] {
  const out = new Set<string>();
  const add = (ps: Pattern[]) => {
    for (const p of ps) {
      const alts = p.kind === "phrase" ? [p.terms] : [p.first, p.second];
      for (const a of alts) for (const ph of a.phrases) out.add(ph.words.map((w) => w.word).join(" "));
    }
  };
  for (const t of codebook.themes) add(t.patterns);
  for (const v of codebook.vocabulary) add(v.patterns);
  add(codebook.aboutKosovo.anchors);
  return [...out].sort();
}

/** Seconds ripgrep takes to count the phrases over the unpacked archive (warm page cache), or NaN without rg. */
function ripgrepSeconds(codebook: Codebook, archive: string): number {
  const rg = spawnSync("rg", ["--version"], { encoding: "utf8" });
  if (rg.status !== 0) {
    console.log("ripgrep (rg) is not installed: no comparison");
    return Number.NaN;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-coding-"));
  try {
    const untar = spawnSync("tar", ["xzf", archive, "-C", tmp], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    const phrases = literalPhrases(codebook);
    const pf = path.join(tmp, "phrases.txt");
    fs.writeFileSync(pf, phrases.join("\n") + "\n");
    const args = ["-c", "-i", "-F", "-f", pf, "--glob", "*.txt", "--glob", "!phrases.txt", path.join(tmp, "TXT")];
    spawnSync("rg", args, { encoding: "utf8", maxBuffer: 1 << 28 }); // warm the page cache
    const t0 = process.hrtime.bigint();
    const r = spawnSync("rg", args, { encoding: "utf8", maxBuffer: 1 << 28 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const files = r.stdout.split("\n").filter((l) => l !== "").length;
    const version = rg.stdout.split("\n")[0];
    console.log(
      `ripgrep ${version}: ${phrases.length} literal phrases, case-insensitive, ` +
        `${files} files with a match, ${seconds.toFixed(2)} s`,
    );
    return seconds;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(): void {
  const o = options(process.argv.slice(2));
  const codebook = loadCodebook();
  const r = codeArchive(codebook, o);
  const themes = `${codebook.themes.length} themes, ${codebook.vocabulary.length} vocabulary lists`;
  console.log(`archive: ${o.archive}`);
  console.log(`codebook: ${themes}; scope mode ${o.mode}`);
  console.log(
    `coded ${r.speeches} speeches, ${r.mb.toFixed(1)} MB (UTF-8), in ${r.seconds.toFixed(2)} s of coding ` +
      `(${r.readSeconds.toFixed(1)} s with reading the archive)`,
  );
  const rate = `${(r.mb / r.seconds).toFixed(1)} MB/s, ${(r.speeches / r.seconds).toFixed(0)} speeches/s`;
  console.log(`${rate}; ${r.withEvidence} speeches with evidence`);
  const presence = Object.entries(r.present).map(([k, v]) => `${k} ${v}`);
  console.log(`presence (whole speeches, ${o.mode} scope): ${presence.join(", ")}`);
  console.log(`peak RSS ${(r.peakRss / 1e6).toFixed(0)} MB`);
  if (o.check) {
    const differ = `${r.differing.length} speeches differ: ${r.differing.slice(0, 20).join(", ")}`;
    console.log(
      `check against the exhaustive coder: ${r.differing.length === 0 ? "every speech coded identically" : differ}`,
    );
  }
  const rgSeconds = ripgrepSeconds(codebook, o.archive);
  const ratio = r.seconds / rgSeconds;
  const rg = Number.isNaN(rgSeconds) ? "n/a" : rgSeconds.toFixed(2);
  console.log(
    `bench: ${r.mb.toFixed(1)} MB in ${r.seconds.toFixed(2)} s (${(r.mb / r.seconds).toFixed(1)} MB/s); ` +
      `ripgrep ${rg} s; ratio ${Number.isNaN(ratio) ? "n/a" : ratio.toFixed(2)}`,
  );
}

main();
