import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../lib/core";
import { cellByTag, cellOutputText, readNotebook, showsClaim } from "../../lib/report";
import { taggedChapter } from "./fixtures";

describe("report: a notebook's cells by tag", () => {
  const { notebooks } = taggedChapter();
  const nb = readNotebook(path.join(notebooks, "05-counts.ipynb"));

  it("finds a tagged cell's id and the heading of its section", () => {
    assert.deepEqual(cellByTag(nb, "finding-top"), { id: "c1", section: "1. Themes" });
    assert.equal(cellByTag(nb, "finding-none"), null);
  });

  it("reads the text a cell shows, display by display", () => {
    const text = cellOutputText(nb.cells[2]);
    assert.equal(
      text,
      "theme     share\ndialogue  49.5%\nsovereignty  19.2%\nMost frequent: **dialogue**, in 49 of 99",
    );
    assert.equal(cellOutputText(nb.cells[3]), "");
  });

  it("a file that is not a notebook is an InputError naming it", () => {
    const bad = path.join(notebooks, "bad.ipynb");
    fs.writeFileSync(bad, '{"cells": 3}');
    assert.throws(() => readNotebook(bad), InputError);
    assert.throws(() => readNotebook(path.join(notebooks, "missing.ipynb")), /missing\.ipynb/);
  });
});

describe("report: does a cell show a claim", () => {
  const output = "theme     share\ndialogue  49.5%\nsovereignty  19.2%\nMost frequent: **dialogue**, in 49 of 99";

  it("finds the text as a reader reads it (Markdown emphasis ignored, spaces folded)", () => {
    assert.equal(showsClaim(output, "Most frequent: dialogue, in 49 of 99"), true);
    assert.equal(showsClaim(output, "in 48 of 99"), false);
  });

  it("with a row, finds the text on the line of that row only", () => {
    assert.equal(showsClaim(output, "49.5%", ["dialogue"]), true);
    assert.equal(showsClaim(output, "19.2%", ["dialogue"]), false, "the right number on the wrong row");
    assert.equal(showsClaim(output, "19.2%", ["sovereignty"]), true);
  });
});
