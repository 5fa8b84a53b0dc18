/**
 * The display tests run outside a notebook, or "inside" tslab with its real display-data writer
 * captured. These hooks set up either, and restore the writer after.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { DisplayMessage } from "../../lib/display";

type Writer = ((msg: DisplayMessage, update: boolean) => void) | null;

/**
 * Outside a notebook: another test file may have loaded tslab and set its writer (an in-process
 * notebook runner); silence it for the suite, as in plain node.
 */
export function outsideNotebook(): void {
  const loaded: Array<{ lastWriteDisplayData: unknown }> = [];
  const previous: unknown[] = [];
  before(() => {
    for (const key of Object.keys(require.cache)) {
      if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(key)) continue;
      const m = require.cache[key]?.exports as { lastWriteDisplayData: unknown };
      loaded.push(m);
      previous.push(m.lastWriteDisplayData);
      m.lastWriteDisplayData = null;
    }
  });
  after(() => {
    loaded.forEach((m, i) => {
      m.lastWriteDisplayData = previous[i];
    });
  });
}

/**
 * Inside tslab: the module a running tslab kernel loads, with its writer (what tslab's own
 * display.* call) replaced by one that records every message. Returns the messages of the current test.
 */
export function insideTslab(): { sent: () => Array<{ msg: DisplayMessage; update: boolean }> } {
  let jupyter: { lastWriteDisplayData: Writer };
  let sent: Array<{ msg: DisplayMessage; update: boolean }> = [];
  let previousWriter: Writer = null;
  before(() => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    jupyter = require("tslab/dist/jupyter");
    previousWriter = jupyter.lastWriteDisplayData;
  });
  after(() => {
    jupyter.lastWriteDisplayData = previousWriter;
  });
  beforeEach(() => {
    sent = [];
    jupyter.lastWriteDisplayData = (msg, update) => sent.push({ msg, update });
  });
  return { sent: () => sent };
}

/** Charts saved during the suite go to a temporary folder (WORKBOOK_OUTPUT), removed after. */
export function temporaryOutput(): () => string {
  let dir = "";
  const saved = process.env.WORKBOOK_OUTPUT;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "display-test-"));
    process.env.WORKBOOK_OUTPUT = dir;
  });
  after(() => {
    if (saved === undefined) delete process.env.WORKBOOK_OUTPUT;
    else process.env.WORKBOOK_OUTPUT = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}
