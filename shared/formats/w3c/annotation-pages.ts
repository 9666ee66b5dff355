import { isRecord } from '../corpus/json-fields';

/** The annotations a W3C file holds, and the pages it names but does not hold. */
export interface PagedItems {
  items: unknown[];
  /** IRIs of pages (`first`, `next`) that are not in this file: each page file is read on its own. */
  missingPages: string[];
}

/**
 * Every annotation in a W3C file (W3C Web Annotation Data Model §5, "Collections"): a collection's
 * pages from `first` through each `next`, embedded or named by an IRI that another page of the file
 * has as its `id`; an AnnotationPage and the pages after it; a list of annotations or of pages (a
 * file holding several pages); or one annotation. null when the file holds none of these.
 */
export function annotationItems(value: unknown): PagedItems | null {
  const pages = pagesById(value);
  const out: PagedItems = { items: [], missingPages: [] };
  const seen = new Set<unknown>();
  /** Reads a page and the pages after it; a page reached twice (a `next` cycle) is read once. */
  const readPages = (start: unknown) => {
    for (let page = start; page !== undefined;) {
      const resolved = typeof page === 'string' ? pages.get(page) : page;
      if (resolved === undefined && typeof page === 'string') out.missingPages.push(page);
      if (!isRecord(resolved) || seen.has(resolved)) return;
      seen.add(resolved);
      if (Array.isArray(resolved.items)) for (const item of resolved.items) out.items.push(item);
      page = resolved.next;
    }
  };
  const read = (node: unknown): boolean => {
    if (!isRecord(node)) return false;
    if (node.type === 'AnnotationCollection') readPages(node.first);
    else if (node.type === 'AnnotationPage') readPages(node);
    else if (node.type === 'Annotation') out.items.push(node);
    else return false;
    return true;
  };
  if (Array.isArray(value)) {
    // A page listed after the one whose `next` it is was read already: `seen` skips it.
    for (const node of value) if (!read(node)) out.items.push(node);
    return out;
  }
  return read(value) ? out : null;
}

/** The pages a file holds with an `id`, at its top level or embedded, so an IRI `next` can be followed. */
function pagesById(value: unknown): Map<string, Record<string, unknown>> {
  const pages = new Map<string, Record<string, unknown>>();
  const visit = (node: unknown, depth: number) => {
    if (!isRecord(node) || depth > 64) return;
    if (node.type === 'AnnotationPage' && typeof node.id === 'string') pages.set(node.id, node);
    for (const key of ['first', 'next'] as const) if (isRecord(node[key])) visit(node[key], depth + 1);
  };
  for (const node of Array.isArray(value) ? value : [value]) visit(node, 0);
  return pages;
}
