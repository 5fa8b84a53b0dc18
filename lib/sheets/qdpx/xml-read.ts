/**
 * Reading `project.qde`: the users, codes, variables, text sources (with their selections and codings) and
 * sets of a REFI-QDA project, whatever tool wrote it (MAXQDA, ATLAS.ti, NVivo, QualCoder, this workbook). The
 * text of each source is read by the archive reader; here a source keeps its `plainTextPath` or inline text.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../../core";
import { normalGuid } from "./guid";
import type { QdaCode, QdaCoding, QdaProject, QdaSelection, QdaSet, QdaSource, QdaVariable } from "./model";
import { QDA_NAMESPACE } from "./xml-write";

type Node = Record<string, unknown>;

/** A parsed project whose sources still name where their text is. */
export interface ParsedProject extends QdaProject {
  /** Source GUID → its `plainTextPath` ("internal://…"), when the text is a file of the archive. */
  paths: Record<string, string>;
}

const LISTS = new Set([
  "User",
  "Code",
  "Variable",
  "TextSource",
  "PictureSource",
  "PDFSource",
  "AudioSource",
  "VideoSource",
  "PlainTextSelection",
  "Coding",
  "VariableValue",
  "Set",
  "MemberSource",
  "MemberCode",
  "NoteRef",
]);

const list = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x === undefined ? [] : [x as Node]);
const text = (x: unknown): string =>
  typeof x === "string" || typeof x === "number"
    ? String(x)
    : x && typeof x === "object"
      ? String((x as Node)["#text"] ?? "")
      : "";
const att = (n: Node, name: string): string => (n[`@_${name}`] === undefined ? "" : String(n[`@_${name}`]));
const guidOf = (n: Node, name = "guid"): string => normalGuid(att(n, name));
const userOf = (n: Node): string | null => (att(n, "creatingUser") ? guidOf(n, "creatingUser") : null);

function codings(n: Node): QdaCoding[] {
  return list(n.Coding).map((c) => ({
    guid: guidOf(c),
    code: guidOf(c.CodeRef as Node, "targetGUID"),
    user: userOf(c),
  }));
}

function codesOf(n: Node): QdaCode[] {
  return list(n.Code).map((c) => ({
    guid: guidOf(c),
    name: att(c, "name"),
    description: text(c.Description),
    color: att(c, "color") || null,
    isCodable: att(c, "isCodable") !== "false",
    children: codesOf(c),
  }));
}

function selection(n: Node, file: string): QdaSelection {
  const start = Number(att(n, "startPosition"));
  const end = Number(att(n, "endPosition"));
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
    throw new InputError({
      file,
      message:
        `selection ${att(n, "guid")} has no valid startPosition/endPosition ` +
        `("${att(n, "startPosition")}", "${att(n, "endPosition")}")`,
      fix: "export the project again from the tool",
    });
  return { guid: guidOf(n), name: att(n, "name"), start, end, user: userOf(n), codings: codings(n) };
}

function source(n: Node, file: string, variables: QdaVariable[]): QdaSource {
  const values: Record<string, string | number> = {};
  for (const v of list(n.VariableValue)) {
    const ref = guidOf(v.VariableRef as Node, "targetGUID");
    const type = variables.find((x) => x.guid === ref)?.type;
    const raw = text(v.TextValue ?? v.IntegerValue ?? v.FloatValue ?? v.BooleanValue ?? v.DateValue ?? "");
    values[ref] = type === "Integer" && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  }
  return {
    guid: guidOf(n),
    name: att(n, "name"),
    description: text(n.Description),
    text: n.PlainTextContent === undefined ? "" : text(n.PlainTextContent),
    selections: list(n.PlainTextSelection).map((s) => selection(s, file)),
    codings: codings(n),
    values,
  };
}

/** The root element's local name and namespace, read from its start tag. */
function rootTag(xml: string): { name: string; ns: string | null } {
  const m = /<(?![?!])(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(xml);
  if (!m) return { name: "nothing", ns: null };
  const decl = m[1] ? `xmlns:${m[1]}` : "xmlns";
  const ns = new RegExp(`\\s${decl}\\s*=\\s*(["'])(.*?)\\1`).exec(m[3]);
  return { name: m[2], ns: ns ? ns[2] : null };
}

function rootOf(xml: string, file: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new InputError({
      file,
      line: valid.err.line,
      message: `project.qde is not well-formed XML (${valid.err.msg})`,
      fix: "export the project again from the tool; a .qdpx must not be edited by hand",
    });
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  }).parse(xml) as Node;
  const root = doc.Project as Node | undefined;
  const top = rootTag(xml);
  if (!root || top.ns !== QDA_NAMESPACE) {
    const what = top.name === "CodeBook" ? "a REFI-QDA codebook (.qdc), not a project" : `<${top.name}>`;
    throw new InputError({
      file,
      message: `project.qde is not a REFI-QDA project: its root is ${what} in namespace "${top.ns ?? "none"}"`,
      fix: `export a project (.qdpx, root <Project xmlns="${QDA_NAMESPACE}">) from the tool`,
    });
  }
  return root;
}

/**
 * Reads the XML of `project.qde`.
 *
 * @throws {InputError} for XML that is not well formed or not a REFI-QDA project
 * @example parseProjectXml(fs.readFileSync("project.qde", "utf8"), "project.qde").sources.length
 */
export function parseProjectXml(xml: string, file: string): ParsedProject {
  const root = rootOf(xml, file);
  const variables: QdaVariable[] = list((root.Variables as Node | undefined)?.Variable).map((v) => ({
    guid: guidOf(v),
    name: att(v, "name"),
    type: att(v, "typeOfVariable") === "Integer" ? "Integer" : "Text",
  }));
  const sourcesNode = (root.Sources ?? {}) as Node;
  const textSources = list(sourcesNode.TextSource);
  const paths: Record<string, string> = {};
  for (const s of textSources) if (att(s, "plainTextPath")) paths[guidOf(s)] = att(s, "plainTextPath");
  const sets: QdaSet[] = list((root.Sets as Node | undefined)?.Set).map((s) => ({
    guid: guidOf(s),
    name: att(s, "name"),
    description: text(s.Description),
    sources: list(s.MemberSource).map((m) => guidOf(m, "targetGUID")),
  }));
  return {
    name: att(root, "name"),
    origin: att(root, "origin"),
    description: text(root.Description),
    users: list((root.Users as Node | undefined)?.User).map((u) => ({ guid: guidOf(u), name: att(u, "name") })),
    codes: codesOf(((root.CodeBook as Node | undefined)?.Codes ?? {}) as Node),
    variables,
    sources: textSources.map((s) => source(s, file, variables)),
    sets,
    paths,
  };
}
