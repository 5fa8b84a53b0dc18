import { strict as assert } from "assert";
import * as path from "path";
import { kosovoDyads, pressStatements, readPressCon } from "../../../lib/corpus/datasets/presscon";
import { tmpDir, writePressCon } from "./fixtures";

describe("datasets/presscon", () => {
  const file = writePressCon(path.join(tmpDir(), "CMFA_PressCon_v4.xlsx"));

  it("reads dyads by header, Excel dates as dates, the version from the file name", () => {
    const r = readPressCon(file, [2008, 2024]);
    assert.equal(r.version, "4");
    assert.equal(r.rows, 7);
    assert.equal(r.dyads.length, 6); // the 2006 dyad is outside the years
    assert.deepEqual(
      r.dyads.map((d) => [d.id, d.date, d.spokesperson]),
      [
        ["100", "2008-01-17", "Jiang Example"],
        ["101", "2008-01-17", "Jiang Example"],
        ["200", "2010-07-23", ""], // "missing"
        ["300_1", "2023-05-30", "Mao Example"],
        ["300_2", "2023-05-30", "Mao Example"],
        ["400", "2015-03-04", ""], // "-"
      ],
    );
  });

  it("keeps the pairs about Kosovo; of a split question, only the part whose answer is about Kosovo", () => {
    const kept = kosovoDyads(readPressCon(file, [2008, 2024]).dyads).map((d) => d.id);
    assert.deepEqual(kept, ["100", "200", "300_2", "400"]);
  });

  it("writes one text per press conference, questions as Q: lines and answers as A: lines", () => {
    const st = pressStatements(kosovoDyads(readPressCon(file, [2008, 2024]).dyads));
    assert.deepEqual(
      st.map((s) => [s.date, s.rows.join(","), s.body]),
      [
        [
          "2008-01-17",
          "100",
          "Q: Invented question on Kosovo's status talks?\nA: Invented answer: talks should go on.",
        ],
        [
          "2010-07-23",
          "200",
          "Q: Invented question on the court's opinion?\nA: Invented answer naming UNMIK and Pristina.",
        ],
        [
          "2015-03-04",
          "400",
          "Q: Invented question about Kosovo's invented sports team?\nA: Invented answer, no comment.",
        ],
        [
          "2023-05-30",
          "300_2",
          "Q: Invented two-part question on Kosovo and on a river dam?\nA: Invented answer: calm in Kosovo matters.",
        ],
      ],
    );
    assert.equal(st[0].category, "mfa");
  });

  it("writes a split question once when several of its parts are about Kosovo", () => {
    const d = (id: string, a: string) => ({
      row: 2,
      id,
      idOrig: "9",
      date: "2012-01-01",
      spokesperson: "",
      question: "On Kosovo and Pristina?",
      answer: a,
      link: "",
    });
    const [s] = pressStatements(kosovoDyads([d("9_1", "Kosovo first."), d("9_2", "Pristina second.")]));
    assert.equal(s.body, "Q: On Kosovo and Pristina?\nA: Kosovo first.\nA: Pristina second.");
  });
});
