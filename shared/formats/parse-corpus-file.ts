import { parseBratDocument } from './brat/import';
import { parseDoccanoJsonl } from './doccano/import';
import type { ImportFormat } from './format-registry';
import { parseTagwrightJsonl } from './jsonl/import';
import { parseLabelStudioJson } from './label-studio/import';
import type { ParsedCorpus } from './corpus/parsed-corpus';
import { parseW3cJsonLd } from './w3c/import';

/** One corpus file's contents as the importers take them (brat: the `.ann` plus its `.txt`). */
export interface CorpusFileContent {
  format: ImportFormat;
  path: string;
  content: string;
  txtPath?: string;
  txtContent?: string;
}

/** Reads one corpus file with the parser of its format. */
export function parseCorpusFile(file: CorpusFileContent): ParsedCorpus {
  switch (file.format) {
    case 'jsonl':
      return parseTagwrightJsonl(file.path, file.content);
    case 'doccano':
      return parseDoccanoJsonl(file.path, file.content);
    case 'brat':
      return parseBratDocument(file.path, file.content, file.txtContent ?? '', file.txtPath ?? file.path);
    case 'label-studio':
      return parseLabelStudioJson(file.path, file.content);
    case 'w3c':
      return parseW3cJsonLd(file.path, file.content);
  }
}
