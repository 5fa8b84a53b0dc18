import { strict as assert } from "assert";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { loadCodebook, toQuantedaYaml } from "../../lib/codebook";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const fixture = (name: string) => path.join(FIX, name);

describe("codebook: quanteda export", () => {
  it("writes nested keys with glob lists, and lists what quanteda cannot express", () => {
    const out = toQuantedaYaml(loadCodebook(fixture("minimal.yaml")));
    const dict = parseYaml(out);
    assert.deepEqual(dict, {
      themes: {
        core: { sovereignty: ["part of Serbia"], dialogue: ["negotiat*", "dialogue", "mutually acceptable"] },
        secondary: { heritage: ["cultural heritage"] },
      },
      vocabulary: { normalization: { normalization: ["normaliz*", "normalis*"] } },
    });
    assert.match(out, /^# {3}sovereignty: near \[sovereignty\|territorial integrity, Serbia\|Belgrade\] within 4$/m);
    assert.match(out, /^# {3}sovereignty: veto near \[Kosovo's, sovereignty\] within 1 ordered$/m);
    assert.match(out, /^# {3}dialogue: unless stalled \(on negotiat\*\|dialogue\)$/m);
  });

  it("exports the project's codebook deterministically", () => {
    const a = toQuantedaYaml(loadCodebook());
    const b = toQuantedaYaml(loadCodebook());
    assert.equal(a, b);
    assert.deepEqual(Object.keys(parseYaml(a).themes.core), [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
      "eu_antagonism",
    ]);
  });
});
