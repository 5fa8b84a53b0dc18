/**
 * project.qde against the standard's documented elements (REFI-QDA Project Exchange 1.5, and the element
 * declarations of its schema Project.xsd of 18 March 2019): the root <Project> in the namespace
 * urn:QDA-XML:project:1.0 with a name; its children in the schema's order (Users, CodeBook, Variables, Cases,
 * Sources, Notes, Links, Sets, Graphs, Description); required attributes (guid everywhere, name and isCodable on
 * a Code, startPosition and endPosition on a PlainTextSelection, targetGUID on every reference); a TextSource's
 * text either inline or in a file, not both. The schema itself is checked in schema.test.ts when it is there.
 */
import { strict as assert } from "assert";
import { XMLParser } from "fast-xml-parser";
import { GUID_PATTERN, parseProjectXml, projectXml, QDA_NAMESPACE, qdaProject, xmlSafe } from "../../../lib/sheets";
import { codebookVersion } from "../../../lib/codebook/version";
import { InputError } from "../../../lib/core";
import { ANA, BEN, CODEBOOK, UNITS } from "./fixtures";

const PROJECT_ORDER = [
  "Users",
  "CodeBook",
  "Variables",
  "Cases",
  "Sources",
  "Notes",
  "Links",
  "Sets",
  "Graphs",
  "Description",
];
const TEXT_SOURCE_ORDER = [
  "Description",
  "PlainTextContent",
  "PlainTextSelection",
  "Coding",
  "NoteRef",
  "VariableValue",
];

type Ordered = Array<Record<string, unknown>>;
const ordered = (xml: string): Ordered =>
  new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as Ordered;
const tag = (n: Record<string, unknown>) => Object.keys(n).find((k) => k !== ":@") as string;
const children = (n: Record<string, unknown>) => n[tag(n)] as Ordered;
const attrs = (n: Record<string, unknown>) => (n[":@"] ?? {}) as Record<string, string>;

/** Every element of a tree, depth first. */
function walk(nodes: Ordered, out: Ordered = []): Ordered {
  for (const n of nodes) {
    if (tag(n) === "#text") continue;
    out.push(n);
    walk(children(n), out);
  }
  return out;
}

/** True when `names` follow the order of `order` (repeats allowed). */
function inOrder(names: string[], order: string[]): boolean {
  const at = names.map((n) => order.indexOf(n));
  return at.every((i, k) => i >= 0 && (k === 0 || i >= at[k - 1]));
}

