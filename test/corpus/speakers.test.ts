import { strict as assert } from "assert";
import * as path from "path";
import { InputError } from "../../lib/core";
import { readSpeakers } from "../../lib/corpus";
import { isRocSpeech, speakerIndex } from "../../lib/corpus/speakers";
import { makeSpeakers, tmpDir } from "./helpers";

describe("corpus: speakers workbook", () => {
  it("trims names and leaves a missing post empty", () => {
    const f = path.join(tmpDir("xlsx"), "Speakers_by_session.xlsx");
    makeSpeakers(f);
    const rows = readSpeakers(f);
    assert.equal(rows.length, 9);
    assert.deepEqual(rows[0], {
      year: 2008,
      session: 63,
      iso: "AAA",
      country: "Aland Example",
      speaker: "Ada Able",
      post: "Minister for Foreign Affairs",
    });
    assert.equal(rows[1].post, "");
  });

  it("names the file when the workbook is missing", () => {
    assert.throws(
      () => readSpeakers("/nowhere/Speakers_by_session.xlsx"),
      (e: Error) => e instanceof InputError && /\/nowhere\/Speakers_by_session\.xlsx/.test(e.message),
    );
  });

  it("names a country by the most frequent name of its rows within ten years, and tries the workbook's aliases", () => {
    const row = (year: number, session: number, iso: string, country: string, speaker = "") => ({
      year,
      session,
      iso,
      country,
      speaker,
      post: "",
    });
    const idx = speakerIndex([
      row(1985, 40, "RUS", "Union of Soviet Socialist Republics"),
      row(1990, 45, "RUS", "Union of Soviet Socialist Republics"),
      row(1992, 47, "RUS", "Russian Federation"),
      row(2000, 55, "RUS", "Russian Federation"),
      row(2001, 56, "RUS", "Russia"),
      row(2011, 66, "EC", "European Union", "An Officer"),
    ]);
    // 1985: the two Soviet rows (1985, 1990) outvote the one Russian row of 1992 within ten years
    assert.equal(idx.nameOf("RUS", 1985), "Union of Soviet Socialist Republics");
    // 2005: within ten years are 2000 ("Russian Federation") and 2001 ("Russia"): a tie, so the nearer year's name
    assert.equal(idx.nameOf("RUS", 2005), "Russia");
    assert.equal(idx.nameOf("XXX", 2005), "XXX");
    assert.equal(idx.find("EU", 66)?.speaker, "An Officer");
    assert.equal(idx.find("EU", 67), undefined);
  });

  it("knows China's seat was the Republic of China's until session 26", () => {
    assert.equal(isRocSpeech("CHN", 26), true);
    assert.equal(isRocSpeech("CHN", 27), false);
    assert.equal(isRocSpeech("TWN", 20), false);
  });
});
