import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";
import { loadCodebook, parseCodebook } from "../lib/codebook";
import {
  codeCorpus,
  codeUnit,
  codeUnits,
  codingColumns,
  codingCsv,
  compileCodebook,
  defaultScopeMode,
  evidenceCsv,
  EVIDENCE_COLUMNS,
  explainText,
  forEachSentence,
  mayFire,
  toCodedRows,
} from "../lib/coding";
import type { CompiledCodebook } from "../lib/coding";
import type { Unit } from "../lib/core";
import seedrandom from "seedrandom";
import { splitSentences } from "../lib/units";
import { parseCard } from "../lib/corpus";

const ROOT = path.join(__dirname, "..");
const FIX = path.join(__dirname, "fixtures", "codebook");
const minimal = loadCodebook(path.join(FIX, "minimal.yaml"));
const unitMode = compileCodebook(minimal, { mode: "unit" });
const sentenceMode = compileCodebook(minimal, { mode: "sentence" });

/** A codebook with one theme "t" (scope any) holding the given pattern lines. */
function oneTheme(patternYaml: string, veto = ""): CompiledCodebook {
  const text = [
    "version: 1",
    "title: one theme",
    "about_kosovo:",
    "  rule: Anchors only.",
    "  anchors: [Kosovo]",
    "  window: 1",
    "themes:",
    "  - key: t",
    "    label: T",
    "    level: core",
    "    scope: any",
    "    definition: A test theme.",
    "    patterns:",
    ...patternYaml.split("\n").map((l) => "      " + l),
    ...(veto ? ["    veto:", ...veto.split("\n").map((l) => "      " + l)] : []),
  ].join("\n");
  return compileCodebook(parseCodebook(text, "inline.yaml"), { mode: "unit" });
}

const code = (c: CompiledCodebook, body: string) => codeUnit(c, { id: "u1", body });
const mentions = (c: CompiledCodebook, body: string, key = "t") => code(c, body).codes[key].mentions;

describe("coding: pattern kinds", () => {
  it("literal phrases on whole words, ignoring case, diacritics and quote style", () => {
    const c = oneTheme("- Pristina authorities|Kosovo's institutions");
    assert.equal(mentions(c, "The PRIŠTINA Authorities spoke."), 1);
    assert.equal(mentions(c, "Kosovo’s institutions met."), 1); // curly apostrophe
    assert.equal(mentions(c, "Pristina authoritiesx spoke."), 0); // not a whole word
    assert.equal(mentions(c, "In Pristina: authorities met."), 1); // punctuation is not a word
  });

  it("a word also matches its possessive, and KFOR is not found in workforce", () => {
    const c = oneTheme("- Serbia|KFOR");
    assert.equal(mentions(c, "Serbia’s position is known."), 1);
    assert.equal(mentions(c, "A skilled workforce and a taskforce."), 0);
    assert.equal(mentions(c, "Serbian farmers."), 0); // whole words: Serbian is not Serbia
  });

  it("word-prefix wildcards", () => {
    const c = oneTheme("- negotiat*");
    assert.equal(mentions(c, "Negotiations resumed."), 1);
    assert.equal(mentions(c, "They keep negotiating."), 1);
    assert.equal(mentions(c, "They renegotiated."), 0);
  });

  it("alternatives, multi-word phrases with a prefix", () => {
    const c = oneTheme("- mutually acceptable solution*|political settlement");
    assert.equal(mentions(c, "A mutually acceptable solutions package. A political settlement."), 2);
    assert.equal(mentions(c, "A mutually acceptable outcome."), 0);
  });

  it("proximity: within N words across punctuation, in the same sentence only", () => {
    const c = oneTheme("- near: [territorial integrity, Serbia|Belgrade]\n  within: 3");
    assert.equal(mentions(c, "The territorial integrity, as always, of Serbia matters."), 1); // 3 words between
    assert.equal(mentions(c, "Serbia, whose territorial integrity matters."), 1); // either order
    assert.equal(mentions(c, "The territorial integrity, as we said before, of Serbia."), 0); // 5 words between
    assert.equal(mentions(c, "We defend territorial integrity. Serbia agrees."), 0); // two sentences
  });

  it("ordered proximity needs the first phrase first", () => {
    const c = oneTheme("- near: [not, precedent*]\n  within: 2\n  ordered: true");
    assert.equal(mentions(c, "It is not a precedent."), 1);
    assert.equal(mentions(c, "A precedent it is not."), 0);
  });
});

