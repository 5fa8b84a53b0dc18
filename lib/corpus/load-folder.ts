/** Loading a folder card: its `.txt` texts within the years, with a note saying how to fill an empty folder. */
import { type CorpusCard, sourceDir } from "./card";
import { readTextFolder, shownFolder } from "./folder";
import { type LoadedCorpus, textsReport } from "./loaded";

/**
 * A folder card's texts for some years (read from the folder each time).
 *
 * @throws {ValidationError} listing every problem of the folder's files
 */
export function loadFolder(card: CorpusCard, years: [number, number]): LoadedCorpus {
  const dir = sourceDir(card);
  const all = readTextFolder(dir, card.categories);
  const texts = all.filter((t) => t.year >= years[0] && t.year <= years[1]);
  const notes: string[] = [];
  if (all.length === 0) notes.push(emptyFolderNote(card, shownFolder(dir)));
  else if (texts.length < all.length)
    notes.push(`${all.length - texts.length} of ${all.length} texts lie outside ${years[0]}–${years[1]}.`);
  return { card, texts, report: textsReport(card, years, texts, notes, "folder") };
}

/** What to say when a folder corpus has no texts: the two commands that fill it. */
function emptyFolderNote(card: CorpusCard, shown: string): string {
  const orEnv = card.source.env ? ` (or set ${card.source.env} to another folder)` : "";
  const category = card.categories[0] ?? "<category>";
  return (
    `The corpus "${card.name}" is empty: no .txt texts in ${shown}${orEnv}. ` +
    `Fill it with \`npm run fetch -- --corpus ${card.name}\`, or add texts one by one with ` +
    `\`npm run add-text -- --corpus ${card.name} --file text.txt --date YYYY-MM-DD --category ${category} ` +
    `--speaker "…" --venue "…" --source "…"\`.`
  );
}
