import { strict as assert } from "assert";
import * as path from "path";
import seedrandom from "seedrandom";
import { loadCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook, mayFire } from "../../lib/coding";
import { QUICK_TEST_MAX_CHARS, sentenceGate } from "../../lib/coding/may-fire";
import { splitSentences } from "../../lib/text";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const minimal = loadCodebook(path.join(FIX, "minimal.yaml"));

describe("coding: the prefilters never change a coding", () => {
  it("fast and exhaustive coders agree on 300 seeded random texts of codebook words", () => {
    const rng = seedrandom("coding-prefilter");
    const words = [
      "Kosovo",
      "Kosovo’s",
      "KOSOVO",
      "Priština",
      "Pristina",
      "UNMIK",
      "KFOR",
      "workforce",
      "EULEX",
      "Serbia",
      "Serbia's",
      "Belgrade",
      "sovereignty",
      "territorial",
      "integrity",
      "dialogue",
      "negotiations",
      "renegotiate",
      "mutually",
      "acceptable",
      "unilateral",
      "coercive",
      "measures",
      "resolution",
      "1244",
      "Security",
      "Council",
      "NATO",
      "bombing",
      "Ukraine",
      "Cyprus",
      "heritage",
      "cultural",
      "Provisional",
      "Institutions",
      "of",
      "Self-Government",
      "self-",
      "government",
      "Republic",
      "Kosovo and Metohija",
      "authorities",
      "normalization",
      "normalisation",
      "International",
      "Court",
      "Justice",
      "advisory",
      "opinion",
      "the",
      "we",
      "support",
      "respect",
      "part",
      "stalled",
      "precedent",
      "not",
      "a",
      "unique",
      "case",
      "EU",
      "European",
      "Union",
      "facilitation",
    ];
    const seps = [" ", " ", " ", ", ", ". ", "; ", " — ", "\n", "\n ", "? ", "-\n"];
    // each codebook compiled once per mode and coder: compiling is not what this test is about
    const pairs = [minimal, loadCodebook()].flatMap((cb) =>
      (["sentence", "unit"] as const).map((mode) => ({
        mode,
        fast: compileCodebook(cb, { mode, chunkSize: 0 }),
        slow: compileCodebook(cb, { mode, exhaustive: true }),
      })),
    );
    for (let i = 0; i < 300; i++) {
      let body = "";
      const n = i % 60 === 0 ? 3000 : 5 + Math.floor(rng() * 120); // some long enough to be cut into chunks
      for (let j = 0; j < n; j++)
        body += words[Math.floor(rng() * words.length)] + seps[Math.floor(rng() * seps.length)];
      for (const { mode, fast, slow } of pairs) {
        assert.deepEqual(
          codeUnit(fast, { id: "r", body }),
          codeUnit(slow, { id: "r", body }),
          `text ${i}, ${mode} mode: ${JSON.stringify(body)}`,
        );
      }
    }
  });
});

