import type { Project } from '../../shared/model';
import { GOLD_ANNOTATOR, GOLD_ANNOTATOR_NAME } from '../../shared/model/curation';
import type { ExportLayerChoice } from '../../shared/formats/export-job';

/**
 * The layers an export may take besides all: the gold layer when it has annotations, then each
 * annotator of the project by name (those without annotations too: an empty layer is still theirs).
 */
export function exportLayerChoices(project: Project): ExportLayerChoice[] {
  const counts = new Map<string, number>();
  for (const a of project.annotations) counts.set(a.annotator, (counts.get(a.annotator) ?? 0) + 1);
  const gold = counts.get(GOLD_ANNOTATOR) ?? 0;
  return [
    ...(gold > 0 ? [{ layer: { kind: 'gold' } as const, name: GOLD_ANNOTATOR_NAME, annotations: gold }] : []),
    ...project.annotators
      .filter((a) => a.id !== GOLD_ANNOTATOR)
      .map((a) => ({
        layer: { kind: 'annotator', id: a.id } as const,
        name: a.name || a.id,
        annotations: counts.get(a.id) ?? 0,
      })),
  ];
}
