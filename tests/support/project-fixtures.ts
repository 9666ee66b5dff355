import { newProject } from '../../main/service/new-project';
import { hashText } from '../../main/service/build-documents';
import type { Project, TagwrightDocument } from '../../shared/model';
import { annotationOf } from './annotation-fixture';

const at = '2026-01-01T00:00:00.000Z';

/** A small valid project: one document with two annotations. */
export function smallProject(): Project {
  const text = 'Armenia provided maps.\nOnly 25% were accurate 😀.';
  const document: TagwrightDocument = {
    id: 'doc1',
    title: 'Armenia provided maps.',
    text,
    sha256: hashText(text),
    source: { fileName: 'a.txt', encoding: 'utf-8', lineEndings: 'lf', importedAt: at },
    status: 'new',
    metadata: {},
  };
  const annotation = (id: string, start: number, end: number, label: string) =>
    annotationOf(text, id, start, end, { documentId: 'doc1', label });
  const project = newProject('p1', 'Small', new Date(at), [document]);
  project.annotations = [annotation('a1', 0, 7, 'actor'), annotation('a2', 28, 31, 'figure')];
  return project;
}
