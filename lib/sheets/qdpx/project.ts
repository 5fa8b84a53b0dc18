/**
 * A corpus's units and their codings as a REFI-QDA project: each unit a plain-text source (its text exactly,
 * so the workbook's sentence numbering holds in the tool), each theme a code with its definition, and each
 * coder — the dictionary coder and every human sheet — a user whose codings are selections over the sentences
 * that carry a theme (a presence-level sheet's codings are on the whole source). A set per user names the
 * units that user coded completely, so that a sentence without a coding reads back as 0 there and as "not
 * coded" elsewhere.
 */
import type { Codebook } from "../../codebook";
import { codebookVersion } from "../../codebook/version";
import { ArgumentError, byCodeUnit, type Unit } from "../../core";
import { splitSentences } from "../../text";
import { fullyCoded, type SentenceCoding, type UnitCoding } from "../sentence-codings";
import { stableGuid } from "./guid";
import type { QdaCode, QdaCoding, QdaProject, QdaSelection, QdaSource, QdaVariable } from "./model";
import { toCodePoints } from "./offsets";

/** What a project is made of. */
export interface ProjectInput {
  /** The corpus card's name. */
  corpus: string;
  units: Unit[];
  codebook: Codebook;
  /** Sentence-level codings: the dictionary coder's and each sentence-level sheet's. */
  sentenceCodings: SentenceCoding[];
  /** Presence-level sheets' codings. */
  unitCodings?: UnitCoding[];
  /** The software that wrote the project. */
  origin?: string;
}

/** A project, and what could not be put in it. */
export interface BuiltProject {
  project: QdaProject;
  warnings: string[];
}

/** Distinct colours for the codes, in codebook order (then repeated). */
const COLOURS = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F"].concat([
  "#BCBD22",
  "#17BECF",
  "#AEC7E8",
  "#FFBB78",
]);

/** The name of the set of units a user coded completely (the import reads it back). */
export const codedSetName = (user: string): string => `units coded by ${user}`;

/** The variables every source carries. */
export const SOURCE_VARIABLES = ["year", "country", "speaker", "codebook"] as const;

function themeDescription(t: Codebook["themes"][number], version: string): string {
  const lines = [t.label, "", t.definition.trim()];
  const list = (title: string, items: string[]) => {
    if (items.length) lines.push("", `${title}:`, ...items.map((i) => `- ${i}`));
  };
  list("Include", t.include);
  list("Exclude", t.exclude);
  list("Examples that express it (invented)", t.examples.positive);
  list("Examples that do not (invented)", t.examples.negative);
  lines.push("", `Codebook version ${version}; level: ${t.level}.`);
  return lines.join("\n");
}

/** The users: one per coding, names unique. */
function usersOf(input: ProjectInput): Array<{ guid: string; name: string }> {
  const names = [...input.sentenceCodings, ...(input.unitCodings ?? [])].map((c) => c.coder);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new ArgumentError("codings", "one coding per coder name", dup, `give each sheet its own coder`);
  return names.map((name) => ({ guid: stableGuid("user", input.corpus, name), name }));
}

/**
 * The REFI-QDA project of a corpus's units and their codings.
 *
 * @throws {ArgumentError} when two codings name the same coder
 * @example qdaProject({ corpus, units, codebook, sentenceCodings: [dictionaryCoding(units, coded, keys)] }).project
 */
