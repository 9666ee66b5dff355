import {
  idFromName,
  LABEL_NAME_MAX_LENGTH,
  type AnnotationSchema,
  type EquivalenceType,
  type EventType,
  type Label,
  type RelationType,
} from '../../shared/model';
import { clipText } from '../../shared/text/clip-text';
import { corpusProblem, type CorpusProblem, type ParsedEvent } from '../../shared/formats/corpus/parsed-corpus';
import { EventRoleTally } from './event-role-tally';
import type { CorpusImportOptions } from './corpus-import-options';

/** Colours given to labels an import adds, in turn. */
const PALETTE = [
  '#d9534f',
  '#5bc0de',
  '#5cb85c',
  '#f0ad4e',
  '#9b59b6',
  '#1abc9c',
  '#e67e22',
  '#34495e',
  '#e84393',
  '#7f8c8d',
];

/** One kind of name a file uses: what the schema has, what the import added, what the files declare. */
interface NameKind<T extends { id: string; name: string }> {
  schema: readonly T[];
  added: T[];
  declared: T[];
  /** Names already resolved: a corpus names the same few labels on every one of its spans. */
  resolved: Map<string, T>;
  /** The entry an import adds for `mapped`: the files' declaration, or a new one. */
  make: (mapped: string, declared: T | undefined, taken: readonly T[]) => T;
  /** For the refusal: "label" or "relation type", and what --map-label maps it to. */
  noun: string;
  target: string;
}

/**
 * A name in a file resolved: the project's (or the import's new) entry, or null and the problem to
 * report, itself null when this file already reported the same refusal.
 */
export type Resolution<T> = { entry: T; problem: null } | { entry: null; problem: CorpusProblem | null };

/**
 * Resolves labels, relation types, event types and equivalence types named in files to the
 * project's, adding or refusing unknown ones (one --map-label and --add-labels for all four).
 */
export class LabelResolver {
  readonly added: Label[] = [];
  readonly addedRelationTypes: RelationType[] = [];
  readonly addedEventTypes: EventType[] = [];
  readonly addedEquivalenceTypes: EquivalenceType[] = [];
  readonly #reported = new Set<string>();
  /** --map-label's pairs; a Map, so that a label named "constructor" or "__proto__" is looked up as itself. */
  readonly #mapLabels: ReadonlyMap<string, string>;
  readonly #labels: NameKind<Label>;
  readonly #relationTypes: NameKind<RelationType>;
  readonly #eventTypes: NameKind<EventType>;
  readonly #equivalenceTypes: NameKind<EquivalenceType>;

  readonly #declared = new Set<AnnotationSchema>();
  readonly #roles: EventRoleTally;

