import type { CorpusExporter } from './corpus/corpus-export';
import type { ArchiveImporter, CorpusImporter, JsonLineReader } from './corpus/corpus-importer';
import type { FormatDetector } from './corpus/format-detector';
import { formatFacts, FORMAT_NAMES, type FormatFacts, type FormatName } from './format-facts';
import { bratDetector } from './brat/detect';
import { bratExporter } from './brat/export';
import { parseBratDocument } from './brat/import';
import { conllDetector } from './conll/detect';
import { conllExporter } from './conll/export';
import { parseConll } from './conll/import';
import { conlluDetector } from './conllu/detect';
import { conlluImporter } from './conllu/import';
import { csvExporter } from './csv/export';
import { doccanoDetector } from './doccano/detect';
import { doccanoExporter } from './doccano/export';
import { parseDoccanoJsonl, readDoccanoLine } from './doccano/import';
import { readDoccanoZip } from './doccano/member-files';
import { jsonlDetector } from './jsonl/detect';
import { jsonlExporter } from './jsonl/export';
import { parseTagwrightJsonl, readTagwrightJsonlLine } from './jsonl/import';
import { labelStudioDetector } from './label-studio/detect';
import { labelStudioExporter } from './label-studio/export';
import { parseLabelStudioJson } from './label-studio/import';
import { spacyDetector } from './spacy/detect';
import { spacyExporter } from './spacy/export';
import { parseSpacy } from './spacy/import';
import { refiQdaDetector } from './refi-qda/detect';
import { refiQdaExporter } from './refi-qda/export';
import { parseRefiQde, readRefiQdpx } from './refi-qda/import';
import { w3cDetector } from './w3c/detect';
import { w3cExporter } from './w3c/export';
import { parseW3cJsonLd } from './w3c/import';
import { webannoTsvDetector } from './webanno-tsv/detect';
import { webannoTsvExporter } from './webanno-tsv/export';
import { parseWebannoTsv } from './webanno-tsv/import';

/** What Tagwright does with one format: write it, read it, recognise a file in it. */
export interface FormatEntry {
  /** Its title, output and losses are data in format-facts.ts (the export dialog reads them without this code). */
  exporter?: CorpusExporter;
  importer?: CorpusImporter;
  /** How a file in the format is recognised; with an importer, null says it is read only when the user names it (`--format`). */
  detector?: FormatDetector | null;
  /** A JSON Lines format's reader of one line: its files are read from disk a line at a time (the importer reads a whole text). */
  jsonLine?: JsonLineReader;
  /** A zipped format's reader, for its files with these endings: they are unpacked and read as an archive (the importer reads its other files). */
  archive?: { extensions: readonly string[]; read: ArchiveImporter };
}

/**
 * Every format, once, under the name the app, the CLI (`--format`) and the docs use. A new format
 * is a folder shared/formats/<name>/ and one line here. Detection asks the detectors in this order.
 */
const FORMATS = {
  jsonl: {
    exporter: jsonlExporter,
    importer: parseTagwrightJsonl,
    detector: jsonlDetector,
    jsonLine: readTagwrightJsonlLine,
  },
  doccano: {
    exporter: doccanoExporter,
    importer: parseDoccanoJsonl,
    detector: doccanoDetector,
    jsonLine: readDoccanoLine,
    archive: { extensions: ['.zip'], read: readDoccanoZip },
  },
  spacy: { exporter: spacyExporter, importer: parseSpacy, detector: spacyDetector },
  brat: { exporter: bratExporter, importer: parseBratDocument, detector: bratDetector },
  conll: { exporter: conllExporter, importer: parseConll, detector: conllDetector },
  conllu: { importer: conlluImporter, detector: conlluDetector },
  csv: { exporter: csvExporter },
  'label-studio': { exporter: labelStudioExporter, importer: parseLabelStudioJson, detector: labelStudioDetector },
  w3c: { exporter: w3cExporter, importer: parseW3cJsonLd, detector: w3cDetector },
  'webanno-tsv': { exporter: webannoTsvExporter, importer: parseWebannoTsv, detector: webannoTsvDetector },
  'refi-qda': {
    exporter: refiQdaExporter,
    importer: parseRefiQde,
    detector: refiQdaDetector,
    archive: { extensions: ['.qdpx'], read: readRefiQdpx },
  },
} satisfies Record<string, FormatEntry>;

type Formats = typeof FORMATS;
/** Every format's name, whichever directions it has. */
export type RegisteredFormat = keyof Formats;
/** The formats an import can read (documents plus annotations). */
export type ImportFormat = {
  [F in RegisteredFormat]: Formats[F] extends { importer: CorpusImporter } ? F : never;
}[RegisteredFormat];

/** Every format's entry, in the registry's order. */
export const formatEntries: readonly (readonly [RegisteredFormat, FormatEntry])[] = Object.entries(FORMATS) as [
  RegisteredFormat,
  FormatEntry,
][];

/** The entry of a format an import can read. */
export type ImportEntry = FormatEntry & { importer: CorpusImporter };

/** Every import format's entry, in the registry's order (detection asks their detectors in it). */
export const importEntries: readonly (readonly [ImportFormat, ImportEntry])[] = formatEntries.filter(
  (entry): entry is [ImportFormat, ImportEntry] => entry[1].importer !== undefined,
);

/** The formats an import can read, in the registry's order. */
export const IMPORT_FORMATS: readonly ImportFormat[] = importEntries.map(([name]) => name);

/** The reader of an import format. */
export function importerOf(format: ImportFormat): CorpusImporter {
  return FORMATS[format].importer;
}

/** The one-line reader of a JSON Lines format, if it has one (its files are then read a line at a time). */
export function jsonLineReaderOf(format: ImportFormat): JsonLineReader | undefined {
  return (FORMATS[format] as FormatEntry).jsonLine;
}

/**
 * The archive reader of the import format a file is read as a zip in (`format`, or any that takes
 * the file's ending), with that format's name; null when the file is not an archive.
 */
export function archiveReaderFor(
  fileName: string,
  format?: ImportFormat,
): { format: ImportFormat; read: ArchiveImporter } | null {
  const name = fileName.toLowerCase();
  for (const [candidate, entry] of importEntries) {
    if (format !== undefined && candidate !== format) continue;
    if (entry.archive?.extensions.some((extension) => name.endsWith(extension)))
      return { format: candidate, read: entry.archive.read };
  }
  return null;
}

/** An exporter with its format's facts (title, output, extension…). */
export type RegisteredExporter = FormatFacts & CorpusExporter;

/** Every exporter by format name: the one list main's export, the CLI and the docs read (the renderer reads only format-facts.ts). */
export const exporters = Object.fromEntries(
  FORMAT_NAMES.map((name) => [name, { ...formatFacts[name], ...FORMATS[name].exporter }]),
) as Record<FormatName, RegisteredExporter>;
