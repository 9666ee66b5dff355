import { attributeValueProblem, ownAttribute, setAttribute, type AttributeMap } from '../../shared/model';
import { TagwrightError } from '../../shared/ipc/result';
import type { ProjectModel } from './project-model';

/**
 * A document's metadata with its document attributes (the schema's `documentAttributes`) set as
 * given: a value given is checked against its definition, one left out or null is removed, and
 * what else the metadata holds (an import's document labels) is kept. A name the schema does not
 * declare is refused, naming it.
 */
export function documentMetadataWith(model: ProjectModel, documentId: string, given: AttributeMap): AttributeMap {
  const document = model.document(documentId);
  const definitions = model.project.schema.documentAttributes;
  for (const name of Object.keys(given)) {
    if (!definitions.some((d) => d.name === name)) {
      throw new TagwrightError('invalid-input', `"${name}" is not a document attribute of this project's schema.`);
    }
  }
  const metadata: AttributeMap = { ...document.metadata };
  for (const definition of definitions) {
    const value = ownAttribute(given, definition.name);
    if (value === undefined || value === null) {
      delete metadata[definition.name];
      continue;
    }
    const problem = attributeValueProblem(definition, value);
    if (problem) throw new TagwrightError('invalid-input', `In "${document.title}", ${problem}.`);
    setAttribute(metadata, definition.name, value);
  }
  return metadata;
}