describe("sheets/qdpx: project.qde, the documented elements", () => {
  const { project } = qdaProject({ corpus: "test", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA, BEN] });
  const xml = projectXml(project);
  const doc = ordered(xml);
  const root = doc.find((n) => tag(n) === "Project")!;
  const all = walk([root]);
  const named = (name: string) => all.filter((n) => tag(n) === name);

  it("the root is <Project> in the standard's namespace, with a name, and UTF-8 declared", () => {
    assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<Project /);
    assert.equal(attrs(root).xmlns, QDA_NAMESPACE);
    assert.equal(attrs(root).name, `test (codebook ${codebookVersion(CODEBOOK)})`);
  });

  it("children in the schema's order, at the project and in every TextSource", () => {
    const top = children(root)
      .map(tag)
      .filter((t) => t !== "#text");
    assert.deepEqual(top, ["Users", "CodeBook", "Variables", "Sources", "Sets", "Description"]);
    assert.ok(inOrder(top, PROJECT_ORDER));
    for (const s of named("TextSource")) {
      const names = children(s)
        .map(tag)
        .filter((t) => t !== "#text");
      assert.ok(inOrder(names, TEXT_SOURCE_ORDER), names.join(","));
    }
  });

  it("required attributes are there, and every GUID has the schema's form", () => {
    for (const n of all) {
      const a = attrs(n);
      const t = tag(n);
      if (["User", "Code", "Variable", "TextSource", "PlainTextSelection", "Coding", "Set"].includes(t))
        assert.match(a.guid, GUID_PATTERN, `${t} guid`);
      if (t === "Code")
        assert.ok(a.name && (a.isCodable === "true" || a.isCodable === "false"), "Code name, isCodable");
      if (t === "PlainTextSelection") assert.ok(/^\d+$/.test(a.startPosition) && /^\d+$/.test(a.endPosition));
      if (["CodeRef", "VariableRef", "MemberSource"].includes(t)) assert.match(a.targetGUID, GUID_PATTERN);
      if (t === "Variable") assert.ok(["Text", "Integer"].includes(a.typeOfVariable));
    }
    const guids = all.map((n) => attrs(n).guid).filter(Boolean);
    assert.equal(new Set(guids).size, guids.length, "every guid once");
  });

  it("a TextSource names its text file (internal://<guid>.txt) and holds no inline text", () => {
    for (const s of named("TextSource")) {
      assert.equal(attrs(s).plainTextPath, `internal://${attrs(s).guid}.txt`);
      assert.equal(
        children(s).some((c) => tag(c) === "PlainTextContent"),
        false,
      );
    }
  });

  it("every reference points at an element of the project", () => {
    const guids = new Set(all.map((n) => attrs(n).guid).filter(Boolean));
    for (const n of all) {
      const a = attrs(n);
      if (a.targetGUID) assert.ok(guids.has(a.targetGUID), `${tag(n)} → ${a.targetGUID}`);
      if (a.creatingUser) assert.ok(guids.has(a.creatingUser), `${tag(n)} creatingUser`);
    }
  });

  it("reads back what it wrote (with the texts, which live in the archive, left empty)", () => {
    const back = parseProjectXml(xml, "project.qde");
    const { paths, ...rest } = back;
    assert.deepEqual(rest, { ...project, sources: project.sources.map((s) => ({ ...s, text: "" })) });
    assert.equal(Object.keys(paths).length, 3);
  });

  it("the same project gives the same bytes; names and descriptions are escaped and kept to what XML holds", () => {
    assert.equal(
      projectXml(qdaProject({ corpus: "test", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA, BEN] }).project),
      xml,
    );
    const odd = { ...project, name: 'a "b" & <c>\nd', description: "x\u0001y </Project>" };
    const back = parseProjectXml(projectXml(odd), "p.qde");
    assert.equal(back.name, 'a "b" & <c> d');
    assert.equal(back.description, "x\uFFFDy </Project>");
    assert.equal(xmlSafe("ok\tline\nnext 😀"), "ok\tline\nnext 😀");
  });

  it("refuses XML that is not well formed, a codebook (.qdc) and a project of another namespace, saying which", () => {
    const err = (x: string) => {
      try {
        parseProjectXml(x, "p.qde");
      } catch (e) {
        assert.ok(e instanceof InputError);
        return e.message;
      }
      assert.fail("expected an InputError");
    };
    assert.match(err("<Project name='x'><Users></Project>"), /p\.qde:1: project\.qde is not well-formed XML/);
    assert.match(
      err('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'),
      /its root is a REFI-QDA codebook \(\.qdc\), not a project/,
    );
    assert.match(err('<Project xmlns="urn:other" name="x"/>'), /root is <Project> in namespace "urn:other"/);
    assert.match(err('<Project name="x"/>'), /in namespace "none"/);
  });

  it("reads a project whose elements carry a namespace prefix, and GUIDs in braces", () => {
    const x =
      '<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="p"><qda:Users>' +
      '<qda:User guid="{a1b2c3d4-0000-5000-8000-00000000abcd}" name="ana"/></qda:Users></qda:Project>';
    assert.deepEqual(parseProjectXml(x, "p.qde").users, [
      { guid: "A1B2C3D4-0000-5000-8000-00000000ABCD", name: "ana" },
    ]);
  });
});
