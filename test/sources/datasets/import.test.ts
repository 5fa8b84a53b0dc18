import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { readTextFolder } from "../../../lib/corpus";
import { fetchSlot, loadSlots, slotsPath } from "../../../lib/sources";
import { type ImportOptions, importDataset } from "../../../lib/sources/datasets/import";
import { readProvenance } from "../../../lib/sources/datasets/provenance";
import { WORDS, tmpDir, writePressCon, writeUnscDebates, writeUnscSpeeches } from "../../corpus/datasets/fixtures";

const SLOTS = loadSlots(slotsPath("china-kosovo"));
const CATEGORIES = ["mfa", "unsc", "leader"];

/** Every file of a folder and its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]),
  );
}

describe("datasets/import", () => {
  const root = tmpDir();
  const speeches = writeUnscSpeeches(path.join(root, "unsc-speeches"));
  const debates = writeUnscDebates(path.join(root, "unsc-debates"));
  const press = path.dirname(writePressCon(path.join(root, "cmfa", "CMFA_PressCon_v4.xlsx")));
  const opts = (dataset: ImportOptions["dataset"], from: string, textsDir: string): ImportOptions => ({
    dataset,
    from,
    textsDir,
    slots: SLOTS,
    categories: CATEGORIES,
    years: [2008, 2024],
  });

  it("writes exactly China's Kosovo-meeting statements of UNSC Meetings and Speeches, matched to their slots", () => {
    const dir = tmpDir();
    const r = importDataset(opts("unsc-speeches", speeches, dir));
    assert.deepEqual(
      r.texts.map((t) => [t.id, t.slot, t.how, t.outcome]),
      [
        ["unsc-2008-02-18", "unsc-2008-02-18", "symbol S/PV.5839", "written"],
        ["unsc-2008-11-26", "unsc-2008-11-26", "symbol S/PV.6025", "written"],
        ["unsc-2014-05-27", "unsc-2014-05-27", "symbol S/PV.7183", "written"],
        ["unsc-2017-05-16", "unsc-2017-05-16", "symbol S/PV.7940", "written"],
        ["unsc-2018-05-14", "unsc-2018-05-14", "symbol S/PV.8254", "written"],
        ["unsc-2019-07-01", "", "no slot", "written"],
        ["unsc-2022-04-20", "unsc-2022-04-20", "symbol S/PV.9019", "written"],
      ],
    );
    const texts = readTextFolder(dir, CATEGORIES); // the loader reads every text written
    const byId = new Map(texts.map((t) => [t.id, t]));
    assert.equal(byId.get("unsc-2008-02-18")?.body, WORDS.china1);
    assert.equal(byId.get("unsc-2008-11-26")?.body, `${WORDS.china2}\n\n${WORDS.china3}`); // two turns, one text
    assert.equal(
      byId.get("unsc-2018-05-14")?.body, // China presiding: its national words only
      "I shall now make a statement in my capacity as the representative of China. Invented national words on Kosovo.",
    );
    assert.equal(byId.get("unsc-2018-05-14")?.speaker, "Wu Haitao"); // the slot's facts where it has them
    const prov = readProvenance(fs.readFileSync(path.join(dir, "unsc-2008-11-26.txt"), "utf8"));
    assert.deepEqual(prov?.rows, ["SC06025-01-002", "SC06025-01-009"]);
    assert.equal(prov?.doi, "10.7910/DVN/CKPTRB");
    assert.equal(r.coverage.missing.length, 78 - 6);
    assert.equal(
      fs.readFileSync(r.candidatesFile, "utf8").split("\n")[1].split(",").slice(0, 3).join(","),
      "unsc-2019-07-01,2019-07-01,unsc",
    );
  });

  it("changes nothing on a second run (byte-identical folder, nothing duplicated)", () => {
    const dir = tmpDir();
    importDataset(opts("unsc-speeches", speeches, dir));
    const before = snapshot(dir);
    const again = importDataset(opts("unsc-speeches", speeches, dir));
    assert.deepEqual(snapshot(dir), before);
    assert.deepEqual(new Set(again.texts.map((t) => t.outcome)), new Set(["unchanged"]));
  });

  it("keeps what another dataset wrote, fills what it did not, and replaces only when asked", () => {
    const dir = tmpDir();
    importDataset(opts("unsc-speeches", speeches, dir));
    const r = importDataset(opts("unsc-debates", debates, dir));
    assert.deepEqual(
      r.texts.map((t) => [t.id, t.outcome, t.before]),
      [
        ["unsc-2008-02-18", "kept", "unsc-speeches"],
        ["unsc-2018-05-14", "kept", "unsc-speeches"],
        ["unsc-2020-10-21", "written", ""], // a VTC slot without symbol, matched by date
      ],
    );
    const rows = r.coverage.rows.map((x) => [x.origin, x.total]);
    assert.deepEqual(rows.slice(0, 3), [
      ["unsc-speeches", 6],
      ["unsc-debates", 1],
      ["cmfa-presscon", 0],
    ]);
    const replaced = importDataset({ ...opts("unsc-debates", debates, dir), replace: true });
    assert.deepEqual(
      replaced.texts.map((t) => t.outcome),
      ["replaced", "replaced", "unchanged"],
    );
  });

  it("writes the press conferences' Kosovo pairs as Q:/A: texts, matched by date", () => {
    const dir = tmpDir();
    const r = importDataset(opts("cmfa-presscon", press, dir));
    assert.deepEqual(
      r.texts.map((t) => [t.id, t.how]),
      [
        ["mfa-2008-01-17", "date"],
        ["mfa-2010-07-23", "date"],
        ["mfa-2015-03-04", "no slot"],
        ["mfa-2023-05-30", "date"],
      ],
    );
    const t = readTextFolder(dir, CATEGORIES).find((x) => x.id === "mfa-2023-05-30");
    assert.equal(
      t?.body,
      "Q: Invented two-part question on Kosovo and on a river dam?\nA: Invented answer: calm in Kosovo matters.",
    );
    assert.equal(t?.speaker, "Mao Ning"); // the slot's speaker
    assert.match(t?.source ?? "", /^CMFA PressCon .* v4, doi:10\.1007\/s11366-021-09762-3, dyad 300_2$/);
  });

  it("leaves to `npm run fetch` only the slots still missing", async () => {
    const dir = tmpDir();
    importDataset(opts("unsc-speeches", speeches, dir));
    const slot = SLOTS.find((s) => s.slot === "unsc-2008-02-18");
    assert.ok(slot);
    const r = await fetchSlot(slot, { textsDir: dir, cacheDir: tmpDir(), timeoutMs: 1000, retries: 0 });
    assert.deepEqual([r.status, r.reason], ["skipped", "already fetched"]);
  });
});
