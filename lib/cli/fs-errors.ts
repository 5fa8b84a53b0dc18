/**
 * File-system errors in words: what Node reports as EISDIR, ENOTDIR, ELOOP, EACCES … becomes a
 * sentence that names the path and says what to do, for a command's message (never a stack trace).
 */

/** The codes of file-system problems a user can fix, with what each means and what to do. */
const MEANINGS: Record<string, [string, string]> = {
  ENOENT: ["does not exist", "check the path (it is read from where you typed the command)"],
  EISDIR: ["is a folder, not a file", "give a file inside it"],
  ENOTDIR: ["goes through a file as if it were a folder", "check each part of the path"],
  ELOOP: ["is a loop of symbolic links", "point the link at a real file or folder"],
  EACCES: ["may not be read or written by you (permission denied)", "choose a place you may write, or fix its rights"],
  EPERM: ["may not be changed (operation not permitted)", "choose another place, or fix its rights"],
  EROFS: ["is on a read-only file system", "choose a place you may write"],
  ENOSPC: ["cannot be written: the disk is full", "free some space and run the command again"],
  EEXIST: ["exists already", "choose another name, or move the old one"],
  ENAMETOOLONG: ["has a name too long for the file system", "choose a shorter name"],
  EMFILE: ["cannot be opened: too many files are open", "run the command again"],
  EBUSY: ["is in use by another program", "close it there and run the command again"],
};

/** Is `e` a file-system error with a code this module explains? */
export function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && code in MEANINGS;
}

/**
 * What a file-system error means in words, and the fix.
 *
 * @example fsErrorParts(Object.assign(new Error("ELOOP"), { code: "ELOOP" })).meaning // "is a loop of symbolic links"
 */
export function fsErrorParts(e: NodeJS.ErrnoException): { meaning: string; fix: string } {
  const [meaning, fix] = MEANINGS[e.code ?? ""] ?? [`cannot be used (${e.code ?? e.message})`, "check the path"];
  return { meaning, fix };
}

/**
 * A file-system error as one sentence: the path, what is wrong with it in words, and the fix.
 *
 * @example fsErrorMessage(Object.assign(new Error("EISDIR"), { code: "EISDIR", path: "out.csv" }))
 * // "out.csv is a folder, not a file — give a file inside it"
 */
export function fsErrorMessage(e: NodeJS.ErrnoException, shownPath: string = e.path ?? ""): string {
  const { meaning, fix } = fsErrorParts(e);
  const where = shownPath || "a file";
  const dest = (e as { dest?: string }).dest;
  const also = dest ? ` (renaming it to ${dest})` : "";
  return `${where}${also} ${meaning} — ${fix}`;
}
