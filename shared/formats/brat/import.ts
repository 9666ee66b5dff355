import { setAttribute } from '../../model';
import { BRAT_NORMALIZATION_ATTRIBUTE } from './brat-lines';
import { readAnnLine, type AnnLine } from './ann-line';
import type { CompanionFile } from '../corpus/corpus-importer';
import {
  corpusProblem,
  emptyCorpus,
  type ParsedCorpus,
  type ParsedRelation,
  type ParsedSpan,
} from '../corpus/parsed-corpus';
import { nonBlankLines } from '../corpus/text-lines';

/**
 * Reads one brat standoff document (brat docs, "Standoff format"): the `.txt` text and its `.ann`.
 * T lines become spans (discontinuous `a b;c d` ones keep their fragments), R lines relations,
 * E lines their trigger span plus one relation per argument (type = role, without the number brat
 * gives a repeated role: `Agent2` → `Agent`), A/M lines attributes
 * (binary ones `true`), N lines the `normalization` attribute (`DB:ID`), `#` AnnotatorNotes notes,
 * `*` Equiv lines a relation chain. Offsets in code points of the `.txt` as stored (CRLF counts two).
 */
export function parseBratDocument(
  annFileName: string,
  annContent: string,
  txt: CompanionFile = { path: annFileName, content: '' },
): ParsedCorpus {
  const corpus = emptyCorpus('brat', annFileName);
  const targets: AnnTargets = { spans: new Map(), triggers: new Map() };
  // Lines may refer to ids defined further down: spans and event triggers first, references after.
  const references: { line: ReferenceLine; n: number }[] = [];
  for (const [raw, n] of nonBlankLines(annContent)) {
    const line = readAnnLine(raw);
    if (typeof line === 'string') corpus.problems.push(corpusProblem(annFileName, line, n));
    else if (line.kind === 'span') targets.spans.set(line.id, spanOf(line, n));
    else {
      if (line.kind === 'event') targets.triggers.set(line.id, line.triggerId);
      references.push({ line, n });
    }
  }
  const relations: ParsedRelation[] = [];
  for (const { line, n } of references) {
    const applied = applyReference(targets, line, n);
    for (const relation of applied.relations) relations.push(relation);
    if (applied.problem) corpus.problems.push(corpusProblem(annFileName, applied.problem, n));
  }
  corpus.documents.push({ fileName: txt.path, text: txt.content, spans: [...targets.spans.values()], relations });
  return corpus;
}

/** What the other lines of an `.ann` refer to: spans by id, and each event's trigger span by the event's id. */
interface AnnTargets {
  spans: Map<string, ParsedSpan>;
  triggers: Map<string, string>;
}

type ReferenceLine = Exclude<AnnLine, { kind: 'span' }>;

function spanOf(line: Extract<AnnLine, { kind: 'span' }>, n: number): ParsedSpan {
  const { id, label, fragments, text } = line;
  return { key: id, label, fragments, quote: text, attributes: {}, note: '', line: n };
}

/** The span an id names: a T id itself, or an event's (E id's) trigger. */
function targetOf(targets: AnnTargets, id: string): string | undefined {
  return id.startsWith('E') ? targets.triggers.get(id) : targets.spans.has(id) ? id : undefined;
}

/**
 * Ties one line to the spans it names: the relations it makes, or the attribute, normalization or
 * note it sets on its span; `problem` when something it names is not in the file.
 */
function applyReference(
  targets: AnnTargets,
  line: ReferenceLine,
  n: number,
): { relations: ParsedRelation[]; problem?: string } {
  switch (line.kind) {
    case 'relation': {
      const from = targetOf(targets, line.arg1);
      const to = targetOf(targets, line.arg2);
      if (!from || !to)
        return {
          relations: [],
          problem: `relation ${line.id} refers to ${!from ? line.arg1 : line.arg2}, which is not in the file`,
        };
      return { relations: [{ type: line.type, from, to, line: n }] };
    }
    case 'event':
      return eventRelations(targets, line, n);
    case 'equivalence':
      return equivalenceChain(targets, line, n);
    case 'attribute':
      return setOnSpan(targets, line.ref, (s) => setAttribute(s.attributes, line.name, line.value));
    case 'normalization':
      return setOnSpan(targets, line.ref, (s) => {
        const before = s.attributes[BRAT_NORMALIZATION_ATTRIBUTE];
        s.attributes[BRAT_NORMALIZATION_ATTRIBUTE] = typeof before === 'string' ? `${before} ${line.dbId}` : line.dbId;
      });
    case 'note':
      return setOnSpan(targets, line.ref, (s) => {
        s.note = s.note === '' ? line.note : `${s.note}\n${line.note}`;
      });
  }
}

/** An event: one relation from its trigger to each argument, typed by the role (those before a bad argument are kept). */
function eventRelations(
  targets: AnnTargets,
  { id, triggerId, args }: Extract<AnnLine, { kind: 'event' }>,
  n: number,
): { relations: ParsedRelation[]; problem?: string } {
  if (!targets.spans.has(triggerId))
    return { relations: [], problem: `event ${id} has trigger ${triggerId}, which is not in the file` };
  const roles = args.map((arg) => arg.split(':')[0] ?? '');
  const relations: ParsedRelation[] = [];
  for (const [i, arg] of args.entries()) {
    const [, argId] = arg.split(':');
    const to = argId ? targetOf(targets, argId) : undefined;
    if (!roles[i] || !to) return { relations, problem: `event ${id} argument "${arg}" refers to nothing in the file` };
    relations.push({ type: eventRole(roles[i]!, roles), from: triggerId, to, line: n });
  }
  return { relations };
}

/** An `*` Equiv line: a chain of relations between the spans it lists, in order. */
function equivalenceChain(
  targets: AnnTargets,
  { type, ids, body }: Extract<AnnLine, { kind: 'equivalence' }>,
  n: number,
): { relations: ParsedRelation[]; problem?: string } {
  const resolved = ids.map((id) => targetOf(targets, id));
  if (!type || resolved.length < 2 || resolved.some((r) => !r))
    return { relations: [], problem: `equivalence "${body}" refers to annotations not in the file` };
  const relations: ParsedRelation[] = [];
  for (let i = 1; i < resolved.length; i++) relations.push({ type, from: resolved[i - 1]!, to: resolved[i]!, line: n });
  return { relations };
}

function setOnSpan(
  targets: AnnTargets,
  ref: string,
  change: (span: ParsedSpan) => void,
): { relations: ParsedRelation[]; problem?: string } {
  const id = targetOf(targets, ref);
  const span = id ? targets.spans.get(id) : undefined;
  if (!span) return { relations: [], problem: `refers to ${ref}, which is not in the file` };
  change(span);
  return { relations: [] };
}

/**
 * An event argument's role without the number brat adds to a repeated one: brat writes a second
 * `Agent` as `Agent2` (annotation.py, EventAnnotation.add_argument; no number stands for 1) and
 * its verify_annotations reads roles without it. A role keeps its digits when no other argument
 * of the event has the same role (`Arg1` alone).
 */
function eventRole(role: string, roles: string[]): string {
  const base = /^(.+?)\d+$/.exec(role)?.[1];
  if (base === undefined) return role;
  const sameBase = (r: string) => r !== role && r.startsWith(base) && /^\d*$/.test(r.slice(base.length));
  return roles.some(sameBase) ? base : role;
}
