import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CodedUnit, Evidence } from "../../lib/core";
import type { GoldRow } from "../../lib/sheets";
import {
  atLeast,
  carriedSentences,
  coderSentences,
  compareMentions,
  compareSentences,
  holdoutOpening,
  openHoldout,
  roundValidationCsv,
  sentenceErrorsToRead,
  validateHalf,
  withinBias,
} from "../../lib/validation";

// An invented round: u1 has four sentences, u2 two; the gold marks dialogue in u1 s1, s2, s3 and
// u2 s2. The coder counts u1 s1 and s3 (sentence index 0 and 2 in its evidence) and u2 s1.
const gold: GoldRow[] = [
  ...[1, 1, 1, 0].map((v, i) => ({
    id: "u1",
    sentence: i + 1,
    theme: "dialogue",
    value: v as 0 | 1,
    source: "agreed" as const,
    reason: "",
  })),
  ...[0, 1].map((v, i) => ({
    id: "u2",
    sentence: i + 1,
    theme: "dialogue",
    value: v as 0 | 1,
    source: "agreed" as const,
    reason: "",
  })),
];
const ev = (unitId: string, sentence: number): Evidence => ({
  unitId,
  theme: "dialogue",
  sentence,
  text: "",
  match: "talks",
  start: 0,
  end: 5,
  pattern: "talks",
});
const coded: CodedUnit[] = [
  {
    unitId: "u1",
    codes: { dialogue: { present: 1, mentions: 2 } },
    vocabulary: {},
    evidence: [ev("u1", 0), ev("u1", 2)],
  },
  { unitId: "u2", codes: { dialogue: { present: 1, mentions: 1 } }, vocabulary: {}, evidence: [ev("u2", 0)] },
];

describe("validation: the coder against a sentence-level gold", () => {
  it("the coder's sentences are its evidence's, numbered from 1 as in the sheets", () => {
    assert.deepEqual([...(coderSentences(coded).get("u1\u0000dialogue") ?? [])], [1, 3]);
  });
  it("sentence by sentence: tp 2 (u1 s1, s3), fp 1 (u2 s1), fn 2 (u1 s2, u2 s2), tn 1", () => {
    const [d] = compareSentences(gold, coded, ["dialogue"]);
    assert.deepEqual([d.units, d.tp, d.fp, d.fn, d.tn], [6, 2, 1, 2, 1]);
    assert.equal(d.precision, 2 / 3);
    assert.equal(d.recall, 0.5);
    assert.deepEqual(d.misses, ["u1#2", "u2#2"]);
    assert.deepEqual(d.falseAlarms, ["u2#1"]);
  });
  it("mention counts: human 3 + 1, coder 2 + 1 → bias −25%, α between (3, 1) and (2, 1)", () => {
    const units = [
      { id: "u1", theme: "dialogue", value: 1 as const, mentions: 3 },
      { id: "u2", theme: "dialogue", value: 1 as const, mentions: 1 },
    ];
    const [m] = compareMentions(units, coded, ["dialogue"]);
    assert.deepEqual([m.units, m.human, m.coder, m.biasPercent], [2, 4, 3, -25]);
    // values 3,2 | 1,1: D_o = 2·1/4 = 0.5; pairs of 3,2,1,1: (1+4+4+1+1+0)·2 / 12 = 22/12 → α = 1 − 0.5/(22/12)
    assert.ok(Math.abs((m.alpha as number) - (1 - 0.5 / (22 / 12))) < 1e-12);
  });
  it("a half: presence per unit, sentences, mentions; and the goals", () => {
    const v = validateHalf(gold, "tune", "after", coded, ["dialogue"]);
    assert.equal(v.units, 2);
    assert.deepEqual([v.presence[0].tp, v.presence[0].fp, v.presence[0].fn], [2, 0, 0]);
    assert.equal(atLeast(v.presence[0].kappa, 0.8), "NA"); // both say "present" everywhere: κ not defined
    assert.equal(withinBias(v.mentions[0].biasPercent), "missed");
    assert.equal(withinBias(-9.9), "met");
    const csv = roundValidationCsv([v]).split("\n");
    assert.equal(csv[1], "tune,after,dialogue,2,2,0,0,NA,6,2,1,2,0.667,0.500,0.571,4,3,-25.0,0.727");
  });
});

describe("validation: sentence-level errors and carried sentences, to read", () => {
  it("each miss and false alarm with its sentence's text and, for a false alarm, the pattern", () => {
    const rows = compareSentences(gold, coded, ["dialogue"]);
    const texts = { "u1#2": "Talks matter.", "u2#1": "Some talks.", "u2#2": "We back it." };
    assert.deepEqual(
      sentenceErrorsToRead(rows, coded, texts).map((e) => [e.id, e.sentence, e.kind, e.text, e.patterns]),
      [
        ["u1", 2, "miss", "Talks matter.", ""],
        ["u2", 2, "miss", "We back it.", ""],
        ["u2", 1, "false alarm", "Some talks.", "talks"],
      ],
    );
    assert.equal(sentenceErrorsToRead(rows, coded, texts, 1).length, 2);
  });
  it("a carried sentence: where it was carried from (numbered from 1) and what the gold says", () => {
    const carriedUnit: CodedUnit = {
      ...coded[0],
      evidence: [{ ...ev("u1", 1), match: "this", pattern: "follow-up: carried from sentence 0" }],
    };
    assert.deepEqual(carriedSentences(gold, [carriedUnit]), [
      {
        id: "u1",
        sentence: 2,
        theme: "dialogue",
        backReference: "this",
        from: 1,
        pattern: "follow-up: carried from sentence 0",
        gold: 1,
      },
    ]);
  });
});

describe("validation: the held-out half is opened once, on the record", () => {
  it("the first opening writes the moment and the command; later ones read it back", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "holdout-"));
    assert.equal(holdoutOpening(dir), null);
    const first = openHoldout(dir, "npm run validate -- --half holdout", new Date("2026-12-03T10:20:30.456Z"));
    assert.deepEqual([first.first, first.at], [true, "2026-12-03T10:20:30Z"]);
    const again = openHoldout(dir, "npm run validate -- --half all", new Date("2027-01-01T00:00:00Z"));
    assert.deepEqual(
      [again.first, again.at, again.by],
      [false, "2026-12-03T10:20:30Z", "npm run validate -- --half holdout"],
    );
  });
});
