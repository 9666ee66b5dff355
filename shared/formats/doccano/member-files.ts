import { utf8Decode } from '../../text/utf8-coding';
import { corpusProblem, emptyCorpus, type ParsedCorpus } from '../corpus/parsed-corpus';
import { parseDoccanoJsonl } from './import';

/**
 * doccano's export of a project of several members (its `create_individual_dataset`), and
 * Tagwright's doccano export of several annotators: a zip of one `<user>.jsonl` per member, each
 * holding every example with that member's labels. Each file is read as doccano JSONL (problems
 * name it inside the zip: `corpus.zip/ana.jsonl`), its spans and relations given the annotator its
 * name says; the examples' texts make the documents, so the members' copies of one example are
 * one document with every member's spans.
 */
export function readDoccanoZip(fileName: string, files: ReadonlyMap<string, Uint8Array>): ParsedCorpus {
  const corpus = emptyCorpus('doccano', fileName);
  const members = [...files].filter(([name]) => name.toLowerCase().endsWith('.jsonl') && !name.includes('/'));
  if (members.length === 0) {
    corpus.problems.push(corpusProblem(fileName, 'the archive holds no <user>.jsonl: it is not a doccano export'));
    return corpus;
  }
  for (const [name, bytes] of members) {
    const memberName = `${fileName}/${name}`;
    const text = utf8Decode(bytes);
    if (text === null) {
      corpus.problems.push(corpusProblem(memberName, 'the file is not UTF-8 text'));
      continue;
    }
    const annotator = name.slice(0, -'.jsonl'.length);
    const member = parseDoccanoJsonl(memberName, text);
    for (const document of member.documents) {
      for (const span of document.spans) span.annotator = annotator;
      for (const relation of document.relations) relation.annotator = annotator;
      corpus.documents.push(document);
    }
    for (const problem of member.problems) corpus.problems.push(problem);
    for (const warning of member.notCarried) corpus.notCarried.push(warning);
  }
  return corpus;
}
