import type { ImportIndex } from './corpus-import-index';
import type { LabelResolver } from './import-label-resolver';
import type { ImportEntities } from './entity-import';

/** What planning needs besides the parsed file: the lookups, the label resolver, the import's time. */
export interface PlanningContext {
  index: ImportIndex;
  labels: LabelResolver;
  /** The entities the import's mentions are linked to (new ones are added with it). */
  entities: ImportEntities;
  /** The import's time (ISO): annotations without valid times of their own get it. */
  at: string;
}
