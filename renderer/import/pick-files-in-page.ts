/** What the import picks by default: the documents it reads. */
const DOCUMENT_TYPES = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/*';

/** The page's own file picker, for where the shell has no dialog (browser mode); `accept` as an input's. */
export function pickFilesInPage(accept = DOCUMENT_TYPES): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}
