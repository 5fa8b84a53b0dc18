import { strict as assert } from "assert";
import * as path from "path";
import { InputError } from "../../../lib/core";
import { unitsOfTexts as unitsOf } from "../../../lib/corpus";
import { loadCodebook } from "../../../lib/codebook";
import { codeUnits, compileCodebook, toCodedRows } from "../../../lib/coding";
import { loadCouncilCard } from "../../../lib/corpus/datasets/card";
import { loadCouncilCorpus, streamCouncilTexts } from "../../../lib/corpus/datasets/council-corpus";
import { councilGroup, meetingOf, sameMeetingsAsChina } from "../../../lib/corpus/datasets/council-groups";
import { tmpDir, withEnv, writeUnscDebates, writeUnscSpeeches } from "./fixtures";

describe("datasets/council-corpus", () => {
  const speeches = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
  const debates = writeUnscDebates(path.join(tmpDir(), "unsc-debates"));
  it("unsc-kosovo: every speaker at the Kosovo meetings, procedural turns out, China beside the others", () => {
    const card = loadCouncilCard("unsc-kosovo");
    const { texts, report } = withEnv("UNSC_SPEECHES_DIR", speeches, () => loadCouncilCorpus(card));
    assert.equal(texts.length, 28); // 5 + 6 + 5 + 1 + 5 + 1 + 5 speeches at seven meetings
    assert.ok(!texts.some((t) => t.body.startsWith("The meeting is called to order")));
    assert.deepEqual(
      texts.filter((t) => meetingOf(t) === "S/PV.5839").map((t) => councilGroup(t.country)),
      ["China", "Russia", "United States", "Serbia", "Kosovo"],
    );
    assert.equal(sameMeetingsAsChina(texts).length, 28);
    assert.match(
      report.notes[0],
      /^28 speeches of 2008–2024 from .*meetings\.tsv, .*speeches\.tsv \(UNSC Meetings and Speeches v5\.0/,
    );
  });

  it("china-unsc: every China speech, every item, in date order", () => {
    const card = loadCouncilCard("china-unsc");
    const { texts } = loadCouncilCorpus(card, { dir: speeches });
    assert.deepEqual(
      texts.map((t) => [t.id, t.venue]),
      [
        ["SC05225-01-002", "UN Security Council, S/PV.5225"],
        ["SC05839-01-003", "UN Security Council, S/PV.5839"],
        ["SC06025-01-002", "UN Security Council, S/PV.6025"],
        ["SC06025-01-009", "UN Security Council, S/PV.6025"],
        ["SC06050-01-002", "UN Security Council, S/PV.6050"], // another item: China's baseline
        ["SC07183-01-005", "UN Security Council, S/PV.7183"],
        ["SC07940-01-004", "UN Security Council, S/PV.7940"],
        ["SC08254-01-006", "UN Security Council, S/PV.8254"],
        ["SC09990-01-003", "UN Security Council, S/PV.9990"],
        ["SC09019-01-005", "UN Security Council, S/PV.9019"],
      ],
    );
    assert.ok(texts.every((t) => t.country === "CHN" && t.category === "unsc"));
  });

  it("reads the same cards from The UN Security Council Debates", () => {
    const card = loadCouncilCard("unsc-kosovo");
    const onDebates = { ...card, source: { ...card.source, kind: "unsc-debates" as const } };
    const texts = [...streamCouncilTexts(onDebates, { dir: debates })];
    assert.deepEqual(
      texts.map((t) => [t.id, t.country]),
      [
        ["UNSC_2008_SPV.5839_spch0003", "CHN"],
        ["UNSC_2008_SPV.5839_spch0004", "RUS"],
        ["UNSC_2018_SPV.8254_spch0006", "CHN"],
        ["UNSC_2020_SPV.2020_1040_spch0005", "CHN"],
      ],
    );
  });

  it("gives the chapters units and codes (whole texts, the codebook's coder)", () => {
    const card = loadCouncilCard("unsc-kosovo");
    const { texts } = loadCouncilCorpus(card, { dir: speeches });
    const units = unitsOf({ ...card, source: { kind: "folder", path: card.source.path } }, texts);
    assert.equal(units.length, texts.length);
    const coded = codeUnits(compileCodebook(loadCodebook(), { mode: "sentence" }), units);
    const rows = toCodedRows(units, coded);
    assert.equal(rows.length, 28);
    assert.ok(rows.every((r) => Object.keys(r.codes).length > 0));
  });

  it("tells a user where to put the download when it is not there", () => {
    const card = loadCouncilCard("unsc-kosovo");
    assert.throws(
      () => withEnv("UNSC_SPEECHES_DIR", path.join(tmpDir(), "nothing"), () => loadCouncilCorpus(card)),
      (e: unknown) =>
        e instanceof InputError &&
        /UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads is not there/.test(e.message) &&
        /doi:10\.7910\/DVN\/CKPTRB/.test(e.message) &&
        /set UNSC_SPEECHES_DIR/.test(e.message),
    );
  });
});
