import { clipText } from '../../text/clip-text';
import { attributeProblem, setAttribute } from '../../model';
import { BRAT_NORMALIZATION_ATTRIBUTE, parseTextBoundField } from './brat-lines';
import type { CompanionFile } from '../corpus/corpus-importer';
import { emptyCorpus, type ParsedCorpus, type ParsedRelation, type ParsedSpan } from '../corpus/parsed-corpus';
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
  const spans = new Map<string, ParsedSpan>();
  const eventTriggers = new Map<string, string>();
  const relations: ParsedRelation[] = [];
  const pending: { line: number; apply: () => string | null }[] = [];
  const problem = (line: number, message: string) => corpus.problems.push({ fileName: annFileName, line, message });
  const target = (id: string) => (id.startsWith('E') ? eventTriggers.get(id) : spans.has(id) ? id : undefined);

  const readLine = (raw: string, n: number) => {
    const [id = '', body = '', text] = raw.split('\t');
    const fields = body.split(' ').filter((f) => f !== '');
    switch (id[0]) {
      case 'T': {
        const bound = parseTextBoundField(body);
        if (!bound || text === undefined) {
          problem(n, `malformed text-bound annotation (expected "${id}\\tTYPE START END\\tTEXT")`);
          return;
        }
        spans.set(id, { key: id, ...bound, quote: text, attributes: {}, note: '', line: n });
        return;
      }
      case 'R': {
        const arg1 = /^Arg1:(\S+)$/.exec(fields[1] ?? '')?.[1];
        const arg2 = /^Arg2:(\S+)$/.exec(fields[2] ?? '')?.[1];
        if (!fields[0] || !arg1 || !arg2) {
          problem(n, `malformed relation (expected "${id}\\tTYPE Arg1:T1 Arg2:T2")`);
          return;
        }
        pending.push({
          line: n,
          apply: () => {
            const from = target(arg1);
            const to = target(arg2);
            if (!from || !to) return `relation ${id} refers to ${!from ? arg1 : arg2}, which is not in the file`;
            relations.push({ type: fields[0]!, from, to, line: n });
            return null;
          },
        });
        return;
      }
      case 'E': {
        const [trigger, ...args] = fields;
        const [type, triggerId] = (trigger ?? '').split(':');
        if (!type || !triggerId) {
          problem(n, `malformed event (expected "${id}\\tTYPE:T1 ROLE:T2 …")`);
          return;
        }
        eventTriggers.set(id, triggerId);
        pending.push({
          line: n,
          apply: () => {
            if (!spans.has(triggerId)) return `event ${id} has trigger ${triggerId}, which is not in the file`;
            const roles = args.map((arg) => arg.split(':')[0] ?? '');
            for (const [i, arg] of args.entries()) {
              const [, argId] = arg.split(':');
              const to = argId ? target(argId) : undefined;
              if (!roles[i] || !to) return `event ${id} argument "${arg}" refers to nothing in the file`;
              relations.push({ type: eventRole(roles[i]!, roles), from: triggerId, to, line: n });
            }
            return null;
          },
        });
        return;
      }
      case 'A':
      case 'M': {
        const [name, ref, value] = fields;
        if (!name || !ref) {
          problem(n, `malformed attribute (expected "${id}\\tNAME T1 [VALUE]")`);
          return;
        }
        const refused = attributeProblem(name, value ?? true);
        if (refused) {
          problem(n, refused);
          return;
        }
        pending.push({
          line: n,
          apply: () => setOn(ref, (s) => setAttribute(s.attributes, name, value === undefined ? true : value)),
        });
        return;
      }
      case 'N': {
        const [kind, ref, dbId] = fields;
        if (kind !== 'Reference' || !ref || !dbId) {
          problem(n, `malformed normalization (expected "${id}\\tReference T1 DB:ID\\tTEXT")`);
          return;
        }
        pending.push({
          line: n,
          apply: () =>
            setOn(ref, (s) => {
              const before = s.attributes[BRAT_NORMALIZATION_ATTRIBUTE];
              s.attributes[BRAT_NORMALIZATION_ATTRIBUTE] = typeof before === 'string' ? `${before} ${dbId}` : dbId;
            }),
        });
        return;
      }
      case '#': {
        const [kind, ref] = fields;
        if (!ref || text === undefined) {
          problem(n, `malformed note (expected "${id}\\tAnnotatorNotes T1\\tNOTE")`);
          return;
        }
        pending.push({
          line: n,
          apply: () =>
            setOn(ref, (s) => {
              const note = kind === 'AnnotatorNotes' ? text : `${kind}: ${text}`;
              s.note = s.note === '' ? note : `${s.note}\n${note}`;
            }),
        });
        return;
      }
      case '*': {
        const [type, ...ids] = fields;
        pending.push({
          line: n,
          apply: () => {
            const resolved = ids.map(target);
            if (!type || resolved.length < 2 || resolved.some((r) => !r))
              return `equivalence "${body}" refers to annotations not in the file`;
            for (let i = 1; i < resolved.length; i++)
              relations.push({ type, from: resolved[i - 1]!, to: resolved[i]!, line: n });
            return null;
          },
        });
        return;
      }
      default:
        problem(n, `unknown annotation line "${clipText(raw)}" (brat lines start with T, R, E, A, M, N, # or *)`);
    }
  };
  for (const [raw, n] of nonBlankLines(annContent)) readLine(raw, n);

  function setOn(ref: string, change: (span: ParsedSpan) => void): string | null {
    const id = target(ref);
    const span = id ? spans.get(id) : undefined;
    if (!span) return `refers to ${ref}, which is not in the file`;
    change(span);
    return null;
  }

  for (const p of pending) {
    const message = p.apply();
    if (message) problem(p.line, message);
  }
  corpus.documents.push({
    fileName: txt.path,
    text: txt.content,
    spans: [...spans.values()],
    relations,
  });
  return corpus;
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
