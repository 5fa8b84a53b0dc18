import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook, parseCodebook } from "../../lib/codebook";
import { codeUnit, compileCodebook } from "../../lib/coding";
import type { CompiledCodebook } from "../../lib/coding";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
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

describe("coding: long texts", () => {
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
