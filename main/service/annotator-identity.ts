import { userInfo } from 'node:os';
import type { Annotator } from '../../shared/model';
import type { AnnotatorIdentity } from '../../shared/ipc/contract';
import { identityInProject } from '../../shared/team/identity-in-project';

/**
 * A stable id for an annotator named `name`: a readable part from the name and a random part, so
 * two annotators both called "Ana" on their own machines stay two people when their files are
 * merged, and a later change of name keeps the id (and their work together).
 */
export function annotatorIdFor(name: string, random: () => string): string {
  const readable = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const tail = random()
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 6)
    .toLowerCase();
  return `${readable || 'annotator'}-${tail}`;
}

/** The name the first-run question suggests: the account's user name, as edits were signed before. */
export function suggestedAnnotatorName(): string {
  try {
    return userInfo().username || 'annotator';
  } catch {
    return 'annotator';
  }
}

/**
 * Who signs the edits: the name the service was started with (`--annotator`, a test's option),
 * else the one chosen in the preferences, as the open project knows them (identity-in-project.ts),
 * else none yet (the page asks; meanwhile the account's user name signs, as before identities were
 * asked for).
 */
export function currentIdentity(
  fixed: string | undefined,
  chosen: Annotator | null,
  projectAnnotators: readonly Annotator[] | null,
): AnnotatorIdentity {
  if (fixed !== undefined) return { annotator: { id: fixed, name: fixed }, fixed: true, suggestedName: fixed };
  const suggestedName = chosen?.name ?? suggestedAnnotatorName();
  if (!chosen) return { annotator: null, fixed: false, suggestedName };
  const inProject = projectAnnotators ? identityInProject(chosen, projectAnnotators) : chosen;
  return {
    annotator: inProject,
    fixed: false,
    suggestedName,
    ...(inProject.id !== chosen.id ? { ownId: chosen.id } : {}),
  };
}
