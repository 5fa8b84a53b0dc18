import { strict as assert } from "assert";
import JSZip from "jszip";
import { InputError } from "../../../lib/core";
import { qdaProject, qdpxBytes, readQdpx } from "../../../lib/sheets";
import { ANA, CODEBOOK, UNITS } from "./fixtures";

/** The message of the InputError a promise rejects with. */
async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof InputError, `expected an InputError, got ${e}`);
    return e.message;
  }
  return assert.fail("expected an InputError");
}

/** A ZIP of the given entries. */
async function zipOf(entries: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(entries)) z.file(name, text);
  return z.generateAsync({ type: "uint8array" });
}

describe("sheets/qdpx: the .qdpx archive", () => {
  const { project } = qdaProject({ corpus: "test", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA] });

  it("holds project.qde and sources/<GUID>.txt per unit (UTF-8), every entry dated 1980-01-01", async () => {
    const zip = await JSZip.loadAsync(await qdpxBytes(project));
    const names = Object.keys(zip.files);
    assert.deepEqual(names, ["project.qde", ...project.sources.map((s) => `sources/${s.guid}.txt`)]);
    assert.equal(await zip.files[names[2]].async("string"), UNITS[1].body);
    for (const f of Object.values(zip.files)) assert.equal(f.date.toISOString(), "1980-01-01T00:00:00.000Z");
  });

  it("the same project gives the same bytes", async () => {
    assert.deepEqual(await qdpxBytes(project), await qdpxBytes(project));
  });

  it("reads back the project, with each source's text from its file", async () => {
    const back = await readQdpx(await qdpxBytes(project), "p.qdpx");
    assert.deepEqual(
      back.sources.map((s) => s.text),
      UNITS.map((u) => u.body),
    );
    assert.deepEqual(back.users, project.users);
    assert.deepEqual(back.sources[1].selections, project.sources[1].selections);
  });

  it("a file that is not a ZIP, or a cut one: says it is not a readable archive and what to do", async () => {
    assert.match(
      await rejection(readQdpx(Buffer.from("id,sentence\nA,1\n"), "sheet.qdpx")),
      /^sheet\.qdpx: is not a \.qdpx project: not a readable ZIP archive/,
    );
    const bytes = await qdpxBytes(project);
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    assert.match(await rejection(readQdpx(cut, "cut.qdpx")), /not a readable ZIP archive .*export the project again/);
  });

  it("a ZIP without project.qde (another archive, or a codebook) is named as such", async () => {
    assert.match(await rejection(readQdpx(await zipOf({ "a.txt": "x" }), "other.zip")), /it has no project\.qde —/);
    assert.match(
      await rejection(readQdpx(await zipOf({ "codebook.qdc": "<CodeBook/>" }), "cb.qdpx")),
      /no project\.qde \(it holds a codebook, codebook\.qdc\)/,
    );
  });

  it("a source whose text file is missing from the archive is named", async () => {
    const zip = await JSZip.loadAsync(await qdpxBytes(project));
    zip.remove(`sources/${project.sources[0].guid}.txt`);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    assert.match(
      await rejection(readQdpx(bytes, "p.qdpx")),
      /source "AAA_63_2008" points at internal:\/\/.*, which is not in the archive/,
    );
  });

  it("reads a source whose text is inline (PlainTextContent) and a sources folder spelt Sources/", async () => {
    const xml =
      '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>' +
      '<TextSource guid="A1B2C3D4-0000-5000-8000-000000000001" name="inline">' +
      "<PlainTextContent>One. Two.</PlainTextContent></TextSource>" +
      '<TextSource guid="A1B2C3D4-0000-5000-8000-000000000002" name="file" ' +
      'plainTextPath="internal://a1b2c3d4-0000-5000-8000-000000000002.txt"/>' +
      "</Sources></Project>";
    const bytes = await zipOf({
      "project.qde": xml,
      "Sources/A1B2C3D4-0000-5000-8000-000000000002.TXT": "\uFEFFThree.",
    });
    const back = await readQdpx(bytes, "p.qdpx");
    assert.deepEqual(
      back.sources.map((s) => [s.name, s.text]),
      [
        ["inline", "One. Two."],
        ["file", "Three."],
      ],
    );
  });
});
