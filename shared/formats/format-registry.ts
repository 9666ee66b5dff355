import type { CorpusExporter } from './corpus/corpus-export';
import { bratExporter } from './brat/export';
import { conllExporter } from './conll/export';
import { csvExporter } from './csv/export';
import { doccanoExporter } from './doccano/export';
import { formatFacts, type FormatFacts, type FormatName } from './format-facts';
import { jsonlExporter } from './jsonl/export';
import { labelStudioExporter } from './label-studio/export';
import { spacyExporter } from './spacy/export';
import { w3cExporter } from './w3c/export';
import { webannoTsvExporter } from './webanno-tsv/export';

/** An exporter with its format's facts (title, output, extension…). */
export type RegisteredExporter = FormatFacts & CorpusExporter;

const withFacts = (exporter: CorpusExporter): RegisteredExporter => ({ ...formatFacts[exporter.format], ...exporter });

/** Every exporter by format name: the one list main's export, the CLI and the docs read (the renderer reads only format-facts.ts). */
export const exporters: Record<FormatName, RegisteredExporter> = {
  jsonl: withFacts(jsonlExporter),
  doccano: withFacts(doccanoExporter),
  spacy: withFacts(spacyExporter),
  brat: withFacts(bratExporter),
  conll: withFacts(conllExporter),
  csv: withFacts(csvExporter),
  w3c: withFacts(w3cExporter),
  'label-studio': withFacts(labelStudioExporter),
  'webanno-tsv': withFacts(webannoTsvExporter),
};

/** The formats an import can read (documents plus annotations). */
export const IMPORT_FORMATS = ['jsonl', 'doccano', 'brat', 'label-studio', 'w3c'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
