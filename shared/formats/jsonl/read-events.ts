import { attributeMapSchema, type EventArgument } from '../../model';
import type { ParsedEquivalence, ParsedEvent } from '../corpus/parsed-corpus';
import { isRecord } from '../corpus/json-fields';
import { readRemarks } from './read-remarks';

/**
 * One event of a document line (export.ts): its type's name, its trigger and arguments by the
 * ids of the line's annotations and events; a string says what is wrong. The model's rules are
 * checked when the import is planned.
 */
export function readEvent(value: unknown, index: number, line: number): ParsedEvent | string {
  if (!isRecord(value)) return 'not an object';
  const { type, trigger } = value;
  if (typeof type !== 'string' || type === '') return 'no "type"';
  if (typeof trigger !== 'string') return 'no "trigger" (the id of an annotation of this line)';
  const args = value.arguments ?? [];
  if (!Array.isArray(args) || !args.every(isArgument))
    return '"arguments" must be a list of {role, target, targetKind: "annotation" or "event"}';
  const attributes = attributeMapSchema.safeParse(value.attributes ?? {});
  if (!attributes.success) return `attributes are not valid (${attributes.error.issues[0]?.message})`;
  const remarks = readRemarks(value, attributes.data);
  if (typeof remarks === 'string') return remarks;
  return {
    key: typeof value.id === 'string' ? value.id : `#${index}`,
    type,
    trigger,
    arguments: args.map(({ role, target, targetKind }) => ({ role, target, targetKind })),
    attributes: attributes.data,
    note: typeof value.note === 'string' ? value.note : '',
    ...remarks,
    ...(typeof value.annotator === 'string' ? { annotator: value.annotator } : {}),
    ...(typeof value.createdAt === 'string' ? { createdAt: value.createdAt } : {}),
    ...(typeof value.updatedAt === 'string' ? { updatedAt: value.updatedAt } : {}),
    line,
  };
}

/** One equivalence group of a document line: its type's name and members (annotation ids of the line). */
export function readEquivalence(value: unknown, line: number): ParsedEquivalence | string {
  if (!isRecord(value) || typeof value.type !== 'string' || value.type === '') return 'needs a "type"';
  const { members } = value;
  if (!Array.isArray(members) || !members.every((m) => typeof m === 'string'))
    return '"members" must be a list of annotation ids';
  return {
    ...(typeof value.id === 'string' ? { key: value.id } : {}),
    type: value.type,
    members: members as string[],
    ...(typeof value.annotator === 'string' ? { annotator: value.annotator } : {}),
    line,
  };
}

function isArgument(value: unknown): value is EventArgument {
  return (
    isRecord(value) &&
    typeof value.role === 'string' &&
    typeof value.target === 'string' &&
    (value.targetKind === 'annotation' || value.targetKind === 'event')
  );
}
