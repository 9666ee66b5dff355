import type { Annotator } from '../model';
import { GOLD_ANNOTATOR } from '../model/curation';

/**
 * Who this user is in one project. Their own id when the project knows it. Otherwise the
 * project's one annotator with their name (trimmed, case and accents aside): a lead who added
 * "Ana Lima" in the Progress view and handed her a copy gave her that id, while her own
 * Tagwright made her another (`ana-lima-k3j9x2`) on its first run; signing as the lead's id keeps
 * her documents under "Mine" and her work in the lead's column when the copy comes back. Two
 * annotators of that name, or none, leave her own id: guessing between people is worse.
 */
export function identityInProject(me: Annotator, annotators: readonly Annotator[]): Annotator {
  if (annotators.some((a) => a.id === me.id)) return me;
  const name = foldedName(me.name);
  const namesakes = annotators.filter((a) => a.id !== GOLD_ANNOTATOR && foldedName(a.name) === name);
  return namesakes.length === 1 ? { id: namesakes[0]!.id, name: me.name } : me;
}

function foldedName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}
