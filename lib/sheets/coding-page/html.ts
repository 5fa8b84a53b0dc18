/**
 * The coding page as one self-contained HTML file: the template, the stylesheet and the browser script of
 * `assets/` written into it, the page's data embedded as JSON. Nothing is loaded from anywhere else, so the
 * file opens from disk with no server and no network.
 */
import * as fs from "fs";
import * as path from "path";
import { InputError, projectRoot } from "../../core";
import type { CodingPageData } from "./data";

/** The page's committed assets, relative to the project root. */
export const CODING_PAGE_ASSETS = {
  template: "lib/sheets/coding-page/assets/page.html",
  style: "lib/sheets/coding-page/assets/page.css",
  script: "lib/sheets/coding-page/assets/page.js",
};

/**
 * Text for an HTML element or attribute: & < > " ' escaped.
 *
 * @example htmlText('<b>"A&B"</b>') // "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 */
export function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * JSON that is safe inside a `<script type="application/json">` element: no "<", ">" or "&" (so no
 * "</script>" can end it early), and no line or paragraph separator.
 *
 * @example scriptJson({ a: "</script>" }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Reads an asset of the page. */
function asset(rel: string, root: string): string {
  const file = path.join(root, rel);
  if (!fs.existsSync(file))
    throw new InputError({ file: rel, message: "is missing", fix: "restore it from the repository (git checkout)" });
  return fs.readFileSync(file, "utf8");
}

/**
 * Fills the `{{name}}` slots of a template in one pass (a value is never searched for slots), each slot
 * exactly once.
 *
 * @throws {Error} when a slot is missing, repeated or left without a value (a bug of the page's assets)
 * @example fillTemplate("<p>{{a}}</p>", { a: "x" }) // "<p>x</p>"
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const slots = [...template.matchAll(/\{\{([a-z]+)\}\}/g)].map((m) => m[1]);
  for (const name of Object.keys(values))
    if (slots.filter((s) => s === name).length !== 1)
      throw new Error(`coding page template: slot {{${name}}} missing or repeated`);
  const unfilled = slots.find((s) => !(s in values));
  if (unfilled) throw new Error(`coding page template: slot {{${unfilled}}} not filled`);
  return template.replace(/\{\{([a-z]+)\}\}/g, (_m, name: string) => values[name]);
}

/**
 * The coding page's HTML for its data.
 *
 * @example codingPageHtml(codingPageData({ units, codebook, coder: "ana", corpus, sample, sampleKey })).length
 */
export function codingPageHtml(data: CodingPageData, root: string = projectRoot()): string {
  const style = asset(CODING_PAGE_ASSETS.style, root);
  const script = asset(CODING_PAGE_ASSETS.script, root);
  if (/<\/style/i.test(style) || /<\/script/i.test(script)) throw new Error("coding page assets: a closing tag inside");
  const what = data.evidence ? "with the dictionary coder's evidence" : "blind";
  return fillTemplate(asset(CODING_PAGE_ASSETS.template, root), {
    title: htmlText(`Coding page — ${data.coder} — ${data.corpus} (${what})`),
    style,
    data: scriptJson(data),
    script,
  });
}
