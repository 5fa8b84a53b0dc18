import { strict as assert } from "assert";
import {
  buildSentenceGold,
  findSentenceDisagreements,
  goldCsv,
  parseDecisions,
  parseGold,
  parseSheet,
  sentenceDecisionsTemplateCsv,
  sentenceDisagreementsCsv,
  sentenceView,
  unitCodesOfGold,
} from "../../lib/sheets";
import { problemsOf } from "./fixtures";

const THEMES = ["sovereignty", "dialogue"];
/** An invented sentence-level sheet of coder `coder`: rows [id, sentence, sovereignty, dialogue]. */
function sentences(coder: string, cells: Array<[string, number, string, string]>) {
  const head = "id,sentence,coder,codebook,year,country,speaker,text,sovereignty,dialogue,note";
  const body = cells.map(([id, n, a, b]) => `${id},${n},${coder},v1,2001,SRB,,Invented ${id} ${n}.,${a},${b},`);
  return parseSheet([head, ...body].join("\n") + "\n", `${coder}.csv`, { themeKeys: THEMES });
}
// u1 has three sentences, u2 one. A and B differ on u1 s2 dialogue and u2 s1 sovereignty.
const A = sentences("A", [
  ["u1", 1, "1", "0"],
  ["u1", 2, "0", "1"],
  ["u1", 3, "0", "1"],
  ["u2", 1, "0", "0"],
]);
const B = sentences("B", [
  ["u1", 1, "1", "0"],
  ["u1", 2, "0", "0"],
  ["u1", 3, "0", "1"],
  ["u2", 1, "1", "0"],
]);

describe("sheets: sentence-level sheets, disagreements and gold", () => {
  it("a sentence sheet gives presence (any sentence) and mentions (sentences marked) per unit", () => {
    assert.equal(A.level, "sentence");
    assert.deepEqual(A.codes, { u1: { sovereignty: 1, dialogue: 1 }, u2: { sovereignty: 0, dialogue: 0 } });
    assert.deepEqual(A.mentions.u1, { sovereignty: 1, dialogue: 2 });
    assert.equal(A.info.u1.text, "Invented u1 1. Invented u1 2. Invented u1 3.");
  });
  it("the sentence view: one 'unit' per sentence, keyed <id>#<n>", () => {
    const v = sentenceView(A);
    assert.deepEqual(v.ids, ["u1#1", "u1#2", "u1#3", "u2#1"]);
    assert.deepEqual(v.codes["u1#2"], { sovereignty: 0, dialogue: 1 });
    assert.equal(v.info["u1#2"].text, "Invented u1 2.");
  });
  it("finds the disagreements by unit, sentence and theme, and writes them", () => {
    const ds = findSentenceDisagreements([A, B], THEMES);
    assert.deepEqual(
      ds.map((d) => [d.id, d.sentence, d.theme, d.values.A, d.values.B]),
      [
        ["u1", 2, "dialogue", 1, 0],
        ["u2", 1, "sovereignty", 0, 1],
      ],
    );
    assert.equal(
      sentenceDisagreementsCsv(ds, ["A", "B"]),
      "id,sentence,theme,A,B\nu1,2,dialogue,1,0\nu2,1,sovereignty,0,1\n",
    );
    assert.equal(
      sentenceDecisionsTemplateCsv(ds, ["A", "B"]),
      "id,sentence,theme,coder_a,coder_b,value,reason\nu1,2,dialogue,1,0,,\nu2,1,sovereignty,0,1,,\n",
    );
  });
  const decided =
    "id,sentence,theme,coder_a,coder_b,value,reason\n" +
    "u1,2,dialogue,1,0,1,endorses talks\nu2,1,sovereignty,0,1,0,another country\n";
  it("builds the gold: agreed codes plus each decision, sentence by sentence", () => {
    const decisions = parseDecisions(decided, "decisions.csv", { themeKeys: THEMES });
    assert.deepEqual(decisions[0], {
      id: "u1",
      theme: "dialogue",
      value: 1,
      reason: "endorses talks",
      line: 2,
      sentence: 2,
      coders: { a: "1", b: "0" },
    });
    const gold = buildSentenceGold([A, B], decisions, THEMES);
    assert.equal(gold.length, 8);
    assert.deepEqual(gold[3], {
      id: "u1",
      sentence: 2,
      theme: "dialogue",
      value: 1,
      source: "adjudicated",
      reason: "endorses talks",
    });
    const csv = goldCsv(gold);
    assert.equal(csv.split("\n")[0], "id,sentence,theme,value,source,reason");
    assert.deepEqual(parseGold(csv, "gold.csv"), gold);
    assert.deepEqual(
      unitCodesOfGold(gold).filter((c) => c.id === "u1"),
      [
        { id: "u1", theme: "sovereignty", value: 1, mentions: 1 },
        { id: "u1", theme: "dialogue", value: 1, mentions: 2 },
      ],
    );
  });
  it("refuses a decision the sheets no longer match (a sheet changed after adjudication)", () => {
    const stale = decided.replace("u1,2,dialogue,1,0,1", "u1,2,dialogue,0,0,1");
    const decisions = parseDecisions(stale, "decisions.csv", { themeKeys: THEMES });
    assert.deepEqual(
      problemsOf(() => buildSentenceGold([A, B], decisions, THEMES)),
      [
        '2|coder_a|the adjudicator saw coder_a = "0" for u1 sentence 2 × dialogue, but A.csv now has "1": ' +
          "the sheet changed after adjudication",
      ],
    );
  });
  it("refuses unit-level decisions for sentence-level sheets, and a missing decision", () => {
    const unitLevel = parseDecisions("id,theme,value,reason\nu1,dialogue,1,x\n", "d.csv", { themeKeys: THEMES });
    assert.match(
      problemsOf(() => buildSentenceGold([A, B], unitLevel, THEMES))[0],
      /a unit-level decision for sentence-level sheets/,
    );
    const one = parseDecisions(decided.split("\n").slice(0, 2).join("\n"), "d.csv", { themeKeys: THEMES });
    assert.deepEqual(
      problemsOf(() => buildSentenceGold([A, B], one, THEMES)),
      ["-|-|no decision for u2 sentence 1 × sovereignty (A=0, B=1)"],
    );
  });
});
