import { strict as assert } from "assert";
import { countryCode, foldCountryName } from "../../../lib/corpus/datasets/countries";

describe("datasets/countries", () => {
  it("reads each dataset's spelling of the Council's members", () => {
    assert.deepEqual(countryCode("United States Of America"), { iso3: "USA", name: "United States" });
    assert.equal(countryCode("Russian Federation").iso3, "RUS");
    assert.equal(countryCode("United Kingdom of Great Britain and Northern Ireland").iso3, "GBR");
    assert.equal(countryCode("China").iso3, "CHN");
    assert.equal(countryCode("Serbia").iso3, "SRB");
    assert.equal(countryCode("Kosovo").iso3, "XKX");
    assert.equal(countryCode("Côte d'Ivoire").iso3, "CIV");
    assert.equal(countryCode("Iran (Islamic Republic Of)").iso3, "IRN");
  });

  it("gives no code to speakers that are not states", () => {
    assert.deepEqual(countryCode("UN"), { iso3: "", name: "UN" });
    assert.equal(countryCode("European Union").iso3, "");
  });

  it("folds case, diacritics, punctuation and a leading 'the'", () => {
    assert.equal(foldCountryName("The Former Yugoslav Republic of Macedonia"), "former yugoslav republic of macedonia");
    assert.equal(foldCountryName("São Tomé & Príncipe"), "sao tome and principe");
  });
});
