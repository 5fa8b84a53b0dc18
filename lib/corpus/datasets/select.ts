/**
 * Which rows of the datasets are China's statements on Kosovo.
 *
 * - Security Council: China's speeches at meetings whose agenda is Kosovo — the agenda or topic
 *   names Kosovo, or resolution 1244 (1999) or 1160 (1998), the resolutions the Council's Kosovo item
 *   is listed under. A speech that mentions Kosovo at a meeting on something else is not one of them.
 *   China's seat is the People's Republic's from 25 October 1971. When China presides, only the part
 *   it speaks "in its capacity as the representative of China" is China's statement.
 * - Press conferences: the question–answer pairs whose question or answer names a Kosovo anchor
 *   term of the coding guide (Kosovo, Kosova, Kosovar, Metohija, Pristina, UNMIK, KFOR, EULEX).
 */
import { hasAnchor } from "../../text";
import { type CouncilSpeech, nationalCapacityPart } from "./council";
import { countryCode } from "./countries";

/** The agenda of the Council's Kosovo item (and the item's own name). */
export const KOSOVO_AGENDA = /\bkosov[oa]\b|\b1244\s*\(\s*1999\s*\)|\b1160\s*\(\s*1998\s*\)/i;

/** The first day the People's Republic of China held China's seat (General Assembly resolution 2758). */
export const PRC_SEAT_FROM = "1971-10-25";

/** Correlates of War code of China. */
export const CHINA_COW = 710;

/**
 * Is a meeting on the Council's Kosovo item, by its topic and agenda texts?
 *
 * @example isKosovoAgenda("Security Council resolutions 1160 (1998), …, 1239 (1999) and 1244 (1999)") // true
 * @example isKosovoAgenda("The situation in Bosnia and Herzegovina") // false
 */
export function isKosovoAgenda(...texts: string[]): boolean {
  return texts.some((t) => KOSOVO_AGENDA.test(t));
}

/**
 * Is a speaker's country China, by its name (any dataset's spelling) or its COW code?
 *
 * @example isChina("China") // true
 * @example isChina("", 710) // true
 */
export function isChina(name: string, cow: number | null = null): boolean {
  return cow === CHINA_COW || countryCode(name).iso3 === "CHN";
}

/**
 * The part of a speech that is China's statement, or null when it is not China's: another country's
 * speech, the Republic of China's seat (before 25 October 1971), a procedural turn of the President,
 * or a presiding turn with no part in China's national capacity.
 *
 * @example chinaStatementBody(speech) // speech.body for a representative of China speaking from China's seat
 */
export function chinaStatementBody(s: CouncilSpeech): string | null {
  if (s.country !== "CHN" || s.date < PRC_SEAT_FROM) return null;
  if (!s.presiding) return s.procedural === true ? null : s.body;
  const part = nationalCapacityPart(s.body);
  if (part && isChina(part.country)) return part.text;
  return s.procedural === false ? s.body : null;
}

/**
 * Is a press-conference pair about Kosovo: does its question or its answer name an anchor term?
 *
 * @example isPairAboutKosovo("Any comment on Pristina?", "We have noted it.") // true
 */
export function isPairAboutKosovo(question: string, answer: string): boolean {
  return hasAnchor(question) || hasAnchor(answer);
}
