/**
 * Codings made in a QDA tool, read back into a coding sheet: one user's codings of the workbook's themes, each
 * selection placed on the sentences it covers (the workbook's sentence splitter over the source's text), so
 * that a student who coded in MAXQDA, ATLAS.ti or NVivo hands in the same sheet as one who coded in the page.
 */
import { ArgumentError, byCodeUnit, InputError, type Unit } from "../../core";
import { splitSentences } from "../../text";
import { sheetCsv } from "../build";
import { sentenceSheetCsv } from "../sentences";
import { fillSheet } from "./fill-sheet";
import { normalGuid } from "./guid";
import { flatCodes, type QdaProject } from "./model";
import { toCodeUnits } from "./offsets";
import { codedSetName } from "./project";

/** A unit as read back: its text and metadata, and the user's codes per sentence and for the whole unit. */
export interface ImportedUnit {
  id: string;
  text: string;
  year: string;
  country: string;
  speaker: string;
  /** The codebook version the source carries (its `codebook` variable), or null. */
  codebook: string | null;
  /** True when the user coded the unit completely (in the user's set), so a sentence without a coding is 0. */
  coded: boolean;
  /** Per sentence (index 0 = sentence 1): theme → 1, 0 or null (not coded). */
  sentences: Array<Record<string, 0 | 1 | null>>;
  /** Themes coded on the whole source (presence without a place). */
  whole: string[];
}

/** One user's codings, read back, and what the reader left out or assumed. */
export interface ImportedCoding {
  user: string;
  units: ImportedUnit[];
  notes: string[];
}

/** A theme as the import recognises it: by its key or its label. */
export interface ImportTheme {
  key: string;
  label: string;
}

/** The user's GUID, or an error naming the users the project has. */
function userGuid(project: QdaProject, user: string | undefined, file: string): { guid: string; name: string } {
  const users = project.users.filter((u) => u.name.trim() !== "");
  const named = users.map((u) => `"${u.name}"`).join(", ") || "none";
  if (user === undefined) {
    if (users.length === 1) return users[0];
    throw new ArgumentError("--coder", `one of the project's users (${named})`, "", "say whose codings to read");
  }
  const hit = users.find((u) => u.name.trim() === user.trim());
  if (!hit)
    throw new InputError({
      file,
      message: `no user "${user}" in the project (users: ${named})`,
      fix: "pass one of them with --coder",
    });
  return hit;
}

/**
 * One user's codings of the codebook's themes in a project. A code counts as a theme when its name is the
 * theme's key or label (case ignored); other codes are named in the notes and left out.
 *
 * @throws {InputError} naming the users when `user` is not one of them, or when the project codes no theme
 * @example importCodings(project, "ana", themes, "class.qdpx").units.length
 */
export function importCodings(
  project: QdaProject,
  user: string | undefined,
  themes: ImportTheme[],
  file: string,
): ImportedCoding {
  const who = userGuid(project, user, file);
  const notes: string[] = [];
  const themeOf = new Map<string, string>();
  const unknown = new Set<string>();
  for (const c of flatCodes(project.codes)) {
    const t = themes.find((x) => [x.key, x.label].some((n) => n.toLowerCase() === c.name.trim().toLowerCase()));
    if (t) themeOf.set(normalGuid(c.guid), t.key);
    else unknown.add(c.name);
  }
  if (themeOf.size === 0)
    throw new InputError({
      file,
      message: "none of the project's codes is a theme of the codebook",
      fix: "name the codes by the themes' keys (export the project with npm run export)",
    });
  if (unknown.size)
    notes.push(`codes that are not themes of the codebook, left out: ${[...unknown].sort(byCodeUnit).join(", ")}`);
  const onlyUser = project.users.length === 1;
  const mine = (u: string | null, fallback: string | null) =>
    (u ?? fallback ?? (onlyUser ? who.guid : null)) === who.guid;
  const set = project.sets.find((s) => s.name === codedSetName(who.name));
  if (!set) notes.push(`no set "${codedSetName(who.name)}": every source is taken as coded by ${who.name}`);
  const inSet = set ? new Set(set.sources.map(normalGuid)) : null;
  const varName = new Map(project.variables.map((v) => [v.guid, v.name]));
  const units = project.sources.map((s): ImportedUnit => {
    const value = (name: string) => {
      const hit = Object.entries(s.values).find(([g]) => varName.get(g) === name);
      return hit ? String(hit[1]) : "";
    };
    const coded = inSet ? inSet.has(normalGuid(s.guid)) : true;
    const sentences = splitSentences(s.text);
    const codes = sentences.map(
      () => Object.fromEntries(themes.map((t) => [t.key, coded ? 0 : null])) as Record<string, 0 | 1 | null>,
    );
    for (const sel of s.selections) {
      const from = toCodeUnits(s.text, sel.start);
      const to = toCodeUnits(s.text, sel.end);
      for (const c of sel.codings) {
        const key = themeOf.get(c.code);
        if (!key || !mine(c.user, sel.user)) continue;
        sentences.forEach((x, i) => {
          if (x.start < to && from < x.end) codes[i][key] = 1;
        });
      }
    }
    const whole = [
      ...new Set(
        s.codings.filter((c) => themeOf.has(c.code) && mine(c.user, null)).map((c) => themeOf.get(c.code) as string),
      ),
    ];
    return {
      id: s.name,
      text: s.text,
      year: value("year"),
      country: value("country"),
      speaker: value("speaker"),
      codebook: value("codebook") || null,
      coded,
      sentences: codes,
      whole,
    };
  });
  return { user: who.name, units: units.sort((a, b) => byCodeUnit(a.id, b.id)), notes };
}

