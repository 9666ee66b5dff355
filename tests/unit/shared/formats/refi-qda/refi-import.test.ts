import { describe, expect, it } from 'vitest';
import { parseRefiQde, readRefiQdpx } from '../../../../../shared/formats/refi-qda/import';
import { readXml } from '../../../../../shared/formats/refi-qda/xml-reader';
import { handCheckedCorpus } from '../format-corpus';
import { exportQdpx, qdpxFiles } from './qdpx-files';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const project = (body: string) =>
  `<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="t">\n${body}\n</Project>`;
const codes = `<CodeBook><Codes><Code guid="${G(1)}" name="Claim" isCodable="true"/></Codes></CodeBook>`;
const source = (selections: string) =>
  `<Sources><TextSource guid="${G(2)}" name="t"><PlainTextContent>Zoë 😀 said so.</PlainTextContent>${selections}</TextSource></Sources>`;
const selection = (start: string, end: string, code = G(1)) =>
  `<PlainTextSelection guid="${G(3)}" startPosition="${start}" endPosition="${end}"><Coding guid="${G(4)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
const problems = (content: string) => parseRefiQde('p.qde', content).problems.map((p) => p.message);

describe('REFI-QDA import refuses what is damaged, saying what', () => {
  it('XML that is not well-formed, with its line', () => {
    expect(problems(project(`${codes}\n<Sources><TextSource guid="${G(2)}">`))).toEqual([
      'project.qde is not well-formed XML: line 5: </Project> closes <TextSource>',
    ]);
    expect(problems('<Project xmlns="urn:QDA-XML:project:1.0" name="a" name="b"/>')).toEqual([
      'project.qde is not well-formed XML: line 1: name is given twice in <Project>',
    ]);
    expect(problems(project('<Description>a &nbsp; b</Description>'))).toEqual([
      'project.qde is not well-formed XML: line 3: unknown entity &nbsp;',
    ]);
  });

  it('a DOCTYPE, which could expand entities without end, is refused unread', () => {
    const laughs = '<!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>';
    expect(problems(`${laughs}${project('')}`)).toEqual([
      'project.qde is not well-formed XML: line 1: a DOCTYPE is not read (exchange files have none)',
    ]);
  });

  it('another root or namespace', () => {
    expect(problems('<Project name="t"/>')).toEqual([
      'project.qde is not a REFI-QDA project (its root must be <Project xmlns="urn:QDA-XML:project:1.0">)',
    ]);
  });

  it('positions that are not a span, a coding of a code not in the code book', () => {
    const where = `text source "t", selection ${G(3)}`;
    expect(problems(project(codes + source(selection('5', '2'))))).toEqual([
      `${where}: startPosition 5 and endPosition 2 are not a span of characters`,
    ]);
    expect(problems(project(codes + source(selection('-1', '2'))))).toHaveLength(1);
    expect(problems(project(codes + source(selection('0', '3', G(9)))))).toEqual([
      `${where}: its coding names no code in the code book (${G(9)})`,
    ]);
  });

  it('an archive without project.qde, or without a text it names', () => {
    const files = qdpxFiles(exportQdpx(handCheckedCorpus()));
    const withoutQde = new Map([...files].filter(([name]) => name !== 'project.qde'));
    expect(readRefiQdpx('x.qdpx', withoutQde).problems.map((p) => p.message)).toEqual([
      'the archive holds no project.qde: it is not a REFI-QDA project',
    ]);
    const [firstText] = [...files.keys()].filter((name) => name.startsWith('sources/'));
    const withoutText = new Map([...files].filter(([name]) => name !== firstText));
    expect(readRefiQdpx('x.qdpx', withoutText).problems.map((p) => p.message)).toEqual([
      `text source "Armenia 😀 gave maps.": ${firstText} is not in the archive`,
    ]);
  });

  it("a bare project.qde whose texts are in its archive's sources/ says to import the .qdpx", () => {
    const qde = new TextDecoder().decode(qdpxFiles(exportQdpx(handCheckedCorpus())).get('project.qde'));
    expect(problems(qde)[0]).toMatch(
      /^text source "Armenia 😀 gave maps\.": its text is sources\/.*\.txt of a \.qdpx archive: import the \.qdpx, not its project\.qde$/,
    );
  });
});

describe('XML reading', () => {
  it('resolves entities, character references, CDATA and namespaces, and normalises line ends', () => {
    const root = readXml(
      '<?xml version="1.0"?>\r\n<!-- c --><p:a xmlns:p="urn:p" xmlns="urn:d" x="1&#9;2&#10;3\r\n4"><b>&lt;&amp;&#x1F600;<![CDATA[<raw>]]>\r\nz&#13;</b></p:a>',
    );
    expect([root.namespace, root.localName, root.attributes.get('x')]).toEqual(['urn:p', 'a', '1\t2\n3 4']);
    expect([root.children[0]!.namespace, root.children[0]!.text]).toEqual(['urn:d', '<&😀<raw>\nz\r']);
  });

  it('refuses a second root, text outside the root, mismatched tags and an undeclared prefix', () => {
    expect(() => readXml('<a/><b/>')).toThrow('line 1: a second root element');
    expect(() => readXml('<a/>x')).toThrow('line 1: text after the root element');
    expect(() => readXml('<a>\n<b></a>')).toThrow('line 2: </a> closes <b>');
    expect(() => readXml('<q:a/>')).toThrow('line 1: the prefix "q" is not declared');
    expect(() => readXml('<a b="<"/>')).toThrow('line 1: the value of b holds a "<"');
    expect(() => readXml('<a>&#0;</a>')).toThrow('line 1: &#0; is not a character XML allows');
  });
});
