/** A half-open span of a document's text, in UTF-16 code units (the unit offsets are stored in). */
export interface TextSpan {
  start: number;
  end: number;
}
