import type { EventRole, RelationType } from '../../shared/model';

/**
 * What link mode is making: a relation from the selected annotation (a choice of the types that
 * may start there), or an argument of an event (a choice of its type's roles).
 */
export type LinkPurpose =
  | { kind: 'relation'; sourceId: string; types: readonly RelationType[] }
  | { kind: 'role'; eventId: string; triggerId: string; roles: readonly EventRole[] };

/** Link mode as the keys drive it: which type or role is chosen, the type-ahead, the target in focus. */
export interface LinkSession {
  purpose: LinkPurpose;
  /** Index into the purpose's types or roles. */
  choice: number;
  /** What the user typed to find a target by its quote. */
  query: string;
  /** The target Enter links to (null: none fits). */
  targetId: string | null;
}
