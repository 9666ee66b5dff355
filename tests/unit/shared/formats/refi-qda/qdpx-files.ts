import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import type { ExportCorpus } from '../../../../../shared/formats/corpus/corpus-export';
import { ExportLosses } from '../../../../../shared/formats/corpus/export-losses';
import { refiQdaExporter } from '../../../../../shared/formats/refi-qda/export';
import { readZip } from '../../../../../shared/formats/corpus/zip-reader';

/** The REFI-QDA project schema as REFI published it (tests/fixtures/formats/refi-qda/README.md). */
export const PROJECT_XSD = fileURLToPath(
  new URL('../../../../fixtures/formats/refi-qda/Project-mrt2019.xsd', import.meta.url),
);

/** The .qdpx an export writes, as one file's bytes (tests only: real exports stream to disk). */
export function exportQdpx(corpus: ExportCorpus, losses = new ExportLosses()): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const chunk of refiQdaExporter.export(corpus, losses)) {
    if (!chunk.bytes || chunk.text !== '' || chunk.file !== '')
      throw new Error('REFI-QDA chunks are bytes of one file');
    parts.push(chunk.bytes);
  }
  return Buffer.concat(parts);
}

/** node:zlib's raw inflate, as main gives the reader. */
export const inflate = (data: Uint8Array, maxBytes: number) =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });

/** The files of a .qdpx, read with our zip reader. */
export function qdpxFiles(qdpx: Uint8Array): Map<string, Uint8Array> {
  return readZip(qdpx, inflate, 1 << 30);
}

/**
 * Validates a project.qde against Project-mrt2019.xsd with libxml2's xmllint (Debian's
 * libxml2-utils; .ci/run installs it): throws with xmllint's messages when it is not valid, and
 * when xmllint is missing, so the check is never skipped.
 */
export function validateQde(qde: Uint8Array | string): void {
  try {
    execFileSync('xmllint', ['--noout', '--schema', PROJECT_XSD, '-'], { input: qde, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    const { stderr, code } = error as { stderr?: Buffer; code?: string };
    if (code === 'ENOENT')
      throw new Error('xmllint is not installed (apt-get install libxml2-utils)', { cause: error });
    throw new Error(`project.qde is not valid against Project-mrt2019.xsd:\n${stderr?.toString() ?? ''}`, {
      cause: error,
    });
  }
}
