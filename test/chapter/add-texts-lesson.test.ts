import { strict as assert } from "assert";
import { refusedDates, showRefusal, withoutLines } from "../../lib/chapter";
import { ValidationError } from "../../lib/core";

describe("chapter: chapter 09's steps and checks", () => {
  it("the dates add-text refuses: not a real day, or not written YYYY-MM-DD (2024 is a leap year, 2023 not)", () => {
    assert.deepEqual(refusedDates(["2024-02-29", "2023-02-29", "23/05/2023", "2023-5-23", "2023-05-23"]), [
      "2023-02-29",
      "23/05/2023",
      "2023-5-23",
    ]);
  });

  it("a text without its lines that contain a word", () => {
    assert.equal(withoutLines("A.\nB 1244.\nC.", "1244"), "A.\nC.");
  });

  it("a refusal gives its problems' messages; an accepted step none; any other error is thrown", () => {
    const refuse = () => {
      throw new ValidationError("cannot add", [{ file: "x", message: "empty body", fix: "give a file with the text" }]);
    };
    assert.deepEqual(showRefusal(refuse), ["empty body"]);
    assert.deepEqual(
      showRefusal(() => 1),
      [],
    );
    assert.throws(
      () =>
        showRefusal(() => {
          throw new TypeError("bug");
        }),
      TypeError,
    );
  });
});
