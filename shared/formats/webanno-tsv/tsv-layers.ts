import type { AnnotationSchema } from '../../model';

/**
 * The custom layers the export declares. INCEpTION does not create layers on import: its reader
 * refuses a file naming a type or feature the project lacks, so the project must have them first
 * (docs/formats.md, "webanno-tsv", says how). A span layer named "Tagwright" in INCEpTION's
 * layer settings is `webanno.custom.Tagwright`; a relation layer "TagwrightRelation" attached to
 * it is `webanno.custom.TagwrightRelation`.
 */
export const TSV_SPAN_LAYER = 'webanno.custom.Tagwright';
export const TSV_RELATION_LAYER = 'webanno.custom.TagwrightRelation';
/** The feature holding a span's label, and a relation's type. */
export const TSV_LABEL_FEATURE = 'label';

/** An attribute written as a feature column of the span layer. */
export interface TsvFeature {
  attribute: string;
  /** Its name in the TSV header and the INCEpTION layer. */
  feature: string;
}

/** The columns every file of one export has (one header for the corpus, as one INCEpTION project needs). */
export interface TsvColumns {
  /** The attributes the exported labels declare, in schema order: one column each after the label. */
  features: TsvFeature[];
  /** A relation layer, when the schema has relation types. */
  relations: boolean;
}

// Names a UIMA type already has, or our label column: an attribute may not take them.
const RESERVED_FEATURES = new Set(['begin', 'end', 'sofa', 'type', TSV_LABEL_FEATURE]);

/**
 * A feature name for an attribute: ASCII letters and digits, starting with a letter, which every
 * INCEpTION version accepts as a feature's internal name. Other characters are dropped and the
 * word after them capitalised (`at least` → `atLeast`); a clash gets a number (`value2`).
 */
function featureName(attribute: string, taken: Set<string>): string {
  const words = attribute.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  let name = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  if (!/^[A-Za-z]/.test(name)) name = `attribute${name}`;
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()) || RESERVED_FEATURES.has(unique.toLowerCase()); n++)
    unique = `${name}${n}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** The columns for an export of `labels` (all when absent) of a schema. */
export function tsvColumns(schema: AnnotationSchema, labels: readonly string[] | undefined): TsvColumns {
  const taken = new Set<string>();
  const features: TsvFeature[] = [];
  for (const label of schema.labels) {
    if (labels && !labels.includes(label.id)) continue;
    for (const { name } of label.attributes) {
      if (!features.some((f) => f.attribute === name))
        features.push({ attribute: name, feature: featureName(name, taken) });
    }
  }
  return { features, relations: schema.relationTypes.length > 0 };
}

/** The file header: the format line, the layers, and the two blank lines before the first sentence. */
export function tsvHeader(columns: TsvColumns): string {
  const lines = [
    '#FORMAT=WebAnno TSV 3.3',
    `#T_SP=${[TSV_SPAN_LAYER, TSV_LABEL_FEATURE, ...columns.features.map((f) => f.feature)].join('|')}`,
  ];
  if (columns.relations) lines.push(`#T_RL=${TSV_RELATION_LAYER}|${TSV_LABEL_FEATURE}|BT_${TSV_SPAN_LAYER}`);
  return `${lines.join('\n')}\n\n\n`;
}
