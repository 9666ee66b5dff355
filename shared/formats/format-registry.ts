import type { CorpusExporter, FormatName } from './corpus-export';
import { bratExporter } from './brat-export';
import { conllExporter } from './conll-export';
import { csvExporter } from './csv-export';
import { doccanoExporter } from './doccano-export';
import { jsonlExporter } from './jsonl-export';
import { labelStudioExporter } from './label-studio-export';
import { spacyExporter } from './spacy-export';
import { w3cExporter } from './w3c-export';
import { webannoTsvExporter } from './webanno-tsv-export';

/** Every exporter by format name: the one list the app, the CLI and the docs read. */
export const exporters: Record<FormatName, CorpusExporter> = {
  jsonl: jsonlExporter,
  doccano: doccanoExporter,
  spacy: spacyExporter,
  brat: bratExporter,
  conll: conllExporter,
  csv: csvExporter,
  w3c: w3cExporter,
  'label-studio': labelStudioExporter,
  'webanno-tsv': webannoTsvExporter,
};

/** The formats an import can read (documents plus annotations). */
export const IMPORT_FORMATS = ['jsonl', 'doccano', 'brat', 'label-studio', 'w3c'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
