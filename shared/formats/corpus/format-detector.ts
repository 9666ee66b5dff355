import { nonBlankLines } from './text-lines';

/**
 * What a detector says of a file: `certain` when the content names the format (a header, a
 * telling key); `possible` when the name fits and nothing in the content says otherwise, which is
 * taken only when no format is certain; null when the file is not in the format; a `Refusal`
 * when its name says the format, its content does not, and it must not be taken for a plain
 * document either (a `.conllu` file holding CoNLL).
 */
export type Detection = 'certain' | 'possible' | null | Refusal;

/** Why a file named for a format cannot be imported without `--format`, in words that say what to do. */
export interface Refusal {
  refused: string;
}

/** How a format is recognised in a file the user did not say the format of (`--format`). */
export interface FormatDetector {
  /** Lower-case endings of the file names the format comes in (`.jsonl`): only such files are asked. */
  extensions: readonly string[];
  detect(file: CandidateFile): Detection;
}

/** A file as detectors see it: its contents read, and parsed, at most once whichever detectors ask. */
export interface CandidateFile {
  /** The file name, lower case. */
  name: string;
  /** The first non-blank line as JSON (JSON Lines); `ok: false` when it is not JSON. */
  firstLineJson(): JsonReading;
  /** The whole file as JSON; `ok: false` when it is not JSON. */
  json(): JsonReading;
  /** The whole file as text. */
  text(): string;
}

export type JsonReading = { ok: true; value: unknown } | { ok: false };

/** The file `fileName`, its content read only when a detector asks. */
export function candidateFile(fileName: string, content: () => string): CandidateFile {
  let text: string | undefined;
  let firstLineJson: JsonReading | undefined;
  let json: JsonReading | undefined;
  const read = () => (text ??= content());
  return {
    name: fileName.toLowerCase(),
    firstLineJson() {
      firstLineJson ??= parsed(nonBlankLines(read()).next().value?.[0] ?? '');
      return firstLineJson;
    },
    json() {
      json ??= parsed(read());
      return json;
    },
    text: read,
  };
}

function parsed(text: string): JsonReading {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
