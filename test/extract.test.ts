import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  PdfPage,
  countryTurns,
  decodeHtml,
  extractPressConference,
  extractStatementHtml,
  extractVerbatimPages,
  extractVerbatimRecord,
  kosovoExchanges,
  layoutPage,
  looksLikePressConference,
  paragraphs,
  readPdfPages,
  sniff,
  speakerLabel,
  splitExchanges,
  stripRunningLines,
} from "../lib/extract";
import { FIXTURE_TURNS, makeRecord } from "./fixtures/sources/make-record";

const FIX = path.join(__dirname, "fixtures", "sources");
const read = (f: string) => fs.readFileSync(path.join(FIX, f), "utf8");
const china = FIXTURE_TURNS.find((t) => t.label.includes("(China)"))!;
const republic = FIXTURE_TURNS.find((t) => t.label.includes("(Invented Republic)"))!;

describe("extract: speaker lines", () => {
  it("parses a Council speaker label with its parentheses", () => {
    const l = speakerLabel("Mr. Liu Zhenmin (China) (spoke in Chinese): Thank you.");
    assert.deepEqual(l, {
      name: "Mr. Liu Zhenmin",
      notes: ["China", "spoke in Chinese"],
      length: "Mr. Liu Zhenmin (China) (spoke in Chinese): ".length,
    });
    assert.equal(speakerLabel("The President (spoke in French): I now give the floor.")?.name, "The President");
    assert.equal(speakerLabel("The President: Thanks.")?.notes.length, 0);
  });
  it("does not take ordinary sentences or country-less names for labels", () => {
    assert.equal(speakerLabel("Mr. President, we have three points: first, dialogue."), null);
    assert.equal(speakerLabel("Mr. Smith: hello"), null);
    assert.equal(speakerLabel("China respects: the sovereignty"), null);
  });
  it("takes one country's turns up to the next speaker or procedural line", () => {
    const paras = [
      "The President: I give the floor to the representative of China.",
      "Mr. Li (China): We support dialogue.",
      "Second paragraph of China.",
      "Mr. Roe (Ireland): We thank China.",
      "Mr. Li (China) (spoke in Chinese): A second, short turn.",
      "The meeting rose at 1 p.m.",
      "Stray text after the meeting.",
    ];
    assert.deepEqual(countryTurns(paras, "China"), {
      turns: ["We support dialogue.\n\nSecond paragraph of China.", "A second, short turn."],
      speakers: ["Mr. Li", "Mr. Li"],
    });
    assert.deepEqual(countryTurns(paras, "France"), { turns: [], speakers: [] });
  });
  it("takes the President's words spoken as the representative of China (China in the chair)", () => {
    const paras = [
      "The President (spoke in Chinese): I thank the Special Representative. I shall now make a statement in my capacity as the representative of China.",
      "China supports dialogue between the invented parties.",
      "Resolution 1244 remains the basis. I now resume my functions as President of the Council.",
      "I give the floor to the representative of Ireland.",
      "Mr. Roe (Ireland): Thank you.",
      "The President: The meeting is adjourned for an invented lunch.",
    ];
    assert.deepEqual(countryTurns(paras, "China"), {
      turns: ["China supports dialogue between the invented parties.\n\nResolution 1244 remains the basis."],
      speakers: ["The President"],
    });
  });
});

