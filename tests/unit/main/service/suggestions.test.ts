import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { Project } from '../../../../shared/model';
import type { Suggestion } from '../../../../shared/suggest/suggestion';
import { DEFAULT_SUGGESTION_SETTINGS } from '../../../../shared/suggest/suggestion-settings';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** A service on the sample project (five seed documents, nothing labelled) in a temp folder. */
async function sample() {
  const dir = await tempDir();
  const options = { userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5, annotator: 'tester' };
  const service = await ProjectService.create(options);
  await service.openSampleProject();
  const [first, second] = service.listDocuments().map((d) => d.id) as [string, string];
  const textOf = (id: string) => service.getDocument(id).document.text;
  return { service, options, first, second, textOf };
}

async function saved(service: ProjectService): Promise<Project> {
  await service.flush();
  return readSavedProject(service.projectPath!);
}

const find = (suggestions: Suggestion[], text: string, label: string) =>
  suggestions.find((s) => s.text === text && s.label === label);

describe('ProjectService: suggestions', () => {
  it('suggests people, places, organisations, figures (with their value) and dates at exact offsets', async () => {
    const { service, first, textOf } = await sample();
    const { documentId, suggestions } = service.getSuggestions(first);
    expect(documentId).toBe(first);
    const text = textOf(first);
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(find(suggestions, 'Aykhan Hajizada', 'actor')).toMatchObject({ source: 'nlp', kind: 'person' });
    expect(find(suggestions, 'Armenia', 'actor')).toMatchObject({ start: 0, end: 7, kind: 'place' });
    expect(find(suggestions, '25%', 'figure')?.attributes).toEqual({
      value: 0.25,
      unit: 'percent',
      kind: 'percentage',
      qualifier: 'exact',
    });
    expect(find(suggestions, '400,000', 'figure')?.attributes).toEqual({
      value: 400000,
      unit: 'mines',
      kind: 'count',
      qualifier: 'approximate',
    });
    expect(find(suggestions, 'September 2023', 'event')).toMatchObject({ kind: 'date' });
  });

  it('remembers a string labelled in one document and suggests it in another, with the memory as source', async () => {
    const { service, first, second, textOf } = await sample();
    expect(service.getSuggestions(second).suggestions.some((s) => s.source === 'memory')).toBe(false);
    const at = textOf(first).indexOf('Hajizada', 160);
    service.createAnnotation({ documentId: first, start: at, end: at + 'Hajizada'.length, label: 'actor' });
    const memory = service.getSuggestions(second).suggestions.filter((s) => s.source === 'memory');
    const secondText = textOf(second);
    expect(memory.length).toBeGreaterThan(0);
    expect(memory.every((s) => s.text === 'Hajizada' && s.label === 'actor')).toBe(true);
    expect(memory.map((s) => s.start)).toEqual(
      [...secondText.matchAll(/\bHajizada\b/g)].map((m) => m.index).filter((i) => memory.some((s) => s.start === i)),
    );
  });

  it('accepts several suggestions as annotations in one step, saved with their attributes; one undo removes them all', async () => {
    const { service, first } = await sample();
    const figures = service.getSuggestions(first).suggestions.filter((s) => s.label === 'figure');
    expect(figures.length).toBeGreaterThan(2);
    const change = service.acceptSuggestions(first, figures);
    expect(change.annotations.added).toHaveLength(figures.length);
    const project = await saved(service);
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    expect(project.annotations.sort(byStart).map((a) => [a.start, a.end, a.quote, a.label, a.attributes])).toEqual(
      figures
        .map((s) => [s.start, s.end, s.text, 'figure', s.attributes])
        .sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    expect(project.documents[0]!.status).toBe('in-progress');
    // Accepted, they are annotations: no longer suggested.
    const accepted = new Set(figures.map((s) => s.id));
    expect(service.getSuggestions(first).suggestions.filter((s) => accepted.has(s.id))).toEqual([]);

    service.undo();
    const undone = await saved(service);
    expect(undone.annotations).toEqual([]);
    expect(undone.documents[0]!.status).toBe('new');
    expect(service.session().canUndo).toBe(false);
  });

  it('remembers a rejection in the project file: never suggested again, after reopening too; undo brings it back', async () => {
    const { service, options, first } = await sample();
    const hajizada = find(service.getSuggestions(first).suggestions, 'Aykhan Hajizada', 'actor')!;
    const rejection = { documentId: first, start: hajizada.start, end: hajizada.end, label: 'actor' };
    service.rejectSuggestion(rejection);
    expect((await saved(service)).suggestionRejections).toEqual([rejection]);
    expect(find(service.getSuggestions(first).suggestions, 'Aykhan Hajizada', 'actor')).toBeUndefined();

    const path = service.projectPath!;
    await service.closeProject();
    const reopened = await ProjectService.create(options);
    await reopened.openProject(path);
    expect(find(reopened.getSuggestions(first).suggestions, 'Aykhan Hajizada', 'actor')).toBeUndefined();
    expect(() => reopened.rejectSuggestion(rejection)).toThrow(/rejected already/);

    await reopened.openProject(path);
    reopened.rejectSuggestion({ ...rejection, label: 'event' });
    reopened.undo();
    expect((await saved(reopened)).suggestionRejections).toEqual([rejection]);
  });

  it('follows the preferences: sources on and off, and the label each kind becomes', async () => {
    const { service, first, textOf } = await sample();
    const at = textOf(first).indexOf('Hajizada', 160);
    service.createAnnotation({ documentId: first, start: at, end: at + 8, label: 'actor' });
    await service.setPreferences({ suggestions: { ...DEFAULT_SUGGESTION_SETTINGS, nlp: false } });
    expect(new Set(service.getSuggestions(first).suggestions.map((s) => s.source))).toEqual(new Set(['memory']));

    const labels = { ...DEFAULT_SUGGESTION_SETTINGS.labels, place: 'event', person: null, number: null, percent: null };
    await service.setPreferences({ suggestions: { memory: false, nlp: true, labels } });
    const suggestions = service.getSuggestions(first).suggestions;
    expect(find(suggestions, 'Armenia', 'event')).toMatchObject({ kind: 'place' });
    expect(find(suggestions, 'Armenia', 'actor')).toBeUndefined();
    expect(suggestions.some((s) => s.kind === 'person' || s.kind === 'percent' || s.source === 'memory')).toBe(false);
  });

  it('refuses to accept what is already annotated, or to change a read-only project', async () => {
    const { service, options, first } = await sample();
    const armenia = find(service.getSuggestions(first).suggestions, 'Armenia', 'actor')!;
    service.acceptSuggestions(first, [armenia]);
    expect(() => service.acceptSuggestions(first, [armenia])).toThrow(/annotations already/);
    expect((await saved(service)).annotations).toHaveLength(1);

    const readOnly = await ProjectService.create({ ...options, userDataDir: `${options.userDataDir}-2` });
    await readOnly.openProject(service.projectPath!, 'read-only');
    expect(readOnly.getSuggestions(first).suggestions.length).toBeGreaterThan(0);
    expect(() => readOnly.rejectSuggestion({ documentId: first, start: 0, end: 7, label: 'event' })).toThrow(
      /read-only/,
    );
  });
});

describe('suggestion calls through dispatchCall', () => {
  it('answer, change and refuse as the contract says', async () => {
    const { service, first } = await sample();
    const handlers = createCallHandlers(service, noDialogs);
    const got = await dispatchCall(handlers, 'getSuggestions', { documentId: first }, 'w1');
    expect(got).toMatchObject({ ok: true, value: { documentId: first } });
    const armenia = find((got as { value: { suggestions: Suggestion[] } }).value.suggestions, 'Armenia', 'actor')!;
    const accepted = await dispatchCall(
      handlers,
      'acceptSuggestions',
      { documentId: first, suggestions: [{ start: armenia.start, end: armenia.end, label: 'actor' }] },
      'w1',
    );
    expect(accepted).toMatchObject({ ok: true, value: { documentId: first, counts: { annotations: 1 } } });
    const rejected = await dispatchCall(handlers, 'rejectSuggestion', {
      documentId: first,
      start: 0,
      end: 7,
      label: 'event',
    });
    expect(rejected).toMatchObject({ ok: true, value: { documentId: first, annotations: { added: [] } } });
    for (const [name, payload] of [
      ['acceptSuggestions', { documentId: first, suggestions: [] }],
      ['acceptSuggestions', { documentId: first, suggestions: [{ start: 4, end: 2, label: 'actor' }] }],
      ['rejectSuggestion', { documentId: first, start: 0, end: 7, label: 'event', extra: 1 }],
      ['rejectSuggestion', { documentId: first, start: 0, end: 1e9, label: 'event' }],
      ['rejectSuggestion', { documentId: first, start: 0, end: 7, label: 'nope' }],
      ['getSuggestions', { documentId: 'missing' }],
    ] as const) {
      const result = await dispatchCall(handlers, name, payload);
      expect(result, `${name} ${JSON.stringify(payload)}`).toMatchObject({ ok: false });
    }
    expect((await saved(service)).suggestionRejections).toEqual([
      { documentId: first, start: 0, end: 7, label: 'event' },
    ]);
  });
});
