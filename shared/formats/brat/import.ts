import { setAttribute, type Comment } from '../../model';
import { readAnnLine, type AnnLine } from './ann-line';
import { rolesAsRead } from './event-roles';
import { BRAT_ENTITY_RESOURCE } from './entity-lines';
import type { CompanionFile, CorpusReadOptions } from '../corpus/corpus-importer';
import {
  corpusProblem,
  emptyCorpus,
  type ParsedCorpus,
  type ParsedEquivalence,
  type ParsedEvent,
  type ParsedRelation,
  type ParsedSpan,
} from '../corpus/parsed-corpus';
import { nonBlankLines } from '../corpus/text-lines';

/**
 * Reads one brat standoff document (brat docs, "Standoff format"): the `.txt` text and its `.ann`.
 * T lines become spans (discontinuous `a b;c d` ones keep their fragments, sorted, whatever the
 * order listed), R lines relations, E lines events (several may share a trigger; roles without
 * the number brat gives a repeated one: `Theme2` → `Theme`), A and M lines attributes of the span
 * or event they name (binary ones `true`; an M line's name is a modifier), N lines normalizations
 * with their text, `#` lines the note (the first AnnotatorNotes) or typed comments of the span,
 * relation or event they name, or of one of its A, M or N lines, `*` lines equivalence groups.
 * Offsets in code points of the `.txt` as stored (CRLF counts two).
 */
export function parseBratDocument(
  annFileName: string,
  annContent: string,
  txt: CompanionFile = { path: annFileName, content: '' },
  options: CorpusReadOptions = {},
): ParsedCorpus {
  const corpus = emptyCorpus('brat', annFileName);
  const ann = new AnnThings();
  // Lines may refer to ids defined further down, and notes to A, M and N lines: read every line,
  // then tie them up kind by kind.
  const byKind = new Map<AnnLine['kind'], { line: AnnLine; n: number }[]>();
  for (const [raw, n] of nonBlankLines(annContent)) {
    const line = readAnnLine(raw);
    if (typeof line === 'string') corpus.problems.push(corpusProblem(annFileName, line, n));
    else if (line.kind === 'span') ann.spans.set(line.id, spanOf(line, n));
    else if (line.kind === 'event') ann.events.set(line.id, eventOf(line, n));
    else byKind.set(line.kind, [...(byKind.get(line.kind) ?? []), { line, n }]);
  }
  for (const [id, event] of ann.events) {
    const problem = ann.resolveEvent(id, event);
    if (problem) corpus.problems.push(corpusProblem(annFileName, problem, event.line));
  }
  for (const kind of ['relation', 'attribute', 'normalization', 'equivalence', 'comment'] as const) {
    for (const { line, n } of byKind.get(kind) ?? []) {
      const outcome = ann.apply(line as Exclude<AnnLine, { kind: 'span' | 'event' }>, n);
      if (outcome?.problem) corpus.problems.push(corpusProblem(annFileName, outcome.problem, n));
      if (outcome?.notCarried) corpus.notCarried.push(corpusProblem(annFileName, outcome.notCarried, n));
    }
  }
  // Said in the order of the file's lines, whichever pass found them.
  corpus.problems.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  const document = {
    fileName: txt.path,
    text: txt.content,
    spans: [...ann.spans.values()],
    relations: [...ann.relations.values()],
    events: [...ann.events.values()].filter((e) => ann.resolved.has(e.key)),
    equivalences: ann.equivalences,
  };
  if (options.annotatorPerFolder) {
    // brat has no annotator field: the folder an export keeping annotators apart wrote names them.
    const annotator = folderName(annFileName);
    for (const thing of [...document.spans, ...document.relations, ...document.events, ...document.equivalences])
      thing.annotator = annotator;
  }
  corpus.documents.push(document);
  return corpus;
}

/** The name of the folder a file is in (either separator), '' for a bare name. */
function folderName(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts.length >= 2 ? parts[parts.length - 2]! : '';
}

/** What tying a line up gave: a problem that refuses it, or a loss to report. */
type Outcome = { problem?: string; notCarried?: string } | undefined;

/** The things of one `.ann` by their ids, and the ties between them. */
class AnnThings {
  readonly spans = new Map<string, ParsedSpan>();
  readonly events = new Map<string, ParsedEvent>();
  readonly relations = new Map<string, ParsedRelation>();
  readonly equivalences: ParsedEquivalence[] = [];
  /** Events whose trigger and arguments are all in the file. */
  readonly resolved = new Set<string>();
  /** A and M lines, and N lines, by id: what they are on (notes may name them). */
  readonly #attributeLines = new Map<string, { owner: ParsedSpan | ParsedEvent; name: string }>();
  readonly #normalizationLines = new Map<string, { owner: ParsedSpan | ParsedEvent; index: number }>();

  /** Checks an event's trigger and arguments; a problem when one is not in the file. */
  resolveEvent(id: string, event: ParsedEvent): string | null {
    if (!this.spans.has(event.trigger)) return `event ${id} has trigger ${event.trigger}, which is not in the file`;
    const missing = event.arguments.find((a) => !(a.targetKind === 'event' ? this.events : this.spans).has(a.target));
    if (missing) return `event ${id} argument ${missing.role}:${missing.target} refers to nothing in the file`;
    this.resolved.add(id);
    return null;
  }

