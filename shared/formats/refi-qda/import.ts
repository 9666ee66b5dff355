import { idFromName, type AnnotationSchema, type Label } from '../../model';
import { utf8Decode } from '../../text/utf8-coding';
import {
  corpusProblem,
  emptyCorpus,
  type ParsedCorpus,
  type ParsedDocument,
  type ParsedSpan,
} from '../corpus/parsed-corpus';
import { readQde, type QdeRead, type QdeSourceRead, type QdeText } from './qde-reader';

/** A text a project names by path, read: its content, or why it cannot be. */
type TextReading = { text: string } | { problem: string };

/** Where the archive keeps the texts `internal://` paths name (REFI-QDA 1.0, §7.3). */
const SOURCES_FOLDER = 'sources/';

/**
 * Reads a REFI-QDA project archive (.qdpx): its project.qde, with the texts `internal://` paths
 * name from its sources/ folder. A missing project.qde, a text that is not there or not UTF-8, is
 * a problem, and the import then adds nothing.
 */
export function readRefiQdpx(fileName: string, files: ReadonlyMap<string, Uint8Array>): ParsedCorpus {
  const byName = new Map([...files].map(([name, bytes]) => [name.toLowerCase(), bytes]));
  const qde = byName.get('project.qde') ?? [...byName].find(([name]) => name.endsWith('.qde'))?.[1];
  if (!qde) return refused(fileName, 'the archive holds no project.qde: it is not a REFI-QDA project');
  const xml = utf8Decode(qde);
  if (xml === null) return refused(fileName, 'project.qde is not UTF-8 text');
  return corpusOfQde(fileName, xml, (internal) => {
    const bytes = byName.get(`${SOURCES_FOLDER}${internal}`.toLowerCase());
    if (!bytes) return { problem: `${SOURCES_FOLDER}${internal} is not in the archive` };
    const text = utf8Decode(bytes);
    return text === null ? { problem: `${SOURCES_FOLDER}${internal} is not UTF-8 text` } : { text };
  });
}

/**
 * Reads a bare project.qde: the texts it holds inline (`PlainTextContent`) are read; one it names
 * in a .qdpx's sources/ is a problem saying to import the .qdpx instead.
 */
export function parseRefiQde(fileName: string, content: string): ParsedCorpus {
  return corpusOfQde(fileName, content, (internal) => ({
    problem: `its text is ${SOURCES_FOLDER}${internal} of a .qdpx archive: import the .qdpx, not its project.qde`,
  }));
}

/**
 * A project.qde as documents: each text source with its text, each coding of a selection a span
 * (positions in code points) labelled with the code's name, by the user who made it, with its
 * notes; links between selections relations. The codes' colours and descriptions come as the
 * labels' (declared, so an import that adds them keeps them).
 */
function corpusOfQde(fileName: string, xml: string, archived: (internal: string) => TextReading): ParsedCorpus {
  const corpus = emptyCorpus('refi-qda', fileName);
  const read = readQde(xml);
  if (!read.ok) return refused(fileName, read.problem);
  const { qde } = read;
  const problem = (message: string) => corpus.problems.push(corpusProblem(fileName, message));
  const notCarried = (message: string) => corpus.notCarried.push(corpusProblem(fileName, message));
  const textOf = (text: QdeText, what: string): string | null => {
    const reading = readText(text, what, archived);
    if ('text' in reading) return reading.text;
    problem(reading.problem);
    return null;
  };
  corpus.schema = declaredLabels(qde);
  /** Each selection's first span, where links find it, by selection GUID. */
  const spanDocuments = new Map<string, ParsedDocument>();
  let uncoded = 0;
  let sourceCodings = 0;
  for (const source of qde.sources) {
    const what = `text source "${source.name || source.guid}"`;
    const text = textOf(source.text, what);
    if (text === null) continue;
    const document: ParsedDocument = {
      fileName,
      ...(source.name ? { title: source.name } : {}),
      text,
      spans: [],
      relations: [],
    };
    sourceCodings += source.sourceCodings;
    for (const selection of source.selections) {
      const spans = selectionSpans(selection, qde, what, problem, (note) => textOf(note, `a note of ${what}`));
      if (spans === null) continue;
      if (spans.length === 0) uncoded++;
      else spanDocuments.set(selection.guid, document);
      for (const span of spans) document.spans.push(span);
    }
    corpus.documents.push(document);
  }
  let unlinked = 0;
  for (const link of qde.links) {
    const from = spanDocuments.get(link.origin);
    if (!from || from !== spanDocuments.get(link.target)) {
      unlinked++;
      continue;
    }
    const note = link.noteGuids
      .map((g) => qde.notes.get(g) ?? null)
      .map((t) => (t ? textOf(t, `a note of link "${link.name}"`) : null));
    from.relations.push({
      type: link.name || 'link',
      from: link.origin,
      to: link.target,
      ...(note.some((n) => n) ? { note: note.filter((n) => n).join('\n\n') } : {}),
    });
  }
  const nested = [...qde.codes.values()].filter((c) => c.nested).length;
  if (nested > 0)
    notCarried(
      `${nested} codes sit under other codes: they come in as labels of their own (Tagwright's labels are flat)`,
    );
  if (uncoded > 0) notCarried(`${uncoded} text selections have no code: Tagwright's annotations need a label`);
  if (sourceCodings > 0) notCarried(`${sourceCodings} codings of whole sources are not carried (only selections are)`);
  if (unlinked > 0)
    notCarried(`${unlinked} links are not between two coded selections of one text, and are not carried`);
  for (const [element, count] of qde.others) notCarried(`${count} ${element} elements are not carried`);
  return corpus;
}

