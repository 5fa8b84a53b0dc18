import { strict as assert } from "assert";
import * as path from "path";
import { ValidationError } from "../../lib/core";
import { loadCard, parseCard } from "../../lib/corpus";
import { FIX } from "./helpers";

describe("corpus: card YAML", () => {
  it("reports every problem of a bad card together, with file and line", () => {
    assert.throws(
      () => loadCard(path.join(FIX, "cards", "bad.yaml")),
      (e: Error) => {
        assert.ok(e instanceof ValidationError);
        const m = e.message;
        assert.match(m, /bad\.yaml: missing field "title"/);
        assert.match(m, /bad\.yaml:4: source kind "zip" is not known/);
        assert.match(m, /bad\.yaml:6: `categories` must be a non-empty list/);
        assert.match(m, /bad\.yaml:7: unit "paragraph" is not known/);
        assert.match(m, /bad\.yaml:9: `filters.years` must be \[from, to\]/);
        assert.equal(e.problems.length, 5);
        return true;
      },
    );
  });

  it("reports YAML syntax errors with the line", () => {
    assert.throws(
      () => parseCard("name: x\ntitle: [unclosed\n", "x.yaml"),
      (e: Error) => e instanceof ValidationError && /x\.yaml:\d+: YAML error/.test(e.message),
    );
  });
});
