import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { kendallTauB } from "../../lib/stats";
import { HW_X, HW_Y } from "./hollander-wolfe";

describe("stats: Kendall's tau-b", () => {
  it("reproduces R's cor.test example (Hollander & Wolfe 1973, p. 188): Kendall's tau = 0.4444444", () => {
    // Published: cor.test(x, y, method = "kendall") → tau 0.4444444 (R documentation example; S-Plus output in
    // B. Habing's course notes, stat.sc.edu/~habing/courses/518splus3F98.html).
    const x = HW_X;
    const y = HW_Y;
    assert.ok(Math.abs((kendallTauB(x, y) ?? NaN) - 0.4444444) < 1e-7);
  });

  it("gives tau-b with ties the textbook value (1 tie in x: 5/sqrt(6·5) for 4 items)", () => {
    // x = 1,2,2,3 ; y = 1,2,3,4 → 5 concordant, 0 discordant, 1 tie in x: 5/sqrt(6·5)
    assert.ok(Math.abs((kendallTauB([1, 2, 2, 3], [1, 2, 3, 4]) ?? NaN) - 5 / Math.sqrt(30)) < 1e-12);
  });

  it("is null for a constant variable and rejects arrays of different lengths", () => {
    assert.equal(kendallTauB([1, 1, 1], [1, 2, 3]), null);
    assert.throws(() => kendallTauB([1, 2], [1]), ArgumentError);
  });
});
