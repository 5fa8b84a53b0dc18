/**
 * A REFI-QDA project as plain data: the parts of the standard's `project.qde` the workbook writes and reads
 * (users, the codebook's codes, text sources with their selections and codings, variables, sets). Offsets are
 * Unicode code points from 0, the end exclusive (the standard's annex: a selection of 56 characters runs from
 * 139 to 195).
 */

/** A person or program whose codings the project holds. */
export interface QdaUser {
  guid: string;
  name: string;
}

/** A code of the codebook (a theme), with its description and any child codes. */
export interface QdaCode {
  guid: string;
  name: string;
  description: string;
  /** "#RRGGBB", or null. */
  color: string | null;
  isCodable: boolean;
  children: QdaCode[];
}

/** A code applied to a selection or to a whole source, by a user. */
export interface QdaCoding {
  guid: string;
  /** The code's GUID. */
  code: string;
  /** The user's GUID, or null when the tool did not say. */
  user: string | null;
}

/** A stretch of a text source, [start, end) in code points, and the codes applied to it. */
export interface QdaSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  user: string | null;
  codings: QdaCoding[];
}

/** A variable of the sources (a document variable), e.g. year or country. */
export interface QdaVariable {
  guid: string;
  name: string;
  type: "Text" | "Integer";
}

/** A plain-text source: a unit's text, stored as `sources/<guid>.txt` in the archive. */
export interface QdaSource {
  guid: string;
  name: string;
  description: string;
  text: string;
  selections: QdaSelection[];
  /** Codings of the whole source (presence without a place). */
  codings: QdaCoding[];
  /** Variable GUID → value. */
  values: Record<string, string | number>;
}

/** A named set of sources (the units a user coded). */
export interface QdaSet {
  guid: string;
  name: string;
  description: string;
  sources: string[];
}

/** A REFI-QDA project. */
export interface QdaProject {
  name: string;
  origin: string;
  description: string;
  users: QdaUser[];
  codes: QdaCode[];
  variables: QdaVariable[];
  sources: QdaSource[];
  sets: QdaSet[];
}

/**
 * Every code of a code tree, parents before children.
 *
 * @example flatCodes(project.codes).map((c) => c.name)
 */
export function flatCodes(codes: QdaCode[]): QdaCode[] {
  return codes.flatMap((c) => [c, ...flatCodes(c.children)]);
}
