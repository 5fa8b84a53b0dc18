/**
 * Sending displays to the notebook: one Jupyter display_data message carrying several MIME types,
 * through the running tslab kernel's display-data writer; nothing (and no crash) outside a notebook.
 */

/** MIME type of a vega-lite v5 spec (JupyterLab 4 and VS Code render it). */
export const VEGALITE_MIME = "application/vnd.vegalite.v5+json";

/** A display's data: MIME type → content (a string, or JSON for JSON MIME types). */
export type MimeBundle = Record<string, unknown>;

/** The content of a Jupyter display_data message. */
export interface DisplayMessage {
  data: MimeBundle;
  metadata: Record<string, unknown>;
  transient: Record<string, unknown>;
}

type DisplayWriter = (msg: DisplayMessage, update: boolean) => void;

/**
 * The running tslab kernel's display-data writer, or null outside a notebook. Looks for tslab's
 * `dist/jupyter.js` among the modules already loaded (it never loads tslab itself), so plain node and
 * mocha pay nothing.
 *
 * @example if (displayWriter() === null) console.log("not in a notebook: charts are only saved");
 */
export function displayWriter(): DisplayWriter | null {
  const cache = typeof require !== "undefined" && require.cache ? require.cache : {};
  for (const key of Object.keys(cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(key)) continue;
    const exported = cache[key]?.exports as { lastWriteDisplayData?: DisplayWriter | null } | undefined;
    if (exported && typeof exported.lastWriteDisplayData === "function") return exported.lastWriteDisplayData;
  }
  return null;
}

/**
 * True when running inside a tslab kernel that can display rich output.
 *
 * @example inNotebook() // false under mocha and plain node
 */
export function inNotebook(): boolean {
  return displayWriter() !== null;
}

/**
 * Sends one display with every MIME type of `bundle`. Returns false (and does nothing) outside a notebook.
 *
 * @example display({ "text/html": "<b>3</b> units", "text/plain": "3 units" })
 */
export function display(bundle: MimeBundle): boolean {
  const write = displayWriter();
  if (!write) return false;
  write({ data: bundle, metadata: {}, transient: {} }, false);
  return true;
}
