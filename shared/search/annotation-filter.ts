import { foldString } from './folded-text';
import type { SearchAnnotation, SearchRequest } from './search-request';

/**
 * Whether an annotation has what the request's filters ask for (its label, an attribute value,
 * words in its note: all that are given); null when the request has no filter. Text compares
 * ignoring case and diacritics, as plain search does.
 */
export function annotationFilter(request: SearchRequest): ((a: SearchAnnotation) => boolean) | null {
  const { label, attribute, note } = request;
  if (label === undefined && attribute === undefined && note === undefined) return null;
  const value = attribute?.value === undefined ? undefined : foldString(attribute.value, false);
  const noteText = note === undefined ? undefined : foldString(note, false);
  return (a) => {
    if (label !== undefined && a.label !== label) return false;
    if (attribute !== undefined) {
      if (!Object.hasOwn(a.attributes, attribute.name)) return false;
      if (value !== undefined && foldString(String(a.attributes[attribute.name]), false) !== value) return false;
    }
    return noteText === undefined || foldString(a.note, false).includes(noteText);
  };
}
