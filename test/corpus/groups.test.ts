import { strict as assert } from "assert";
import {
  chinaVsOthers,
  euMembers,
  groupLabeller,
  groupOf,
  loadCountryGroups,
  parseCountryGroups,
} from "../../lib/corpus";
import { ValidationError } from "../../lib/core";

describe("groups", () => {
  const table = loadCountryGroups();

  it("puts Serbia's codes, including Yugoslavia's and Serbia and Montenegro's, in the Serbia group", () => {
    assert.equal(groupOf("SRB", 2008, table), "serbia");
    assert.equal(groupOf("YUG", 1999, table), "serbia");
    assert.equal(groupOf("SCG", 2004, table), "serbia");
    assert.equal(groupOf("MNE", 2008, table), "other");
  });

  it("counts a country as EU only from its accession year (Croatia 2013, Bulgaria/Romania 2007, the 2004 ten)", () => {
    assert.equal(groupOf("HRV", 2012, table), "other");
    assert.equal(groupOf("HRV", 2013, table), "eu");
    assert.equal(groupOf("BGR", 2006, table), "other");
    assert.equal(groupOf("ROU", 2007, table), "eu");
    assert.equal(groupOf("POL", 2003, table), "other");
    assert.equal(groupOf("POL", 2004, table), "eu");
  });

  it("counts the UK as EU until 2019 (it left on 31 January 2020)", () => {
    assert.equal(groupOf("GBR", 2019, table), "eu");
    assert.equal(groupOf("GBR", 2020, table), "other");
  });

  it("has the known membership sizes: 15 before 2004, 25 in 2004, 27 in 2007, 28 in 2013, 27 in 2020", () => {
    assert.equal(euMembers(2003, table).length, 15);
    assert.equal(euMembers(2004, table).length, 25);
    assert.equal(euMembers(2007, table).length, 27);
    assert.equal(euMembers(2013, table).length, 28);
    assert.equal(euMembers(2020, table).length, 27);
  });

  it("treats CHN before 1971 (the Republic of China's seat) as other, and China vs others as a two-way split", () => {
    assert.equal(groupOf("CHN", 1970, table), "other");
    assert.equal(groupOf("CHN", 1971, table), "china");
    assert.equal(chinaVsOthers({ country: "CHN", year: 2010 }, table), "China");
    assert.equal(chinaVsOthers({ country: "RUS", year: 2010 }, table), "Other actors");
    assert.equal(groupOf("usa", 2010, table), "united_states");
    assert.equal(groupOf("ALB", 2010, table), "albania");
  });

  it("reports every problem of a bad table with line, column and fix", () => {
    const csv =
      "iso3,group,from,to,name,note\nSR,serbia,,,Serbia,\nHRV,europe,2013,,Croatia,\nPOL,eu,2004,2001,Poland,\n" +
      "FRA,eu,1958,,France,\nFRA,eu,1990,,France,\n";
    assert.throws(
      () => parseCountryGroups(csv, "groups.csv"),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError);
        const lines = e.problems.map((p) => `${p.line}:${p.column}`);
        assert.deepEqual(lines, ["2:iso3", "3:group", "4:to", "6:from"]);
        assert.match(e.message, /groups\.csv:3 \(column group\): unknown group "europe"/);
        return true;
      },
    );
  });
});

describe("groups: short labels", () => {
  it("labels a unit by its group's short name, by year of membership", () => {
    const label = groupLabeller();
    assert.equal(label({ country: "HRV", year: 2014 }), "EU members"); // Croatia joined in 2013
    assert.equal(label({ country: "HRV", year: 2012 }), "Other countries");
    assert.equal(label({ country: "YUG", year: 1999 }), "Serbia/Yugoslavia");
    assert.equal(label({ country: "CHN", year: 1999 }), "China");
  });
});
