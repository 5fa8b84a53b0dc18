import { strict as assert } from "assert";
import * as os from "os";
import * as path from "path";
import { ArgumentError, InputError, projectRoot } from "../../lib/core";
import { cardWithFolder, listCards, loadCard, resolveCard, sourceDir } from "../../lib/corpus";
import { FIX } from "./helpers";

describe("corpus: cards", () => {
  it("lists the three cards of the project", () => {
    const cards = listCards();
    for (const c of ["china-kosovo", "china-ungdc", "ungdc-kosovo"]) assert.ok(cards.includes(c), c);
  });

  it("reads ungdc-kosovo: years 2008–2024, Kosovo passage, the study's three periods", () => {
    const c = loadCard("ungdc-kosovo");
    assert.equal(c.name, "ungdc-kosovo");
    assert.equal(c.source.kind, "ungdc");
    assert.equal(c.source.env, "UNGDC_DIR");
    assert.equal(c.source.path, "../shared/corpora/ungdc");
    assert.equal(c.unit, "kosovo-passage");
    assert.deepEqual(c.filters.years, [2008, 2024]);
    assert.deepEqual(c.categories, ["general-debate"]);
    assert.deepEqual(c.periods, [
      { label: "2008–2011", from: 2008, to: 2011 },
      { label: "2012–2020", from: 2012, to: 2020 },
      { label: "2021–2024", from: 2021, to: 2024 },
    ]);
  });

  it("reads china-ungdc (PRC, whole speeches) and china-kosovo (folder, slots)", () => {
    const a = loadCard("china-ungdc");
    assert.deepEqual(a.filters.countries, ["CHN"]);
    assert.equal(a.filters.excludeRoc, true);
    assert.deepEqual(a.filters.years, [1971, 2024]);
    assert.equal(a.unit, "whole");
    const b = loadCard("china-kosovo");
    assert.equal(b.source.kind, "folder");
    assert.equal(b.source.path, "texts/china-kosovo");
    assert.equal(b.source.env, "CHINA_KOSOVO_TEXTS");
    assert.deepEqual(b.categories, ["mfa", "unsc", "leader"]);
    assert.equal(b.slots, "data/corpora/china-kosovo.slots.csv");
  });

  it("refuses an unknown card, naming the file and the cards there are", () => {
    assert.throws(
      () => loadCard("no-such-card"),
      (e: Error) => e instanceof InputError && /no-such-card\.yaml/.test(e.message) && /ungdc-kosovo/.test(e.message),
    );
  });

  it("resolves a card given by name, and takes a card given as a card as it is", () => {
    const card = loadCard("china-ungdc");
    assert.equal(resolveCard("china-ungdc").name, "china-ungdc");
    assert.equal(resolveCard(card), card);
  });

  it("finds a card's folder in its environment variable first, else its path under the project root", () => {
    const card = loadCard("china-kosovo");
    const saved = process.env.CHINA_KOSOVO_TEXTS;
    try {
      delete process.env.CHINA_KOSOVO_TEXTS;
      assert.equal(sourceDir(card), path.join(projectRoot(), "texts", "china-kosovo"));
      const elsewhere = path.join(os.tmpdir(), "invented-texts");
      process.env.CHINA_KOSOVO_TEXTS = elsewhere;
      assert.equal(sourceDir(card), elsewhere);
      process.env.CHINA_KOSOVO_TEXTS = path.join("elsewhere", "texts");
      assert.equal(sourceDir(card), path.join(projectRoot(), "elsewhere", "texts"));
    } finally {
      if (saved === undefined) delete process.env.CHINA_KOSOVO_TEXTS;
      else process.env.CHINA_KOSOVO_TEXTS = saved;
    }
  });

  it("points a folder card at another folder, and refuses a General Debate card (a bad argument, no file)", () => {
    const card = loadCard(path.join(FIX, "cards", "test-folder.yaml"));
    const moved = cardWithFolder(card, "scratch");
    assert.deepEqual(moved.source, { kind: "folder", path: path.resolve("scratch") });
    assert.equal(moved.name, card.name);
    assert.throws(
      () => cardWithFolder(loadCard("ungdc-kosovo"), "scratch"),
      (e: Error) => e instanceof ArgumentError && /^card: expected a folder corpus/.test(e.message),
    );
  });
});
