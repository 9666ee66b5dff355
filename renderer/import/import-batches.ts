import { MAX_IMPORT_CALL_BYTES, MAX_IMPORT_CALL_FILES } from '../../shared/ipc/contract';

export interface FileToSend {
  name: string;
  base64: string;
}

/** JSON framing per file, besides its name and content. */
const FRAMING_BYTES = 32;

/** Splits files into calls that each stay under the contract's file-count and byte limits, in order. */
export function importBatches(
  files: readonly FileToSend[],
  maxBytes = MAX_IMPORT_CALL_BYTES,
  maxFiles = MAX_IMPORT_CALL_FILES,
): FileToSend[][] {
  const batches: FileToSend[][] = [];
  let current: FileToSend[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = file.base64.length + file.name.length + FRAMING_BYTES;
    if (current.length > 0 && (current.length >= maxFiles || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
