import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { TagwrightError } from '../../../../shared/ipc/result';
import { sharedLength } from '../../../../shared/agreement/span-matching';
import type { Annotation, EventArgument } from '../../../../shared/model';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** The sample project open as annotator "ana", with a way to mark words of its first document and read the saved file. */
async function sample() {
  const dir = await tempDir();
  const service = await ProjectService.create({
    userDataDir: join(dir, 'd'),
    seedsDir,
    annotator: 'ana',
    debounceMs: 60_000,
  });
  await service.openSampleProject();
  const documentId = service.listDocuments()[0]!.id;
  const { text } = service.getDocument(documentId).document;
  const mark = (quote: string, label: string, from = 0) => {
    const start = text.indexOf(quote, from);
    return service.createAnnotation({ documentId, start, end: start + quote.length, label }).annotations.added[0]!;
  };
  const saved = async () => {
    await service.flush();
    return readSavedProject(service.projectPath!);
  };
  const gold = () => service.getCuration(documentId).gold;
  return { service, documentId, text, mark, saved, gold };
}

const on = (target: string, role = 'agent'): EventArgument => ({ role, target, targetKind: 'annotation' });

describe('ProjectService: events into the gold layer', () => {
  it("brings an annotator's event into gold when its last missing end is accepted, roles on the gold copies, each once; undo takes it back", async () => {
    const { service, documentId, mark, saved } = await sample();
    const provided = mark('provided', 'event');
    const armenia = mark('Armenia', 'actor', 200);
    const covered = mark('covered', 'event');
    const event = service.createEvent({ type: 'event', trigger: provided.id, arguments: [on(armenia.id)] }).events
      .added[0]!;
    // The same event twice makes one gold event; an event taking it as its cause comes along with it.
    service.createEvent({ type: 'event', trigger: provided.id, arguments: [on(armenia.id)] });
    const effect = service.createEvent({
      type: 'event',
      trigger: covered.id,
      arguments: [{ role: 'cause', target: event.id, targetKind: 'event' }],
      note: 'what the maps covered',
    }).events.added[0]!;

    expect(service.acceptCandidate(documentId, provided.id).events.added).toEqual([]);
    expect(service.acceptCandidate(documentId, covered.id).events.added).toEqual([]);
    const last = service.acceptCandidate(documentId, armenia.id);
    const goldArmenia = last.annotations.added[0]!;

    const project = await saved();
    const goldOf = (a: Annotation) =>
      project.annotations.find((g) => g.annotator === 'gold' && g.start === a.start && g.label === a.label)!.id;
    const goldEvents = project.events.filter((e) => e.annotator === 'gold');
    expect(goldEvents).toEqual([
      expect.objectContaining({ type: 'event', trigger: goldOf(provided), arguments: [on(goldArmenia.id)] }),
      expect.objectContaining({
        type: 'event',
        trigger: goldOf(covered),
        arguments: [{ role: 'cause', target: goldEvents[0]!.id, targetKind: 'event' }],
        note: effect.note,
      }),
    ]);
    expect(last.events.added.map((e) => e.id)).toEqual(goldEvents.map((e) => e.id));

    service.undo();
    const undone = await saved();
    expect(undone.events.filter((e) => e.annotator === 'gold')).toEqual([]);
    expect(undone.annotations.filter((a) => a.annotator === 'gold').map((a) => a.quote)).toEqual([
      'provided',
      'covered',
    ]);
  });

  it('brings the event along when its trigger is the last end accepted', async () => {
    const { service, documentId, mark, saved } = await sample();
    const provided = mark('provided', 'event');
    const armenia = mark('Armenia', 'actor', 200);
    service.createEvent({ type: 'event', trigger: provided.id, arguments: [on(armenia.id)] });
    service.acceptCandidate(documentId, armenia.id);
    const goldTrigger = service.acceptCandidate(documentId, provided.id).annotations.added[0]!;
    const { events } = await saved();
    expect(events.filter((e) => e.annotator === 'gold').map((e) => e.trigger)).toEqual([goldTrigger.id]);
  });
});

describe('ProjectService: relations into the gold layer', () => {
  it("brings an accepted span's relations into gold once both ends are there", async () => {
    const { service, documentId, text, mark } = await sample();
    const actor = mark('Aykhan Hajizada', 'actor');
    const claimStart = text.indexOf('Aykhan Hajizada') + 'Aykhan Hajizada'.length + 1;
    const claim = mark(text.slice(claimStart, claimStart + 20), 'claim');
    service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id });

    expect(service.acceptCandidate(documentId, claim.id).relations.added).toEqual([]);
    const second = service.acceptCandidate(documentId, actor.id);
    expect(second.relations.added).toEqual([
      expect.objectContaining({ type: 'attributed-to', annotator: 'gold', to: second.annotations.added[0]!.id }),
    ]);
    service.undo();
    expect(service.getCuration(documentId).gold).toHaveLength(1);
  });

  it('brings a relation along when another version of its missing end is accepted (the same label and pieces)', async () => {
    const { service, documentId, mark, saved } = await sample();
    const claim = mark('25 percent accurate', 'claim');
    const linked = mark('Aykhan Hajizada', 'actor');
    service.createRelation({ type: 'attributed-to', from: claim.id, to: linked.id });
    // The same actor again, as a second annotator's version would be, without the relation.
    const plain = mark('Aykhan Hajizada', 'actor');
    service.acceptCandidate(documentId, claim.id);
    const actor = service.acceptCandidate(documentId, plain.id).annotations.added[0]!;
    const { relations } = await saved();
    expect(relations.filter((r) => r.annotator === 'gold')).toEqual([
      expect.objectContaining({ type: 'attributed-to', to: actor.id }),
    ]);
  });
});

