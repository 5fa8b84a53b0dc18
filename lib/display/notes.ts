/** Showing Markdown and notes (a block quote; on stderr outside a notebook, so a script's user sees it). */
import { display } from "./bundle";

/**
 * Shows Markdown (with the same text as plain-text fallback). Does nothing outside a notebook.
 *
 * @example showMarkdown("**82** texts, **66** with the sovereignty theme")
 */
export function showMarkdown(md: string): void {
  display({ "text/markdown": md, "text/plain": md });
}

/**
 * Shows a note as a Markdown block quote, e.g. to say a corpus is empty and which command fills it.
 * Outside a notebook the note goes to stderr (so a script's user still sees it) unless `quiet`.
 *
 * @example showNote("The General Debate corpus is empty — run `npm run fetch` first.")
 */
export function showNote(text: string, opts: { quiet?: boolean } = {}): void {
  const md = text
    .split(/\r?\n/)
    .map((l) => `> ${l}`)
    .join("\n");
  const shown = display({ "text/markdown": `> **Note**\n>\n${md}`, "text/plain": `Note: ${text}` });
  if (!shown && !opts.quiet) process.stderr.write(`Note: ${text}\n`);
}