/** The codebook version the units carry (one), or null when they carry none. */
function versionOf(imported: ImportedCoding, file: string): string | null {
  const versions = [...new Set(imported.units.map((u) => u.codebook).filter((v): v is string => v !== null))];
  if (versions.length > 1)
    throw new InputError({
      file,
      message: `the sources carry codebook versions ${versions.join(" and ")}`,
      fix: "export units coded against one codebook",
    });
  return versions[0] ?? null;
}

/** The imported units as units of the sheet writers (text, year, country, speaker are what they print). */
function asUnits(imported: ImportedCoding): Unit[] {
  return imported.units.map((u) => ({
    id: u.id,
    textId: u.id,
    spans: [[0, u.text.length]],
    body: u.text,
    words: 0,
    date: null,
    year: Number(u.year) || 0,
    category: "",
    speaker: u.speaker,
    post: "",
    country: u.country,
    countryName: "",
    venue: "",
    source: "",
  }));
}

/**
 * The user's codings as a sentence-level sheet (the format of `sentenceSheetCsv`): 1 where a coding covers the
 * sentence, 0 elsewhere in a unit the user coded completely, blank (not coded) in other units.
 *
 * @example importedSentenceSheet(importCodings(project, "ana", themes, file), keys, file)
 */
export function importedSentenceSheet(imported: ImportedCoding, themeKeys: string[], file: string): string {
  const version = versionOf(imported, file) ?? "";
  const blank = sentenceSheetCsv(asUnits(imported), themeKeys, { coder: imported.user, codebook: version });
  const byId = new Map(imported.units.map((u) => [u.id, u]));
  return fillSheet(blank, (row, set) => {
    const codes = byId.get(row.id)?.sentences[Number(row.sentence) - 1] ?? {};
    for (const k of themeKeys) set(k, codes[k] === null || codes[k] === undefined ? "" : String(codes[k]));
  });
}

/**
 * The user's codings as a presence-level sheet (the format of `sheetCsv`): 1 when any sentence or the whole
 * unit is coded with the theme, 0 when the user coded the unit completely without it, blank otherwise.
 *
 * @example importedPresenceSheet(importCodings(project, "ana", themes, file), keys)
 */
export function importedPresenceSheet(imported: ImportedCoding, themeKeys: string[]): string {
  const blank = sheetCsv(asUnits(imported), themeKeys, { coder: imported.user }).csv;
  const byId = new Map(imported.units.map((u) => [u.id, u]));
  return fillSheet(blank, (row, set) => {
    const u = byId.get(row.id);
    for (const k of themeKeys) {
      const present = !!u && (u.whole.includes(k) || u.sentences.some((s) => s[k] === 1));
      set(k, present ? "1" : u?.coded ? "0" : "");
    }
  });
}
