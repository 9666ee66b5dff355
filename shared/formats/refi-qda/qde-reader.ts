import { QDE_NAMESPACE } from './qde-writer';
import { readXml, XmlError, type XmlElement as Element } from './xml-reader';

/** A GUID as a key: lower case, without the braces the schema also allows. */
export function guidKey(guid: string | null | undefined): string {
  return (guid ?? '').replace(/^\{|\}$/g, '').toLowerCase();
}

/** A text a REFI element holds inline (`PlainTextContent`) or names by path (`plainTextPath`). */
export type QdeText = { content: string } | { path: string } | null;

export interface QdeCoding {
  codeGuid: string;
  userGuid: string;
  createdAt: string;
}

export interface QdeSelectionRead {
  guid: string;
  start: string;
  end: string;
  userGuid: string;
  createdAt: string;
  updatedAt: string;
  description: string;
  codings: QdeCoding[];
  noteGuids: string[];
}

export interface QdeSourceRead {
  guid: string;
  name: string;
  text: QdeText;
  selections: QdeSelectionRead[];
  /** Codings of the whole source (no selection). */
  sourceCodings: number;
}

export interface QdeCodeRead {
  guid: string;
  name: string;
  colour: string;
  description: string;
  /** False for a category (`isCodable="false"`). */
  codable: boolean;
  /** Under another code in the code book (the hierarchy Tagwright's flat labels do not keep). */
  nested: boolean;
}

/** What a project.qde holds that the import reads, as written (GUIDs as keys), before any check of what refers to what. */
export interface QdeRead {
  users: Map<string, string>;
  codes: Map<string, QdeCodeRead>;
  sources: QdeSourceRead[];
  notes: Map<string, QdeText>;
  links: { guid: string; name: string; origin: string; target: string; noteGuids: string[] }[];
  /** Elements read as nothing Tagwright holds, by name, counted (PDFSource, Case, Variable …). */
  others: Map<string, number>;
}

/**
 * Parses project.qde (urn:QDA-XML:project:1.0): users, the code book (nested codes flattened),
 * text sources with their selections, codings and note references, notes, links. Anything that
 * is not well-formed XML, or not a REFI project, is an error naming the line; nothing is read then.
 */
export function readQde(xml: string): { ok: true; qde: QdeRead } | { ok: false; problem: string } {
  let root: Element;
  try {
    root = readXml(xml);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { ok: false, problem: `project.qde is not well-formed XML: ${error.message}` };
  }
  if (root.localName !== 'Project' || root.namespace !== QDE_NAMESPACE)
    return {
      ok: false,
      problem: `project.qde is not a REFI-QDA project (its root must be <Project xmlns="${QDE_NAMESPACE}">)`,
    };
  const qde: QdeRead = {
    users: new Map(),
    codes: new Map(),
    sources: [],
    notes: new Map(),
    links: [],
    others: new Map(),
  };
  const other = (name: string) => qde.others.set(name, (qde.others.get(name) ?? 0) + 1);
  for (const section of children(root)) {
    const name = section.localName;
    if (name === 'Users')
      for (const u of children(section, 'User'))
        qde.users.set(guidKey(u.attributes.get('guid')), u.attributes.get('name') || u.attributes.get('id') || '');
    else if (name === 'CodeBook') for (const codes of children(section, 'Codes')) readCodes(codes, false, qde.codes);
    else if (name === 'Sources')
      for (const source of children(section)) {
        if (source.localName === 'TextSource') qde.sources.push(readSource(source));
        else other(source.localName ?? 'source');
      }
    else if (name === 'Notes')
      for (const note of children(section, 'Note')) qde.notes.set(guidKey(note.attributes.get('guid')), textOf(note));
    else if (name === 'Links')
      for (const link of children(section, 'Link'))
        qde.links.push({
          guid: guidKey(link.attributes.get('guid')),
          name: link.attributes.get('name') ?? '',
          origin: guidKey(link.attributes.get('originGUID')),
          target: guidKey(link.attributes.get('targetGUID')),
          noteGuids: refs(link, 'NoteRef'),
        });
    else if (name !== 'Description') for (const child of children(section)) other(child.localName);
  }
  return { ok: true, qde };
}

function readCodes(parent: Element, nested: boolean, into: Map<string, QdeCodeRead>): void {
  for (const code of children(parent, 'Code')) {
    into.set(guidKey(code.attributes.get('guid')), {
      guid: guidKey(code.attributes.get('guid')),
      name: code.attributes.get('name') ?? '',
      colour: code.attributes.get('color') ?? '',
      description: children(code, 'Description')[0]?.text ?? '',
      codable: code.attributes.get('isCodable') !== 'false',
      nested,
    });
    readCodes(code, true, into);
  }
}

function readSource(source: Element): QdeSourceRead {
  return {
    guid: guidKey(source.attributes.get('guid')),
    name: source.attributes.get('name') ?? '',
    text: textOf(source),
    selections: children(source, 'PlainTextSelection').map((s) => ({
      guid: guidKey(s.attributes.get('guid')),
      start: s.attributes.get('startPosition') ?? '',
      end: s.attributes.get('endPosition') ?? '',
      userGuid: guidKey(s.attributes.get('creatingUser')),
      createdAt: s.attributes.get('creationDateTime') ?? '',
      updatedAt: s.attributes.get('modifiedDateTime') ?? '',
      description: children(s, 'Description')[0]?.text ?? '',
      codings: children(s, 'Coding').map((c) => ({
        codeGuid: refs(c, 'CodeRef')[0] ?? '',
        userGuid: guidKey(c.attributes.get('creatingUser')),
        createdAt: c.attributes.get('creationDateTime') ?? '',
      })),
      noteGuids: refs(s, 'NoteRef'),
    })),
    sourceCodings: children(source, 'Coding').length,
  };
}

/** An element's text: its `PlainTextContent`, else its `plainTextPath`; null when it has neither. */
function textOf(element: Element): QdeText {
  const inline = children(element, 'PlainTextContent')[0];
  if (inline) return { content: inline.text };
  const path = element.attributes.get('plainTextPath');
  return path ? { path } : null;
}

/** The `targetGUID`s of an element's `tag` children. */
function refs(element: Element, tag: string): string[] {
  return children(element, tag).map((r) => guidKey(r.attributes.get('targetGUID')));
}

/** An element's child elements in the project namespace (named `tag`, when given). */
function children(element: Element, tag?: string): Element[] {
  return element.children.filter((child) => child.namespace === QDE_NAMESPACE && (!tag || child.localName === tag));
}
