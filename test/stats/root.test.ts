import { bisect } from "../../lib/stats/root";
import { near } from "./near";

describe("stats: bisection", () => {
  it("finds √2 on a rising function and e on a falling one", () => {
    near(
      bisect((x) => x * x - 2, 0, 2),
      Math.SQRT2,
      1e-11,
    );
    near(
      bisect((x) => 1 - Math.log(x), 1, 4),
      Math.E,
      1e-11,
    );
  });
});
