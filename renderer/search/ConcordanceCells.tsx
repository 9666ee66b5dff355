interface Props {
  selected: boolean;
  documentTitle: string;
  left: string;
  text: string;
  right: string;
}

/** The cells of a keyword-in-context row: the check, the document, the words before, the keyword, the words after. */
export function ConcordanceCells({ selected, documentTitle, left, text, right }: Props) {
  return (
    <>
      <span className="concordance-check" aria-hidden="true">
        {selected ? '☑' : '☐'}
      </span>
      <span className="concordance-document" title={documentTitle}>
        {documentTitle}
      </span>
      <span className="concordance-left">
        <span>{left}</span>
      </span>
      <mark className="concordance-hit">{text}</mark>
      <span className="concordance-right">{right}</span>
    </>
  );
}
