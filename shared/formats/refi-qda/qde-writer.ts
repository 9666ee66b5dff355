import type { Label } from '../../model';
import { attributes, xmlText } from './xml-text';

/** The namespace of a REFI-QDA project file (Project-mrt2019.xsd's target namespace). */
export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** One coded text selection as project.qde writes it: where, by whom, when, with which code. */
export interface QdeSelection {
  guid: string;
  start: number;
  end: number;
  codeGuid: string;
  codingGuid: string;
  userGuid?: string;
  createdAt: string;
  updatedAt: string;
  noteGuid?: string;
}

/** A note (REFI `Note`, a text source of its own) and who wrote it when. */
export interface QdeNote {
  guid: string;
  text: string;
  userGuid?: string;
  createdAt?: string;
}

/** A link between two selections (a Tagwright relation). */
export interface QdeLink {
  guid: string;
  name: string;
  originGuid: string;
  targetGuid: string;
  noteGuid?: string;
}

/** The parts of a project.qde, each element already written where it is a list the export grows. */
export interface QdeParts {
  projectName: string;
  users: readonly { guid: string; name: string }[];
  codes: readonly { guid: string; label: Label }[];
  /** `<TextSource>` elements (textSource()). */
  sources: readonly string[];
  notes: readonly QdeNote[];
  links: readonly QdeLink[];
}

/**
 * project.qde: the elements in the order ProjectType's sequence requires (Users, CodeBook,
 * Sources, Notes, Links), each list left out when empty (the schema wants at least one member).
 * Given as pieces whose concatenation is the file (each source one piece): a project of a
 * million annotations is more text than one JavaScript string may hold.
 */
export function projectXml(parts: QdeParts): string[] {
  const pieces: string[] = [];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project${attributes({ xmlns: QDE_NAMESPACE, name: parts.projectName, origin: 'Tagwright' })}>`,
  ];
  if (parts.users.length > 0) {
    out.push('  <Users>');
    for (const u of parts.users) out.push(`    <User${attributes({ guid: u.guid, name: u.name })}/>`);
    out.push('  </Users>');
  }
  if (parts.codes.length > 0) {
    out.push('  <CodeBook>', '    <Codes>');
    for (const { guid, label } of parts.codes) {
      const head = `      <Code${attributes({ guid, name: label.name, isCodable: true, color: label.colour })}`;
      out.push(
        label.description ? `${head}><Description>${xmlText(label.description)}</Description></Code>` : `${head}/>`,
      );
    }
    out.push('    </Codes>', '  </CodeBook>');
  }
  if (parts.sources.length > 0) {
    out.push('  <Sources>', '');
    pieces.push(out.join('\n'));
    out.length = 0;
    for (const source of parts.sources) pieces.push(`${source}\n`);
    out.push('  </Sources>');
  }
  if (parts.notes.length > 0) {
    out.push('  <Notes>');
    for (const n of parts.notes) {
      const head = attributes({ guid: n.guid, creatingUser: n.userGuid, creationDateTime: n.createdAt });
      out.push(`    <Note${head}><PlainTextContent>${xmlText(n.text)}</PlainTextContent></Note>`);
    }
    out.push('  </Notes>');
  }
  if (parts.links.length > 0) {
    out.push('  <Links>');
    for (const l of parts.links) {
      const head = `    <Link${attributes({ guid: l.guid, name: l.name, direction: 'OneWay', originGUID: l.originGuid, targetGUID: l.targetGuid })}`;
      out.push(l.noteGuid ? `${head}><NoteRef${attributes({ targetGUID: l.noteGuid })}/></Link>` : `${head}/>`);
    }
    out.push('  </Links>');
  }
  out.push('</Project>', '');
  pieces.push(out.join('\n'));
  return pieces;
}

/** One document as a `<TextSource>` whose text is the archive's `sources/<guid>.txt`, with its selections. */
export function textSource(guid: string, name: string, selections: readonly QdeSelection[]): string {
  const head = `    <TextSource${attributes({ guid, name, plainTextPath: `internal://${guid}.txt` })}`;
  if (selections.length === 0) return `${head}/>`;
  return [`${head}>`, ...selections.map(selectionXml), '    </TextSource>'].join('\n');
}

function selectionXml(s: QdeSelection): string {
  const head = attributes({
    guid: s.guid,
    startPosition: s.start,
    endPosition: s.end,
    creatingUser: s.userGuid,
    creationDateTime: s.createdAt,
    modifyingUser: s.userGuid,
    modifiedDateTime: s.updatedAt,
  });
  const coding = `<Coding${attributes({ guid: s.codingGuid, creatingUser: s.userGuid, creationDateTime: s.createdAt })}><CodeRef${attributes({ targetGUID: s.codeGuid })}/></Coding>`;
  const note = s.noteGuid ? `<NoteRef${attributes({ targetGUID: s.noteGuid })}/>` : '';
  return `      <PlainTextSelection${head}>${coding}${note}</PlainTextSelection>`;
}