describe('ProjectService: accepting a rival version replaces the gold one', () => {
  it('replaces a gold claim with the figure on the same words, its gold relation removed; undo brings the claim back as it was', async () => {
    const { service, documentId, mark, saved } = await sample();
    const figure = mark('25 percent', 'figure');
    const claim = mark('25 percent', 'claim');
    const actor = mark('Aykhan Hajizada', 'actor');
    service.createRelation({ type: 'attributed-to', from: claim.id, to: actor.id });
    service.acceptCandidate(documentId, actor.id);
    service.acceptCandidate(documentId, claim.id);
    const before = await saved();
    expect(before.relations.filter((r) => r.annotator === 'gold')).toHaveLength(1);

    const goldClaim = before.annotations.find((a) => a.annotator === 'gold' && a.label === 'claim')!;
    expect(service.acceptCandidate(documentId, figure.id).annotations.removed).toEqual([goldClaim.id]);
    const after = await saved();
    expect(after.annotations.filter((a) => a.annotator === 'gold').map((a) => [a.quote, a.label])).toEqual([
      ['Aykhan Hajizada', 'actor'],
      ['25 percent', 'figure'],
    ]);
    expect(after.relations.filter((r) => r.annotator === 'gold')).toEqual([]);

    service.undo();
    const undone = await saved();
    const byId = (rows: { id: string }[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId(undone.annotations)).toEqual(byId(before.annotations));
    expect(byId(undone.relations)).toEqual(byId(before.relations));
  });

  it('replaces another extent of the same label, and keeps a span made by hand and another label on another extent', async () => {
    const { service, documentId, mark, text, gold } = await sample();
    const whole = mark('Aykhan Hajizada', 'actor');
    const surname = mark('Hajizada', 'actor', text.indexOf('Aykhan'));
    const ministry = mark('Azerbaijani Foreign Ministry spokesperson Aykhan', 'claim');
    service.acceptCandidate(documentId, ministry.id);
    service.acceptCandidate(documentId, whole.id);
    const start = text.indexOf('Aykhan');
    service.createAnnotation({ documentId, start, end: start + 6, label: 'actor', layer: 'gold' });
    service.acceptCandidate(documentId, surname.id);
    expect(gold().map((a) => [a.quote, a.label])).toEqual([
      ['Azerbaijani Foreign Ministry spokesperson Aykhan', 'claim'],
      ['Aykhan', 'actor'],
      ['Hajizada', 'actor'],
    ]);
  });

  it('leaves no two gold spans of one label overlapping after any sequence of accepts, and undo empties gold again', async () => {
    const { service, documentId, text, gold } = await sample();
    const window = text.indexOf(' accurate');
    const span = fc.record({
      start: fc.integer({ min: 0, max: window - 1 }),
      length: fc.integer({ min: 1, max: 12 }),
      label: fc.constantFrom('actor', 'figure', 'claim'),
    });
    const spans = fc.uniqueArray(span, {
      minLength: 1,
      maxLength: 8,
      selector: (s) => `${s.label}@${s.start}+${s.length}`,
    });
    await fc.assert(
      fc.asyncProperty(spans, fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), async (made, picks) => {
        const versions = made.map(
          (s) =>
            service.createAnnotation({
              documentId,
              start: s.start,
              end: Math.min(s.start + s.length, window),
              label: s.label,
            }).annotations.added[0]!,
        );
        // Every step undone even when a check fails, so the next run starts from the same document.
        let steps = versions.length;
        try {
          for (const pick of picks) {
            const version = versions[pick % versions.length]!;
            try {
              service.acceptCandidate(documentId, version.id);
              steps++;
            } catch (e) {
              // Only the refusal of a version gold holds already.
              if (!(e instanceof TagwrightError && e.code === 'conflict')) throw e;
            }
            const spansNow = gold();
            expect(spansNow).toContainEqual(
              expect.objectContaining({ label: version.label, start: version.start, end: version.end }),
            );
            for (const [i, a] of spansNow.entries()) {
              for (const b of spansNow.slice(i + 1)) {
                expect(a.label === b.label && sharedLength(a, b) > 0, `${a.label} ${a.quote} / ${b.quote}`).toBe(false);
              }
            }
          }
        } finally {
          for (let i = 0; i < steps; i++) service.undo();
        }
        expect(service.getDocument(documentId).annotations).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