describe("extract: PDF layout on plain data", () => {
  const item = (str: string, x: number, y: number, width = 100, height = 10) => ({ str, x, y, width, height });
  it("reads two columns left first, then right, full-width lines in between", () => {
    const page: PdfPage = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        item("Title across the page", 50, 760, 500),
        item("L1", 50, 700),
        item("R1", 320, 700),
        item("L2", 50, 688),
        item("R2", 320, 688),
        item("L3", 50, 676),
        item("R3", 320, 676),
        item("Footer across the page", 50, 40, 500),
      ],
    };
    assert.deepEqual(
      layoutPage(page).map((l) => l.text),
      ["Title across the page", "L1", "L2", "L3", "R1", "R2", "R3", "Footer across the page"],
    );
  });
  it("keeps a one-column page in top-to-bottom order and joins items of a line", () => {
    const page: PdfPage = {
      number: 1,
      width: 600,
      height: 800,
      items: [item("world", 100, 700, 40), item("Hello", 50, 700, 40), item("Next", 50, 688, 40)],
    };
    assert.deepEqual(
      layoutPage(page).map((l) => l.text),
      ["Hello world", "Next"],
    );
  });
  it("drops running headers and footers (symbol, page number, job number, repeated lines)", () => {
    const L = (page: number, y: number, text: string) => ({ page, column: 0, x: 50, y, size: 10, text });
    const pages = [
      [L(1, 770, "S/PV.9001 Invented item 03/03/2031"), L(1, 700, "Body one."), L(1, 30, "31-01234"), L(1, 20, "1")],
      [L(2, 770, "Invented item S/PV.9001"), L(2, 760, "Running title"), L(2, 700, "Body two."), L(2, 20, "2")],
      [L(3, 760, "Running title"), L(3, 700, "Body three.")],
    ];
    assert.deepEqual(
      stripRunningLines(pages, [800, 800, 800]).map((p) => p.map((l) => l.text)),
      [["Body one."], ["Body two."], ["Body three."]],
    );
  });
  it("joins lines into paragraphs at indents and removes line-end hyphens", () => {
    const L = (x: number, y: number, text: string) => ({ page: 1, column: 0, x, y, size: 10, text });
    assert.deepEqual(
      paragraphs([
        L(68, 700, "First para- graph"),
        L(50, 688, "continues with secu-"),
        L(50, 676, "rity and Belgrade-"),
        L(50, 664, "Pristina talks."),
        L(68, 652, "Second."),
      ]),
      ["First para- graph continues with security and Belgrade-Pristina talks.", "Second."],
    );
  });
});

describe("extract: verbatim record PDFs (invented, generated with pdf-lib)", function () {
  this.timeout(20000);
  for (const twoColumns of [true, false]) {
    it(`takes China's turn only, across the page break (${twoColumns ? "two columns" : "one column"})`, async () => {
      const bytes = await makeRecord({ twoColumns });
      const pages = await readPdfPages(bytes);
      assert.equal(pages.length, 2);
      // The turn really crosses the page: its label is on page 1, its last paragraph on page 2.
      const where = (re: RegExp) => pages.find((p) => layoutPage(p).some((l) => re.test(l.text)))?.number;
      assert.equal(where(/Wen Shi \(China\)/), 1);
      assert.equal(where(/China will continue to take part/), 2);
      const ex = extractVerbatimPages(pages);
      assert.equal(ex.body, china.paragraphs.join("\n\n"));
      assert.equal(ex.speaker, "Mr. Wen Shi");
      assert.deepEqual(ex.notes, ["2 pages", "1 turn of China"]);
      for (const junk of [
        "S/PV",
        "31-01234",
        "03/03/2031",
        "Invented agenda item",
        "This record contains",
        "(China)",
      ]) {
        assert.ok(!ex.body.includes(junk), `body must not contain ${junk}`);
      }
    });
  }
  it("reads a turn that crosses from the left to the right column", async () => {
    const pages = await readPdfPages(await makeRecord({ twoColumns: true }));
    const laid = stripRunningLines(
      pages.map(layoutPage),
      pages.map((p) => p.height),
    );
    const { turns } = countryTurns(paragraphs(laid.flat()), "Invented Republic");
    assert.deepEqual(turns, [republic.paragraphs.join("\n\n")]);
    assert.ok(
      laid[0].some((l) => l.column === 1 && republic.paragraphs.join(" ").includes(l.text)),
      "part of the turn is in the right column",
    );
  });
  it("returns an empty body when China did not speak", async () => {
    const turns = FIXTURE_TURNS.filter((t) => !t.label.includes("(China)"));
    const ex = await extractVerbatimRecord(await makeRecord({ turns }));
    assert.equal(ex.body, "");
    assert.deepEqual(ex.notes.slice(1), ["0 turns of China"]);
  });
});

