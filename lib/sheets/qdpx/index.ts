/**
 * Exchange with the qualitative-analysis tools (MAXQDA, ATLAS.ti, NVivo, QualCoder) through the REFI-QDA
 * standard's project format (`.qdpx`: a ZIP with `project.qde` in the namespace `urn:QDA-XML:project:1.0` and
 * the sources in `sources/`): the units as text sources, the themes as codes, every coder's codings as a user's
 * selections over the sentences; and codings made in such a tool read back into a coding sheet.
 *
 *   buildQdpxExport                             export.ts      what `npm run export -- --format qdpx` writes (sheets
 *                                                              read by the one sheet reader, `loadSheet`)
 *   qdaProject, codedSetName                    project.ts     units, codes, users, selections, sets
 *   projectXml / parseProjectXml                xml-write.ts / xml-read.ts   project.qde
 *   qdpxBytes, readQdpx                         archive.ts     the ZIP, with fixed dates; clear errors for others
 *   importCodings, importedSentenceSheet,
 *   importedPresenceSheet                       import.ts      a user's codings back into a sheet
 *   roundTrips                                  round-trip.ts  does a project give back the codings that went in?
 *   stableGuid, toCodePoints, toCodeUnits       guid.ts, offsets.ts
 */
export * from "./model";
export { codedSetName, type BuiltProject, type ProjectInput, qdaProject, SOURCE_VARIABLES } from "./project";
export { projectXml, QDA_NAMESPACE, QDA_SCHEMA_LOCATION, xmlSafe } from "./xml-write";
export { type ParsedProject, parseProjectXml } from "./xml-read";
export { qdpxBytes, readQdpx } from "./archive";
export { importCodings, importedPresenceSheet, importedSentenceSheet } from "./import";
export type { ImportedCoding, ImportedUnit, ImportTheme } from "./import";
export { buildQdpxExport, type QdpxExport, type QdpxExportOptions } from "./export";
export { fillSheet } from "./fill-sheet";
export { type RoundTrip, roundTrips } from "./round-trip";
export { GUID_PATTERN, normalGuid, stableGuid } from "./guid";
export { codePointLength, toCodePoints, toCodeUnits } from "./offsets";
