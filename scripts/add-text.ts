/**
 * Adds one text to a folder corpus (e.g. the study's own corpus, china-kosovo).
 *
 *   npm run add-text -- --corpus china-kosovo --file answer.txt --date 2010-07-22 --category mfa \
 *     --speaker "Name" --venue "MFA regular press conference, Beijing" --source "https://…" [--post "…"] \
 *     [--country CHN] [--id mfa-2010-07-22] [--dir <folder>]
 *   … --file -            reads the text from standard input
 *
 * The text is checked against the card (date, category, empty body, duplicates), given the id
 * `<category>-<date>` (then -b, -c, … when taken), and written atomically as `<folder>/<id>.txt` with
 * a front-matter block. Bad input exits with status 1 and says what to fix.
 */
import * as fs from "fs";
import { addTextToFolder, currentCardName, loadCard, type NewTextFields } from "../lib/corpus";
import { InputError, ValidationError } from "../lib/core";

const USAGE = `usage: npm run add-text -- --corpus <card> --file <file.txt|-> --date YYYY-MM-DD --category <category>
         --speaker "<name or empty>" --venue "<where>" --source "<URL or document symbol>"
         [--post "<post>"] [--country CHN] [--countryName "<name>"] [--id <id>] [--dir <folder>]`;

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}"`);
    const eq = a.indexOf("=");
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else {
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith("--") && v !== "-")) throw new Error(`${a} needs a value`);
      out[a.slice(2)] = v;
      i++;
    }
  }
  return out;
}

function main(): number {
  let args: Record<string, string>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`add-text: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const known = new Set([
    "corpus",
    "file",
    "date",
    "category",
    "speaker",
    "venue",
    "source",
    "post",
    "country",
    "countryName",
    "id",
    "dir",
  ]);
  const unknown = Object.keys(args).filter((k) => !known.has(k));
  if (unknown.length) {
    console.error(`add-text: unknown option(s) ${unknown.map((k) => "--" + k).join(", ")}\n${USAGE}`);
    return 2;
  }
  if (!args.file) {
    console.error(`add-text: --file is required (a .txt file, or - for standard input)\n${USAGE}`);
    return 2;
  }
  try {
    const card = loadCard(args.corpus ?? currentCardName());
    let buf: Buffer;
    const what = args.file === "-" ? "standard input" : args.file;
    try {
      buf = args.file === "-" ? fs.readFileSync(0) : fs.readFileSync(args.file);
    } catch (e) {
      throw new InputError({ file: what, message: `cannot read (${(e as Error).message})`, fix: "check the path" });
    }
    let body: string;
    try {
      body = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      throw new InputError({ file: what, message: "not valid UTF-8", fix: "save the text as UTF-8" });
    }
    const fields: NewTextFields = {
      date: args.date ?? "",
      category: args.category ?? "",
      speaker: args.speaker ?? "",
      venue: args.venue ?? "",
      source: args.source ?? "",
      post: args.post,
      country: args.country,
      countryName: args.countryName,
      id: args.id,
    };
    const { text, file } = addTextToFolder(card, body, fields, { dir: args.dir, what });
    console.log(
      `added ${file}\n  id: ${text.id}\n  date: ${text.date}\n  category: ${text.category}\n  speaker: ${text.speaker || "(unknown)"}\n  words: ${text.words}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof ValidationError) {
      console.error(`add-text: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
