import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  extractPressConference,
  kosovoExchanges,
  looksLikePressConference,
  mentionsKosovo,
  splitExchanges,
} from "../../../lib/sources/extract";

const FIX = path.join(__dirname, "..", "..", "fixtures", "sources");
const read = (f: string) => fs.readFileSync(path.join(FIX, f), "utf8");

describe("extract: MFA press conferences (HTML)", () => {
  it("keeps only the Kosovo exchanges, questions marked Q: and answers A:", () => {
    const html = read("mfa-press-conference.html");
    assert.equal(looksLikePressConference(html), true);
    const ex = extractPressConference(html, "Han Lu");
    assert.equal(
      ex.body,
      [
        "Q: Tension rose again in the north of Kosovo this week. What is China's comment?",
        "A: China is following the situation closely. We support Belgrade and Pristina in solving their " +
          "differences through dialogue.",
        "A: China respects the sovereignty and territorial integrity of Serbia and asks all sides to avoid " +
          "unilateral moves.",
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

  it("takes an exchange as about Kosovo when it names an anchor term of lib/units, or Kosovo in Chinese", () => {
    for (const t of [
      "On Kosovo?",
      "KFOR's role?",
      "Kosovars returned.",
      "The EULEX mission.",
      "PRIŠTINA?",
      "科索沃问题",
    ])
      assert.equal(mentionsKosovo(t), true, t);
    for (const t of ["A skilled workforce.", "Kosovoland is invented.", "Serbia?"])
      assert.equal(mentionsKosovo(t), false, t);
  });
});
