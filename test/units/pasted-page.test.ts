import { strict as assert } from "assert";
import type { Text } from "../../lib/core";
import { countWords } from "../../lib/text";
import { pastedPageUnit, readPastedPage, wholeTextUnit } from "../../lib/units";

// Every page below is invented, in the shapes of pasted press-conference and news pages.

function page(body: string): Text {
  return {
    id: "page-2023",
    date: null,
    year: 2023,
    category: "",
    speaker: "",
    post: "",
    country: "",
    countryName: "",
    venue: "",
    source: "texts/page-2023.txt",
    body,
    words: countWords(body),
  };
}
const kinds = (body: string) => readPastedPage(body).leftOut.map((l) => `${l.line} ${l.kind}`);
const kept = (body: string) => pastedPageUnit(page(body)).unit.body;

describe("units: a pasted page — only the official's words are coded", () => {
  it("Q:/A: keeps the answers without their marks, leaves out the questions (and their second paragraph)", () => {
    const body = [
      "Regular Press Conference, 3 May",
      "Q: A newspaper reports new tension in the north of Kosovo.",
      "Does the ministry have a comment?",
      "A: We call on both sides to return to dialogue.",
      "We respect the sovereignty of Serbia.",
    ].join("\n");
    assert.deepEqual(kinds(body), ["2 question", "3 question"]);
    assert.equal(
      kept(body),
      "Regular Press Conference, 3 May\n\n" +
        "We call on both sides to return to dialogue.\nWe respect the sovereignty of Serbia.",
    );
  });
  it('"Question:" / "Answer:" the same way', () => {
    const body = "Question: What is your view on the talks?\nAnswer: Dialogue is the only way.";
    assert.deepEqual(kinds(body), ["1 question"]);
    assert.equal(kept(body), "Dialogue is the only way.");
  });
  it("a journalist's labelled line followed by the spokesperson's: the spokesperson's label answers", () => {
    const body = [
      "Lin Tao: Good afternoon. I have an announcement on a visit.",
      "Daily Courier: Some say the north of Kosovo is unstable. What is your comment?",
      "Lin Tao: We hope all parties exercise restraint.",
      "Question from Radio East: Will the envoy travel to Belgrade?",
      "Lin Tao: I have nothing to share at the moment.",
    ].join("\n");
    assert.deepEqual(kinds(body), ["2 question", "4 question"]);
    assert.equal(
      kept(body),
      "Good afternoon. I have an announcement on a visit.\n\nWe hope all parties exercise restraint.\n\n" +
        "I have nothing to share at the moment.",
    );
  });
  it("news tickers, a related-news block, navigation and photo captions are left out and named", () => {
    const body = [
      "Home > News > Diplomacy",
      "BREAKING: Markets open higher in an invented city",
      "Storm warning issued | Ferry services resume | Museum reopens",
      "The minister said the question of Kosovo must be settled through dialogue.",
      "Photo taken on 3 May shows the minister at a meeting. (Photo/Invented Agency)",
      "He added that the resolution remains the basis.",
      "Related news",
      "Minister meets envoy",
      "Talks to resume next week",
      "Share: Facebook Twitter",
      "Copyright © 2023 An Invented Newspaper",
    ].join("\n");
    assert.deepEqual(kinds(body), [
      "1 navigation",
      "2 ticker",
      "3 ticker",
      "5 photo caption",
      "7 related news",
      "8 related news",
      "9 related news",
      "10 navigation",
      "11 navigation",
    ]);
    assert.equal(
      kept(body),
      "The minister said the question of Kosovo must be settled through dialogue.\n\n" +
        "He added that the resolution remains the basis.",
    );
  });
  it("a related-news block ends at the first paragraph of prose", () => {
    const body = "Related articles:\nEnvoy visits region\nThe spokesperson reaffirmed support for the talks.";
    assert.deepEqual(kinds(body), ["1 related news", "2 related news"]);
  });
  it("a plain statement (paragraphs, a question in the prose, a colon) is the whole text, unchanged", () => {
    const t = page(
      "Statement of the Ministry\n\nWhy do we insist? Because: the resolution stands.\n\n" +
        "Note: we support dialogue.\n",
    );
    const r = pastedPageUnit(t);
    assert.deepEqual(r.leftOut, []);
    assert.deepEqual(r.unit, wholeTextUnit(t));
  });
  it("the unit's spans point into the text's body", () => {
    const t = page("Q: Any comment?\nA: We support the talks.");
    const { unit } = pastedPageUnit(t);
    assert.deepEqual(unit.spans, [[19, 40]]);
    assert.equal(t.body.slice(19, 40), "We support the talks.");
    assert.equal(unit.words, 4);
  });
});

describe("units: readPastedPage reads lines one at a time (issue 19, class 7)", () => {
  it("numbers lines and cuts spans as splitting on line breaks does: blank lines, a final line break", () => {
    const body = "Home > News\n\nWe support the invented talks.\nThey go on.\n\nShare this:\n";
    const r = readPastedPage(body);
    assert.deepEqual(
      r.leftOut.map((l) => [l.line, l.kind]),
      [
        [1, "navigation"],
        [6, "navigation"],
      ],
    );
    assert.deepEqual(r.spans, [[13, 55]]);
    assert.equal(body.slice(13, 55), "We support the invented talks.\nThey go on.");
  });
});
