/** Every export format, in the order the dialog lists them. */
export const FORMAT_NAMES = [
  'jsonl',
  'doccano',
  'spacy',
  'brat',
  'conll',
  'csv',
  'w3c',
  'label-studio',
  'webanno-tsv',
  'refi-qda',
] as const;
/** A format's name: the same in the app, the CLI (`--format`) and the docs. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** True when `format` is one of the export format names. */
export function isFormatName(format: string): format is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(format);
}

/** The unit an export's offsets count in; `tokens` when it writes token lines instead of offsets. */
export type OffsetUnit = 'code-points' | 'utf-16' | 'tokens';

/**
 * What an export may fail to carry, in the order reports list them, each with the words the CLI
 * and the export dialog show before its count. The first group is counted from the data for every
 * format that cannot hold it (a format's `drops` below); the rest by the exporter that meets it.
 */
export const EXPORT_LOSS_KINDS = {
  relations: 'relations',
  events: 'events',
  equivalences: 'equivalence groups',
  'entity-links': 'links of mentions to entities',
  notes: 'notes',
  attributes: 'attribute values',
  annotators: 'annotators',
  times: 'creation and change times',
  'discontinuous-spans': 'discontinuous spans, written as one span per fragment',
  'discontinuous-bounds': 'discontinuous spans, written as their outer bounds',
  'same-label-overlaps': 'spans overlapping an earlier span of the same label, left out',
  'spans-without-tokens': 'spans over spaces only, left out (no token to tag)',
  'trimmed-spans': 'spans starting or ending in spaces, trimmed to their tokens',
  'overlapping-entities': 'spans overlapping another, for doc.spans only (not doc.ents)',
  'undeclared-attributes': 'attribute values the schema does not declare',
  'unwritten-attribute-values': 'false or empty attribute values',
  'flattened-text': 'notes and values changed to fit one line',
  'non-xml-characters': 'notes or titles holding characters XML cannot (control characters), written as U+FFFD',
  'cross-layer-links': 'relations, events or groups between two annotators’ work, left out of the per-annotator layers',
} as const;
export type ExportLossKind = keyof typeof EXPORT_LOSS_KINDS;

/** The kinds counted from the data alone, for a format that `drops` them (its facts' `drops`). */
export type DataLossKind = Extract<
  ExportLossKind,
  | 'relations'
  | 'events'
  | 'equivalences'
  | 'entity-links'
  | 'notes'
  | 'attributes'
  | 'annotators'
  | 'times'
  | 'discontinuous-spans'
  | 'discontinuous-bounds'
>;

/** One shape a format can be written in, when it has several (doccano: sequence labelling or relations). */
export interface ExportForm {
  /** Its name in `tagwright export --form` and the export request. */
  name: string;
  /** Shown in the export dialog's choice of form. */
  title: string;
  /** What a project loses in this form (the format's `loses` and `drops` are its first form's). */
  loses: string;
  drops: readonly DataLossKind[];
}

/**
 * What an export format is, without the code that writes it: the export dialog shows these, so
 * the renderer imports this module and never an exporter.
 */
export interface FormatFacts {
  format: FormatName;
  /** Shown in the export dialog and `tagwright export --help`. */
  title: string;
  /** `file`: one output file; `folder`: several files under a folder. */
  output: 'file' | 'folder';
  /** The extension a single output file gets (with the dot), e.g. `.jsonl`; '' for folder formats. */
  extension: string;
  unit: OffsetUnit;
  /** What a project loses in this format, as one sentence's object ("relations, notes and …"). */
  loses: string;
  /** What of the data it cannot hold, counted in each export's report (export-job.ts' loss kinds). */
  drops: readonly DataLossKind[];
  /** The shapes it can be written in, the first the default, when there is a choice. */
  forms?: readonly [ExportForm, ...ExportForm[]];
  /**
   * How it keeps several annotators' work apart in the all layer, as the tool itself keeps several
   * annotators; absent when it writes them in one file (annotator fields) or not at all. A project
   * with one annotator is written as `output` says.
   */
  layers?: AnnotatorLayout;
}

/** What a format writes when the all layer holds several annotators (docs/formats.md, "Layers"). */
export interface AnnotatorLayout {
  /** The output then: a folder where the format otherwise writes one file is said before it is written (`--out`). */
  output: 'file' | 'folder';
  /** The extension of that one file (`.zip`); '' for a folder. */
  extension: string;
  /** What is written, shown in the export dialog and `tagwright export --help`. */
  describes: string;
}

/** What a format of labelled spans alone (doccano's sequence form, spaCy, CoNLL) cannot hold. */
const SPAN_LIST_DROPS: readonly DataLossKind[] = [
  'relations',
  'events',
  'equivalences',
  'entity-links',
  'notes',
  'attributes',
  'annotators',
  'times',
  'discontinuous-spans',
];
const SPAN_LIST_LOSES =
  'relations, events, equivalence groups, entity links, notes, attributes, annotators and times; a discontinuous span becomes one span per fragment';

const DOCCANO_SEQUENCE_FORM: ExportForm = {
  name: 'sequence',
  title: 'Sequence labelling: "label": [[start, end, label], …]',
  loses: SPAN_LIST_LOSES,
  drops: SPAN_LIST_DROPS,
};

