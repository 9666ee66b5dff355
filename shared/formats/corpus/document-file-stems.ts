import type { TagwrightDocument } from '../../model';
import { cutToUtf8Bytes, MAX_FILE_NAME_BYTES } from '../../text/utf8-bytes';

/**
 * Room kept in a file name beside the stem: the extension a folder format adds (`.ann`, `.tsv`) and
 * a number that makes a repeated stem unique (`-12`).
 */
const RESERVED_BYTES = 16;

/** Characters no file name may hold on Windows, macOS or Linux (with the path separators), and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/** Names Windows keeps for devices, whatever the extension: `CON.txt` cannot be created there. */
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * The file stems a folder export (brat, WebAnno TSV) gives its documents, one stem per document
 * and each once: the name of the file the document came from without its extension
 * (`PMID-10485906.txt` → `PMID-10485906`, as its source survives a JSONL round trip), made safe
 * on every file system the way main/io/fit-file-name.ts keeps names (at most 255 UTF-8 bytes with
 * the extension, cut on a character boundary), and numbered when an earlier document of the export
 * took it (`corpus`, `corpus-2`: the documents of one JSONL file share its name). Letter case and
 * Unicode normalisation do not make two names differ (macOS and Windows folders ignore both). A
 * document whose source name leaves nothing usable is named by its id.
 */
export function documentFileStems(): (document: TagwrightDocument) => string {
  const unique = uniqueStems();
  return (document) => unique(safeName(withoutExtension(document.source.fileName)) || document.id);
}

/**
 * The folder or file stem of each annotator whose work an export writes apart (brat's
 * `<annotator>/`, `<annotator>.conll`): the id made safe as a document's stem and numbered when an
 * earlier annotator took it; unsigned work (the id '') is `unsigned`.
 */
export function annotatorFileStems(annotators: readonly string[]): Map<string, string> {
  const unique = uniqueStems();
  return new Map(annotators.map((id) => [id, unique(safeName(id) || (id === '' ? 'unsigned' : 'annotator'))]));
}

/** Gives each stem once: one an earlier call took is numbered (`corpus`, `corpus-2`). */
function uniqueStems(): (stem: string) => string {
  const taken = new Set<string>();
  return (stem) => {
    let unique = stem;
    for (let n = 2; taken.has(sameNameKey(unique)); n++) unique = `${stem}-${n}`;
    taken.add(sameNameKey(unique));
    return unique;
  };
}

/** A file name without its extension: what follows the last dot of the last path part (`a.b/c` has none). */
function withoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1 ? fileName.slice(0, dot) : fileName;
}

/** A name with what a file system refuses replaced or removed. */
function safeName(base: string): string {
  const cleaned = cutToUtf8Bytes(base.replace(UNSAFE_CHARACTERS, '_'), MAX_FILE_NAME_BYTES - RESERVED_BYTES)
    // A leading dot hides the file; Windows drops trailing dots and spaces.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return WINDOWS_DEVICE_NAMES.test(cleaned) ? `${cleaned}_` : cleaned;
}

function sameNameKey(stem: string): string {
  return stem.normalize('NFC').toLowerCase();
}
