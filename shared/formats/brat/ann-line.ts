import { attributeProblem, type Fragment } from '../../model';
import { clipText } from '../../text/clip-text';
import { parseTextBoundField, textInFragmentOrder } from './brat-lines';

/** One `.ann` line, read on its own: the ids it refers to are looked up once every line is read. */
export type AnnLine =
  | { kind: 'span'; id: string; label: string; fragments: Fragment[]; text: string }
  | { kind: 'relation'; id: string; type: string; arg1: string; arg2: string }
  | { kind: 'event'; id: string; type: string; triggerId: string; args: { role: string; id: string }[] }
  /** An `A` line, or an `M` line (`modifier`: BioNLP's binary flags). */
  | { kind: 'attribute'; id: string; ref: string; name: string; value: string | true; modifier: boolean }
  | { kind: 'normalization'; id: string; ref: string; resource: string; entry: string; text: string }
  /** A `#` line: AnnotatorNotes, or another type (`Lemma`). */
  | { kind: 'comment'; id: string; ref: string; type: string; text: string }
  | { kind: 'equivalence'; type: string | undefined; ids: string[]; body: string };

/** A line's id, its space-separated middle fields, the middle field whole, and all after the second tab. */
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
  ['#', readComment],
  ['*', ({ fields: [type, ...ids], body }) => ({ kind: 'equivalence', type, ids, body })],
]);

/** Reads one non-blank `.ann` line; a string says what is wrong with it. */
export function readAnnLine(raw: string): AnnLine | string {
  const [id = '', body = '', ...rest] = raw.split('\t');
  const reader = READERS.get(id.charAt(0));
  if (!reader) return `unknown annotation line "${clipText(raw)}" (brat lines start with T, R, E, A, M, N, # or *)`;
  const text = rest.length > 0 ? rest.join('\t') : undefined;
  return reader({ id, fields: body.split(' ').filter((f) => f !== ''), body, text });
}

function readTextBound({ id, body, text }: AnnFields): AnnLine | string {
  const bound = parseTextBoundField(body);
  if (!bound || text === undefined) return `malformed text-bound annotation (expected "${id}\\tTYPE START END\\tTEXT")`;
  return {
    kind: 'span',
    id,
    label: bound.label,
    fragments: bound.fragments,
    text: textInFragmentOrder(text, bound.listed),
  };
}

function readRelation({ id, fields }: AnnFields): AnnLine | string {
  const arg1 = /^Arg1:(\S+)$/.exec(fields[1] ?? '')?.[1];
  const arg2 = /^Arg2:(\S+)$/.exec(fields[2] ?? '')?.[1];
  if (!fields[0] || !arg1 || !arg2) return `malformed relation (expected "${id}\\tTYPE Arg1:T1 Arg2:T2")`;
  return { kind: 'relation', id, type: fields[0], arg1, arg2 };
}

function readEvent({ id, fields: [trigger, ...written] }: AnnFields): AnnLine | string {
  const [type, triggerId] = (trigger ?? '').split(':');
  if (!type || !triggerId) return `malformed event (expected "${id}\\tTYPE:T1 ROLE:T2 …")`;
  const args = written.map((arg) => /^([^:]+):([^:]+)$/.exec(arg));
  const bad = args.findIndex((match) => !match);
  if (bad !== -1) return `malformed event argument "${clipText(written[bad]!)}" (expected ROLE:ID)`;
  return { kind: 'event', id, type, triggerId, args: args.map((m) => ({ role: m![1]!, id: m![2]! })) };
}

function readAttribute({ id, fields: [name, ref, value] }: AnnFields): AnnLine | string {
  if (!name || !ref) return `malformed attribute (expected "${id}\\tNAME T1 [VALUE]")`;
  // A binary attribute (no value) is true.
  return (
    attributeProblem(name, value ?? true) ?? {
      kind: 'attribute',
      id,
      ref,
      name,
      value: value ?? true,
      modifier: id.startsWith('M'),
    }
  );
}

function readNormalization({ id, fields: [kind, ref, reference], text }: AnnFields): AnnLine | string {
  // brat reads the resource up to the first ":" (annotation.py, `(\S+) (\S+) (\S+?):(\S+)`).
  const colon = reference?.indexOf(':') ?? -1;
  if (kind !== 'Reference' || !ref || !reference || colon < 1 || colon === reference.length - 1)
    return `malformed normalization (expected "${id}\\tReference T1 DB:ID\\tTEXT")`;
  const resource = reference.slice(0, colon);
  return { kind: 'normalization', id, ref, resource, entry: reference.slice(colon + 1), text: text ?? '' };
}

function readComment({ id, fields: [type, ref], text }: AnnFields): AnnLine | string {
  if (!type || !ref || text === undefined) return `malformed note (expected "${id}\\tAnnotatorNotes T1\\tNOTE")`;
  return { kind: 'comment', id, ref, type, text };
}
