/**
 * Speakers of the Security Council's Kosovo meetings in the groups a comparison needs: the five
 * permanent members, Serbia, Kosovo, and everyone else (elected members, the Secretariat, briefers).
 * The General Debate's country groups (lib/groups) put the United Kingdom and France with the EU
 * members; at the Council the permanent members are compared one by one, at the same meetings.
 */
import type { Text } from "../../core";

/** The groups, in the order tables list them. */
export const COUNCIL_GROUPS = [
  "China",
  "Russia",
  "United States",
  "United Kingdom",
  "France",
  "Serbia",
  "Kosovo",
  "Others",
] as const;

/** A group of Council speakers. */
export type CouncilGroup = (typeof COUNCIL_GROUPS)[number];

const BY_CODE: Record<string, CouncilGroup> = {
  CHN: "China",
  RUS: "Russia",
  USA: "United States",
  GBR: "United Kingdom",
  FRA: "France",
  SRB: "Serbia",
  SCG: "Serbia",
  YUG: "Serbia",
  XKX: "Kosovo",
};

/**
 * The group of a speaker's country code (ISO alpha-3; XKX for Kosovo).
 *
 * @example councilGroup("GBR") // "United Kingdom"
 * @example councilGroup("BRA") // "Others"
 */
export function councilGroup(country: string): CouncilGroup {
  return BY_CODE[country] ?? "Others";
}

/**
 * The meeting of a Council text, from its venue ("UN Security Council, S/PV.7155" → "S/PV.7155"); "" when none.
 *
 * @example meetingOf({ venue: "UN Security Council, S/PV.7155 (Resumption 1)" }) // "S/PV.7155"
 */
export function meetingOf(text: Pick<Text, "venue">): string {
  return /\bS\/(?:PV\.\d+|\d{4}\/\d+)/.exec(text.venue)?.[0] ?? "";
}

/**
 * The texts of the meetings at which China spoke, for a comparison at the same meetings: every text
 * whose meeting also has a text of China's.
 *
 * @example sameMeetingsAsChina(texts).every((t) => chinaMeetings.has(meetingOf(t))) // true
 */
export function sameMeetingsAsChina<T extends Pick<Text, "venue" | "country">>(texts: T[]): T[] {
  const china = new Set(texts.filter((t) => t.country === "CHN").map(meetingOf));
  china.delete("");
  return texts.filter((t) => china.has(meetingOf(t)));
}
