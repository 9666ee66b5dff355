import type { BuiltPiece } from './text-builder';

/** A labelled run of tokens read from IOB-style tags, in code points of the built text. */
export interface TagRun {
  label: string;
  start: number;
  end: number;
  /** The line of its first token. */
  line: number;
}

const PREFIXED = /^([BIESLU])-(.+)$/;

/**
 * Turns one column of token tags into labelled runs, whatever the scheme: IOB1, IOB2, BIOES
 * (`E-`, `S-`) and BILOU (`L-`, `U-`); `O` is outside, and a bare tag (`PER`, the IO scheme)
 * continues a run of the same label. An `I-` or `E-` that does not continue a run of its label
 * starts one, and is counted (`strays`) so the importer can say so: IOB1 files do it by design,
 * other files by mistake.
 */
export class TagRunReader {
  readonly runs: TagRun[] = [];
  strays = 0;
  firstStrayLine: number | undefined;
  #open: TagRun | null = null;

  /** Reads the tag of the token at `piece` (on `line`). */
  read(tag: string, piece: BuiltPiece, line: number): void {
    if (tag === 'O') return this.close();
    const prefixed = PREFIXED.exec(tag);
    const [kind, label] = prefixed ? [prefixed[1]!, prefixed[2]!] : ['', tag];
    const continues = this.#open !== null && this.#open.label === label && kind !== 'B' && kind !== 'S' && kind !== 'U';
    if (continues) this.#open!.end = piece.end;
    else {
      this.close();
      if (kind === 'I' || kind === 'E' || kind === 'L') this.#stray(line);
      this.#open = { label, start: piece.start, end: piece.end, line };
    }
    if (kind === 'E' || kind === 'L' || kind === 'S' || kind === 'U') this.close();
  }

  /** Ends the open run, if any (at an `O`, and at the end of every sentence). */
  close(): void {
    if (this.#open) this.runs.push(this.#open);
    this.#open = null;
  }

  #stray(line: number) {
    this.strays++;
    this.firstStrayLine ??= line;
  }
}
