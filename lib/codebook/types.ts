/** The shapes of a validated codebook: themes, vocabulary lists, the "about Kosovo" rule, study settings. */

/** One word of a pattern phrase as written (without its star); `prefix` when it ended in "*". */
export interface PatternWord {
  word: string;
  prefix: boolean;
}

/** One alternative of a pattern: a phrase of one or more words. */
export interface Phrase {
  /** The alternative as written, e.g. "negotiat* solution". */
  text: string;
  words: PatternWord[];
}

/** A set of alternatives, e.g. "Serbia|Belgrade" → two phrases. */
export interface Alternatives {
  source: string;
  phrases: Phrase[];
}

/** A pattern that fires where any of its phrases occurs. */
export interface PhrasePattern {
  kind: "phrase";
  /** The pattern as written in the codebook. */
  source: string;
  terms: Alternatives;
  /** Patterns that veto this pattern's hit when they match in the same sentence. */
  unless: Pattern[];
  line: number;
}

/** Fires where a phrase of `first` and one of `second` are at most `within` words apart in one sentence. */
export interface NearPattern {
  kind: "near";
  source: string;
  first: Alternatives;
  second: Alternatives;
  /** Most words allowed between the two phrases (0 = adjacent). Punctuation is not a word. */
  within: number;
  /** When true, `first` must come before `second`. */
  ordered: boolean;
  unless: Pattern[];
  line: number;
}

export type Pattern = PhrasePattern | NearPattern;

/** "kosovo": counts only sentences about Kosovo (see `AboutKosovo`); "any": every sentence. */
export type Scope = "kosovo" | "any";

/** Invented example sentences that should (positive) and should not (negative) express a theme. */
export interface Examples {
  positive: string[];
  negative: string[];
}

/** A theme of the coding guide with its criteria and detecting patterns. */
export interface ThemeDef {
  key: string;
  label: string;
  /** "core": one of the paper's core themes (see `coreThemes`); "secondary" otherwise. */
  level: "core" | "secondary";
  scope: Scope;
  definition: string;
  include: string[];
  exclude: string[];
  examples: Examples;
  patterns: Pattern[];
  veto: Pattern[];
  line: number;
}

/** A vocabulary list (counted per unit, not a theme): normalization, icj, each name of the Kosovo side. */
export interface VocabularyDef {
  key: string;
  label: string;
  /** "normalization", "icj" or "names". */
  group: string;
  scope: Scope;
  patterns: Pattern[];
  veto: Pattern[];
  /** The 0/1 column the coding CSV gives this list (e.g. "uses_normalization"), or null for none. */
  column: string | null;
  line: number;
}

/** The rule deciding which sentences are about Kosovo (for scope "kosovo"). */
export interface AboutKosovo {
  rule: string;
  /** A sentence naming one of these is about Kosovo. */
  anchors: Pattern[];
  /** A sentence within this many sentences of an anchor sentence is about Kosovo too ... */
  window: number;
  /** ... unless it names one of these other topics. */
  otherTopics: Pattern[];
}

/**
 * The coding guide's stance score as the codebook states it (`study: stance`): the pro-Serbian themes
 * (weight 1 each), the pro-Kosovo themes (weight −`kosovoWeight` each); the score is the weighted sum
 * of presences divided by the number of pro-Serbian themes, so that it lies in [−1, 1].
 */
export interface StanceSettings {
  proSerbia: string[];
  proKosovo: string[];
  kosovoWeight: number;
}

/** Stance weights as the timeline uses them: theme key → weight (positive: pro-Serbian). */
export type StanceWeights = Record<string, number>;

/** The paper's settings kept with the codebook (section `study`); null where the codebook has none. */
export interface StudySettings {
  /** The themes whose rank order the paper reports, in the guide's order. */
  rankedThemes: string[] | null;
  stance: StanceSettings | null;
}

/**
 * The follow-up rule (codebook `follow_up`): a sentence that does not express a theme in its own words
 * counts for it when a back-reference pattern fires in it and a sentence at most `distance` sentences
 * before it, in the same unit, expresses the theme in its own words.
 */
export interface FollowUpRule {
  rule: string;
  /** Sentences back (1: only from the sentence just before). */
  distance: number;
  /** The themes the rule carries (every theme unless the codebook lists some). */
  themes: string[];
  /** Patterns of the back-references ("this", "such acts", …). */
  backReferences: Pattern[];
  line: number;
}

/** A validated codebook. */
export interface Codebook {
  file: string;
  version: number;
  title: string;
  aboutKosovo: AboutKosovo;
  themes: ThemeDef[];
  vocabulary: VocabularyDef[];
  study: StudySettings;
  /** The follow-up rule, or null when the codebook has none (then no sentence is carried). */
  followUp: FollowUpRule | null;
}
