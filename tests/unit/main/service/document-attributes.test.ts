import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

async function sample() {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openSampleProject();
  const documentId = service.listDocuments()[0]!.id;
  const saved = async () => {
    await service.flush();
    return (await readSavedProject(service.projectPath!)).documents.find((d) => d.id === documentId)!;
  };
  return { service, documentId, saved };
}

describe('ProjectService: document attributes', () => {
  it('sets the schema’s document attributes in the document’s metadata, keeping what else it holds', async () => {
    const { service, documentId, saved } = await sample();
    const before = (await saved()).metadata;
    const change = service.setDocumentAttributes(documentId, { outlet: 'Azatutyun', relevant: true });
    expect(change.documentMetadata).toEqual({
      documentId,
      metadata: { ...before, outlet: 'Azatutyun', relevant: true },
    });
    expect((await saved()).metadata).toEqual({ ...before, outlet: 'Azatutyun', relevant: true });

    service.setDocumentAttributes(documentId, { outlet: null, relevant: false });
    expect((await saved()).metadata).toEqual({ ...before, relevant: false });
  });

  it('refuses a name the schema does not declare and a value that does not fit, changing nothing', async () => {
    const { service, documentId, saved } = await sample();
    const before = (await saved()).metadata;
    expect(() => service.setDocumentAttributes(documentId, { source: 'x' })).toThrow(
      '"source" is not a document attribute of this project\'s schema.',
    );
    expect(() => service.setDocumentAttributes(documentId, { relevant: 'yes' })).toThrow('"relevant" takes yes or no');
    expect((await saved()).metadata).toEqual(before);
  });
});
