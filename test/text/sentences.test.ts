import { strict as assert } from "assert";
import { forEachSentence, splitSentences } from "../../lib/text";

// All sample sentences below are invented for these tests.

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("text: splitSentences", () => {
  it("splits plain sentences and gives offsets into the text", () => {
    const s = "One thing. Two things! Three things?";
    const got = splitSentences(s);
    assert.deepEqual(
      got.map((x) => x.text),
      ["One thing.", "Two things!", "Three things?"],
    );
    for (const x of got) assert.equal(s.slice(x.start, x.end), x.text);
    assert.deepEqual(
      got.map((x) => x.index),
      [0, 1, 2],
    );
    assert.deepEqual([got[1].start, got[1].end], [11, 22]);
  });

  it("does not break at a hard-wrapped line inside a sentence", () => {
    assert.deepEqual(texts("The council met in\nthe spring and\nagreed. Then it\nadjourned."), [
      "The council met in\nthe spring and\nagreed.",
      "Then it\nadjourned.",
    ]);
  });

  it("keeps a line-end hyphen inside the sentence, offsets pointing into the original", () => {
    const s = "We want a long-\nterm settle-\nment. Next one.";
    const got = splitSentences(s);
    assert.equal(got.length, 2);
    assert.equal(got[0].text, "We want a long-\nterm settle-\nment.");
    assert.equal(s.slice(got[0].start, got[0].end), got[0].text);
  });

  it("ends a sentence after a closing typographic quote", () => {
    assert.deepEqual(texts("He said “we agree.” Then we left. She wrote ‘fine.’ It was."), [
      "He said “we agree.”",
      "Then we left.",
      "She wrote ‘fine.’",
      "It was.",
    ]);
  });

  it("starts a new sentence before an opening quote", () => {
    assert.deepEqual(texts("We met. “Peace is near,” he said."), ["We met.", "“Peace is near,” he said."]);
  });

  it("does not end at a question inside a quotation followed by lower case", () => {
    assert.deepEqual(texts("“Why now?” she asked. Nobody knew."), ["“Why now?” she asked.", "Nobody knew."]);
  });

  it("does not break after titles: Mr., Mrs., Dr., St.", () => {
    assert.deepEqual(texts("Mr. Ade and Mrs. Bo met Dr. Cy at St. Paul. They spoke."), [
      "Mr. Ade and Mrs. Bo met Dr. Cy at St. Paul.",
      "They spoke.",
    ]);
  });

  it("does not break inside U.N. or U.S. before a name, but does before a sentence opener", () => {
    assert.deepEqual(texts("The U.N. Charter binds the U.S. Congress too. It binds the U.S. We agree."), [
      "The U.N. Charter binds the U.S. Congress too.",
      "It binds the U.S.",
      "We agree.",
    ]);
  });

  it("does not break after No., Nos., Art., para. or a month before a number", () => {
    assert.deepEqual(
      texts("See resolution No. 5 and Nos. 6 and 7, Art. 2 and para. 3 of the report of 11 Sept. 2001. Done."),
      ["See resolution No. 5 and Nos. 6 and 7, Art. 2 and para. 3 of the report of 11 Sept. 2001.", "Done."],
    );
  });

  it("reads 'no.' at the end of a sentence as a boundary when no number follows", () => {
    assert.deepEqual(texts("We said no. The vote failed."), ["We said no.", "The vote failed."]);
  });

  it("does not break after e.g., i.e. or etc. in mid-sentence", () => {
    assert.deepEqual(texts("Some States, e.g. Ruritania, i.e. the host, etc. agreed. Others did not."), [
      "Some States, e.g. Ruritania, i.e. the host, etc. agreed.",
      "Others did not.",
    ]);
  });

  it("leaves document symbols, 1244 (1999) and decimals alone", () => {
    assert.deepEqual(
      texts("Under resolution 1244 (1999) and S/2011/43 and A/RES/63/3 growth was 3.5 per cent. Next."),
      ["Under resolution 1244 (1999) and S/2011/43 and A/RES/63/3 growth was 3.5 per cent.", "Next."],
    );
  });

  it("treats a blank line as a boundary even without a full stop", () => {
    assert.deepEqual(texts("Mr. President,\n\nI thank you"), ["Mr. President,", "I thank you"]);
  });

  it("treats a line that begins with a space as a new paragraph", () => {
    assert.deepEqual(texts("A heading without stop\n The speech begins here\nand goes on."), [
      "A heading without stop",
      "The speech begins here\nand goes on.",
    ]);
  });

  it("reads a page break inside a sentence (blank line, then lower case) as no boundary", () => {
    assert.deepEqual(texts("But have these plans worked? What is\n\nneeded is pressure. Next."), [
      "But have these plans worked?",
      "What is\n\nneeded is pressure.",
      "Next.",
    ]);
  });

  it("treats a page-number line before a blank line as part of the break", () => {
    assert.deepEqual(texts("The delegation thanks him.\n23\n\n\nI cannot fail to say more."), [
      "The delegation thanks him.",
      "I cannot fail to say more.",
    ]);
    assert.deepEqual(texts("The force has\n10\n\n\nsupervised relief."), ["The force has\n10\n\n\nsupervised relief."]);
    assert.deepEqual(texts("It began for the first time in\n2\n\n\nKosovo. In fact it did."), [
      "It began for the first time in\n2\n\n\nKosovo.",
      "In fact it did.",
    ]);
    assert.deepEqual(texts("A place to do \n  \n \n06-53317 2 \n \nbusiness here. Next."), [
      "A place to do \n  \n \n06-53317 2 \n \nbusiness here.",
      "Next.",
    ]);
    assert.deepEqual(texts("It ended.\n06-53317 2\nThe next page."), ["It ended.", "The next page."]);
  });

  it("handles CRLF and lone CR line ends", () => {
    assert.deepEqual(texts("First part\r\nof it. Second.\r\r Third."), ["First part\r\nof it.", "Second.", "Third."]);
  });

  it("does not split a list marker from its sentence", () => {
    assert.deepEqual(texts("1. The first point. 2. The second point."), [
      "1. The first point.",
      "2. The second point.",
    ]);
  });

  it("returns no sentences for empty or blank text", () => {
    assert.deepEqual(splitSentences(""), []);
    assert.deepEqual(splitSentences(" \n \n"), []);
  });
});

describe("text: forEachSentence", () => {
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

  it("calls back with the index, the offset and the text of each sentence", () => {
    const got: Array<[number, number, string]> = [];
    forEachSentence("One. Two.", 65536, (i, start, s) => got.push([i, start, s]));
    assert.deepEqual(got, [
      [0, 0, "One."],
      [1, 5, "Two."],
    ]);
  });
});
