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
import { loadCodebook } from "../lib/codebook";
import type { Pattern } from "../lib/codebook";
import { codeUnit, compileCodebook } from "../lib/coding";
import type { ScopeMode } from "../lib/coding";
import { findFullArchive, loadCard, readUngdcArchive } from "../lib/corpus";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const archive = arg("archive") ?? findFullArchive(loadCard("ungdc-kosovo"))?.tgz;
if (!archive) {
  console.error(
    "bench: the coding benchmark reads the whole General Debate archive, which is not there " +
      "— run `npm run get-data` (or set UNGDC_DIR to its folder, or pass --archive <file>)",
  );
  process.exit(1);
}
const mode = (arg("mode") ?? "sentence") as ScopeMode;
const codebook = loadCodebook();
const compiled = compileCodebook(codebook, { mode });
const check = process.argv.includes("--check");
const reference = check ? compileCodebook(codebook, { mode, exhaustive: true }) : null;
const differing: string[] = [];

let peakRss = process.memoryUsage().rss;
let codingNs = 0n;
let bytes = 0;
let speeches = 0;
let withEvidence = 0;
const present: Record<string, number> = Object.fromEntries(compiled.themeKeys.map((k) => [k, 0]));

const tRead = process.hrtime.bigint();
readUngdcArchive(archive, {
  keep: (text) => {
    const t0 = process.hrtime.bigint();
    const c = codeUnit(compiled, { id: text.id, body: text.body });
    codingNs += process.hrtime.bigint() - t0;
    if (reference && JSON.stringify(codeUnit(reference, { id: text.id, body: text.body })) !== JSON.stringify(c))
      differing.push(text.id);
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
const seconds = Number(codingNs) / 1e9;
const mb = bytes / 1e6;

console.log(`archive: ${archive}`);
console.log(
  `codebook: ${codebook.themes.length} themes, ${codebook.vocabulary.length} vocabulary lists; scope mode ${mode}`,
);
console.log(
  `coded ${speeches} speeches, ${mb.toFixed(1)} MB (UTF-8), in ${seconds.toFixed(2)} s of coding (${readSeconds.toFixed(1)} s with reading the archive)`,
);
console.log(
  `${(mb / seconds).toFixed(1)} MB/s, ${(speeches / seconds).toFixed(0)} speeches/s; ${withEvidence} speeches with evidence`,
);
console.log(
  `presence (whole speeches, ${mode} scope): ${Object.entries(present)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
console.log(`peak RSS ${(peakRss / 1e6).toFixed(0)} MB`);
if (check)
  console.log(
    `check against the exhaustive coder: ${differing.length === 0 ? "every speech coded identically" : `${differing.length} speeches differ: ${differing.slice(0, 20).join(", ")}`}`,
  );

// ripgrep over the same files
function literalPhrases(): string[] {
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

let rgSeconds = NaN;
const rg = spawnSync("rg", ["--version"], { encoding: "utf8" });
if (rg.status === 0) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-coding-"));
  try {
    const untar = spawnSync("tar", ["xzf", archive, "-C", tmp], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    const phrases = literalPhrases();
    const pf = path.join(tmp, "phrases.txt");
    fs.writeFileSync(pf, phrases.join("\n") + "\n");
    const args = ["-c", "-i", "-F", "-f", pf, "--glob", "*.txt", "--glob", "!phrases.txt", path.join(tmp, "TXT")];
    spawnSync("rg", args, { encoding: "utf8", maxBuffer: 1 << 28 }); // warm the page cache
    const t0 = process.hrtime.bigint();
    const r = spawnSync("rg", args, { encoding: "utf8", maxBuffer: 1 << 28 });
    rgSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const files = r.stdout.split("\n").filter((l) => l !== "").length;
    console.log(
      `ripgrep ${rg.stdout.split("\n")[0]}: ${phrases.length} literal phrases, case-insensitive, ${files} files with a match, ${rgSeconds.toFixed(2)} s`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
} else {
  console.log("ripgrep (rg) is not installed: no comparison");
}

const ratio = seconds / rgSeconds;
console.log(
  `bench: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s (${(mb / seconds).toFixed(1)} MB/s); ripgrep ${Number.isNaN(rgSeconds) ? "n/a" : rgSeconds.toFixed(2)} s; ratio ${Number.isNaN(ratio) ? "n/a" : ratio.toFixed(2)}`,
);
