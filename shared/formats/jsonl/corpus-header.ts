/**
 * The `format` of the first line of a Tagwright JSONL corpus: the header (format, version, offset
 * unit, project, schema) the exporter writes, the importer reads and detection looks for.
 */
export const TAGWRIGHT_CORPUS_FORMAT = 'tagwright-corpus';