  apply(line: Exclude<AnnLine, { kind: 'span' | 'event' }>, n: number): Outcome {
    switch (line.kind) {
      case 'relation':
        return this.#relation(line, n);
      case 'attribute':
        return this.#attribute(line);
      case 'normalization': {
        const mention = line.resource === BRAT_ENTITY_RESOURCE ? this.spans.get(line.ref) : undefined;
        if (mention) {
          mention.entity = { key: line.entry, name: line.text };
          return undefined;
        }
        const owner = this.#thing(line.ref);
        if (!owner) return { problem: `normalization ${line.id} refers to ${line.ref}, which is not in the file` };
        const list = (owner.normalizations ??= []);
        list.push({ resource: line.resource, entry: line.entry, text: line.text });
        this.#normalizationLines.set(line.id, { owner, index: list.length - 1 });
        return undefined;
      }
      case 'equivalence': {
        if (!line.type || line.ids.length < 2 || line.ids.some((id) => !this.spans.has(id)))
          return { problem: `equivalence "${line.body}" refers to annotations not in the file` };
        this.equivalences.push({ type: line.type, members: line.ids, line: n });
        return undefined;
      }
      case 'comment':
        return this.#comment(line);
    }
  }

  /** An R line; an end that is an event is kept on the event's trigger (relations link annotations). */
  #relation(line: Extract<AnnLine, { kind: 'relation' }>, n: number): Outcome {
    const ends = [line.arg1, line.arg2].map((id) => (this.events.has(id) ? this.events.get(id)!.trigger : id));
    const missing = ends.find((id) => !this.spans.has(id));
    if (missing) return { problem: `relation ${line.id} refers to ${missing}, which is not in the file` };
    this.relations.set(line.id, { type: line.type, from: ends[0]!, to: ends[1]!, line: n });
    const event = [line.arg1, line.arg2].find((id) => this.events.has(id));
    if (!event) return undefined;
    return {
      notCarried: `relation ${line.id} links event ${event}: kept on its trigger (Tagwright relations link annotations)`,
    };
  }

  #attribute(line: Extract<AnnLine, { kind: 'attribute' }>): Outcome {
    if (this.relations.has(line.ref))
      return {
        notCarried: `attribute ${line.id} (${line.name}) is on relation ${line.ref}: Tagwright relations have no attributes`,
      };
    const thing = this.#thing(line.ref);
    if (!thing) return { problem: `attribute ${line.id} refers to ${line.ref}, which is not in the file` };
    setAttribute(thing.attributes, line.name, line.value);
    // An M line is a modifier while its value is the flag it holds; an A line after it makes it an attribute.
    const others = (thing.modifiers ?? []).filter((name) => name !== line.name);
    const modifiers = line.modifier && line.value === true ? [...others, line.name] : others;
    if (modifiers.length > 0) thing.modifiers = modifiers;
    else delete thing.modifiers;
    this.#attributeLines.set(line.id, { owner: thing, name: line.name });
    return undefined;
  }

  /** A `#` line: the note of what it names (its first AnnotatorNotes), else one of its comments. */
  #comment(line: Extract<AnnLine, { kind: 'comment' }>): Outcome {
    const onAttribute = this.#attributeLines.get(line.ref);
    const onNormalization = this.#normalizationLines.get(line.ref);
    const owner = onAttribute?.owner ?? onNormalization?.owner ?? this.#thing(line.ref) ?? this.relations.get(line.ref);
    if (!owner) return { problem: `note ${line.id} refers to ${line.ref}, which is not in the file` };
    const about: Comment['about'] = onAttribute
      ? { attribute: onAttribute.name }
      : onNormalization
        ? { normalization: onNormalization.index }
        : undefined;
    if (!about && line.type === 'AnnotatorNotes' && !owner.note) owner.note = line.text;
    else (owner.comments ??= []).push({ type: line.type, text: line.text, ...(about ? { about } : {}) });
    return undefined;
  }

  /** The span or event an id names. */
  #thing(id: string): ParsedSpan | ParsedEvent | undefined {
    return this.spans.get(id) ?? this.events.get(id);
  }
}

function spanOf(line: Extract<AnnLine, { kind: 'span' }>, n: number): ParsedSpan {
  const { id, label, fragments, text } = line;
  return { key: id, label, fragments, quote: text, attributes: {}, note: '', line: n };
}

/** An E line's event: an argument that names an E id is an event, any other a span. */
function eventOf(line: Extract<AnnLine, { kind: 'event' }>, n: number): ParsedEvent {
  const roles = rolesAsRead(line.args.map((a) => a.role));
  return {
    key: line.id,
    type: line.type,
    trigger: line.triggerId,
    arguments: line.args.map((a, i) => ({
      role: roles[i]!,
      target: a.id,
      targetKind: a.id.startsWith('E') ? 'event' : 'annotation',
    })),
    attributes: {},
    note: '',
    line: n,
  };
}