describe("coding: exclusions", () => {
  it("an unless pattern vetoes its pattern's hit in the same sentence only", () => {
    const c = oneTheme("- phrase: unilateral*\n  unless:\n    - coercive|sanction*");
    assert.equal(mentions(c, "Unilateral coercive measures hurt."), 0);
    assert.equal(mentions(c, "Unilateral steps were taken. Sanctions followed."), 1);
  });

  it("a theme veto cancels every pattern of the theme in the sentence", () => {
    const c = oneTheme("- sovereignty\n- territorial integrity", "- Kosovo's sovereignty");
    assert.equal(mentions(c, "Kosovo's sovereignty and territorial integrity were claimed."), 0);
    assert.equal(mentions(c, "Sovereignty and territorial integrity were claimed."), 1);
  });

  it("the minimal codebook: sovereignty near Kosovo's is not the sovereignty theme", () => {
    assert.equal(code(unitMode, "Kosovo's sovereignty, says Belgrade, is void.").codes.sovereignty.present, 0);
    assert.equal(code(unitMode, "The sovereignty of Serbia is respected.").codes.sovereignty.present, 1);
  });
});

describe("coding: explaining a typed text", () => {
  it("lists each pattern whose words were found, and which were vetoed and why", () => {
    const checks = explainText(
      unitMode,
      "Kosovo's sovereignty, says Belgrade, is void. Talks stalled. We want dialogue.",
    );
    assert.deepEqual(
      checks.map((c) => [c.sentence, c.key, c.match, c.counted, c.why]),
      [
        [
          0,
          "sovereignty",
          "sovereignty, says Belgrade",
          false,
          'vetoed: the sovereignty veto "near [Kosovo\'s, sovereignty] within 1 ordered" is in the sentence',
        ],
        [2, "dialogue", "dialogue", true, "phrase found"],
      ],
    );
  });

  it("picks sentence mode for General Debate cards and unit mode for a folder of statements", () => {
    assert.equal(defaultScopeMode({ source: { kind: "ungdc" }, unit: "whole" }), "sentence");
    assert.equal(defaultScopeMode({ source: { kind: "folder" }, unit: "kosovo-passage" }), "sentence");
    assert.equal(defaultScopeMode({ source: { kind: "folder" }, unit: "whole" }), "unit");
  });
});

describe("coding: counting sentences", () => {
  it("a sentence counts once per theme however many patterns match; evidence keeps each pattern", () => {
    const body = "Dialogue and negotiations lead to a mutually acceptable result. Dialogue again.";
    const r = code(unitMode, body);
    assert.deepEqual(r.codes.dialogue, { present: 1, mentions: 2 });
    const ev = r.evidence.filter((e) => e.theme === "dialogue");
    assert.deepEqual(
      ev.map((e) => [e.sentence, e.match, e.pattern]),
      [
        [0, "Dialogue", "negotiat*|dialogue"],
        [0, "mutually acceptable", "mutually acceptable"],
        [1, "Dialogue", "negotiat*|dialogue"],
      ],
    );
  });

  it("evidence offsets point into the unit body and name the whole sentence", () => {
    const body = "First sentence here.\n\nThe territorial integrity of Serbia must be respected.";
    const r = code(unitMode, body);
    const e = r.evidence[0];
    assert.equal(e.theme, "sovereignty");
    assert.equal(e.sentence, 1);
    assert.equal(body.slice(e.start, e.end), e.match);
    assert.equal(e.match, "territorial integrity of Serbia");
    assert.equal(e.text, "The territorial integrity of Serbia must be respected.");
    assert.equal(e.pattern, "near [sovereignty|territorial integrity, Serbia|Belgrade] within 4");
  });

  it("vocabulary lists count sentences per key", () => {
    const r = code(unitMode, "Normalisation is slow. Normalizing relations, normalization of trade.");
    assert.equal(r.vocabulary.normalization, 2);
  });

  it("an empty text has every theme absent and no evidence", () => {
    for (const body of ["", "   \n\n  "]) {
      const r = code(sentenceMode, body);
      assert.deepEqual(r.codes, {
        sovereignty: { present: 0, mentions: 0 },
        dialogue: { present: 0, mentions: 0 },
        heritage: { present: 0, mentions: 0 },
      });
      assert.deepEqual(r.vocabulary, { normalization: 0 });
      assert.deepEqual(r.evidence, []);
    }
  });
});

