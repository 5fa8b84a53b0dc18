import { strict as assert } from "assert";
import { keynessCsv } from "../../lib/tables/vocabulary";
import { keyness } from "../../lib/vocabulary/keyness";
import { ENGLISH_STOPWORDS } from "../../lib/vocabulary/stopwords";
import { A, B } from "../vocabulary/keyness-fixtures";

describe("tables: vocabulary", () => {
  it("writes the same CSV bytes for the same rows", () => {
    const rows = keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS });
    const csv = keynessCsv(rows);
    assert.equal(csv, keynessCsv(keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS })));
    assert.equal(csv.split("\n")[0], "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio");
    assert.match(csv.split("\n")[1], /^dialogue,5,0,2500\.00,0\.00,A,7\.648,/);
  });

  it("quotes a term holding a comma or a quote", () => {
    const [row] = keyness(
      { counts: new Map([['a,"b', 5]]), total: 10 },
      { counts: new Map(), total: 10 },
      {
        minFreq: 1,
        lettersOnly: false,
      },
    );
    assert.match(keynessCsv([row]).split("\n")[1], /^"a,""b",5,0,/);
  });
});
