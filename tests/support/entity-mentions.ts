import { join, resolve } from 'node:path';
import { ProjectService } from '../../main/service/project-service';
import { readSavedProject } from './project-file-text';

const seedsDir = resolve(import.meta.dirname, '../../seeds');

/**
 * The sample project (in `dir`) with the user story's mentions marked as actors: "Aykhan
 * Hajizada" and "spokesperson" in the first document, "Hajizada" in the second, and "Armenia"
 * (another actor); `saved` reads the project file back after a flush.
 */
export async function mentionsOfHajizada(dir: string) {
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  await service.openSampleProject();
  const [first, second] = service.listDocuments();
  const mark = (documentId: string, word: string, label = 'actor') => {
    const start = service.getDocument(documentId).document.text.indexOf(word);
    return service.createAnnotation({ documentId, start, end: start + word.length, label }).annotations.added[0]!;
  };
  const aykhan = mark(first!.id, 'Aykhan Hajizada');
  const spokesperson = mark(first!.id, 'spokesperson');
  const hajizada = mark(second!.id, 'Hajizada');
  const armenia = mark(first!.id, 'Armenia');
  const saved = async () => {
    await service.flush();
    return readSavedProject(service.projectPath!);
  };
  return { service, first: first!, second: second!, aykhan, spokesperson, hajizada, armenia, saved };
}
