import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { hashText } from '../../../../main/service/build-documents';
import type { Project } from '../../../../shared/model';
import { useTempDirs } from '../../../support/temp-dir';
import { readSavedProject } from '../../../support/project-file-text';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

async function makeService() {
  const dir = await tempDir();
  const service = await ProjectService.create({
    userDataDir: join(dir, 'data'),
    seedsDir,
    debounceMs: 5,
    annotator: 'tester',
  });
  return { dir, service };
}

async function saved(service: ProjectService): Promise<Project> {
  await service.flush();
  return readSavedProject(service.projectPath!);
}

describe('ProjectService: projects', () => {
  it('makes the sample project from the seeds in the user data folder, titled by first lines', async () => {
    const { dir, service } = await makeService();
    const summary = await service.openSampleProject();
    expect(summary.path).toBe(join(dir, 'data', 'Sample project.tagwright'));
    expect(summary.documentCount).toBe(5);
    const titles = service.listDocuments().map((d) => d.title);
    expect(titles[1]).toBe(
      'Azerbaijan urges international community to put pressure on Armenia to provide accurate mine map',
    );
    const project = await saved(service);
    const seedText = await readFile(join(seedsDir, '000_fe50059c7be6abe4.txt'), 'utf8');
    expect(project.documents[0]!.text).toBe(seedText);
    expect(project.documents[0]!.sha256).toBe(hashText(seedText));
    expect(service.session().recent[0]?.path).toBe(summary.path);
  });

  it('reopens the same sample file the second time instead of making a new one', async () => {
    const { service } = await makeService();
    const first = await service.openSampleProject();
    service.createAnnotation({ documentId: service.listDocuments()[0]!.id, start: 0, end: 7, label: 'actor' });
    await service.closeProject();
    const second = await service.openSampleProject();
    expect(second.id).toBe(first.id);
    expect(second.annotationCount).toBe(1);
  });

  it('keeps the open project when another fails to open', async () => {
    const { dir, service } = await makeService();
    await service.openSampleProject();
    const bad = join(dir, 'bad.tagwright');
    await writeFile(bad, 'not json');
    await expect(service.openProject(bad)).rejects.toThrow(/bad\.tagwright.*not valid JSON/);
    expect(service.session().project?.name).toMatch(/Sample project/);
    expect(await readFile(bad, 'utf8')).toBe('not json');
  });

  it('creates a project, adding the extension when missing', async () => {
    const { dir, service } = await makeService();
    const summary = await service.createProject(join(dir, 'fieldwork'), 'Fieldwork');
    expect(summary.path).toBe(join(dir, 'fieldwork.tagwright'));
    expect((await saved(service)).name).toBe('Fieldwork');
  });
});

