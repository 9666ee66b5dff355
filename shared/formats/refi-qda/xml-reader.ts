import { countBelow } from '../../text/code-points';

/** One element of a parsed XML document: its namespace and local name, attributes, children and text. */
export interface XmlElement {
  /** The namespace URI its prefix (or the default namespace) resolves to; '' for none. */
  namespace: string;
  localName: string;
  /** Unprefixed attributes by name (namespace declarations and prefixed attributes are left out). */
  attributes: Map<string, string>;
  children: XmlElement[];
  /** Its own character data (not its children's), entities and CDATA resolved. */
  text: string;
  line: number;
}

/** Why a text is not well-formed XML, and the line (1-based) where it shows. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const NAME =
  /[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?/y;
const SPACE = /[ \t\n]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A strict, non-validating reader of the XML 1.0 that exchange files are (elements, attributes,
 * namespaces, character and CDATA data, comments, processing instructions): anything not
 * well-formed is an XmlError naming the line. A DOCTYPE is refused rather than read, so no entity
 * is ever expanded beyond the five predefined ones and character references (no "billion laughs").
 * Line ends are normalised (CRLF and CR to LF) as XML requires, attribute values' whitespace too.
 */
export function readXml(source: string): XmlElement {
  const cursor = new XmlCursor(source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  cursor.skipMisc();
  if (!cursor.at('<')) cursor.fail('no root element (is this XML?)');
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  while (root === null) {
    const open = stack[stack.length - 1];
    if (cursor.done()) cursor.fail(`<${open?.qname}> is not closed`);
    if (cursor.at('</')) {
      const start = cursor.offset;
      cursor.offset += 2;
      const qname = cursor.name();
      cursor.skipSpace();
      cursor.expect('>');
      if (!open || open.qname !== qname)
        cursor.fail(`</${qname}> closes ${open ? `<${open.qname}>` : 'nothing'}`, start);
      stack.pop();
      if (stack.length === 0) root = open!.element;
    } else if (cursor.at('<!--')) cursor.skipPast('-->', 'a comment');
    else if (cursor.at('<![CDATA[')) {
      if (!open) cursor.fail('character data outside the root element');
      open!.element.text += cursor.cdata();
    } else if (cursor.at('<?')) cursor.skipPast('?>', 'a processing instruction');
    else if (cursor.at('<')) {
      const { element, qname, scope, selfClosing } = startTag(cursor, open?.scope ?? ROOT_SCOPE);
      if (open) open.element.children.push(element);
      if (selfClosing && !open) root = element;
      else if (!selfClosing) stack.push({ element, qname, scope });
    } else {
      if (!open) cursor.fail('text outside the root element');
      open!.element.text += cursor.characterData();
    }
  }
  cursor.skipMisc();
  if (!cursor.done()) cursor.fail(cursor.at('<') ? 'a second root element' : 'text after the root element');
  return root;
}

/** An element whose end tag is still to come, with the namespaces in scope inside it. */
interface Open {
  element: XmlElement;
  qname: string;
  scope: Map<string, string>;
}

const ROOT_SCOPE = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

/** A start tag (the cursor on its "<"): the element, its namespaces, and whether it closes itself. */
function startTag(cursor: XmlCursor, outer: Map<string, string>) {
  const start = cursor.offset;
  cursor.offset += 1;
  const qname = cursor.name();
  const raw = new Map<string, string>();
  for (;;) {
    const before = cursor.offset;
    cursor.skipSpace();
    if (cursor.at('/>') || cursor.at('>')) break;
    if (cursor.offset === before) cursor.fail(`expected a space, ">" or "/>" in <${qname}>`);
    const attribute = cursor.name();
    if (raw.has(attribute)) cursor.fail(`${attribute} is given twice in <${qname}>`);
    raw.set(attribute, cursor.attributeValue(attribute));
  }
  const scope = new Map(outer);
  for (const [attribute, value] of raw) {
    if (attribute === 'xmlns') scope.set('', value);
    else if (attribute.startsWith('xmlns:')) scope.set(attribute.slice(6), value);
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const namespace = scope.get(prefix);
  if (namespace === undefined && prefix !== '') cursor.fail(`the prefix "${prefix}" is not declared`, start);
  const element: XmlElement = {
    namespace: namespace ?? '',
    localName: qname.slice(colon + 1),
    attributes: new Map([...raw].filter(([attribute]) => !attribute.includes(':') && attribute !== 'xmlns')),
    children: [],
    text: '',
    line: cursor.lineAt(start),
  };
  const selfClosing = cursor.at('/>');
  cursor.offset += selfClosing ? 2 : 1;
  return { element, qname, scope, selfClosing };
}

/** A position in the text being read, and the small readings the parser is made of. */
class XmlCursor {
  offset = 0;
  readonly #lineEnds: number[] = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#lineEnds.push(i);
  }

  lineAt(offset: number): number {
    return countBelow(this.#lineEnds, offset) + 1;
  }

  fail(message: string, offset = this.offset): never {
    throw new XmlError(message, this.lineAt(offset));
  }

  at(token: string): boolean {
    return this.text.startsWith(token, this.offset);
  }

  done(): boolean {
    return this.offset >= this.text.length;
  }

  expect(token: string): void {
    if (!this.at(token)) this.fail(`expected "${token}"`);
    this.offset += token.length;
  }

  skipSpace(): void {
    SPACE.lastIndex = this.offset;
    SPACE.test(this.text);
    this.offset = SPACE.lastIndex;
  }

  name(): string {
    NAME.lastIndex = this.offset;
    const match = NAME.exec(this.text);
    if (!match) this.fail('expected a name');
    this.offset = NAME.lastIndex;
    return match![0];
  }

  skipPast(end: string, what: string): void {
    const close = this.text.indexOf(end, this.offset);
    if (close === -1) this.fail(`${what} is not closed`);
    this.offset = close + end.length;
  }

  /** Comments, processing instructions and space, before and after the root element. */
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.at('<!--')) this.skipPast('-->', 'a comment');
      else if (this.at('<?')) this.skipPast('?>', 'a processing instruction');
      else if (this.at('<!DOCTYPE')) this.fail('a DOCTYPE is not read (exchange files have none)');
      else return;
    }
  }

  /** `="value"` after an attribute's name: its value, references resolved, whitespace normalised. */
  attributeValue(attribute: string): string {
    this.skipSpace();
    this.expect('=');
    this.skipSpace();
    const quote = this.text[this.offset];
    if (quote !== '"' && quote !== "'") this.fail(`the value of ${attribute} is not quoted`);
    const close = this.text.indexOf(quote!, this.offset + 1);
    if (close === -1) this.fail(`the value of ${attribute} is not closed`);
    const value = this.text.slice(this.offset + 1, close);
    if (value.includes('<')) this.fail(`the value of ${attribute} holds a "<"`);
    const decoded = this.decode(value.replace(/[\t\n]/g, ' '), this.offset);
    this.offset = close + 1;
    return decoded;
  }

  cdata(): string {
    const close = this.text.indexOf(']]>', this.offset);
    if (close === -1) this.fail('a CDATA section is not closed');
    const data = this.text.slice(this.offset + 9, close);
    this.offset = close + 3;
    return data;
  }

  characterData(): string {
    const next = this.text.indexOf('<', this.offset);
    const end = next === -1 ? this.text.length : next;
    const data = this.text.slice(this.offset, end);
    if (data.includes(']]>')) this.fail('"]]>" in character data');
    const decoded = this.decode(data, this.offset);
    this.offset = end;
    return decoded;
  }

  /** Text with its entity and character references resolved; an unknown entity or a bare "&" fails. */
  decode(raw: string, offset: number): string {
    return raw.replace(/&([^;&<]*);?/g, (whole, entity: string) => {
      if (!whole.endsWith(';')) this.fail('an "&" that starts no entity (write &amp;)', offset);
      const code = /^#x([0-9a-fA-F]+)$/.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
      if (code === undefined) {
        const known = PREDEFINED[entity];
        if (known === undefined) this.fail(`unknown entity &${entity};`, offset);
        return known!;
      }
      const point = parseInt(code, entity.startsWith('#x') ? 16 : 10);
      const allowed = point === 9 || point === 10 || point === 13 || (point >= 0x20 && point <= 0x10ffff);
      if (!allowed || (point >= 0xd800 && point <= 0xdfff))
        this.fail(`&${entity}; is not a character XML allows`, offset);
      return String.fromCodePoint(point);
    });
  }
}
