import type { Project } from './project';
import type { ReportProblem } from './event-integrity';

/**
 * The rules of entities zod cannot check: unique ids, known labels, and every mention's `entity`
 * naming one of them. Returns true when `report` said stop.
 */
export function reportEntityProblems(project: Project, report: ReportProblem): boolean {
  const labelIds = new Set(project.schema.labels.map((l) => l.id));
  const entityIds = new Set<string>();
  for (const [i, entity] of project.entities.entries()) {
    const at = `entities[${i}]`;
    if (entityIds.has(entity.id)) {
      if (report(`${at}.id`, `duplicate entity id "${entity.id}"`)) return true;
      continue;
    }
    entityIds.add(entity.id);
    if (
      !labelIds.has(entity.label) &&
      report(`${at}.label`, `entity "${entity.id}" has unknown label "${entity.label}"`)
    )
      return true;
  }
  for (let i = 0; i < project.annotations.length; i++) {
    const { id, entity } = project.annotations[i]!;
    if (entity === undefined || entityIds.has(entity)) continue;
    if (report(`annotations[${i}].entity`, `annotation "${id}" is linked to missing entity "${entity}"`)) return true;
  }
  return false;
}
