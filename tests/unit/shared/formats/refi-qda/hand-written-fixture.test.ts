import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readZipArchive } from '../../../../../main/io/read-zip-archive';
import { readRefiQdpx } from '../../../../../shared/formats/refi-qda/import';
import { plan } from '../plan-import';
import { validateQde } from './qdpx-files';

const FIXTURE = fileURLToPath(new URL('../../../../fixtures/formats/refi-qda/hand-written.qdpx', import.meta.url));

/** The fixture written by hand after the standard, in other tools' forms (its README says which), read as main reads a .qdpx. */
async function fixture() {
  const read = await readZipArchive(FIXTURE, 1 << 20);
  if (!read.ok) throw new Error(read.reason);
  return read.files;
}

describe('a REFI-QDA project in the forms other tools write (hand-written.qdpx)', () => {
  it('is valid against the schema, and deflated as the tools zip it', async () => {
    validateQde((await fixture()).get('project.qde')!);
  });

  it('reads codings as annotations at the right characters (CRLF and astral text), by their users, with their notes', async () => {
    const parsed = readRefiQdpx('hand-written.qdpx', await fixture());
    expect(parsed.problems).toEqual([]);
    const planned = plan([parsed], { addLabels: true });
    expect(planned.report.problems).toEqual([]);
    const title = new Map(planned.documents.map((d) => [d.id, d.title]));
    const label = new Map(planned.labels.map((l) => [l.id, l.name]));
    const rows = planned.annotations.map((a) => [
      title.get(a.documentId),
      a.quote,
      label.get(a.label),
      a.annotator,
      a.note,
      a.createdAt,
    ]);
    expect(rows).toEqual([
      ['Interview 1', 'maps', 'Tool', 'Ana Researcher', 'memo on maps', '2024-05-06T07:08:09Z'],
      ['Interview 1', 'Yes 😀', 'Positive', 'bo', 'A note kept as a file.', '2024-05-06T07:09:00Z'],
      ['Interview 1', 'Yes 😀', 'Tool', 'Ana Researcher', 'A note kept as a file.', '2024-05-06T07:09:00Z'],
      ['Note by Zoë', '𠀋', 'Tool', 'Ana Researcher', 'inline note <kept>', expect.any(String)],
    ]);
    const [maps, yes] = planned.annotations;
    expect(planned.relations).toEqual([expect.objectContaining({ from: maps!.id, to: yes!.id })]);
    expect(planned.relationTypes.map((t) => t.name)).toEqual(['supports']);
  });

  it("keeps the codes' colours (#rgb widened) and descriptions", async () => {
    const planned = plan([readRefiQdpx('hand-written.qdpx', await fixture())], { addLabels: true });
    expect(planned.labels.map((l) => [l.name, l.colour, l.description])).toEqual([
      ['Tool', '#1e90ff', 'Maps, lists & other tools'],
      ['Positive', '#00aa00', ''],
    ]);
  });

  it('says what it does not carry', async () => {
    const parsed = readRefiQdpx('hand-written.qdpx', await fixture());
    expect(parsed.notCarried.map((p) => p.message)).toEqual([
      "1 codes sit under other codes: they come in as labels of their own (Tagwright's labels are flat)",
      "1 text selections have no code: Tagwright's annotations need a label",
      '1 codings of whole sources are not carried (only selections are)',
      '1 Case elements are not carried',
      '1 PictureSource elements are not carried',
    ]);
  });
});
