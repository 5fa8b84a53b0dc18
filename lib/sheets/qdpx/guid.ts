/**
 * GUIDs for a REFI-QDA project that are the same on every export of the same data: derived from names
 * (the SHA-256 of the parts, shaped as an RFC 4122 name-based GUID), so the same inputs give the same bytes.
 */
import { createHash } from "crypto";

/**
 * A GUID (upper case, 8-4-4-4-12 hex digits) derived from the parts.
 *
 * @example stableGuid("code", "sovereignty") // e.g. "3C1F…-…": the same on every call
 */
export function stableGuid(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join("\u0000")).digest("hex").toUpperCase().split("");
  h[12] = "5"; // name-based
  h[16] = "89AB"[parseInt(h[16], 16) & 3]; // RFC 4122 variant
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** The GUID pattern of the REFI-QDA schema (with or without braces). */
export const GUID_PATTERN =
  /^(\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})$/;

/**
 * A GUID without braces, upper case, so that references compare equal however a tool wrote them.
 *
 * @example normalGuid("{3c1f0000-0000-5000-8000-000000000000}") // "3C1F0000-0000-5000-8000-000000000000"
 */
export function normalGuid(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/g, "")
    .toUpperCase();
}
