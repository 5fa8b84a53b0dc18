/**
 * The README of the embedded subset (`data/ungdc-subset/README.md`), written by `npm run build-subset` from
 * the manifest: the CC0 notice and citation, what the subset holds and how big it is, what is downloaded.
 */
import type { SubsetManifest } from "../lib/corpus";

/** Sizes in decimal units (1 MB = 1,000,000 bytes); the manifest has every size in bytes. */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1e3)} KB`;

/** A Markdown table row. */
const row = (...cells: string[]) => `| ${cells.join(" | ")} |`;

/** The README text of a subset, from its manifest. */
export function subsetReadme(m: SubsetManifest): string {
  const [a0, a1] = m.selection.anchorYears;
  const held = m.selection.countries.join(", ");
  const countries = Object.entries(m.contents.countrySpeeches)
    .map(([c, n]) => `${n} of ${c}`)
    .join(", ");
  const src = m.source;
  const files = m.files;
  const lines = [
    "# The embedded subset of the UN General Debate Corpus",
    "",
    "The speeches of the UN General Debate Corpus that the workbook's chapters use, shipped with the repository",
    "so that `npm start` runs every chapter without the full archive. Written by `npm run build-subset` from the",
    "full archive; do not edit by hand (the loader checks every file against `manifest.json`).",
    "",
    "## Licence and citation",
    "The UN General Debate Corpus is dedicated to the public domain under **CC0 1.0**",
    "(https://creativecommons.org/publicdomain/zero/1.0/). The texts here are unchanged copies of its files.",
    "",
    "- Data: Jankin, Slava, Alexander Baturo and Niheer Dasandi. *United Nations General Debate Corpus",
    `  1946–2024*, ${src.version}. Harvard Dataverse, doi:${src.doi}.`,
    '- Cite: Baturo, Alexander, Niheer Dasandi and Slava J. Mikhaylov (2017). "Understanding State Preferences',
    '  With Text As Data: Introducing the UN General Debate Corpus". *Research & Politics* 4(2).',
    "",
    "## What is in it",
    row("file", "size", "what"),
    row("---", "---", "---"),
    row(
      `\`${files.archive.path}\``,
      mb(files.archive.bytes),
      `${m.contents.speeches} speech files, in the archive's own layout (\`TXT/Session NN - YYYY/ISO_NN_YYYY.txt\`)`,
    ),
    row(
      `\`${files.speakers.path}\``,
      kb(files.speakers.bytes),
      `for each of these speeches, its row of \`${src.speakers.path}\` (trimmed) and the country name the whole ` +
        "workbook gives it (`Country shown`); a speech without a row has empty workbook columns",
    ),
    row(
      "`manifest.json`",
      "—",
      "what the subset holds, the whole archive's counts the chapters print, the source archive's version, " +
        "size and SHA-256, and each file's SHA-256",
    ),
    "",
    `The speeches: ${m.contents.speeches} of the archive's ${m.whole.speeches.toLocaleString("en")} —`,
    `- every speech of ${a0}–${a1} that names an anchor term of the coding guide as a whole word (Kosovo,`,
    `  Kosova, Kosovar, Metohija, Pristina, Priština, Prishtina, UNMIK, KFOR, EULEX): ${m.contents.anchorSpeeches};`,
    `- every speech of ${held}, in every year (${countries}; sessions 1–26 are the Republic of China`,
    "  delegation's, which the Republic of China check needs).",
    "",
    "From the whole archive, `manifest.json` keeps the facts the chapters print about all of it: speeches per",
    `year (for the share of speeches naming Kosovo), the ${m.whole.junk.length} junk entries, the ` +
      `${m.whole.rocSpeeches.length} Republic of China speeches`,
    `and the ${m.whole.noSpeakerRow.length} speeches without a speakers row. So every table and chart of the ` +
      "chapters, and `npm run code`",
    "on each corpus card, is the same on this subset as on the full archive (`test/workbook/chapters.test.ts`",
    "and `test/corpus/ungdc-subset.test.ts` compare them whenever the full archive is present). A card that asks",
    "for more than the subset holds (other years or countries, whole speeches of every country) says so and names",
    "`npm run get-data`. Chapter 01 says which of the two it read.",
    "",
    "## In the repository, and downloaded",
    row("what", "where", "size", "licence", "how you get it"),
    row("---", "---", "---", "---", "---"),
    row(
      "the General Debate speeches the chapters use",
      "`data/ungdc-subset/`",
      mb(files.archive.bytes + files.speakers.bytes),
      "CC0",
      "in the repository",
    ),
    row(
      "the full General Debate archive and its speakers workbook",
      "`downloads/ungdc/` (or `$UNGDC_DIR`)",
      mb(src.archive.bytes + src.speakers.bytes),
      "CC0",
      "`npm run get-data`",
    ),
    row(
      "the study's own texts (China's MFA, UN and leaders' statements)",
      "`texts/china-kosovo/`",
      "—",
      "their publishers' (not redistributed)",
      "`npm run fetch -- --corpus china-kosovo`",
    ),
    "",
    "## The full archive",
    `\`npm run get-data\` downloads \`${src.archive.path}\` (${mb(src.archive.bytes)}) and`,
    `\`${src.speakers.path}\` (${kb(src.speakers.bytes)}) from Harvard Dataverse (doi:${src.doi}) into`,
    "`downloads/ungdc/` (ignored by git; or `--dir`, or `$UNGDC_DIR`), with progress and resume, checks them",
    "against the SHA-256 recorded in `manifest.json`, and from then on the corpus cards read the full archive.",
    `Source of this subset: \`${src.archive.path}\`, ${src.version}, ${src.archive.bytes.toLocaleString("en")} bytes,`,
    `SHA-256 \`${src.archive.sha256}\`.`,
    "",
  ];
  return lines.join("\n");
}