/** A source's or a note's text: inline, or read from the archive for an `internal://` path. */
function readText(text: QdeText, what: string, archived: (internal: string) => TextReading): TextReading {
  if (text === null) return { problem: `${what} has neither PlainTextContent nor plainTextPath` };
  if ('content' in text) return { text: text.content };
  if (!text.path.startsWith('internal://'))
    return {
      problem: `${what}'s text is outside the project (${text.path}): only texts inside it (internal://) are read`,
    };
  const reading = archived(text.path.slice('internal://'.length));
  return 'problem' in reading ? { problem: `${what}: ${reading.problem}` } : reading;
}

/**
 * A selection's spans, one per coding (the first keeps the selection's GUID as its key, which
 * links name); null, with the problem reported, when its positions or references are broken.
 */
function selectionSpans(
  selection: QdeSourceRead['selections'][number],
  qde: QdeRead,
  what: string,
  problem: (message: string) => void,
  noteText: (note: QdeText) => string | null,
): ParsedSpan[] | null {
  const where = `${what}, selection ${selection.guid}`;
  if (
    !/^\d+$/.test(selection.start) ||
    !/^\d+$/.test(selection.end) ||
    Number(selection.end) <= Number(selection.start)
  ) {
    problem(`${where}: startPosition ${selection.start} and endPosition ${selection.end} are not a span of characters`);
    return null;
  }
  const notes: string[] = selection.description ? [selection.description] : [];
  for (const guid of selection.noteGuids) {
    const note = qde.notes.get(guid);
    if (note === undefined) {
      problem(`${where}: its NoteRef names no note (${guid})`);
      return null;
    }
    const text = noteText(note);
    if (text === null) return null;
    if (text !== '') notes.push(text);
  }
  const spans: ParsedSpan[] = [];
  for (const [i, coding] of selection.codings.entries()) {
    const code = qde.codes.get(coding.codeGuid);
    if (!code || code.name === '') {
      problem(
        `${where}: its coding names ${code ? 'a code without a name' : `no code in the code book (${coding.codeGuid})`}`,
      );
      return null;
    }
    const userGuid = coding.userGuid || selection.userGuid;
    const annotator = userGuid ? qde.users.get(userGuid) : '';
    if (annotator === undefined) {
      problem(`${where}: its creatingUser ${userGuid} is not among the project's users`);
      return null;
    }
    spans.push({
      key: i === 0 ? selection.guid : `${selection.guid}:${i + 1}`,
      label: code.name,
      fragments: [{ start: Number(selection.start), end: Number(selection.end) }],
      attributes: {},
      note: notes.join('\n\n'),
      annotator,
      ...(selection.createdAt || coding.createdAt ? { createdAt: selection.createdAt || coding.createdAt } : {}),
      ...(selection.updatedAt ? { updatedAt: selection.updatedAt } : {}),
    });
  }
  return spans;
}

/** The code book's codes with a colour, as labels the import adds with that colour and description. */
function declaredLabels(qde: QdeRead): AnnotationSchema {
  const labels: Label[] = [];
  const taken = new Set<string>();
  for (const code of qde.codes.values()) {
    const colour = sixDigitColour(code.colour);
    if (!code.name || !colour) continue;
    const id = idFromName(code.name, (candidate) => taken.has(candidate));
    taken.add(id);
    labels.push({ id, name: code.name, colour, hotkeys: [], description: code.description, attributes: [] });
  }
  return { labels, relationTypes: [], eventTypes: [], equivalenceTypes: [], documentAttributes: [] };
}

/** `#rgb` or `#rrggbb` (REFI's RGBType) as `#rrggbb`; null for anything else. */
function sixDigitColour(colour: string): string | null {
  if (/^#[0-9a-fA-F]{6}$/.test(colour)) return colour.toLowerCase();
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(colour);
  return short ? `#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}`.toLowerCase() : null;
}

function refused(fileName: string, message: string): ParsedCorpus {
  const corpus = emptyCorpus('refi-qda', fileName);
  corpus.problems.push(corpusProblem(fileName, message));
  return corpus;
}
