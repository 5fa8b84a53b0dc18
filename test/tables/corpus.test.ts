import { strict as assert } from "assert";
import { loadCard } from "../../lib/corpus";
import { categoryRows, countryRows, perYearRows, speakerRows } from "../../lib/tables/corpus";

describe("tables: corpus summaries", () => {
  const t = (id: string, year: number, country: string, words: number, speaker = "", category = "general-debate") => ({
    id,
    date: null,
    year,
    category,
    speaker,
    post: "",
    country,
    countryName: `Name of ${country}`,
    venue: "",
    source: "",
    body: "",
    words,
  });
  const texts = [t("A1", 2008, "AAA", 100, "Ada"), t("B1", 2008, "BBB", 50), t("A2", 2010, "AAA", 30, "Ada")];

  it("counts texts, words, speeches and shares per year, zeros included", () => {
    assert.deepEqual(
      perYearRows(texts, { years: [2008, 2010], speechesPerYear: { "2008": 4, "2009": 2, "2010": 3 } }),
      [
        { year: 2008, texts: 2, words: 150, speeches: 4, share: 0.5 },
        { year: 2009, texts: 0, words: 0, speeches: 2, share: 0 },
        { year: 2010, texts: 1, words: 30, speeches: 3, share: 0.3333 },
      ],
    );
  });

  it("ranks countries and speakers", () => {
    assert.deepEqual(countryRows(texts), [
      { key: "AAA", name: "Name of AAA", texts: 2, words: 130, years: "2008–2010" },
      { key: "BBB", name: "Name of BBB", texts: 1, words: 50, years: "2008" },
    ]);
    assert.deepEqual(speakerRows(texts, 1), [{ key: "Ada (AAA)", name: "", texts: 2, words: 130, years: "2008–2010" }]);
    const spelled = [
      t("x1", 2013, "CHN", 10, "Mr. Wang Yi"),
      t("x2", 2014, "CHN", 10, "Wang Yi"),
      t("x3", 1980, "CHN", 5, "HUANG Hua"),
      t("x4", 1981, "CHN", 5, "Huang Hua"),
    ];
    assert.deepEqual(
      speakerRows(spelled).map((r) => [r.key, r.texts]),
      [
        ["Wang Yi (CHN)", 2],
        ["Huang Hua (CHN)", 2],
      ],
    );
  });

  it("counts categories in the card's order", () => {
    const card = loadCard("china-kosovo");
    assert.deepEqual(
      categoryRows(card, [t("m", 2010, "CHN", 10, "", "unsc")]).map((r) => [r.key, r.texts]),
      [
        ["mfa", 0],
        ["unsc", 1],
        ["leader", 0],
      ],
    );
  });
});