describe('ProjectService: import', () => {
  it('imports txt and md files and folders, normalising CRLF and recording the source', async () => {
    const { dir, service } = await makeService();
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    const folder = join(dir, 'in');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await writeFile(join(folder, 'a.txt'), 'First line\r\nSecond line\r\n');
    await writeFile(join(folder, 'sub', 'b.md'), '# Heading\n\nBody');
    await writeFile(join(folder, 'ignored.png'), Buffer.from([0x89, 0x50, 0, 0]));
    const { report } = await service.importPaths([folder]);
    expect(report.imported.map((f) => f.title)).toEqual(['First line', '# Heading']);
    expect(report.problems).toEqual([]);
    const project = await saved(service);
    expect(project.documents[0]!.text).toBe('First line\nSecond line\n');
    expect(project.documents[0]!.source).toMatchObject({ fileName: 'a.txt', encoding: 'utf-8', lineEndings: 'crlf' });
  });

  it('refuses a binary file by name and still imports the others', async () => {
    const { dir, service } = await makeService();
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    await writeFile(join(dir, 'good.txt'), 'Good text');
    const { report } = await service.importPaths([join(dir, 'photo.txt'), join(dir, 'good.txt')]);
    expect(report.imported.map((f) => f.title)).toEqual(['Good text']);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(/photo\.txt was not imported: it looks like a binary file/);
    expect((await saved(service)).documents).toHaveLength(1);
  });

  it('reports the same content imported twice as a duplicate, not a second document', async () => {
    const { dir, service } = await makeService();
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    await writeFile(join(dir, 'a.txt'), 'Same text\n');
    await writeFile(join(dir, 'b.txt'), 'Same text\r\n');
    const { report: first } = await service.importPaths([join(dir, 'a.txt')]);
    const { report: second } = await service.importPaths([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(first.imported).toHaveLength(1);
    expect(second.imported).toHaveLength(0);
    expect(second.duplicates.map((d) => d.existingTitle)).toEqual(['Same text', 'Same text']);
    expect((await saved(service)).documents).toHaveLength(1);
  });

  it('an import of only unreadable files leaves the project file as it was', async () => {
    const { dir, service } = await makeService();
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    await service.flush();
    const before = await readFile(service.projectPath!, 'utf8');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('caf\xe9', 'latin1'));
    const { report } = await service.importPaths([join(dir, 'latin1.txt'), join(dir, 'missing.txt')]);
    expect(report.imported).toEqual([]);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/cannot be read \(ENOENT\)/),
      expect.stringMatching(/latin1\.txt was not imported: it is not valid UTF-8 text/),
    ]);
    await service.flush();
    expect(await readFile(service.projectPath!, 'utf8')).toBe(before);
  });

  it('imports UTF-16 files with a BOM', async () => {
    const { dir, service } = await makeService();
    await service.createProject(join(dir, 'p.tagwright'), 'P');
    await writeFile(
      join(dir, 'w.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ünïcode 😀', 'utf16le')]),
    );
    await service.importPaths([join(dir, 'w.txt')]);
    const doc = (await saved(service)).documents[0]!;
    expect(doc.text).toBe('Ünïcode 😀');
    expect(doc.source.encoding).toBe('utf-16le');
  });
});

