import { strict as assert } from "assert";
import { codebookVersion } from "../../../lib/codebook/version";
import { codedSetName, qdaProject, toCodePoints } from "../../../lib/sheets";
import { ANA, BEN, CODEBOOK, UNITS } from "./fixtures";

describe("sheets/qdpx: qdaProject (units, codes, users, selections, sets)", () => {
  const { project, warnings } = qdaProject({
    corpus: "test",
    units: UNITS,
    codebook: CODEBOOK,
    sentenceCodings: [ANA, BEN],
  });
  const userGuid = (name: string) => project.users.find((u) => u.name === name)!.guid;
  const codeGuid = (name: string) => project.codes.find((c) => c.name === name)!.guid;

  it("a source per unit (its text exactly), a code per theme with its definition, a user per coder", () => {
    assert.deepEqual(
      project.sources.map((s) => s.name),
      ["AAA_63_2008", "BBB_64_2009", "CCC_65_2010"],
    );
    assert.deepEqual(
      project.sources.map((s) => s.text),
      UNITS.map((u) => u.body),
    );
    assert.deepEqual(
      project.codes.map((c) => c.name),
      ["sovereignty", "dialogue", "heritage"],
    );
    assert.match(project.codes[0].description, /^Serbia's sovereignty\n\nSupport for Serbia's sovereignty\./);
    assert.match(project.codes[0].description, /Include:\n- Respect for Serbia's territorial integrity\./);
    assert.doesNotMatch(project.codes[0].description, /near|within/, "the detection patterns stay out");
    assert.deepEqual(
      project.users.map((u) => u.name),
      ["ana", "ben"],
    );
    assert.deepEqual(warnings, []);
  });

  it("a selection per coded sentence and coder, over the sentence's code points, with a coding per theme", () => {
    const bbb = project.sources[1];
    // ana: BBB sentence 1 dialogue (0–45 code units = 0–44 code points: the emoji is one), sentence 2 heritage
    // (46–84 code units = 45–83 code points)
    assert.deepEqual(
      bbb.selections.map((s) => [s.name, s.start, s.end, s.user, s.codings.map((c) => c.code)]),
      [
        ["sentence 1", 0, 44, userGuid("ana"), [codeGuid("dialogue")]],
        ["sentence 2", 45, 83, userGuid("ana"), [codeGuid("heritage")]],
      ],
    );
    assert.equal(toCodePoints(UNITS[1].body, 46), 45);
    // AAA sentence 1 is coded sovereignty by both: two selections over 0–47, ana's first
    const aaa = project.sources[0].selections.filter((s) => s.start === 0);
    assert.deepEqual(
      aaa.map((s) => s.user),
      [userGuid("ana"), userGuid("ben")],
    );
    // sentences without a theme get no selection: ana codes 2 of AAA's 3 sentences, ben 1
    assert.equal(project.sources[0].selections.length, 3);
  });

  it("a set per user names the units that user coded completely (ben's half-coded CCC is not in it)", () => {
    const set = (user: string) => project.sets.find((s) => s.name === codedSetName(user))!.sources;
    const guid = (id: string) => project.sources.find((s) => s.name === id)!.guid;
    assert.deepEqual(set("ana"), [guid("AAA_63_2008"), guid("BBB_64_2009"), guid("CCC_65_2010")]);
    assert.deepEqual(set("ben"), [guid("AAA_63_2008")]);
  });

  it("variables year, country, speaker and codebook on every source", () => {
    assert.deepEqual(
      project.variables.map((v) => [v.name, v.type]),
      [
        ["year", "Integer"],
        ["country", "Text"],
        ["speaker", "Text"],
        ["codebook", "Text"],
      ],
    );
    assert.deepEqual(Object.values(project.sources[2].values), [2010, "CCC", "A Speaker", codebookVersion(CODEBOOK)]);
  });

  it("presence-level codings go on the whole source; a sentence the unit lacks is a warning, not a selection", () => {
    const built = qdaProject({
      corpus: "test",
      units: UNITS,
      codebook: CODEBOOK,
      sentenceCodings: [{ coder: "cy", sentences: { AAA_63_2008: [{ sentence: 9, codes: { sovereignty: 1 } }] } }],
      unitCodings: [{ coder: "dee", codes: { BBB_64_2009: { sovereignty: 0, dialogue: 1, heritage: 1 } } }],
    });
    const bbb = built.project.sources[1];
    assert.deepEqual(
      bbb.codings.map((c) => c.code),
      [codeGuid("dialogue"), codeGuid("heritage")],
    );
    assert.deepEqual(built.warnings, ["cy: AAA_63_2008 has no sentence 9 (it has 3): left out"]);
  });

  it("two codings under one coder name are refused", () => {
    assert.throws(
      () =>
        qdaProject({ corpus: "t", units: UNITS, codebook: CODEBOOK, sentenceCodings: [ANA, { ...BEN, coder: "ana" }] }),
      /one coding per coder name, got "ana"/,
    );
  });
});
