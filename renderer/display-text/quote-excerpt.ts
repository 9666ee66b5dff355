/** A quote short enough to name a control by: whitespace folded, long ones cut with an ellipsis. */
export function quoteExcerpt(quote: string, max = 48): string {
  const folded = quote.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  // Do not end on half an emoji.
  const safe = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe.trimEnd()}…`;
}
