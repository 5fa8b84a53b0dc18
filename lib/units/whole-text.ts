/** The whole text as one coding unit (the study corpus's unit). */
import type { Text, TextMeta, Unit } from "../core";

/**
 * The metadata a unit inherits from its text: everything but id, body and word count.
 *
 * @example textMeta(text).country // "SRB"
 */
export function textMeta(text: Text): TextMeta {
  const { id: _id, body: _body, words: _words, ...meta } = text;
  return meta;
}

/**
 * The whole text as one unit: id = text id, one span over the body.
 *
 * @example wholeTextUnit(text).spans // [[0, text.body.length]]
 */
export function wholeTextUnit(text: Text): Unit {
  return {
    ...textMeta(text),
    id: text.id,
    textId: text.id,
    spans: [[0, text.body.length]],
    body: text.body,
    words: text.words,
  };
}
