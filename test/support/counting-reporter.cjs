// Mocha's spec reporter, plus the closing line CI reads: "N passed, N failed, N skipped".
const Mocha = require("mocha");
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class CountingReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats;
      // Printed after Spec's own summary (which is also written on EVENT_RUN_END).
      setImmediate(() => {
        process.stdout.write(`${s.passes} passed, ${s.failures} failed, ${s.pending} skipped\n`);
      });
    });
  }
}
module.exports = CountingReporter;
