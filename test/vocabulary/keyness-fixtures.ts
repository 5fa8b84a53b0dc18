import { frequencyList } from "../../lib/vocabulary/frequency";
import { tokenize } from "./fixtures";

// Invented word lists: A says "dialogue" often, B says "unilateral" often.
export const early = [
  "We support dialogue and dialogue again and dialogue with restraint and dialogue.",
  "Dialogue is the way, with restraint and calm.",
];
export const late = [
  "Unilateral acts must stop now. Unilateral steps harm the north.",
  "We oppose unilateral measures and unilateral raids in the north.",
];
export const A = frequencyList(early, tokenize);
export const B = frequencyList(late, tokenize);
