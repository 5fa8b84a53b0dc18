import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ValidationError } from "../../lib/core";
import { addTextToFolder, loadCard, readTextFolder } from "../../lib/corpus";
import { projectRoot } from "../../lib/core";
import { tmpDir } from "./helpers";

describe("corpus: adding a text (addTextToFolder, npm run add-text)", () => {
  const fields = {
    date: "2010-07-22",
    category: "mfa",
    speaker: "A Person",
    venue: "An invented venue",
    source: "https://example.org/x",
  };

  it("writes <category>-<date>.txt, then -b for a second text of the same day", () => {
    const dir = tmpDir("add");
    const card = loadCard("china-kosovo");
    const a = addTextToFolder(card, "An invented first text.\n", fields, { dir });
    assert.equal(a.text.id, "mfa-2010-07-22");
    assert.equal(path.basename(a.file), "mfa-2010-07-22.txt");
    const b = addTextToFolder(card, "An invented second text.", fields, { dir });
    assert.equal(b.text.id, "mfa-2010-07-22-b");
    assert.deepEqual(
      readTextFolder(dir, card.categories).map((t) => t.id),
      ["mfa-2010-07-22", "mfa-2010-07-22-b"],
    );
    assert.equal(
      fs.readFileSync(a.file, "utf8"),
      "---\nid: mfa-2010-07-22\ndate: 2010-07-22\ncategory: mfa\nspeaker: A Person\nvenue: An invented venue\n" +
        "source: https://example.org/x\n---\n\nAn invented first text.\n",
    );
  });

  it("refuses a duplicate text, a taken id and bad metadata, listing every problem", () => {
    const dir = tmpDir("add-bad");
    const card = loadCard("china-kosovo");
    addTextToFolder(card, "An invented text.", fields, { dir });
    assert.throws(
      () =>
        addTextToFolder(
          card,
          "An invented text.",
          { ...fields, date: "2023-02-30", category: "blog", id: "mfa-2010-07-22" },
          { dir, what: "x.txt" },
        ),
      (e: Error) => {
        assert.ok(e instanceof ValidationError);
        assert.match(e.message, /x\.txt: invalid date "2023-02-30"/);
        assert.match(e.message, /x\.txt: category "blog"/);
        assert.match(e.message, /x\.txt: id "mfa-2010-07-22" is already in/);
        assert.match(e.message, /x\.txt: this text is already in the corpus as "mfa-2010-07-22"/);
        return true;
      },
    );
    assert.throws(() => addTextToFolder(card, "  \n", fields, { dir, what: "y.txt" }), /y\.txt: empty body/);
    assert.throws(() => addTextToFolder(loadCard("ungdc-kosovo"), "Text.", fields, { dir }), /not a folder/);
    assert.equal(fs.readdirSync(dir).length, 1);
  });

  it("the script adds a text from standard input, and exits 1 on bad metadata", function () {
    this.timeout(60000);
    const dir = tmpDir("add-cli");
    const run = (args: string[], input: string) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot(), "scripts", "add-text.ts"), ...args], {
        cwd: projectRoot(),
        input,
        encoding: "utf8",
      });
    const base = [
      "--corpus",
      "china-kosovo",
      "--file",
      "-",
      "--dir",
      dir,
      "--category",
      "unsc",
      "--speaker",
      "",
      "--venue",
      "An invented meeting",
      "--source",
      "S/PV.0000",
    ];
    const ok = run([...base, "--date", "2009-03-23"], "An invented statement. It names UNMIK.\n");
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /added .*unsc-2009-03-23\.txt/);
    const bad = run([...base, "--date", "23/03/2009"], "Another invented statement.\n");
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /standard input: invalid date "23\/03\/2009"/);
    assert.deepEqual(fs.readdirSync(dir), ["unsc-2009-03-23.txt"]);
  });
});
