/** How a TSV 3 column is read (INCEpTION's column kinds). */
export type TsvColumnKind =
  | 'feature' // a primitive feature's value
  | 'placeholder' // a layer without features: `*`
  | 'slot-role' // a slot feature's roles, `;`-separated
  | 'slot-target' // the unit ids of a slot feature's targets
  | 'relation-source' // `BT_…`: the unit id the relation comes from
  | 'chain-type' // `referenceType` of a chain link
  | 'chain-link'; // `referenceRelation->chain-link`

export interface TsvLayer {
  kind: 'span' | 'relation' | 'chain';
  /** The UIMA type name (`de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity`). */
  type: string;
  /** Its last segment (`NamedEntity`): the label when the label feature is empty. */
  shortName: string;
  /** The feature read as the annotation's label (or relation's type); the others become attributes. */
  labelFeature?: string;
  /** Relation layers: the span type both ends are annotations of. */
  baseType?: string;
}

export interface TsvColumn {
  layer: TsvLayer;
  kind: TsvColumnKind;
  /** The feature's short name (features), the slot's name (slot columns). */
  feature: string;
  /** Slot targets: the type of the annotations the slot points at. */
  targetType?: string;
}

/** The header's layers, as `#T_SP=`, `#T_CH=` and `#T_RL=` lines declare them, and their columns in order. */
export interface TsvSchema {
  layers: TsvLayer[];
  columns: TsvColumn[];
}

const LAYER_KIND = { '#T_SP': 'span', '#T_RL': 'relation', '#T_CH': 'chain' } as const;

/** True for a header line declaring a layer. */
export function isLayerDeclaration(line: string): boolean {
  return /^#T_(?:SP|RL|CH)=/.test(line);
}

/**
 * Adds the layer a `#T_SP=type|feature|…` (or `#T_RL`, `#T_CH`) line declares to `schema`: its
 * columns, one per field after the type name, or one placeholder column when it has none.
 */
export function declareLayer(schema: TsvSchema, line: string): void {
  const eq = line.indexOf('=');
  const kind = LAYER_KIND[line.slice(0, eq) as keyof typeof LAYER_KIND];
  const [type = '', ...fields] = line
    .slice(eq + 1)
    .split('|')
    .filter((field) => field !== '');
  const layer: TsvLayer = { kind, type, shortName: type.slice(type.lastIndexOf('.') + 1) };
  schema.layers.push(layer);
  if (fields.length === 0) schema.columns.push({ layer, kind: 'placeholder', feature: '' });
  let previous: TsvColumn | undefined;
  for (const field of fields) {
    const column = columnOf(layer, field, previous);
    schema.columns.push(column);
    previous = column;
  }
  const features = schema.columns.filter((c) => c.layer === layer && c.kind === 'feature').map((c) => c.feature);
  const label = features.find((f) => /^(?:label|value)$|Value$/i.test(f)) ?? features[0];
  if (label !== undefined) layer.labelFeature = label;
}

function columnOf(layer: TsvLayer, field: string, previous: TsvColumn | undefined): TsvColumn {
  if (layer.kind === 'span' && field.startsWith('ROLE_')) {
    // ROLE_<layer>:<slot feature>_<link type>
    const roleOf = field.split('_')[1] ?? '';
    return { layer, kind: 'slot-role', feature: roleOf.slice(roleOf.indexOf(':') + 1) };
  }
  if (layer.kind === 'span' && previous?.kind === 'slot-role')
    return { layer, kind: 'slot-target', feature: previous.feature, targetType: field };
  if (layer.kind === 'relation' && field.startsWith('BT_')) {
    layer.baseType = field.slice(3);
    return { layer, kind: 'relation-source', feature: '' };
  }
  if (layer.kind === 'chain' && field === 'referenceType') return { layer, kind: 'chain-type', feature: field };
  if (layer.kind === 'chain' && field === 'referenceRelation') return { layer, kind: 'chain-link', feature: field };
  return { layer, kind: 'feature', feature: field };
}
