import type { AnnotationSchema, Label, RelationType } from '../../shared/model';
import type { CorpusProblem, ParsedCorpus } from '../../shared/formats/parsed-corpus';
import type { CorpusImportOptions } from './corpus-import';

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

/** Resolves labels and relation types named in files to the project's, adding or refusing unknown ones. */
export class LabelResolver {
  readonly added: Label[] = [];
  readonly addedRelationTypes: RelationType[] = [];
  readonly #reported = new Set<string>();
  readonly #declared: AnnotationSchema = { labels: [], relationTypes: [] };

  constructor(
    private readonly schema: AnnotationSchema,
    corpora: ParsedCorpus[],
    private readonly options: CorpusImportOptions,
    private readonly problems: CorpusProblem[],
  ) {
    for (const c of corpora) {
      if (!c.schema) continue;
      this.#declared.labels.push(...c.schema.labels);
      this.#declared.relationTypes.push(...c.schema.relationTypes);
    }
  }

  label(name: string, fileName: string, line: number | undefined): string | null {
    const mapped = this.options.mapLabels?.[name] ?? name;
    const known = find([...this.schema.labels, ...this.added], mapped);
    if (known) return known.id;
    const declared = find(this.#declared.labels, mapped);
    if (declared || this.options.addLabels) {
      const label: Label = declared
        ? { ...declared, hotkeys: [] }
        : {
            id: uniqueId(mapped, [...this.schema.labels, ...this.added]),
            name: mapped.slice(0, 100),
            colour: PALETTE[this.added.length % PALETTE.length]!,
            hotkeys: [],
            description: '',
            attributes: [],
          };
      this.added.push(label);
      return label.id;
    }
    this.#refuse(
      `unknown label "${name}": add it with --add-labels or map it with --map-label ${name}=LABEL`,
      fileName,
      line,
    );
    return null;
  }

  relationType(name: string, fileName: string, line: number | undefined): string | null {
    const mapped = this.options.mapLabels?.[name] ?? name;
    const known = find([...this.schema.relationTypes, ...this.addedRelationTypes], mapped);
    if (known) return known.id;
    const declared = find(this.#declared.relationTypes, mapped);
    if (declared || this.options.addLabels) {
      const type: RelationType = declared ?? {
        id: uniqueId(mapped, [...this.schema.relationTypes, ...this.addedRelationTypes]),
        name: mapped.slice(0, 100),
        sourceLabels: [],
        targetLabels: [],
      };
      this.addedRelationTypes.push(type);
      return type.id;
    }
    this.#refuse(
      `unknown relation type "${name}": add it with --add-labels or map it with --map-label ${name}=TYPE`,
      fileName,
      line,
    );
    return null;
  }

  #refuse(message: string, fileName: string, line: number | undefined): void {
    // One problem per unknown name and file: a corpus with 10,000 "PER" spans needs one line, not 10,000.
    const key = `${fileName}\u0000${message}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.problems.push({ fileName, ...(line ? { line } : {}), message });
  }
}

function find<T extends { id: string; name: string }>(items: T[], name: string): T | undefined {
  return (
    items.find((i) => i.id === name) ??
    items.find((i) => i.name.toLowerCase() === name.toLowerCase() || i.id.toLowerCase() === name.toLowerCase())
  );
}

function uniqueId(name: string, taken: { id: string }[]): string {
  const base =
    name
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'label';
  let id = base;
  for (let i = 2; taken.some((t) => t.id === id); i++) id = `${base}-${i}`;
  return id;
}
