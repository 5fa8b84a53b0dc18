import { strict as assert } from "assert";
import { shownOutputs } from "../../scripts/compare-outputs";

/** A notebook with one code cell showing these Markdown texts. */
const nb = (...md: string[]) => ({
  cells: [
    {
      cell_type: "code",
      outputs: md.map((m) => ({ output_type: "display_data", data: { "text/markdown": m } })),
    },
  ],
});

describe("compare-outputs: what two runs must share", () => {
  it("masks which archive was read and where the run found its corpus, and nothing else", () => {
    const full = shownOutputs(
      nb(
        "99 texts, 99 units. Read from: cache.",
        "General Debate texts read from the full archive (`../shared/corpora/ungdc/UNGDC_1946-2024.tgz`).",
        "433 speeches name an anchor term.",
      ),
    );
    const subset = shownOutputs(
      nb(
        "99 texts, 99 units. Read from: archive.",
        "General Debate texts read from the embedded subset (`data/ungdc-subset/UNGDC_1946-2024-subset.tgz`: …).",
        "433 speeches name an anchor term.",
      ),
    );
    assert.deepEqual(subset, full);
    assert.deepEqual(full, [
      "text/markdown: 99 texts, 99 units. Read from: <archive or cache>.",
      "text/markdown: <archive read>",
      "text/markdown: 433 speeches name an anchor term.",
    ]);
    assert.notDeepEqual(shownOutputs(nb("432 speeches name an anchor term.")), shownOutputs(nb(full[2].slice(15))));
  });
});
