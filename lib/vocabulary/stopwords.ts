/** The stop words keyness tables leave out by default. */

/**
 * A short English stop-word list (function words only) for keyness tables. Pass your own list to `keyness` to
 * change it.
 *
 * @example ENGLISH_STOPWORDS.includes("the") // true
 */
export const ENGLISH_STOPWORDS: readonly string[] = (
  "a about after again against all also am an and any are as at be because been before being between " +
  "both but by can could did do does doing during each few for from further had has have having he her " +
  "here hers him his how i if in into is it its itself me more most my no nor not of off on once only " +
  "or other our ours out over own same she should so some such than that the their theirs them then " +
  "there these they this those through to too under until up upon very was we were what when where " +
  "which while who whom why will with would you your s shall may must might within without among well " +
  "just now yet one us"
).split(" ");
