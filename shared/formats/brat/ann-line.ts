import { attributeProblem, type Fragment } from '../../model';
import { clipText } from '../../text/clip-text';
import { parseTextBoundField } from './brat-lines';

/** One `.ann` line, read on its own: the ids it refers to are looked up once every line is read. */
export type AnnLine =
  | { kind: 'span'; id: string; label: string; fragments: Fragment[]; text: string }
  | { kind: 'relation'; id: string; type: string; arg1: string; arg2: string }
  | { kind: 'event'; id: string; triggerId: string; args: string[] }
  | { kind: 'attribute'; ref: string; name: string; value: string | true }
  | { kind: 'normalization'; ref: string; dbId: string }
  | { kind: 'note'; ref: string; note: string }
  | { kind: 'equivalence'; type: string | undefined; ids: string[]; body: string };

/** A line's id, its space-separated middle fields, the middle field whole, and the text after the second tab. */
interface AnnFields {
  id: string;
  fields: string[];
  body: string;
  text: string | undefined;
}

type LineReader = (line: AnnFields) => AnnLine | string;

/** Readers by a line's first character (brat docs, "Standoff format"); a string says what is wrong. */
const READERS = new Map<string, LineReader>([
  ['T', readTextBound],
  ['R', readRelation],
  ['E', readEvent],
  ['A', readAttribute],
  ['M', readAttribute],
  ['N', readNormalization],
  ['#', readNote],
  ['*', ({ fields: [type, ...ids], body }) => ({ kind: 'equivalence', type, ids, body })],
]);

/** Reads one non-blank `.ann` line; a string says what is wrong with it. */
export function readAnnLine(raw: string): AnnLine | string {
  const [id = '', body = '', text] = raw.split('\t');
  const reader = READERS.get(id.charAt(0));
  if (!reader) return `unknown annotation line "${clipText(raw)}" (brat lines start with T, R, E, A, M, N, # or *)`;
  return reader({ id, fields: body.split(' ').filter((f) => f !== ''), body, text });
}

function readTextBound({ id, body, text }: AnnFields): AnnLine | string {
  const bound = parseTextBoundField(body);
  if (!bound || text === undefined) return `malformed text-bound annotation (expected "${id}\\tTYPE START END\\tTEXT")`;
  return { kind: 'span', id, ...bound, text };
}

function readRelation({ id, fields }: AnnFields): AnnLine | string {
  const arg1 = /^Arg1:(\S+)$/.exec(fields[1] ?? '')?.[1];
  const arg2 = /^Arg2:(\S+)$/.exec(fields[2] ?? '')?.[1];
  if (!fields[0] || !arg1 || !arg2) return `malformed relation (expected "${id}\\tTYPE Arg1:T1 Arg2:T2")`;
  return { kind: 'relation', id, type: fields[0], arg1, arg2 };
}

function readEvent({ id, fields: [trigger, ...args] }: AnnFields): AnnLine | string {
  const [type, triggerId] = (trigger ?? '').split(':');
  if (!type || !triggerId) return `malformed event (expected "${id}\\tTYPE:T1 ROLE:T2 …")`;
  return { kind: 'event', id, triggerId, args };
}

function readAttribute({ id, fields: [name, ref, value] }: AnnFields): AnnLine | string {
  if (!name || !ref) return `malformed attribute (expected "${id}\\tNAME T1 [VALUE]")`;
  // A binary attribute (no value) is true.
  return attributeProblem(name, value ?? true) ?? { kind: 'attribute', ref, name, value: value ?? true };
}

function readNormalization({ id, fields: [kind, ref, dbId] }: AnnFields): AnnLine | string {
  if (kind !== 'Reference' || !ref || !dbId)
    return `malformed normalization (expected "${id}\\tReference T1 DB:ID\\tTEXT")`;
  return { kind: 'normalization', ref, dbId };
}

function readNote({ id, fields: [kind, ref], text }: AnnFields): AnnLine | string {
  if (!ref || text === undefined) return `malformed note (expected "${id}\\tAnnotatorNotes T1\\tNOTE")`;
  return { kind: 'note', ref, note: kind === 'AnnotatorNotes' ? text : `${kind}: ${text}` };
}