/** Every export format's facts, in the order the dialog lists them (docs/formats.md says more). */
export const formatFacts: Record<FormatName, FormatFacts> = {
  jsonl: {
    format: 'jsonl',
    title: 'Tagwright JSONL (lossless)',
    output: 'file',
    extension: '.jsonl',
    unit: 'code-points',
    loses:
      'nothing: importing it gives back the same documents, annotations, relations, events, equivalence groups, entities and schema',
    drops: [],
  },
  doccano: {
    format: 'doccano',
    title: 'doccano JSONL',
    output: 'file',
    extension: '.jsonl',
    unit: 'code-points',
    loses: DOCCANO_SEQUENCE_FORM.loses,
    drops: DOCCANO_SEQUENCE_FORM.drops,
    forms: [
      DOCCANO_SEQUENCE_FORM,
      {
        name: 'relations',
        title: 'Relation extraction: "entities" with ids and "relations" between them',
        loses:
          'events, equivalence groups, entity links, notes, attributes, annotators and times; a discontinuous span becomes one entity per fragment (relations on the first)',
        drops: SPAN_LIST_DROPS.filter((kind) => kind !== 'relations'),
      },
    ],
    layers: {
      output: 'file',
      extension: '.zip',
      describes: 'a .zip of one <annotator id>.jsonl per annotator, as doccano exports a project of several members',
    },
  },
  spacy: {
    format: 'spacy',
    title: 'spaCy JSONL (character spans)',
    output: 'file',
    extension: '.jsonl',
    unit: 'code-points',
    loses: SPAN_LIST_LOSES,
    drops: SPAN_LIST_DROPS,
    layers: {
      output: 'file',
      extension: '.jsonl',
      describes: 'one .jsonl whose "spans" are a span group per annotator (doc.spans["<annotator id>"])',
    },
  },
  brat: {
    format: 'brat',
    title: 'brat standoff (.txt + .ann per document)',
    output: 'folder',
    extension: '',
    unit: 'code-points',
    loses: 'annotators, times and false or empty attribute values; tabs and line breaks in notes become spaces',
    drops: ['annotators', 'times'],
    layers: {
      output: 'folder',
      extension: '',
      describes: 'a folder per annotator (<annotator id>/), each a brat collection with its annotation.conf',
    },
  },
  conll: {
    format: 'conll',
    title: 'CoNLL IOB2 (one column per label)',
    output: 'file',
    extension: '.conll',
    unit: 'tokens',
    loses:
      'relations, events, equivalence groups, entity links, attributes, notes, annotators, times and exact offsets; a span overlapping another of the same label is left out',
    drops: SPAN_LIST_DROPS,
    layers: {
      output: 'folder',
      extension: '',
      describes: 'a folder of one <annotator id>.conll per annotator',
    },
  },
  csv: {
    format: 'csv',
    title: 'CSV (one row per annotation)',
    output: 'file',
    extension: '.csv',
    unit: 'code-points',
    loses:
      'relations, events, equivalence groups, entity links, times and document ids; a discontinuous span becomes its outer bounds',
    drops: ['relations', 'events', 'equivalences', 'entity-links', 'times', 'discontinuous-bounds'],
  },
  w3c: {
    format: 'w3c',
    title: 'W3C Web Annotation (JSON-LD)',
    output: 'file',
    extension: '.jsonld',
    unit: 'code-points',
    loses:
      'the documents’ texts (it can only annotate documents a project already has); comments come back as part of the note, normalizations without their entries’ names, modifiers as plain attributes',
    drops: [],
  },
  'label-studio': {
    format: 'label-studio',
    title: 'Label Studio JSON tasks',
    output: 'file',
    extension: '.json',
    unit: 'code-points',
    loses:
      'events, equivalence groups, entity links and times (and annotators of a document only one annotated); a discontinuous span becomes one region per fragment',
    drops: ['events', 'equivalences', 'entity-links', 'times', 'discontinuous-spans'],
  },
  'webanno-tsv': {
    format: 'webanno-tsv',
    title: 'WebAnno / INCEpTION TSV 3.3',
    output: 'folder',
    extension: '',
    unit: 'utf-16',
    loses:
      'events, equivalence groups, entity links, notes, annotators, times and attributes the schema does not declare; a discontinuous span becomes one span per fragment; spans are trimmed to whole tokens',
    drops: ['events', 'equivalences', 'entity-links', 'notes', 'annotators', 'times', 'discontinuous-spans'],
    layers: {
      output: 'folder',
      extension: '',
      describes: 'a folder per annotator (<annotator id>/) of one .tsv per document',
    },
  },
  'refi-qda': {
    format: 'refi-qda',
    title: 'REFI-QDA project (.qdpx: QualCoder, MAXQDA, ATLAS.ti, NVivo)',
    output: 'file',
    extension: '.qdpx',
    unit: 'code-points',
    loses:
      'events, equivalence groups, entity links, attribute values, typed comments and normalizations; a discontinuous span becomes one selection per fragment',
    drops: ['events', 'equivalences', 'entity-links', 'attributes', 'discontinuous-spans'],
  },
};

/**
 * The facts of one form of a format (its first when `form` is absent); null when the format has
 * no form of that name. A format with one shape has one unnamed form: its own facts.
 */
export function exportFormOf(
  format: FormatName,
  form?: string,
): (Pick<ExportForm, 'loses' | 'drops'> & { name?: string }) | null {
  const facts = formatFacts[format];
  if (!facts.forms) return form === undefined ? { loses: facts.loses, drops: facts.drops } : null;
  return form === undefined ? facts.forms[0] : (facts.forms.find((f) => f.name === form) ?? null);
}
