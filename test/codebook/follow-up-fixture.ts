/** An invented codebook for the follow-up tests (codebook and coding). */

/** An invented two-theme codebook, with the given follow_up section lines (none: no rule). */
export function followUpCodebook(followUp: string[]): string {
  return [
    "version: 1",
    "title: follow-up test",
    "about_kosovo:",
    "  rule: Anchors only.",
    "  anchors: [Kosovo]",
    "  window: 1",
    "  other_topics: [Cyprus]",
    "themes:",
    "  - key: unilateral",
    "    label: Unilateral acts",
    "    level: core",
    "    scope: kosovo",
    "    definition: Opposes a unilateral act.",
    "    patterns: [unilateral act*]",
    "    veto: [ICJ]",
    "  - key: dialogue",
    "    label: Dialogue",
    "    level: core",
    "    scope: kosovo",
    "    definition: Endorses dialogue.",
    "    patterns: [dialogue]",
    ...followUp,
  ].join("\n");
}
