/**
 * Writing `project.qde`: a REFI-QDA project as XML in the namespace `urn:QDA-XML:project:1.0`, each element's
 * children in the order of the standard's schema (Project.xsd, 18 March 2019): Users, CodeBook, Variables,
 * Sources, Sets, Description. No dates are written, so the same project gives the same bytes.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { QdaCode, QdaCoding, QdaProject, QdaSelection, QdaSource } from "./model";

/** The standard's namespace and where its schema is published. */
export const QDA_NAMESPACE = "urn:QDA-XML:project:1.0";
export const QDA_SCHEMA_LOCATION = `${QDA_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`;

type Node = Record<string, unknown>;

/**
 * Text XML 1.0 can hold: a character the standard forbids (a control character other than tab and line breaks,
 * a lone surrogate, U+FFFE, U+FFFF) becomes U+FFFD.
 *
 * @example xmlSafe("a\u0001b") // "a\uFFFDb"
 */
export function xmlSafe(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c > 0xffff;
    out += ok ? ch : "\uFFFD";
  }
  return out;
}

/** An attribute value on one line (an XML reader turns a line break inside an attribute into a space anyway). */
const attr = (s: string) => xmlSafe(s).replace(/\s+/g, " ").trim();

function codingNode(c: QdaCoding): Node {
  const node: Node = { "@_guid": c.guid };
  if (c.user) node["@_creatingUser"] = c.user;
  node.CodeRef = { "@_targetGUID": c.code };
  return node;
}

function codeNode(c: QdaCode): Node {
  const node: Node = { "@_guid": c.guid, "@_name": attr(c.name), "@_isCodable": String(c.isCodable) };
  if (c.color) node["@_color"] = c.color;
  if (c.description) node.Description = xmlSafe(c.description);
  if (c.children.length) node.Code = c.children.map(codeNode);
  return node;
}

function selectionNode(s: QdaSelection): Node {
  const node: Node = { "@_guid": s.guid, "@_name": attr(s.name), "@_startPosition": s.start, "@_endPosition": s.end };
  if (s.user) node["@_creatingUser"] = s.user;
  if (s.codings.length) node.Coding = s.codings.map(codingNode);
  return node;
}

function sourceNode(s: QdaSource, project: QdaProject): Node {
  const node: Node = { "@_guid": s.guid, "@_name": attr(s.name), "@_plainTextPath": `internal://${s.guid}.txt` };
  if (s.description) node.Description = xmlSafe(s.description);
  if (s.selections.length) node.PlainTextSelection = s.selections.map(selectionNode);
  if (s.codings.length) node.Coding = s.codings.map(codingNode);
  const values = project.variables.filter((v) => s.values[v.guid] !== undefined);
  if (values.length)
    node.VariableValue = values.map((v) => ({
      VariableRef: { "@_targetGUID": v.guid },
      [v.type === "Integer" ? "IntegerValue" : "TextValue"]: xmlSafe(String(s.values[v.guid])),
    }));
  return node;
}

/**
 * The project as the text of `project.qde` (UTF-8, schema order, no dates).
 *
 * @example projectXml(project).startsWith('<?xml version="1.0" encoding="utf-8"?>') // true
 */
export function projectXml(project: QdaProject): string {
  const root: Node = {
    "@_xmlns": QDA_NAMESPACE,
    "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "@_xsi:schemaLocation": QDA_SCHEMA_LOCATION,
    "@_name": attr(project.name),
    "@_origin": attr(project.origin),
  };
  if (project.users.length)
    root.Users = { User: project.users.map((u) => ({ "@_guid": u.guid, "@_name": attr(u.name) })) };
  if (project.codes.length) root.CodeBook = { Codes: { Code: project.codes.map(codeNode) } };
  if (project.variables.length)
    root.Variables = {
      Variable: project.variables.map((v) => ({
        "@_guid": v.guid,
        "@_name": attr(v.name),
        "@_typeOfVariable": v.type,
      })),
    };
  if (project.sources.length) root.Sources = { TextSource: project.sources.map((s) => sourceNode(s, project)) };
  if (project.sets.length)
    root.Sets = {
      Set: project.sets.map((s) => ({
        "@_guid": s.guid,
        "@_name": attr(s.name),
        ...(s.description ? { Description: xmlSafe(s.description) } : {}),
        ...(s.sources.length ? { MemberSource: s.sources.map((g) => ({ "@_targetGUID": g })) } : {}),
      })),
    };
  if (project.description) root.Description = xmlSafe(project.description);
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    indentBy: "  ",
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ Project: root })}`;
}
