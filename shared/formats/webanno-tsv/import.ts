import { setAttribute, type AttributeMap } from '../../model';
import { createOffsetConverter } from '../../text/code-points';
import { fileLines } from '../corpus/text-lines';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument, type ParsedRelation } from '../corpus/parsed-corpus';
import type { TsvAnnotation } from './tsv-annotations';
import { TsvBodyReader, type TsvBody } from './tsv-body';
import { declareLayer, isLayerDeclaration, type TsvSchema } from './tsv-schema';

/** `#FORMAT=WebAnno TSV 3.3`, as INCEpTION's reader matches it. */
export const TSV_FORMAT_LINE = /^#FORMAT=(.*) (\d+)\.(\d+)$/;

/**
 * Reads a WebAnno TSV 3 file (as INCEpTION and WebAnno write it) into one document: the text
 * rebuilt from its `#Text=` lines as INCEpTION rebuilds it, offsets in UTF-16 units. Span layers'
 * annotations become annotations, labelled by the layer's label feature (`label`, `value`,
 * `…Value`, else its first feature; the layer's name when empty), other features their
 * attributes. Relation layers become relations typed by their first feature; slot features
 * become relations from the annotation to each target, typed by the role; a chain (coreference)
 * becomes its links as annotations (labelled by `referenceType`) with a relation from each link to
 * the next (typed by `referenceRelation`, else `coreference`).
 */
export function parseWebannoTsv(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('webanno-tsv', fileName);
  const lines = fileLines(content.replace(/^\uFEFF/, ''));
  const format = TSV_FORMAT_LINE.exec(lines.next().value?.[0] ?? '');
  if (!format || format[1] !== 'WebAnno TSV' || format[2] !== '3') {
    corpus.problems.push({
      fileName,
      line: 1,
      message: `not WebAnno TSV 3: the first line must be "#FORMAT=WebAnno TSV 3.x"${format ? ` (found ${format[1]} ${format[2]}.${format[3]})` : ''}`,
    });
    return corpus;
  }
  const schema: TsvSchema = { layers: [], columns: [] };
  const body = new TsvBodyReader(schema, fileName, Number(format[3]), corpus.problems);
  let inHeader = true;
  for (const [line, n] of lines) {
    if (inHeader && isLayerDeclaration(line)) declareLayer(schema, line);
    else if (line === '') body.blank();
    else if (line.startsWith('#')) body.sentenceHeader(line);
    else body.token(line, n);
    inHeader &&= isLayerDeclaration(line);
  }
  const read = body.finish();
  if (read.text.trim() !== '') corpus.documents.push(documentOf(fileName, read, corpus));
  return corpus;
}

function documentOf(fileName: string, body: TsvBody, corpus: ParsedCorpus): ParsedDocument {
  const converter = createOffsetConverter(body.text);
  const document: ParsedDocument = { fileName, text: body.text, spans: [], relations: [], line: 1 };
  const keys = new Map<TsvAnnotation, string>();
  const notCarried = new Set<string>();
  for (const annotation of body.annotations) {
    if (annotation.layer.kind === 'relation') continue;
    const key = `T${keys.size + 1}`;
    keys.set(annotation, key);
    const { label, attributes } = labelOf(annotation);
    document.spans.push({
      key,
      label,
      fragments: [{ start: converter.toCodePoint(annotation.begin), end: converter.toCodePoint(annotation.end) }],
      quote: body.text.slice(annotation.begin, annotation.end),
      attributes,
      note: '',
      line: annotation.line,
    });
  }
  const relate = (
    type: string,
    from: TsvAnnotation | null | undefined,
    to: TsvAnnotation | null | undefined,
    line: number,
  ) => {
    const fromKey = from && keys.get(from);
    const toKey = to && keys.get(to);
    if (fromKey && toKey) document.relations.push({ type, from: fromKey, to: toKey, line } satisfies ParsedRelation);
  };
  for (const annotation of body.annotations) {
    const { layer, features } = annotation;
    if (layer.kind === 'relation') {
      relate(
        features.get(layer.labelFeature ?? '') || layer.shortName,
        annotation.source,
        annotation.target,
        annotation.line,
      );
      for (const [name, value] of features) if (name !== layer.labelFeature && value !== null) notCarried.add(name);
    }
    for (const [slot, { roles, targets }] of annotation.slots) {
      targets.forEach((target, i) => relate(roles[i] ?? slot, annotation, target, annotation.line));
    }
  }
  for (const chain of body.chains.values()) {
    const links = [...chain.entries()].sort(([a], [b]) => a - b).map(([, link]) => link);
    for (let i = 1; i < links.length; i++) {
      const previous = links[i - 1]!;
      relate(previous.features.get('referenceRelation') || 'coreference', previous, links[i], links[i]!.line);
    }
  }
  if (notCarried.size > 0)
    corpus.notCarried.push({ fileName, message: `relation features ${[...notCarried].join(', ')} are not carried` });
  if (body.endsOnUndeclaredTypes > 0)
    corpus.notCarried.push({
      fileName,
      message: `${body.endsOnUndeclaredTypes} relation or slot end(s) point at a type no span layer of the file declares (DKPro's Token…): those links are not carried`,
    });
  return document;
}

/** A span or chain link's label and attributes. */
function labelOf({ layer, features }: TsvAnnotation): { label: string; attributes: AttributeMap } {
  const attributes: AttributeMap = {};
  if (layer.kind === 'chain') {
    return { label: features.get('referenceType') || layer.shortName.replace(/Link$/, ''), attributes };
  }
  for (const [name, value] of features) {
    if (name !== layer.labelFeature && value !== null) setAttribute(attributes, name, value);
  }
  return { label: features.get(layer.labelFeature ?? '') || layer.shortName, attributes };
}
