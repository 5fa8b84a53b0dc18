/**
 * What a chapter reads, from the card's `analysis:` settings (lib/chapter/context.ts): chapter 08's views of the
 * speakers (compareView) and of the Security Council (councilView), on the generated UNSC Meetings and Speeches fixture
 * (test/corpus/datasets/fixtures: invented speeches at meetings whose symbols and dates are the study's).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { compareView, councilView } from "../../lib/chapter";
import { loadCard, parseCard } from "../../lib/corpus";
import { countBy } from "../../lib/counts";
import { councilGroupRows } from "../../lib/tables";
import {
  MEETINGS_COLUMNS,
  SPEECHES_COLUMNS,
  quotedLine,
  tmpDir,
  withEnv,
  writeUnscSpeeches,
} from "../corpus/datasets/fixtures";

/** The fixture, and one more Kosovo meeting (S/PV.8000, invented) at which China did not speak. */
function speechesWithoutChinaMeeting(): string {
  const dir = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));
  const base = { record_id: "SC08000-01", year: "2017", month: "6", day: "1", topic: "Kosovo", agenda: "Kosovo" };
  fs.appendFileSync(
    path.join(dir, "meetings.tsv"),
    quotedLine(MEETINGS_COLUMNS, { ...base, meeting_num: "8000", record: "S/PV.8000" }),
  );
  for (const [order, affiliation] of [
    ["1", "Russian Federation"],
    ["2", "Serbia"],
  ])
    fs.appendFileSync(
      path.join(dir, "speeches.tsv"),
      quotedLine(SPEECHES_COLUMNS, {
        ...base,
        speech_id: `SC08000-01-00${order}`,
        doc_name: "S/PV.8000",
        meeting_num: "8000",
        order,
        speaker: "Mr. Invented",
        affiliation,
        president: "False",
        procedural: "False",
        speech: "Invented words on Kosovo.",
      }),
    );
  return dir;
}

describe("chapter: what a chapter reads, from the card's analysis settings", () => {
  it("compareView: the General Debate's speakers, its windows, China's corpus and the Council corpus", () => {
    for (const name of ["ungdc-kosovo", "unsc-kosovo", "china-unsc"]) {
      const v = compareView(loadCard(name));
      assert.equal(v.card.name, "ungdc-kosovo", name);
      assert.deepEqual(
        v.windows.map((w) => w.label),
        ["2008–2024", "1998–2007"],
      );
      assert.equal(v.china, "china-ungdc");
      assert.equal(v.council, "unsc-kosovo");
    }
  });

  it("councilView without the download: no texts, and the one line with the folder, the DOI and the variable", () => {
    const nowhere = path.join(tmpDir(), "nowhere");
    const v = withEnv("UNSC_SPEECHES_DIR", nowhere, () => councilView(loadCard("ungdc-kosovo")));
    assert.equal(v.card?.name, "unsc-kosovo");
    assert.equal(v.texts.length, 0);
    assert.equal(v.coding, null);
    assert.equal(
      v.missing,
      `${nowhere}: the UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads is not there ` +
        "(no such folder) — download it from doi:10.7910/DVN/CKPTRB (a folder with speeches.tsv and " +
        "meetings.tsv) into that folder, or set UNSC_SPEECHES_DIR to the folder that holds it",
    );
  });

  it("councilView on a card that names no Council corpus says which setting to add", () => {
    const card = parseCard(
      "name: x\ntitle: X\nsource: { kind: folder, path: texts/x }\ncategories: [mfa]\n",
      "data/corpora/x.yaml",
    );
    const v = councilView(card);
    assert.equal(v.card, null);
    assert.match(v.missing ?? "", /names no Security Council corpus to compare — add `council: unsc-kosovo`/);
  });

  it("councilView with the download: every speech at the Kosovo meetings where China spoke, coded", () => {
    const dir = speechesWithoutChinaMeeting();
    const v = withEnv("UNSC_SPEECHES_DIR", dir, () => councilView(loadCard("ungdc-kosovo")));
    assert.equal(v.missing, null);
    // the fixture's Kosovo meetings of 2008–2024: S/PV.5839, 6025, 7183, 7940, 8254, 9990, 9019, with China;
    // the added S/PV.8000 without it (its two speeches are left out)
    assert.equal(v.meetings.all, 8);
    assert.deepEqual(v.meetings.withChina, [
      "S/PV.5839",
      "S/PV.6025",
      "S/PV.7183",
      "S/PV.7940",
      "S/PV.8254",
      "S/PV.9990",
      "S/PV.9019",
    ]);
    assert.equal(v.texts.length, 28);
    assert.ok(!v.texts.some((t) => t.venue.includes("S/PV.8000")));
    // China: one speech at each meeting, two at S/PV.6025 (the President's procedural turn at S/PV.8254 left out,
    // its words in China's national capacity kept); Russia, the US, Serbia, Kosovo at five meetings each
    assert.deepEqual(
      councilGroupRows(v.texts, v.groups, v.groupOf).map((r) => [r.group, r.speeches, r.meetings]),
      [
        ["China", 8, 7],
        ["Russia", 5, 5],
        ["United States", 5, 5],
        ["United Kingdom", 0, 0],
        ["France", 0, 0],
        ["Serbia", 5, 5],
        ["Kosovo", 5, 5],
        ["Others", 0, 0],
      ],
    );
    // whole speeches in unit scope; un_authority: China's two speeches naming resolution 1244 (1999) (S/PV.6025,
    // S/PV.9019), and every one of Russia's (each names it)
    assert.equal(v.coding?.mode, "unit");
    const un = countBy(v.coding?.rows ?? [], v.groupOf, ["un_authority"]);
    const share = (g: string) => un.filter((c) => c.key === g).map((c) => `${c.present}/${c.units}`)[0];
    assert.equal(share("China"), "2/8");
    assert.equal(share("Russia"), "5/5");
    assert.equal(share("Serbia"), "0/5");
  });
});
