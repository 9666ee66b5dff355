import type { ParsedCorpus } from './parsed-corpus';
import { nonBlankLines } from './text-lines';

/** Each non-blank line of a JSON Lines file, parsed, with its number; a malformed line is reported in `corpus` and skipped. */
export function* jsonLines(corpus: ParsedCorpus, content: string): Generator<[unknown, number]> {
  for (const [line, n] of nonBlankLines(content)) {
    const value = parseJsonLine(corpus, line, n);
    if (value !== null) yield [value, n];
  }
}

/** Parses one JSON line, reporting a malformed one; null when it cannot be read. */
export function parseJsonLine(corpus: ParsedCorpus, line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    corpus.problems.push({
      fileName: corpus.fileName,
      line: lineNumber,
      message: `malformed JSON line (${(error as Error).message})`,
    });
    return null;
  }
}

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-negative integer offset, or undefined. */
export function offsetValue(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Parses a whole JSON file, reporting it when it is not JSON; undefined then. */
export function parseJsonFile(corpus: ParsedCorpus, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    corpus.problems.push({ fileName: corpus.fileName, message: `not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}
