import type { Annotation, Relation } from '../../model';
import { createOffsetConverter } from '../../text/code-points';
import { utf8Encode } from '../../text/utf8-coding';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import type { ExportLosses } from '../corpus/export-losses';
import { annotationFragments, sortAnnotations } from '../corpus/span-fragments';
import { projectGuids } from './guids';
import { projectXml, textSource, type QdeLink, type QdeNote, type QdeSelection } from './qde-writer';
import { hasNonXmlCharacters } from './xml-text';
import { ZipWriter } from '../corpus/zip-writer';

/**
 * REFI-QDA project exchange (.qdpx, https://www.qdasoftware.org): a zip holding `project.qde`
 * (urn:QDA-XML:project:1.0) and `sources/<guid>.txt`, one UTF-8 text per document. Labels are
 * codes (name, colour, description), annotators users, each annotation a PlainTextSelection per
 * fragment (start and end in Unicode code points) coded with its label, notes `Note`s referred to
 * by NoteRef, relations `Link`s between the selections. Every GUID is derived from the project's
 * and the thing's ids (guids.ts): the same project exports to the same bytes.
 */
export const refiQdaExporter: CorpusExporter = {
  format: 'refi-qda',
  export: exportRefiQda,
};

function* exportRefiQda(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
  const guid = projectGuids(corpus.projectId);
  const zip = new ZipWriter();
  const users = new Map<string, string>();
  const userGuid = (name: string) => {
    if (name === '') return undefined;
    let found = users.get(name);
    if (!found) users.set(name, (found = guid('user', name)));
    return found;
  };
  const sources: string[] = [];
  const notes: QdeNote[] = [];
  const links: QdeLink[] = [];
  const relationNames = new Map(corpus.schema.relationTypes.map((t) => [t.id, t.name]));
  const noteOf = (id: string, text: string | undefined, user: string | undefined, createdAt?: string) => {
    if (!text) return undefined;
    if (hasNonXmlCharacters(text)) losses.add('non-xml-characters');
    const note = { guid: guid('note', id), text, userGuid: user, ...(createdAt ? { createdAt } : {}) };
    notes.push(note);
    return note.guid;
  };
  for (const doc of corpus.documents) {
    const { annotations, relations } = selectLabels(doc, corpus.labels);
    const sourceGuid = guid('source', doc.document.id);
    yield bytes(zip.entry(`sources/${sourceGuid}.txt`, utf8Encode(doc.document.text)));
    const converter = createOffsetConverter(doc.document.text);
    const selections: QdeSelection[] = [];
    for (const a of sortAnnotations(annotations)) {
      const user = userGuid(a.annotator);
      const noteGuid = noteOf(`annotation:${a.id}`, a.note, user, a.createdAt);
      annotationFragments(a).forEach((f, i) => {
        const id = fragmentId(a, i);
        selections.push({
          guid: guid('selection', id),
          start: converter.toCodePoint(f.start),
          end: converter.toCodePoint(f.end),
          codeGuid: guid('code', a.label),
          codingGuid: guid('coding', id),
          userGuid: user,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
          // A discontinuous span's note and links go with its first fragment.
          ...(i === 0 && noteGuid ? { noteGuid } : {}),
        });
      });
    }
    if (hasNonXmlCharacters(doc.document.title)) losses.add('non-xml-characters');
    sources.push(textSource(sourceGuid, doc.document.title, selections));
    for (const r of relations) {
      const noteGuid = noteOf(`relation:${r.id}`, r.note, userGuid(r.annotator));
      links.push(link(r, relationNames.get(r.type) ?? r.type, guid, noteGuid));
    }
  }
  const wanted = corpus.labels ? new Set(corpus.labels) : null;
  const codes = corpus.schema.labels
    .filter((l) => !wanted || wanted.has(l.id))
    .map((label) => ({ guid: guid('code', label.id), label }));
  const qde = projectXml({
    projectName: corpus.projectName,
    users: [...users].map(([name, id]) => ({ guid: id, name })),
    codes,
    sources,
    notes,
    links,
  }).map(utf8Encode);
  yield bytes(zip.header('project.qde', qde));
  for (const piece of qde) yield bytes(piece);
  yield bytes(zip.finish());
}

/** A fragment's id: the annotation's own for its first (or only) fragment, so links and notes name it. */
function fragmentId(a: Annotation, index: number): string {
  return index === 0 ? a.id : `${a.id}#${index + 1}`;
}

function link(
  r: Relation,
  name: string,
  guid: (kind: 'selection' | 'link', id: string) => string,
  noteGuid?: string,
): QdeLink {
  return {
    guid: guid('link', r.id),
    name,
    originGuid: guid('selection', r.from),
    targetGuid: guid('selection', r.to),
    ...(noteGuid ? { noteGuid } : {}),
  };
}

function bytes(data: Uint8Array): ExportChunk {
  return { file: '', text: '', bytes: data };
}
