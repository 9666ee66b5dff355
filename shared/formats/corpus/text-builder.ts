import { codePointCount } from '../../text/code-points';

/** A piece's place in the text being built, in Unicode code points (the unit ParsedSpan counts). */
export interface BuiltPiece {
  start: number;
  end: number;
}

/**
 * Builds a document's text from pieces (tokens, separators), giving each piece's code-point
 * offsets as it goes, for formats whose files hold tokens instead of the text (CoNLL, CoNLL-U).
 * The pieces are joined once at the end.
 */
export class TextBuilder {
  #parts: string[] = [];
  #codePoints = 0;

  /** Appends `piece`; returns where it lands. */
  append(piece: string): BuiltPiece {
    const start = this.#codePoints;
    this.#parts.push(piece);
    this.#codePoints += codePointCount(piece);
    return { start, end: this.#codePoints };
  }

  get length(): number {
    return this.#codePoints;
  }

  text(): string {
    return this.#parts.join('');
  }
}
