import { strict as assert } from "assert";
import { splitCellError } from "../../lib/cli";

describe("cli: a failing cell's error, message first", () => {
  it("an error thrown in a cell: the message apart from the location, caret and stack frames", () => {
    const text =
      "evalmachine.<anonymous>:3\n" +
      'throw new Error("deliberate failure in fixture");\n' +
      "^\n" +
      "\n" +
      "Error: deliberate failure in fixture\n" +
      "    at evalmachine.<anonymous>:3:7\n" +
      "    at Script.runInThisContext (node:vm:135:14)\n";
    assert.deepEqual(splitCellError(text), {
      message: ["Error: deliberate failure in fixture"],
      trace: [
        "evalmachine.<anonymous>:3",
        'throw new Error("deliberate failure in fixture");',
        "^",
        "    at evalmachine.<anonymous>:3:7",
        "    at Script.runInThisContext (node:vm:135:14)",
      ],
    });
  });

  it("a list of problems keeps every line, each with its fix", () => {
    const text =
      'ValidationError: the General Debate texts of corpus "ungdc-kosovo": 2 problems\n' +
      "  a.tgz: the full General Debate archive is not there — run `npm run get-data`\n" +
      "  data/ungdc-subset/manifest.json: the embedded subset of the archive is not there — git checkout\n" +
      "    at loadUngdc (lib/corpus/load-ungdc.js:30:15)\n";
    const { message, trace } = splitCellError(text);
    assert.equal(message.length, 3);
    assert.match(message[2], /— git checkout$/);
    assert.deepEqual(trace, ["    at loadUngdc (lib/corpus/load-ungdc.js:30:15)"]);
  });

  it("a compiler's message has no trace: all of it is shown", () => {
    const text = "2:7 - Type 'string' is not assignable to type 'number'.";
    assert.deepEqual(splitCellError(text), { message: [text], trace: [] });
  });
});