describe('ProjectService: annotations and history', () => {
  async function withDocument() {
    const made = await makeService();
    await made.service.openSampleProject();
    const doc = made.service.getDocument(made.service.listDocuments()[0]!.id).document;
    return { ...made, doc };
  }

  it('the first annotation of a new document moves it to "in progress", and its change sends the summary counting it', async () => {
    const { service, doc } = await withDocument();
    const first = service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    expect(first.documents.changed).toEqual([
      expect.objectContaining({ id: doc.id, status: 'in-progress', labelCounts: { actor: 1 } }),
    ]);
    expect(first.counts.annotations).toBe(1);
    const second = service.createAnnotation({ documentId: doc.id, start: 8, end: 12, label: 'claim' });
    expect(second.documents.changed).toEqual([
      expect.objectContaining({ status: 'in-progress', labelCounts: { actor: 1, claim: 1 } }),
    ]);
    // A note changes no count: no summary to resend.
    const noted = service.updateAnnotation({ annotationId: second.annotations.added[0]!.id, note: 'n' });
    expect(noted.documents.changed).toEqual([]);
  });

  it('undo of the first annotation sets the document back to "new", in the file too; redo starts it again', async () => {
    const { service, doc } = await withDocument();
    service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    expect((await saved(service)).documents[0]!.status).toBe('in-progress');

    const undone = service.undo()!;
    expect(undone.documents.changed).toEqual([expect.objectContaining({ id: doc.id, status: 'new', labelCounts: {} })]);
    expect((await saved(service)).documents[0]).toMatchObject({ id: doc.id, status: 'new' });
    expect(service.listDocuments()[0]!.status).toBe('new');

    service.redo();
    expect((await saved(service)).documents[0]!.status).toBe('in-progress');
  });

  it('undo leaves a status the user set since: only the one the edit left is turned back', async () => {
    const { service, doc } = await withDocument();
    service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    service.setDocumentStatus(doc.id, 'done');
    service.undo();
    const project = await saved(service);
    expect(project.annotations).toEqual([]);
    expect(project.documents[0]!.status).toBe('done');
  });

  it("undo of the first annotation by an annotator takes them off the project's annotators again", async () => {
    const { service, doc } = await withDocument();
    service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    expect((await saved(service)).annotators).toEqual([{ id: 'tester', name: 'tester' }]);
    service.undo();
    expect((await saved(service)).annotators).toEqual([]);
  });

  it('creates an annotation with its quote, saved to the file', async () => {
    const { service, doc } = await withDocument();
    const start = doc.text.indexOf('only 25 percent accurate');
    const change = service.createAnnotation({ documentId: doc.id, start, end: start + 24, label: 'figure' });
    expect(change.annotations.added[0]).toMatchObject({
      quote: 'only 25 percent accurate',
      label: 'figure',
      annotator: 'tester',
    });
    const project = await saved(service);
    expect(project.annotations).toEqual([
      expect.objectContaining({ start, end: start + 24, quote: 'only 25 percent accurate' }),
    ]);
    expect(project.documents[0]!.status).toBe('in-progress');
  });

  it('rejects out-of-range spans, split emoji and unknown labels without changing anything', async () => {
    const { service, doc } = await withDocument();
    expect(() =>
      service.createAnnotation({ documentId: doc.id, start: 5, end: doc.text.length + 1, label: 'claim' }),
    ).toThrow(/outside/);
    expect(() => service.createAnnotation({ documentId: doc.id, start: 0, end: 3, label: 'nope' })).toThrow(
      /not in this project/,
    );
    expect(() => service.createAnnotation({ documentId: 'missing', start: 0, end: 3, label: 'claim' })).toThrow(
      /no document/,
    );
    expect((await saved(service)).annotations).toEqual([]);
  });

  it('undoes and redoes create, relabel, note and delete, in order', async () => {
    const { service, doc } = await withDocument();
    const id = service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' }).annotations.added[0]!
      .id;
    service.updateAnnotation({ annotationId: id, label: 'claim' });
    service.updateAnnotation({ annotationId: id, note: 'check this' });
    service.deleteAnnotation(id);
    expect((await saved(service)).annotations).toEqual([]);

    expect(service.undo()?.annotations.added[0]).toMatchObject({ label: 'claim', note: 'check this' });
    expect(service.undo()?.annotations.changed[0]).toMatchObject({ note: '' });
    expect(service.undo()?.annotations.changed[0]).toMatchObject({ label: 'actor' });
    expect((await saved(service)).annotations).toEqual([expect.objectContaining({ label: 'actor', note: '' })]);
    const last = service.undo();
    expect(last?.annotations.removed).toEqual([id]);
    expect(last?.history.canUndo).toBe(false);
    expect(service.undo()).toBeNull();

    service.redo();
    service.redo();
    expect((await saved(service)).annotations).toEqual([expect.objectContaining({ label: 'claim', note: '' })]);
    service.redo();
    const final = service.redo();
    expect(final?.annotations.removed).toEqual([id]);
    expect(final?.history.canRedo).toBe(false);
    expect((await saved(service)).annotations).toEqual([]);
  });

  it('a new edit clears the redo stack', async () => {
    const { service, doc } = await withDocument();
    service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    service.undo();
    service.createAnnotation({ documentId: doc.id, start: 8, end: 12, label: 'claim' });
    expect(service.session().canRedo).toBe(false);
  });

  it('emits projectChanged and a saved state after the debounce, and no session per edit', async () => {
    const { service, doc } = await withDocument();
    const events: string[] = [];
    service.events.on('projectChanged', ({ change }) => events.push(`changed:${change.annotations.added.length}`));
    service.events.on('sessionChanged', () => events.push('session'));
    service.events.on('saveStateChanged', (s) => events.push(s.state));
    service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    expect(events).toContain('changed:1');
    // Waits for the save's end, however busy the machine (a fixed pause raced it).
    await vi.waitFor(() => expect(events).toContain('saved'), { timeout: 15_000 });
    expect(events.filter((e) => e !== 'changed:1')).toEqual(['saving', 'saved']);
  });

  it('answers a change before its save is written', async () => {
    const { service, doc } = await withDocument();
    await service.flush();
    service.createAnnotation({ documentId: doc.id, start: 0, end: 7, label: 'actor' });
    // The call has returned; the file still holds the state before it.
    expect((await readSavedProject(service.projectPath!)).annotations).toEqual([]);
  });
});