describe("coding: the about-Kosovo scope", () => {
  const body = [
    "We respect the sovereignty of Serbia.", // 0: next to an anchor sentence → about Kosovo
    "Kosovo needs calm.", // 1: anchor
    "The territorial integrity of Serbia and of Ukraine is sacred.", // 2: next to an anchor but names another topic
    "A quiet sentence.", // 3
    "Belgrade's sovereignty was also discussed.", // 4: two sentences from any anchor
    "Cultural heritage needs care.", // 5: scope any
  ].join(" ");

  it("sentence mode: anchor sentences and their neighbours count, unless a neighbour names another topic", () => {
    const r = code(sentenceMode, body);
    assert.deepEqual(r.codes.sovereignty, { present: 1, mentions: 1 });
    assert.deepEqual(
      r.evidence.filter((e) => e.theme === "sovereignty").map((e) => e.sentence),
      [0],
    );
    assert.deepEqual(r.codes.heritage, { present: 1, mentions: 1 }); // scope any counts anywhere
  });

  it("unit mode: every sentence is about Kosovo", () => {
    assert.deepEqual(code(unitMode, body).codes.sovereignty, { present: 1, mentions: 3 });
  });

  it("a text with no anchor codes nothing of scope kosovo in sentence mode", () => {
    const r = code(sentenceMode, "We respect the sovereignty of Serbia. Cultural heritage needs care.");
    assert.equal(r.codes.sovereignty.present, 0);
    assert.equal(r.codes.heritage.present, 1);
  });
});

describe("coding: the project's codebook", () => {
  const cb = loadCodebook();
  const compiled = compileCodebook(cb, { mode: "unit" });
  for (const t of cb.themes) {
    it(`${t.key}: positive examples code the theme, negative ones do not`, () => {
      for (const ex of t.examples.positive)
        assert.equal(codeUnit(compiled, { id: "x", body: ex }).codes[t.key].present, 1, `should code ${t.key}: ${ex}`);
      for (const ex of t.examples.negative)
        assert.equal(
          codeUnit(compiled, { id: "x", body: ex }).codes[t.key].present,
          0,
          `should not code ${t.key}: ${ex}`,
        );
    });
  }
});

describe("coding: streaming sentences", () => {
  it("chunked sentence splitting gives exactly the sentences of splitSentences", () => {
    // invented text in the archive's layout: hard-wrapped lines, paragraphs opened by a space,
    // abbreviations, a hyphen at a line end, a page-number line and a lower-case continuation
    const para =
      " Mr. Smith met the U.S. delegation on 3 May. It was long-\nterm work, they said. Was it? Yes!\n" +
      "The talks went on\n 12\n and on, as the minutes of No. 5 show. (a) A list item. Another line\n";
    const text = (para + para.replace(/Smith/g, "Jones")).repeat(300);
    const whole = splitSentences(text).map((s) => [s.start, s.text]);
    for (const size of [0, 9000, 20000]) {
      const got: Array<[number, string]> = [];
      forEachSentence(text, size, (i, start, s) => {
        assert.equal(i, got.length);
        got.push([start, s]);
      });
      assert.deepEqual(got, whole, `chunk size ${size}`);
    }
    assert.ok(text.length > 3 * 20000); // the text really was cut into chunks
  });

  it("codes a 100 MB text with memory bounded by a chunk, not the text", function () {
    this.timeout(600000);
    // invented sentences; one Kosovo passage every 2,000 sentences
    const filler = "The committee discussed the budget of the coming year in some detail. ";
    const block = filler.repeat(1999) + "Kosovo and Serbia should resume dialogue soon. ";
    const text = block.repeat(Math.ceil(100e6 / block.length));
    assert.ok(text.length >= 100e6);
    global.gc?.();
    const before = process.memoryUsage();
    let peak = before.rss;
    const c = compileCodebook(minimal, { mode: "sentence", chunkSize: 65536 });
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const r = codeUnit(c, { id: "big", body: text });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const blocks = Math.ceil(100e6 / block.length);
    assert.deepEqual(r.codes.dialogue, { present: 1, mentions: blocks });
    // the text itself is ~100 MB; splitting it whole would need gigabytes of sentence and token objects
    assert.ok(peak - before.rss < 400e6, `RSS grew by ${((peak - before.rss) / 1e6).toFixed(0)} MB`);
  });
});

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

