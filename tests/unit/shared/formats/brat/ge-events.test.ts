import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, type AnnotationSchema } from '../../../../../shared/model';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseCorpusFile } from '../../../../../shared/formats/parse-corpus-file';
import { collectCorpusInputs, isReadWhole } from '../../../../../main/io/collect-corpus-files';
import { canonicalBratLines } from '../../../../support/brat-canonical-lines';
import { exportToFiles } from '../export-files';
import { eventQuotes, exportCorpusOf, groupQuotes, plan, relationQuotes } from '../plan-import';
import { read, toolMade } from '../tool-made-import';

/** Tagwright's brat export of the imported folder, committed for brat's own parser to check (make-brat-fixture.py). */
const expectedExport = resolve(import.meta.dirname, '../../../../fixtures/formats/expected/brat-ge');

/** The GE-style folder brat's own code wrote (tool-made/brat-ge), imported as `tagwright import --add-labels`. */
async function importGe() {
  const inputs = await collectCorpusInputs([join(toolMade, 'brat-ge')]);
  expect(inputs.problems).toEqual([]);
  const corpora = inputs.corpusFiles.filter(isReadWhole).map((file) => parseCorpusFile(file));
  expect(corpora.flatMap((c) => c.problems)).toEqual([]);
  return plan(corpora, { addLabels: true });
}

type Imported = Awaited<ReturnType<typeof importGe>>;

/** The default schema with what the import added, as the project holds it after the import. */
function schemaAfter(imported: Imported): AnnotationSchema {
  const schema = defaultAnnotationSchema();
  return {
    labels: [...schema.labels, ...imported.labels],
    relationTypes: [...schema.relationTypes, ...imported.relationTypes],
    eventTypes: [...schema.eventTypes, ...imported.eventTypes],
    equivalenceTypes: [...schema.equivalenceTypes, ...imported.equivalenceTypes],
    documentAttributes: schema.documentAttributes,
  };
}

describe('brat events and groups: a GE-style document written by brat’s own code', () => {
  it('keeps the six events on one trigger apart: their own Theme/Cause pair, four of them negated', async () => {
    const imported = await importGe();
    expect(imported.report.problems).toEqual([]);
    expect(imported.report.warnings).toEqual([]);
    expect(imported.report.totals).toMatchObject({ annotations: 24, relations: 1, events: 14, equivalences: 2 });
    const inhibited = imported.annotations.find((a) => a.quote === 'inhibited')!;
    const onIt = imported.events.filter((e) => e.trigger === inhibited.id);
    expect(onIt).toHaveLength(6);
    // No relation stands in for an event, and the trigger keeps no flag of its own.
    expect(relationQuotes(imported)).toEqual(['Protein-Component:CD23>promoter']);
    expect(inhibited.attributes).toEqual({});
    expect(eventQuotes(imported).filter((e) => e.startsWith('Negative_regulation:inhibited('))).toEqual([
      'Negative_regulation:inhibited(Theme:[Gene_expression:expression(Theme:CD23)], Cause:IL-13) [{"Negation":true},["Negation"],"",[],[]]',
      'Negative_regulation:inhibited(Theme:[Gene_expression:expression(Theme:CD23)], Cause:IL-4) [{"Negation":true},["Negation"],"",[],[]]',
      'Negative_regulation:inhibited(Theme:[Gene_expression:expression(Theme:CD40)], Cause:IL-13) [{"Negation":true},["Negation"],"",[],[]]',
      'Negative_regulation:inhibited(Theme:[Gene_expression:expression(Theme:CD40)], Cause:IL-4) [{"Negation":true},["Negation"],"",[],[]]',
      'Negative_regulation:inhibited(Theme:[Gene_expression:expression(Theme:CD80)], Cause:IL-13) [{},[],"",[],[]]',
      'Negative_regulation:inhibited(Theme:[Gene_expression:expression(Theme:CD80)], Cause:IL-4) [{},[],"",[],[]]',
    ]);
  });

  it('reads Theme2 as a second Theme, A and M lines and notes on events, Equiv groups, N lines with their text, a Lemma', async () => {
    const imported = await importGe();
    const events = eventQuotes(imported);
    expect(events).toContain(
      'Binding:Binding(Theme:STAT6, Theme:CD23) [{"Confidence":"High"},[],"direct binding, shown by EMSA",[],[{"type":"AnnotatorNotes","text":"from the figure legend","about":{"attribute":"Confidence"}}]]',
    );
    expect(events).toContain(
      'Positive_regulation:induce(Theme:[Transcription:transcription(Theme:CD23)], Cause:IL-13) [{"Speculation":true},["Speculation"],"",[],[]]',
    );
    expect(groupQuotes(imported)).toEqual(['Equiv:Interleukin 4|IL-4', 'Equiv:interleukin 13|IL-13|P600']);
    const byQuote = (quote: string) => imported.annotations.filter((a) => a.quote === quote);
    expect(byQuote('interleukin 13')[0]!.normalizations).toEqual([
      { resource: 'UniProt', entry: 'P35225', text: 'Interleukin-13' },
    ]);
    expect(byQuote('STAT6')[0]).toMatchObject({
      normalizations: [
        { resource: 'UniProt', entry: 'P42226', text: 'Signal transducer and activator of transcription 6' },
      ],
      comments: [{ type: 'AnnotatorNotes', text: 'reviewed entry', about: { normalization: 0 } }],
    });
    expect(byQuote('P600')[0]!.note).toBe('the name used before 1993');
    expect(imported.relations[0]!.note).toBe('the promoter region of the gene, not the protein');
    // Fragments listed last first ("149 154;141 142\tcells B"): sorted, then compared with the text.
    expect(byQuote('B and T cells')[0]).toMatchObject({
      label: 'Entity',
      fragments: [
        { start: 141, end: 142 },
        { start: 149, end: 154 },
      ],
      comments: [{ type: 'Lemma', text: 'B cell' }],
    });
    expect(imported.eventTypes.find((t) => t.id === 'Binding')!.roles).toEqual([
      { id: 'Theme', name: 'Theme', targetLabels: [], targetEventTypes: [], repeatable: true },
    ]);
  });

  it('brat → Tagwright → brat gives the same T, E, A, M, R, N, # and * lines (ids renumbered)', async () => {
    const imported = await importGe();
    const files = exportToFiles(exporters.brat, exportCorpusOf(imported, schemaAfter(imported)));
    // The files keep the name of the brat file the document came from.
    const written = files.get('ge-events.ann')!;
    expect(canonicalBratLines(written)).toEqual(canonicalBratLines(read('brat-ge/ge-events.ann')));
    expect(written.split('\n').filter((l) => l !== '')).toHaveLength(
      read('brat-ge/ge-events.ann').split('\n').length - 1,
    );
    // brat's parser and verify_annotations read this export (make-brat-fixture.py): it is committed.
    const named = files;
    if (process.env.UPDATE_EXPECTED) {
      mkdirSync(expectedExport, { recursive: true });
      for (const [name, text] of named) writeFileSync(join(expectedExport, name), text);
    }
    expect(existsSync(expectedExport)).toBe(true);
    expect(readdirSync(expectedExport).sort()).toEqual([...named.keys()].sort());
    for (const [name, text] of named) expect(text, name).toBe(readFileSync(join(expectedExport, name), 'utf8'));
  });
});