describe("coding: the run finder (sentence mode's first test of a text)", () => {
  // The finder looks up a rare "pivot" letter of each anchor run (k of Kosovo, p of Pristina, j of
  // Metohija, x of EULEX) with indexOf and checks the run around it; a pivot written as a
  // non-ASCII letter that folds to it sends the text the plain way. These texts are invented.
  const project = loadCodebook();
  const fast = compileCodebook(project, { mode: "sentence" });
  const slow = compileCodebook(project, { mode: "sentence", exhaustive: true });
  const both = (body: string) => {
    const r = codeUnit(fast, { id: "f", body });
    assert.deepEqual(r, codeUnit(slow, { id: "f", body }), JSON.stringify(body));
    return r;
  };

  it("finds an anchor written with non-ASCII letters, also as the pivot (ķ, the Kelvin sign, ṗ, ĵ, ẋ)", () => {
    // "Kosovo and Metohija" is a scope-"any" name: one sentence naming it counts 1
    for (const name of ["ĶOSOVO", "\u212Aosovo", "Kosóvo", "KOSOVO"])
      assert.equal(both(`${name} and Metohija.`).vocabulary.name_kosovo_and_metohija, 1, name);
    assert.equal(both("Kosovar and Metohija.").vocabulary.name_kosovo_and_metohija, 0);
    assert.equal(both("The Pristina authorities met.").vocabulary.name_pristina_authorities, 1);
    assert.equal(both("The ṖRIŠTINA authorities met.").vocabulary.name_pristina_authorities, 1);
    assert.equal(both("The ĶOSOVO authorities met.").vocabulary.name_kosovo_authorities, 1);
    assert.equal(both("Kosovo and MetohiĴa.").vocabulary.name_kosovo_and_metohija, 1);
    assert.equal(both("EULEẊ remains in Kosovo authorities' hands.").vocabulary.name_kosovo_authorities, 1);
  });

  it("finds runs in any case and at either end of the text", () => {
    assert.equal(both("kOsOvO AuThOrItIeS").vocabulary.name_kosovo_authorities, 1);
    assert.equal(both("Republic of Kosovo").vocabulary.name_republic_of_kosovo, 1);
    assert.equal(both("PISG").vocabulary.name_pisg, 1);
    assert.equal(both("the Provisional Institutions of Self-Government").vocabulary.name_pisg, 1);
  });

  it("says no to a text with no anchor however written, and yes when one is there", () => {
    assert.equal(mayFire(fast, "The workforce of the province adopted the budget, and the kiosk stayed open."), false);
    assert.equal(mayFire(fast, "Peacekeeping, taxes and exports: no province is named here."), false);
    // "kfor" is a whole codebook token: inside a longer word it is not looked at
    assert.equal(
      both("The workforce of the mission, KFOR’s partners, stayed in Kosovo authorities' offices.").vocabulary
        .name_kosovo_authorities,
      1,
    );
    assert.equal(mayFire(fast, "We respect the territorial integrity of Serbia. Kosovo is part of Serbia."), true);
    assert.equal(mayFire(fast, "We respect the territorial integrity of Serbia. ĶOSOVO is part of Serbia."), true);
  });

  it("agrees with the exhaustive coder on 400 seeded texts of anchors spelled in random cases and letters", () => {
    const rng = seedrandom("run-finder");
    // non-ASCII letters that fold to an ASCII one (checked by the fold: ķ→k, K (Kelvin)→k, ø→o, ...)
    const alias: Record<string, string[]> = {
      k: ["ķ", "Ķ", "\u212A"],
      o: ["ó", "Ö", "ø"],
      s: ["š", "Ś"],
      v: ["ṽ"],
      a: ["á", "Ä"],
      p: ["ṕ", "Ṗ"],
      r: ["ř"],
      i: ["í", "Ï"],
      t: ["ţ"],
      n: ["ñ"],
      j: ["ĵ", "Ĵ"],
      x: ["ẋ", "Ẍ"],
      e: ["é", "Ë"],
      u: ["ú", "Ü"],
      l: ["ł"],
      h: ["ħ"],
    };
    const spell = (w: string) =>
      [...w]
        .map((c) => {
          const x = rng();
          const lower = c.toLowerCase();
          if (x < 0.3 && alias[lower]) return alias[lower][Math.floor(rng() * alias[lower].length)];
          return x < 0.5 ? c.toUpperCase() : lower;
        })
        .join("");
    const words = [
      "Kosovo",
      "Kosova",
      "Kosovar",
      "Pristina",
      "Prishtina",
      "Metohija",
      "UNMIK",
      "KFOR",
      "EULEX",
      "PISG",
      "Provisional",
      "Institutions",
      "of",
      "Self-Government",
      "authorities",
      "Republic",
      "and",
      "Government",
      "in",
      "temporary",
      "Serbia",
      "Belgrade-Pristina",
      "sovereignty",
      "territorial",
      "integrity",
      "dialogue",
      "workforce",
      "kiosk",
      "peacekeeping",
      "prism",
      "KFOR’s",
      "KFOR-led",
      "pre-KFOR",
      "KFORs",
      "2KFOR",
      "PISG's",
      "Kosovo-Metohija",
    ];
    const seps = [" ", " ", ", ", ". ", "\n", "-"];
    let coded = 0;
    for (let i = 0; i < 400; i++) {
      let body = "";
      const n = 1 + Math.floor(rng() * 8);
      for (let j = 0; j < n; j++)
        body += spell(words[Math.floor(rng() * words.length)]) + seps[Math.floor(rng() * seps.length)];
      if (both(body).evidence.length > 0) coded++;
    }
    assert.ok(coded >= 40, `only ${coded} of 400 texts coded anything: the test would not see a miss`);
  });
});

describe("coding: the sentence gate", () => {
  it("lets through only the sentences that may hold an anchor or a scope-any phrase", () => {
    const c = compileCodebook(minimal, { mode: "sentence" });
    // invented: sentence 1 names Kosovo, sentence 2 a scope-any phrase (cultural heritage)
    const body = "The budget passed. Kosovo needs calm. Cultural heritage matters. Trade grew.";
    const gate = sentenceGate(c, body);
    const spans = splitSentences(body).map((s) => gate(s.start, s.end));
    assert.deepEqual(spans, [false, true, true, false]);
  });

  it("lets every sentence through in unit mode and for the exhaustive coder", () => {
    for (const c of [
      compileCodebook(minimal, { mode: "unit" }),
      compileCodebook(minimal, { mode: "sentence", exhaustive: true }),
    ])
      assert.equal(sentenceGate(c, "The budget passed.")(0, 18), true);
  });
});

describe("coding: a body too long for the quick substring test (issue 19, class 7)", () => {
  // above QUICK_TEST_MAX_CHARS the folded copy of the body is not made and the word prefilter answers
  const project = loadCodebook();
  const fast = compileCodebook(project, { mode: "unit" });
  const slow = compileCodebook(project, { mode: "unit", exhaustive: true });
  const filler = "The budget committee adopted its report on the invented item. ";
  const long = (extra: string) => filler.repeat(Math.ceil((QUICK_TEST_MAX_CHARS + 1000) / filler.length)) + extra;

  it("still says no when no pattern can fire, and codes as the exhaustive coder does", () => {
    const body = long("");
    assert.ok(body.length > QUICK_TEST_MAX_CHARS);
    assert.equal(mayFire(fast, body), false);
    assert.deepEqual(codeUnit(fast, { id: "l", body }), codeUnit(slow, { id: "l", body }));
  });

  it("finds the one sentence at the end that expresses dialogue", () => {
    const body = long("Both sides support dialogue between Belgrade and Pristina.");
    const c = codeUnit(fast, { id: "l", body });
    assert.equal(c.codes.dialogue.present, 1);
    assert.deepEqual(c, codeUnit(slow, { id: "l", body }));
  });
});
