/**
 * Adds one text to a folder corpus (e.g. the study's own corpus, china-kosovo).
 *
 *   npm run add-text -- --corpus china-kosovo --file answer.txt --date 2010-07-22 --category mfa \
 *     --speaker "Name" --venue "MFA regular press conference, Beijing" --source "https://…" [--post "…"] \
 *     [--country CHN] [--id mfa-2010-07-22] [--dir <folder>]
 *   … --file -            reads the text from standard input
 *
 * The text is checked against the card (date, category, empty body, the same statement already there
 * — whitespace, line breaks and capitals aside), given the id `<category>-<date>` (then -b, -c, …,
 * -z, -ba, … when taken), and written atomically as `<folder>/<id>.txt` with a front-matter block.
 * Paths are read from where the command was typed; --file and --dir are checked before anything is
 * read (`checkCommandPaths`: --dir may not lie in data/ or another corpus's folder). Bad input exits
 * with status 1 and says what to fix; a bad command line exits with status 2 and the usage.
 */
import * as fs from "fs";
import { parseArgs } from "util";
import { ArgumentError, decodeUtf8Strict, InputError, ValidationError } from "../lib/core";
import { addTextToFolder, currentCardName, loadCard, type NewTextFields, sourceDir } from "../lib/corpus";
import { checkCommandPaths, fromUser, fsErrorMessage, isFileSystemError, shownFromUser } from "../lib/cli";

const USAGE = `usage: npm run add-text -- --corpus <card> --file <file.txt|-> --date YYYY-MM-DD --category <category>
         --speaker "<name or empty>" --venue "<where>" --source "<URL or document symbol>"
         [--post "<post>"] [--country CHN] [--countryName "<name>"] [--id <id>] [--dir <folder>]`;

const OPTIONS = [
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
] as const;

type Args = Partial<Record<(typeof OPTIONS)[number], string>> & { help?: boolean };

/** Reads the command line (`util.parseArgs`). Throws ArgumentError for an unknown option or a missing value. */
function readArgs(argv: string[]): Args {
  let values: Args;
  try {
    values = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(OPTIONS.map((o) => [o, { type: "string" as const }])),
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }).values as Args;
  } catch (e) {
    throw new ArgumentError("command line", "the options shown below", argv.join(" "), (e as Error).message);
  }
  if (!values.help && !values.file)
    throw new ArgumentError("--file", "a .txt file, or - for standard input", "", "give --file");
  return values;
}

/** The text to add: the file's (or standard input's) bytes, strictly UTF-8. */
function readBody(file: string): { body: string; what: string } {
  const what = file === "-" ? "standard input" : file;
  let buf: Buffer;
  try {
    buf = file === "-" ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    throw new InputError({ file: what, message: `cannot read (${(e as Error).message})`, fix: "check the path" });
  }
  return { body: decodeUtf8Strict(buf, what, "the text"), what };
}

function main(): number {
  let args: Args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    console.error(`add-text: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const card = loadCard(args.corpus ?? currentCardName());
    if (card.source.kind !== "folder")
      throw new ArgumentError(
        "--corpus",
        "a folder corpus, e.g. china-kosovo",
        card.name,
        `"${card.name}" is read from the General Debate archive, not a folder`,
      );
    // paths as the user typed them, from where they typed the command; checked before anything is read
    const file = args.file === "-" ? "-" : fromUser(args.file as string);
    const dir = args.dir === undefined ? sourceDir(card) : fromUser(args.dir);
    checkCommandPaths({
      inputs: file === "-" ? [] : [{ option: "--file", path: file, kind: "file" }],
      outputs: [
        {
          option: args.dir === undefined ? "the corpus folder" : "--dir",
          path: dir,
          kind: "folder",
          what: "the new text",
        },
      ],
      mayWriteIn: [sourceDir(card)],
    });
    const { body, what } = readBody(file);
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
    const added = addTextToFolder(card, body, fields, { dir, what });
    const text = added.text;
    console.log(
      `added ${shownFromUser(added.file)}\n  id: ${text.id}\n  date: ${text.date}\n  category: ${text.category}\n` +
        `  speaker: ${text.speaker || "(unknown)"}\n  words: ${text.words}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof ArgumentError) {
      console.error(`add-text: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError || e instanceof ValidationError) {
      console.error(`add-text: ${e.message}`);
      return 1;
    }
    if (isFileSystemError(e)) {
      console.error(`add-text: ${fsErrorMessage(e)}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
