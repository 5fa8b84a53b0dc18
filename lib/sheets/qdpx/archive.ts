/**
 * The `.qdpx` archive: a ZIP holding `project.qde` and a flat folder `sources/` with each internal source's file
 * (here the units' texts as `sources/<GUID>.txt`, UTF-8). Every entry gets the same fixed date, so the same
 * project gives the same bytes. Reading says plainly what is wrong with a file that is not such an archive.
 */
import JSZip from "jszip";
import { InputError } from "../../core";
import type { QdaProject } from "./model";
import { type ParsedProject, parseProjectXml } from "./xml-read";
import { projectXml } from "./xml-write";

/** The date written on every entry (the ZIP format's earliest, 1980-01-01). */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/**
 * The bytes of a `.qdpx` file for a project.
 *
 * @example fs.writeFileSync("units.qdpx", await qdpxBytes(project))
 */
export async function qdpxBytes(project: QdaProject): Promise<Uint8Array> {
  const zip = new JSZip();
  const opts = { date: ZIP_DATE, createFolders: false };
  zip.file("project.qde", projectXml(project), opts);
  for (const s of project.sources) zip.file(`sources/${s.guid}.txt`, s.text, opts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The archive's entry for an `internal://` path, whatever the case of `sources/` and the name. */
function entryFor(zip: JSZip, internal: string): JSZip.JSZipObject | null {
  const name = internal.replace(/^internal:\/\//i, "").toLowerCase();
  const hit = Object.keys(zip.files).find((f) => f.toLowerCase() === `sources/${name}` || f.toLowerCase() === name);
  return hit ? zip.files[hit] : null;
}

/** Opens the ZIP, or says that the file is not one. */
async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new InputError({
      file,
      message: `is not a .qdpx project: not a readable ZIP archive (${(e as Error).message})`,
      fix:
        "export the project again from the QDA tool (File → Export → REFI-QDA project, .qdpx); " +
        "if it was copied, copy it whole",
    });
  }
}

/**
 * Reads a `.qdpx` file: the project, with each text source's text from its file in `sources/` (or inline).
 *
 * @throws {InputError} for a file that is not a ZIP, has no `project.qde`, holds no REFI-QDA project, or lacks a
 *   source's text
 * @example (await readQdpx(fs.readFileSync("class.qdpx"), "class.qdpx")).users.map((u) => u.name)
 */
export async function readQdpx(bytes: Uint8Array, file: string): Promise<ParsedProject> {
  const zip = await openZip(bytes, file);
  const qdeName = Object.keys(zip.files).find((f) => f.toLowerCase() === "project.qde");
  if (!qdeName) {
    const qdc = Object.keys(zip.files).find((f) => f.toLowerCase().endsWith(".qdc"));
    throw new InputError({
      file,
      message:
        "is a ZIP archive but no REFI-QDA project: it has no project.qde" +
        (qdc ? ` (it holds a codebook, ${qdc})` : ""),
      fix: "export a project (.qdpx) from the QDA tool, not a codebook or another archive",
    });
  }
  const project = parseProjectXml(await zip.files[qdeName].async("string"), `${file}:project.qde`);
  for (const s of project.sources) {
    const internal = project.paths[s.guid];
    if (!internal) continue; // inline PlainTextContent, already read
    const entry = entryFor(zip, internal);
    if (!entry)
      throw new InputError({
        file,
        message: `source "${s.name}" points at ${internal}, which is not in the archive`,
        fix: "export the project again with its sources embedded (internal), not linked",
      });
    s.text = (await entry.async("string")).replace(/^\uFEFF/, "");
  }
  return project;
}