describe("coding: rows and CSV files", () => {
  const unit = (id: string, textId: string, year: number, body: string): Unit => ({
    id,
    textId,
    date: null,
    year,
    category: "general-debate",
    speaker: "A. Speaker",
    post: "",
    country: id.slice(0, 3),
    countryName: "",
    venue: "",
    source: "",
    spans: [[0, body.length]],
    body,
    words: 0,
  });
  const units = [
    unit("SRB_63_2008#kosovo", "SRB_63_2008", 2008, "Kosovo is part of Serbia. Normalization, they say, of Kosovo."),
    unit("ALB_63_2008#kosovo", "ALB_63_2008", 2008, 'Kosovo, "a new state", welcomes dialogue.'),
  ];
  const coded = codeUnits(sentenceMode, units);
  const rows = toCodedRows(units, coded);

  it("a row's id is the text id (the file stem) when the text has one unit", () => {
    assert.deepEqual(
      rows.map((r) => r.id),
      ["SRB_63_2008", "ALB_63_2008"],
    );
  });

  it("the coding CSV has exactly the columns of the brief, rows sorted by id", () => {
    assert.deepEqual(codingColumns(["sovereignty", "dialogue"]), [
      "id",
      "date",
      "year",
      "category",
      "country",
      "speaker",
      "sovereignty",
      "sovereignty_n",
      "dialogue",
      "dialogue_n",
      "uses_normalization",
      "mentions_icj",
    ]);
    const csv = codingCsv(rows, sentenceMode.themeKeys);
    assert.equal(
      csv,
      [
        "id,date,year,category,country,speaker,sovereignty,sovereignty_n,dialogue,dialogue_n,heritage,heritage_n,uses_normalization,mentions_icj",
        "ALB_63_2008,,2008,general-debate,ALB,A. Speaker,0,0,1,1,0,0,0,0",
        "SRB_63_2008,,2008,general-debate,SRB,A. Speaker,1,1,0,0,0,0,1,0",
        "",
      ].join("\n"),
    );
    assert.equal(codingCsv([...rows].reverse(), sentenceMode.themeKeys), csv); // byte-stable
  });

  it("the evidence CSV has one row per pattern hit, quoting where needed", () => {
    const csv = evidenceCsv(coded);
    const recs = parseCsv(csv) as string[][];
    assert.deepEqual(recs[0], EVIDENCE_COLUMNS);
    assert.deepEqual(
      recs.slice(1).map((r) => [r[0], r[1], r[2], r[5]]),
      [
        ["SRB_63_2008#kosovo", "sovereignty", "0", "part of Serbia"],
        ["SRB_63_2008#kosovo", "normalization", "1", "Normalization"],
        ["ALB_63_2008#kosovo", "dialogue", "0", "dialogue"],
      ],
    );
    assert.equal(recs[3][7], 'Kosovo, "a new state", welcomes dialogue.');
  });
});

describe("coding: npm run code", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "code.ts"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, WORKBOOK_OUTPUT: fs.mkdtempSync(path.join(os.tmpdir(), "code-out-")) },
    });

  it("codes a folder of .txt files, front matter optional, and writes the evidence beside the CSV", function () {
    this.timeout(60000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-")), "coding.csv");
    const r = run(["--texts", path.join(FIX, "texts"), "--out", out, "--codebook", path.join(FIX, "minimal.yaml")]);
    assert.equal(r.status, 0, r.stderr);
    const recs = parseCsv(fs.readFileSync(out, "utf8"), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(
      recs.map((x) => [x.id, x.date, x.year, x.sovereignty, x.dialogue, x.dialogue_n, x.heritage]),
      [
        ["note-2010-a", "", "2010", "1", "1", "1", "0"],
        ["note-b", "2021-03-04", "2021", "0", "0", "0", "1"],
      ],
    );
    assert.ok(fs.existsSync(out.replace(/\.csv$/, ".evidence.csv")));
  });

  it("exits non-zero naming the file and line of a bad codebook", function () {
    this.timeout(60000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-")), "coding.csv");
    const bad = path.join(FIX, "bad-near.yaml");
    const r = run(["--texts", path.join(FIX, "texts"), "--out", out, "--codebook", bad]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:13: malformed proximity`));
    assert.ok(!fs.existsSync(out));
  });

  it("exits 2 on a usage error", function () {
    this.timeout(60000);
    const r = run(["--texts", FIX]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--out <file.csv> is required/);
  });
});

describe("coding: codeCorpus", () => {
  it("loads a folder card's texts and codes each whole text in unit mode", () => {
    const cardFile = path.join(__dirname, "fixtures", "corpus", "cards", "test-folder.yaml");
    const card = parseCard(fs.readFileSync(cardFile, "utf8"), cardFile);
    const out = codeCorpus(card, { codebook: minimal });
    assert.equal(out.mode, "unit");
    // the fixture folder holds two invented texts, each its own unit and row, in date order
    assert.deepEqual(
      out.rows.map((r) => r.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.deepEqual(Object.keys(out.rows[0].codes), themeKeysOf(minimal));
    // neither invented text speaks of Serbia's sovereignty
    assert.equal(
      out.rows.every((r) => r.codes.sovereignty.present === 0),
      true,
    );
  });
});

function themeKeysOf(cb: ReturnType<typeof loadCodebook>): string[] {
  return cb.themes.map((t) => t.key);
}