  constructor(
    schema: AnnotationSchema,
    private readonly options: CorpusImportOptions,
  ) {
    this.#mapLabels = new Map(Object.entries(options.mapLabels ?? {}));
    this.#roles = new EventRoleTally((name) => this.#mapLabels.get(name) ?? name);
    this.#labels = {
      schema: schema.labels,
      added: this.added,
      declared: [],
      resolved: new Map(),
      make: (mapped, from, taken) =>
        from
          ? { ...from, hotkeys: [] }
          : {
              id: uniqueId(mapped, taken),
              name: mapped,
              colour: PALETTE[this.added.length % PALETTE.length]!,
              hotkeys: [],
              description: '',
              attributes: [],
            },
      noun: 'label',
      target: 'LABEL',
    };
    this.#relationTypes = {
      schema: schema.relationTypes,
      added: this.addedRelationTypes,
      declared: [],
      resolved: new Map(),
      make: (mapped, from, taken) =>
        from ?? { id: uniqueId(mapped, taken), name: mapped, sourceLabels: [], targetLabels: [] },
      noun: 'relation type',
      target: 'TYPE',
    };
    this.#eventTypes = {
      schema: schema.eventTypes,
      added: this.addedEventTypes,
      declared: [],
      resolved: new Map(),
      make: (mapped, from, taken) =>
        from ?? {
          id: uniqueId(mapped, taken),
          name: mapped,
          description: '',
          triggerLabels: [],
          roles: this.#roles.rolesOf(mapped),
          attributes: [],
        },
      noun: 'event type',
      target: 'TYPE',
    };
    this.#equivalenceTypes = {
      schema: schema.equivalenceTypes,
      added: this.addedEquivalenceTypes,
      declared: [],
      resolved: new Map(),
      make: (mapped, from, taken) => from ?? { id: uniqueId(mapped, taken), name: mapped, labels: [] },
      noun: 'equivalence type',
      target: 'TYPE',
    };
  }

  /**
   * Takes the labels and types a file declares (a Tagwright JSONL header): names they hold are
   * then added with their colours, roles and attributes, without --add-labels. Declared once each.
   */
  declare(schema: AnnotationSchema | undefined): void {
    if (!schema || this.#declared.has(schema)) return;
    this.#declared.add(schema);
    for (const l of schema.labels) this.#labels.declared.push(l);
    for (const t of schema.relationTypes) this.#relationTypes.declared.push(t);
    for (const t of schema.eventTypes) this.#eventTypes.declared.push(t);
    for (const t of schema.equivalenceTypes) this.#equivalenceTypes.declared.push(t);
  }

  /** Counts the roles of events about to be planned: an event type the import adds gets every role its events use. */
  noteEvents(events: readonly ParsedEvent[]): void {
    this.#roles.add(events);
  }

  /** The label a file names (or why it is refused). */
  label(name: string, fileName: string, line: number | undefined): Resolution<Label> {
    return this.#resolve(this.#labels, name, fileName, line);
  }

  /** The relation type a file names (or why it is refused). */
  relationType(name: string, fileName: string, line: number | undefined): Resolution<RelationType> {
    return this.#resolve(this.#relationTypes, name, fileName, line);
  }

  /** The event type a file names (or why it is refused). */
  eventType(name: string, fileName: string, line: number | undefined): Resolution<EventType> {
    return this.#resolve(this.#eventTypes, name, fileName, line);
  }

  /** The equivalence type a file names (or why it is refused). */
  equivalenceType(name: string, fileName: string, line: number | undefined): Resolution<EquivalenceType> {
    return this.#resolve(this.#equivalenceTypes, name, fileName, line);
  }

  #resolve<T extends { id: string; name: string }>(
    kind: NameKind<T>,
    name: string,
    fileName: string,
    line: number | undefined,
  ): Resolution<T> {
    const resolved = kind.resolved.get(name);
    if (resolved) return { entry: resolved, problem: null };
    const mapped = this.#mapLabels.get(name) ?? name;
    const taken = [...kind.schema, ...kind.added];
    let entry = find(taken, mapped);
    if (!entry) {
      const declared = find(kind.declared, mapped);
      if (!declared && (mapped === '' || mapped.length > LABEL_NAME_MAX_LENGTH)) {
        const message =
          mapped === ''
            ? `a ${kind.noun} has no name`
            : `${kind.noun} "${clipText(mapped)}" is longer than ${LABEL_NAME_MAX_LENGTH} characters: map it to a shorter name with --map-label`;
        return this.#refuse(message, fileName, line);
      }
      if (!declared && !this.options.addLabels) {
        return this.#refuse(
          `unknown ${kind.noun} "${name}": add it with --add-labels or map it with --map-label ${name}=${kind.target}`,
          fileName,
          line,
        );
      }
      entry = kind.make(mapped, declared, taken);
      kind.added.push(entry);
    }
    kind.resolved.set(name, entry);
    return { entry, problem: null };
  }

  #refuse(message: string, fileName: string, line: number | undefined): { entry: null; problem: CorpusProblem | null } {
    // One problem per unknown name and file: a corpus with 10,000 "PER" spans needs one line, not 10,000.
    const key = `${fileName}\u0000${message}`;
    if (this.#reported.has(key)) return { entry: null, problem: null };
    this.#reported.add(key);
    return { entry: null, problem: corpusProblem(fileName, message, line) };
  }
}

function find<T extends { id: string; name: string }>(items: T[], name: string): T | undefined {
  return (
    items.find((i) => i.id === name) ??
    items.find((i) => i.name.toLowerCase() === name.toLowerCase() || i.id.toLowerCase() === name.toLowerCase())
  );
}

function uniqueId(name: string, taken: readonly { id: string }[]): string {
  return idFromName(name, (id) => taken.some((t) => t.id === id));
}
