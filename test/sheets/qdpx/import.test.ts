import { strict as assert } from "assert";
import { parse } from "csv-parse/sync";
import { codebookVersion } from "../../../lib/codebook/version";
import { InputError } from "../../../lib/core";
import {
  type ImportedCoding,
  importCodings,
  importedPresenceSheet,
  importedSentenceSheet,
  type QdaProject,
  qdaProject,
  qdpxBytes,
  readQdpx,
  type SentenceCoding,
  sentenceSheetCsv,
  fillSheet,
} from "../../../lib/sheets";
import { ANA, BEN, CODEBOOK, KEYS, UNITS } from "./fixtures";

const THEMES = CODEBOOK.themes;

/** The coding as the sheet would hold it: unit → sentence rows of codes in KEYS order. */
function rowsOf(c: SentenceCoding): Record<string, Array<Array<0 | 1 | null>>> {
  return Object.fromEntries(
    Object.entries(c.sentences).map(([id, rows]) => [id, rows.map((r) => KEYS.map((k) => r.codes[k]))]),
  );
}
function importedRows(c: ImportedCoding, ids: string[]): Record<string, Array<Array<0 | 1 | null>>> {
  return Object.fromEntries(
    c.units.filter((u) => ids.includes(u.id)).map((u) => [u.id, u.sentences.map((s) => KEYS.map((k) => s[k]))]),
  );
}

/** A project through the archive and back. */
async function roundTrip(project: QdaProject) {
  return readQdpx(await qdpxBytes(project), "p.qdpx");
}

describe("sheets/qdpx: importing a user's codings", () => {
  const { project } = qdaProject({ corpus: "test", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA, BEN] });

  it("round trip: export → import returns each coder's codes, 0s and blanks included", async () => {
    const back = await roundTrip(project);
    const ana = importCodings(back, "ana", THEMES, "p.qdpx");
    assert.deepEqual(importedRows(ana, Object.keys(ANA.sentences)), rowsOf(ANA));
    const ben = importCodings(back, "ben", THEMES, "p.qdpx");
    // ben coded AAA completely (0s kept); CCC is half-coded, so outside his set: his one coding comes back, the
    // cells he left blank stay blank — and so do his 0s there (a half-coded unit is not a coding to rely on)
    assert.deepEqual(importedRows(ben, ["AAA_63_2008"]), { AAA_63_2008: rowsOf(BEN).AAA_63_2008 });
    assert.deepEqual(importedRows(ben, ["CCC_65_2010"]).CCC_65_2010, [
      [null, null, null],
      [null, null, null],
      [1, null, null],
      [null, null, null],
    ]);
    assert.deepEqual(
      ben.units.map((u) => u.coded),
      [true, false, false],
    );
  });

  it("the sentence-level sheet it writes is the sheet the coder would have filled, byte for byte", async () => {
    const back = await roundTrip(project);
    const csv = importedSentenceSheet(importCodings(back, "ana", THEMES, "p.qdpx"), KEYS, "p.qdpx");
    const blank = sentenceSheetCsv(UNITS, KEYS, { coder: "ana", codebook: codebookVersion(CODEBOOK) });
    const expected = fillSheet(blank, (row, set) => {
      const codes = ANA.sentences[row.id][Number(row.sentence) - 1].codes;
      for (const k of KEYS) set(k, String(codes[k]));
    });
    assert.equal(csv, expected);
  });

  it("a selection a tool made over part of a sentence, or across two, codes every sentence it touches", async () => {
    const back = await roundTrip(project);
    const src = back.sources.find((s) => s.name === "CCC_65_2010")!;
    const dialogue = back.codes.find((c) => c.name === "dialogue")!.guid;
    const ana = back.users.find((u) => u.name === "ana")!.guid;
    // "at length. Nothing" runs from sentence 1 into sentence 2 (code points 21–40); "Dialogue" is 85–93
    src.selections.push(
      {
        guid: "A1B2C3D4-0000-5000-8000-000000000001",
        name: "",
        start: 21,
        end: 40,
        user: ana,
        codings: [{ guid: "A1B2C3D4-0000-5000-8000-000000000002", code: dialogue, user: ana }],
      },
      {
        guid: "A1B2C3D4-0000-5000-8000-000000000003",
        name: "",
        start: 85,
        end: 93,
        user: null,
        codings: [{ guid: "A1B2C3D4-0000-5000-8000-000000000004", code: dialogue, user: ana }],
      },
    );
    const rows = importedRows(importCodings(back, "ana", THEMES, "p.qdpx"), ["CCC_65_2010"]).CCC_65_2010;
    assert.deepEqual(
      rows.map((r) => r[1]),
      [1, 1, 0, 1],
    );
  });

  it("offsets are code points: after BBB's emoji the second sentence is where the tool counts it", async () => {
    const back = await roundTrip(project);
    const bbb = back.sources.find((s) => s.name === "BBB_64_2009")!;
    assert.deepEqual(
      bbb.selections.map((s) => [s.start, s.end]),
      [
        [0, 44],
        [45, 83],
      ],
    );
    assert.deepEqual(importedRows(importCodings(back, "ana", THEMES, "p.qdpx"), ["BBB_64_2009"]).BBB_64_2009, [
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it("a code named by the theme's label counts; other codes are named in the notes and left out", async () => {
    const back = await roundTrip(project);
    back.codes[2].name = "Heritage";
    back.codes.push({
      guid: "A1B2C3D4-0000-5000-8000-0000000000FF",
      name: "my memo code",
      description: "",
      color: null,
      isCodable: true,
      children: [],
    });
    const ana = importCodings(back, "ana", THEMES, "p.qdpx");
    assert.equal(ana.units[1].sentences[1].heritage, 1);
    assert.deepEqual(ana.notes, ["codes that are not themes of the codebook, left out: my memo code"]);
  });

  it("no set for the user: every source counts as coded, and the notes say so", async () => {
    const back = await roundTrip(project);
    back.sets = [];
    const ben = importCodings(back, "ben", THEMES, "p.qdpx");
    assert.deepEqual(
      ben.units.map((u) => u.coded),
      [true, true, true],
    );
    assert.match(ben.notes.join("\n"), /no set "units coded by ben": every source is taken as coded by ben/);
  });

  it("an unknown user, or none named in a project of several: an error naming the users", async () => {
    const back = await roundTrip(project);
    assert.throws(
      () => importCodings(back, "cy", THEMES, "p.qdpx"),
      (e: unknown) => e instanceof InputError && /no user "cy" in the project \(users: "ana", "ben"\)/.test(e.message),
    );
    assert.throws(
      () => importCodings(back, undefined, THEMES, "p.qdpx"),
      /--coder: expected one of the project's users \("ana", "ben"\)/,
    );
  });

  it("a presence sheet: 1 where a sentence or the unit has it, 0 in a unit coded completely, else blank", async () => {
    const built = qdaProject({
      corpus: "test",
      units: UNITS,
      codebook: CODEBOOK,
      sentenceCodings: [BEN],
      unitCodings: [],
    });
    const ben = importCodings(await roundTrip(built.project), "ben", THEMES, "p.qdpx");
    const rows = parse(importedPresenceSheet(ben, KEYS), { bom: true, columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(
      rows.map((r) => [r.id, r.coder, r.sovereignty, r.dialogue, r.heritage]),
      [
        ["AAA_63_2008", "ben", "1", "0", "0"],
        ["BBB_64_2009", "ben", "", "", ""],
        ["CCC_65_2010", "ben", "1", "", ""],
      ],
    );
  });
});
