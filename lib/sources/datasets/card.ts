/**
 * Reading a corpus card on a Security Council dataset. Its source names the dataset (`kind:
 * unsc-speeches` or `kind: unsc-debates`), the folder of the download (`path`, or the environment
 * variable `env`) and which speeches it takes (`select: kosovo-meetings` or `select: china`). The source
 * block is checked here and the rest of the card by the corpus loader's own `parseCard` — until the
 * loader knows these source kinds itself (see council-corpus.ts for the texts).
 */
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { InputError, type Problem, ValidationError, projectRoot } from "../../core";
import { type CorpusCard, cardsDir, listCards, parseCard } from "../../corpus";
import {
  type CouncilCard,
  type CouncilCardSelect,
  type CouncilCardSource,
  type CouncilKind,
  isCouncilKind,
} from "./council-corpus";
import { shownPath } from "./layout";

const KINDS: CouncilKind[] = ["unsc-speeches", "unsc-debates"];
const SELECTS: CouncilCardSelect[] = ["kosovo-meetings", "china"];

/**
 * Parses a Security Council card. The source block is checked here; the rest of the card (title,
 * categories, unit, periods, filters) by the corpus loader's own `parseCard`. Every problem is reported
 * together with the card's file and line.
 *
 * @example const file = "data/corpora/unsc-kosovo.yaml";
 *   parseCouncilCard(fs.readFileSync(file, "utf8"), file).source.select // "kosovo-meetings"
 * @throws {ValidationError} listing every problem of the card
 */
export function parseCouncilCard(src: string, file: string): CouncilCard {
  const lc = new YAML.LineCounter();
  const doc = YAML.parseDocument(src.replace(/^\uFEFF/, ""), { lineCounter: lc });
  const lineOf = (p: string[]): number | undefined => {
    const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lc.linePos(node.range[0]).line : p.length > 1 ? lineOf(p.slice(0, -1)) : undefined;
  };
  const raw = (doc.toJS() ?? {}) as { source?: Record<string, unknown> };
  const s = raw.source ?? {};
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  const problems: Problem[] = [];
  const kind = str(s.kind);
  const select = str(s.select);
  if (!isCouncilKind(kind))
    problems.push({
      file,
      line: lineOf(["source", "kind"]),
      message: `source kind "${kind}" is not a Security Council dataset`,
      fix: `use \`kind: ${KINDS.join("` or `kind: ")}\``,
    });
  if (!(SELECTS as string[]).includes(select))
    problems.push({
      file,
      line: lineOf(["source", "select"]),
      message: `source select "${select}" is not known`,
      fix: "use `select: kosovo-meetings` (every speaker at the Kosovo meetings) or `select: china` (China's speeches)",
    });
  // the rest of the card is checked by the loader's parser, told the source is a folder (same lines)
  const kindNode = doc.getIn(["source", "kind"], true) as { range?: [number, number, number] } | undefined;
  const asFolder = kindNode?.range ? src.slice(0, kindNode.range[0]) + "folder" + src.slice(kindNode.range[1]) : src;
  let card: CorpusCard | null = null;
  try {
    card = parseCard(asFolder, file);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problems.push(...e.problems);
  }
  if (problems.length > 0 || !card) throw new ValidationError(`corpus card ${file}`, problems);
  const source: CouncilCardSource = {
    kind: kind as CouncilKind,
    path: str(s.path),
    select: select as CouncilCardSelect,
  };
  if (str(s.env)) source.env = str(s.env);
  if (str(s.version)) source.version = str(s.version);
  return { ...card, source };
}

/**
 * Reads a Security Council card by name (`data/corpora/<name>.yaml`) or path.
 *
 * @example loadCouncilCard("unsc-kosovo").source.kind // "unsc-speeches"
 * @throws {InputError} when there is no such card
 */
export function loadCouncilCard(name: string): CouncilCard {
  const file = name.endsWith(".yaml") ? path.resolve(name) : path.join(cardsDir(), `${name}.yaml`);
  const shown = shownPath(file, projectRoot());
  if (!fs.existsSync(file))
    throw new InputError({
      file: shown,
      message: `no corpus card "${name}"`,
      fix: `use one of: ${listCards().join(", ")}`,
    });
  return parseCouncilCard(fs.readFileSync(file, "utf8"), shown);
}
