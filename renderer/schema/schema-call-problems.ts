import type { CallError } from '../../shared/ipc/result';
import type { SchemaProblem } from '../../shared/model';

/**
 * What main refused in a Save, each with the path of the field it is about: schemaProblems'
 * list, or zod's issues (a colour that is not #rrggbb, a key longer than one character) with
 * their paths written the same way ("labels[0].colour"). Anything else is one problem about the whole.
 */
export function schemaProblemsOf(error: CallError): SchemaProblem[] {
  const details = error.details;
  if (isObject(details) && Array.isArray(details.problems)) return details.problems as SchemaProblem[];
  if (Array.isArray(details) && details.every((i) => isObject(i) && Array.isArray(i.path))) {
    return details.map((issue: { path: (string | number)[]; message?: unknown }) => ({
      path: pathText(issue.path[0] === 'schema' ? issue.path.slice(1) : issue.path),
      message: String(issue.message ?? error.message),
    }));
  }
  return [{ path: '', message: error.message }];
}

/** Problems about the field at `path`, or inside it. */
export function problemsAt(problems: readonly SchemaProblem[], path: string): SchemaProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