describe("extract: statement pages (HTML)", () => {
  it("keeps the title and the statement, drops navigation, print links, date line and photo caption", () => {
    const ex = extractStatementHtml(read("mission-statement.html"));
    assert.equal(ex.title, "Remarks by Ambassador Example at the Security Council Briefing on an Invented Item");
    assert.equal(
      ex.body,
      [
        "Remarks by Ambassador Example at the Security Council Briefing on an Invented Item",
        "Mr. President,",
        "I thank the Special Representative for the briefing. The fictional delegation has listened carefully to the speakers today.",
        "First, the invented parties should keep talking. Dialogue between Belgrade and Pristina is the right way, and agreements reached should be carried out in good faith.",
        "Second, resolution 1244 remains the basis of this invented discussion, and the sovereignty and territorial integrity of Serbia should be respected.",
        "Any unilateral step that raises tension should be avoided.",
        "Thank you, Mr. President.",
      ].join("\n\n"),
    );
    for (const junk of ["Print", "Close", "Home", "caption", "Copyright", "2031-04-22", "analytics"])
      assert.ok(!ex.body.includes(junk), junk);
  });
  it("falls back to the densest block when no known container is there", () => {
    const html =
      "<html><body><div><a href='/'>Home</a></div><div><p>One sentence of an invented text.</p><p>Another sentence of it.</p></div></body></html>";
    assert.equal(extractStatementHtml(html).body, "One sentence of an invented text.\n\nAnother sentence of it.");
  });
});

describe("extract: MFA press conferences (HTML)", () => {
  it("keeps only the Kosovo exchanges, questions marked Q: and answers A:", () => {
    const html = read("mfa-press-conference.html");
    assert.equal(looksLikePressConference(html), true);
    const ex = extractPressConference(html, "Han Lu");
    assert.equal(
      ex.body,
      [
        "Q: Tension rose again in the north of Kosovo this week. What is China's comment?",
        "A: China is following the situation closely. We support Belgrade and Pristina in solving their differences through dialogue.",
        "A: China respects the sovereignty and territorial integrity of Serbia and asks all sides to avoid unilateral moves.",
        "",
        "Q: Follow-up: will China raise this at the Council?",
        "A: China will keep in touch with all parties in the invented Council consultations.",
      ].join("\n"),
    );
    assert.deepEqual(ex.notes, ["2 of 6 exchanges about Kosovo"]);
  });
  it("treats a single answer to a journalist's question as Q&A, and a statement page as not", () => {
    assert.equal(looksLikePressConference("<div class='content'><p>Q: On Kosovo?</p><p>A: Dialogue.</p></div>"), true);
    assert.equal(looksLikePressConference(read("mission-statement.html")), false);
  });
  it("does not take a sentence with a colon for a journalist's label", () => {
    const ex = splitExchanges(
      [
        "Q: On Kosovo?",
        "A: Our view is simple: talks.",
        "China's position is clear: dialogue.",
        "Bloomberg: Another topic?",
      ],
      "",
    );
    assert.deepEqual(ex, [
      { question: ["On Kosovo?"], answer: ["Our view is simple: talks.", "China's position is clear: dialogue."] },
      { question: ["Another topic?"], answer: [] },
    ]);
  });
  it("keeps a neighbouring exchange on Serbia's territorial integrity, not one elsewhere", () => {
    const ex = [
      { question: ["About Pristina?"], answer: ["Dialogue."] },
      { question: ["And Serbia?"], answer: ["We respect the territorial integrity of Serbia."] },
      { question: ["Weather?"], answer: ["Fine."] },
      { question: ["Serbia again?"], answer: ["We respect the sovereignty of Serbia."] },
    ];
    assert.deepEqual(
      kosovoExchanges(ex).map((e) => e.question[0]),
      ["About Pristina?", "And Serbia?"],
    );
  });
});

describe("extract: content sniffing and decoding", () => {
  it("recognises PDFs by magic and HTML by type or markup", () => {
    assert.equal(sniff(Buffer.from("%PDF-1.7\n..."), "application/octet-stream"), "pdf");
    assert.equal(sniff(Buffer.from("<html><body>x</body></html>"), "application/pdf"), "other");
    assert.equal(sniff(Buffer.from("<!DOCTYPE html><p>x"), ""), "html");
    assert.equal(sniff(Buffer.from("GIF89a"), "image/gif"), "other");
  });
  it("decodes GBK pages by header or meta charset", () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]); // 中国
    assert.equal(decodeHtml(gbk, "text/html; charset=GBK"), "中国");
    assert.equal(
      decodeHtml(Buffer.concat([Buffer.from('<meta charset="gb2312">'), gbk]), "text/html"),
      '<meta charset="gb2312">中国',
    );
  });
});
