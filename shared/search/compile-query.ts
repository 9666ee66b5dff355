import { TagwrightError } from '../ipc/result';
import { clipText } from '../text/clip-text';
import { foldString } from './folded-text';
import type { SearchRequest } from './search-request';

/** A query ready to run: folded text to find, a regular expression, or nothing (the filters' annotations are the hits). */
export type CompiledQuery =
  | { kind: 'plain'; needle: string; caseSensitive: boolean }
  | { kind: 'regex'; pattern: RegExp }
  | { kind: 'annotations' };

/** Compiles the query of a request; a bad pattern or an empty search is a TagwrightError saying what is wrong. */
export function compileQuery(request: SearchRequest): CompiledQuery {
  const hasFilter = request.label !== undefined || request.attribute !== undefined || request.note !== undefined;
  if (request.query === '') {
    if (hasFilter) return { kind: 'annotations' };
    throw new TagwrightError('invalid-input', 'Type something to search for, or search by label, attribute or note.');
  }
  if (request.regex) return { kind: 'regex', pattern: compilePattern(request.query, request.caseSensitive) };
  const needle = foldString(request.query, request.caseSensitive);
  if (needle === '') {
    throw new TagwrightError(
      'invalid-input',
      `"${clipText(request.query)}" has nothing to search for once accents and marks are set aside.`,
    );
  }
  return { kind: 'plain', needle, caseSensitive: request.caseSensitive };
}

/**
 * The user's pattern as a global Unicode expression (`u`: a match never splits an emoji), ignoring
 * case unless asked. JavaScript's own error is cut down to the part that names the problem.
 */
function compilePattern(source: string, caseSensitive: boolean): RegExp {
  try {
    return new RegExp(source, caseSensitive ? 'gu' : 'giu');
  } catch (error) {
    // V8 says "Invalid regular expression: /(/giu: Unterminated group": keep "unterminated group".
    const message = (error as Error).message;
    const reason = message.slice(message.lastIndexOf(': ') + 2) || message;
    throw new TagwrightError(
      'invalid-input',
      `"${clipText(source)}" is not a valid regular expression: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`,
    );
  }
}