export function qdaProject(input: ProjectInput): BuiltProject {
  const version = codebookVersion(input.codebook);
  const keys = input.codebook.themes.map((t) => t.key);
  const users = usersOf(input);
  const userOf = new Map(users.map((u) => [u.name, u.guid]));
  const codes: QdaCode[] = input.codebook.themes.map((t, i) => ({
    guid: stableGuid("code", t.key),
    name: t.key,
    description: themeDescription(t, version),
    color: COLOURS[i % COLOURS.length],
    isCodable: true,
    children: [],
  }));
  const codeOf = new Map(codes.map((c) => [c.name, c.guid]));
  const variables: QdaVariable[] = SOURCE_VARIABLES.map((name) => ({
    guid: stableGuid("variable", name),
    name,
    type: name === "year" ? "Integer" : "Text",
  }));
  const warnings: string[] = [];
  const coded = new Map<string, string[]>(users.map((u) => [u.name, []]));
  const units = [...input.units].sort((a, b) => byCodeUnit(a.id, b.id));
  const sources: QdaSource[] = units.map((u) => {
    const guid = stableGuid("source", input.corpus, u.id);
    const sentences = splitSentences(u.body);
    const selections: QdaSelection[] = [];
    for (const c of input.sentenceCodings) {
      const rows = c.sentences[u.id];
      if (!rows) continue;
      const user = userOf.get(c.coder) as string;
      if (rows.length === sentences.length && fullyCoded(rows, keys)) coded.get(c.coder)?.push(guid);
      for (const r of rows) {
        const s = sentences[r.sentence - 1];
        const themes = keys.filter((k) => r.codes[k] === 1);
        if (!s) {
          warnings.push(`${c.coder}: ${u.id} has no sentence ${r.sentence} (it has ${sentences.length}): left out`);
          continue;
        }
        if (themes.length === 0) continue;
        const codings: QdaCoding[] = themes.map((k) => ({
          guid: stableGuid("coding", input.corpus, u.id, c.coder, String(r.sentence), k),
          code: codeOf.get(k) as string,
          user,
        }));
        selections.push({
          guid: stableGuid("selection", input.corpus, u.id, c.coder, String(r.sentence)),
          name: `sentence ${r.sentence}`,
          start: toCodePoints(u.body, s.start),
          end: toCodePoints(u.body, s.end),
          user,
          codings,
        });
      }
    }
    const order = new Map(users.map((x, i) => [x.guid, i]));
    selections.sort((a, b) => a.start - b.start || (order.get(a.user ?? "") ?? 0) - (order.get(b.user ?? "") ?? 0));
    const whole: QdaCoding[] = [];
    for (const c of input.unitCodings ?? []) {
      const row = c.codes[u.id];
      if (!row) continue;
      if (keys.every((k) => row[k] === 0 || row[k] === 1)) coded.get(c.coder)?.push(guid);
      for (const k of keys.filter((t) => row[t] === 1))
        whole.push({
          guid: stableGuid("coding", input.corpus, u.id, c.coder, k),
          code: codeOf.get(k) as string,
          user: userOf.get(c.coder) as string,
        });
    }
    const values: Record<string, string | number> = {};
    const value = { year: u.year, country: u.country, speaker: u.speaker, codebook: version };
    for (const v of variables) values[v.guid] = value[v.name as keyof typeof value];
    const place = [u.countryName ? `${u.countryName} (${u.country})` : u.country, String(u.year), u.speaker, u.venue];
    return {
      guid,
      name: u.id,
      description: place.filter(Boolean).join(" · "),
      text: u.body,
      selections,
      codings: whole,
      values,
    };
  });
  const project: QdaProject = {
    name: `${input.corpus} (codebook ${version})`,
    origin: input.origin ?? "china-kosovo-workbook",
    description:
      `Units of the corpus card ${input.corpus} as text sources (the unit's text; sentences as the workbook numbers ` +
      `them), the themes of codebook version ${version} as codes, and the codings of ` +
      `${users.map((u) => u.name).join(", ")} ` +
      `as users. A set "${codedSetName("<user>")}" lists the units a user coded completely: there a sentence without ` +
      `a coding of a theme is a 0.`,
    users,
    codes,
    variables,
    sources,
    sets: users.map((u) => ({
      guid: stableGuid("set", input.corpus, u.name),
      name: codedSetName(u.name),
      description: `The units ${u.name} coded on every sentence and theme.`,
      sources: coded.get(u.name) ?? [],
    })),
  };
  return { project, warnings };
}
